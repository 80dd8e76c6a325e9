using System.Buffers;
using KnowledgeGraph.GraphQL.AspNetCore.GraphiQL;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Server;
using KnowledgeGraph.GraphQL.Utilities;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>
/// The GraphQL-over-HTTP endpoint: negotiates application/graphql-response+json or application/json,
/// reads the request, runs it (GET: queries only, 405 otherwise) and answers with the status codes the
/// specification gives each media type. UTF-8 throughout.
/// </summary>
internal static class GraphQLHttpHandler
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    /// <summary>
    /// Handles one request. An exception that escapes (a bug: every expected failure is answered above it) still
    /// gets a JSON body: 500 with <c>INTERNAL_SERVER_ERROR</c> and a correlation id that is logged with the exception.
    /// </summary>
    public static async Task HandleAsync(HttpContext context, string path, GraphQLHttpOptions options)
    {
        try
        {
            await HandleCoreAsync(context, path, options).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !(e is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            var correlationId = Guid.NewGuid().ToString("N")[..12];
            context.RequestServices.GetService<GraphQLEngine>()?.Options.OnUnexpectedError?.Invoke(e, correlationId);
            context.Response.Clear();
            await WriteResultAsync(context, StatusCodes.Status500InternalServerError, Json, ExecutionResult.RequestError([new GraphQLError(
                $"Unexpected error (correlation id {correlationId}).", null, null,
                new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError, ["correlationId"] = correlationId })])).ConfigureAwait(false);
        }
    }

    private static async Task HandleCoreAsync(HttpContext context, string path, GraphQLHttpOptions options)
    {
        var request = context.Request;
        var engine = context.RequestServices.GetRequiredService<GraphQLEngine>();
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, Json, $"The method {request.Method} is not allowed; use GET or POST.").ConfigureAwait(false);
            return;
        }

        if (isGet && request.Query.ContainsKey("sdl"))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(SchemaPrinter.Print(engine.Schema) + "\n", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (isGet && options.EnableGraphiQL && !request.Query.ContainsKey("query") && WantsHtml(request))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(GraphiQLPage.Html(path, options.GraphiQLAssetsPath, options.GraphiQLTitle, options.GraphiQLDefaultQuery), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var mediaType = Negotiate(request);
        if (mediaType is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, Json, $"None of the accepted media types is served; accept {GraphQLResponseJson} or {Json}.").ConfigureAwait(false);
            return;
        }

        GraphQLRequest graphQLRequest;
        try
        {
            graphQLRequest = isGet
                ? GraphQLHttpRequestReader.FromQueryString(request.Query)
                : await GraphQLHttpRequestReader.FromBodyAsync(request, options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadRequestException e)
        {
            await WriteErrorAsync(context, e.Status, mediaType, e.Message).ConfigureAwait(false);
            return;
        }

        var response = await engine.ExecuteAsync(graphQLRequest, isGet ? op => op == OperationType.Query : null,
            options.RootValueFactory?.Invoke(context), context.RequestServices, context.RequestAborted).ConfigureAwait(false);
        if (response.Outcome == GraphQLOutcome.OperationNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        var status = response.Outcome switch
        {
            GraphQLOutcome.OperationNotAllowed => StatusCodes.Status405MethodNotAllowed,
            GraphQLOutcome.RequestError when mediaType == GraphQLResponseJson => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status200OK,
        };
        await WriteResultAsync(context, status, mediaType, response.Result).ConfigureAwait(false);
    }

    /// <summary>
    /// The response media type for the request's Accept header: the acceptable range with the highest
    /// quality, ties going to the more specific (graphql-response+json, then json, then a wildcard, which
    /// means application/json); application/json when there is no Accept header; null when nothing fits.
    /// </summary>
    internal static string? Negotiate(HttpRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Headers.Accept.ToString()) || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges))
        {
            return Json;
        }

        var best = ranges
            .Select(r => (Quality: r.Quality ?? 1, Rank: Rank(r.MediaType.Value)))
            .Where(r => r.Quality > 0 && r.Rank > 0)
            .OrderByDescending(r => r.Quality).ThenByDescending(r => r.Rank)
            .FirstOrDefault();
        return best.Rank switch
        {
            3 => GraphQLResponseJson,
            2 or 1 => Json,
            _ => null,
        };
    }

    private static int Rank(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        GraphQLResponseJson => 3,
        Json => 2,
        "application/*" or "*/*" => 1,
        _ => 0,
    };

    private static bool WantsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)
        && ranges.Any(r => r.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (r.Quality ?? 1) > 0);

    private static Task WriteErrorAsync(HttpContext context, int status, string mediaType, string message) =>
        WriteResultAsync(context, status, mediaType, ExecutionResult.RequestError([new GraphQLError(message, null, null,
            new Dictionary<string, object?> { ["code"] = status == StatusCodes.Status400BadRequest ? ErrorCodes.BadUserInput : "HTTP_" + status })]));

    private static async Task WriteResultAsync(HttpContext context, int status, string mediaType, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        using var buffer = new PooledBufferWriter(); // rented: a large result allocates no growing copies
        ResultJson.Write(buffer, result);
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
