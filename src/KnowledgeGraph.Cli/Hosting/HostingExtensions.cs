using KnowledgeGraph.Api;
using KnowledgeGraph.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>The pieces <c>kg serve</c> composes besides the API (KnowledgeGraph.Api): the store as a service, the health endpoint.</summary>
internal static class HostingExtensions
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IGraphStore store) =>
        services.AddSingleton(store);

    /// <summary>GET / redirects to <paramref name="graphQLPath"/>, where a browser gets GraphiQL.</summary>
    public static IEndpointRouteBuilder MapRootRedirect(this IEndpointRouteBuilder endpoints, string graphQLPath)
    {
        endpoints.MapGet("/", () => Results.Redirect(graphQLPath));
        return endpoints;
    }

    /// <summary>GET /health: status, the store's counts and the caches' counters, as JSON.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (IGraphStore store, IServiceProvider services, CancellationToken ct) =>
        {
            var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
            return Results.Json(new
            {
                status = "ok",
                reports = stats.Reports,
                nodes = stats.NodeTotal,
                edges = stats.EdgeTotal,
                caches = KnowledgeGraphApiExtensions.CacheStatistics(services),
            });
        });
        return endpoints;
    }
}
