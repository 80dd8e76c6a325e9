using KnowledgeGraph.GraphQL.AspNetCore.GraphiQL;
using KnowledgeGraph.GraphQL.Server;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>Registration and mapping of the GraphQL endpoint (eShop style: AddX, MapY).</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>Registers the engine for <paramref name="schema"/> with the given options.</summary>
    public static IServiceCollection AddGraphQLEndpoint(this IServiceCollection services, Func<IServiceProvider, Schema> schema, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLHttpOptions>().Configure(o => configure?.Invoke(o));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("KnowledgeGraph.GraphQL");
            var engineOptions = options.Engine with
            {
                OnUnexpectedError = options.Engine.OnUnexpectedError ?? ((e, id) => LogUnexpected(logger, id, e)),
            };
            return new GraphQLEngine(schema(provider), engineOptions);
        });
        return services;
    }

    /// <summary>
    /// Maps the endpoint at <paramref name="path"/>: POST and GET (GET runs queries only), every other
    /// method 405; <c>?sdl</c> returns the schema as SDL; browsers get GraphiQL, with its assets served locally.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        if (options.EnableGraphiQL)
        {
            endpoints.MapGraphiQLAssets(options.GraphiQLAssetsPath);
        }

        return endpoints.Map(path, (HttpContext context) => GraphQLHttpHandler.HandleAsync(context, path, options));
    }

    private static void LogUnexpected(ILogger logger, string correlationId, Exception exception) =>
        UnexpectedError(logger, correlationId, exception);

    private static readonly Action<ILogger, string, Exception?> UnexpectedError =
        LoggerMessage.Define<string>(LogLevel.Error, new EventId(1, "GraphQLUnexpectedError"), "Unexpected error in a resolver (correlation id {CorrelationId})");
}
