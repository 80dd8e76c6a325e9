using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.GraphQL.AspNetCore.GraphiQL;

/// <summary>Serves the embedded GraphiQL assets that <see cref="GraphiQLPage.Html"/> refers to.</summary>
public static class GraphiQLEndpoints
{
    private const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>
    /// Maps GET and HEAD <c>{assetsPath}/{file}</c> to the embedded GraphiQL assets, with their content
    /// types, a strong ETag (answering <c>If-None-Match</c> with 304) and a one-year immutable cache
    /// lifetime (the page's asset URLs carry a content hash). Unknown files answer 404.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphiQLAssets(this IEndpointRouteBuilder endpoints, string assetsPath = "/graphiql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(assetsPath);

        var prefix = assetsPath.TrimEnd('/');
        if (!prefix.StartsWith('/'))
        {
            prefix = "/" + prefix;
        }

        return endpoints
            .MapMethods(prefix + "/{file}", [HttpMethods.Get, HttpMethods.Head], ServeAsset)
            .WithDisplayName("GraphiQL assets");
    }

    private static Task ServeAsset(HttpContext context)
    {
        var name = context.Request.RouteValues["file"] as string;
        if (name is null || !GraphiQLPage.TryGetAsset(name, out var content, out var contentType))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var response = context.Response;
        var etag = GraphiQLPage.ETag(name)!;
        response.Headers.CacheControl = CacheControl;
        response.Headers.ETag = etag;
        response.Headers.XContentTypeOptions = "nosniff";

        if (context.Request.Headers.IfNoneMatch.Count > 0
            && EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(etag, StringComparison.Ordinal)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = content.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(content, context.RequestAborted).AsTask();
    }
}
