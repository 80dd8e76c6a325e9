using KnowledgeGraph.Domain;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api;

/// <summary>Registration and mapping of the knowledge-graph GraphQL API (the store must be registered as IGraphStore).</summary>
public static class KnowledgeGraphApiExtensions
{
    /// <summary>The configuration key of the mutations' API key (environment: <c>KnowledgeGraph__ApiKey</c> or <c>KG_API_KEY</c>).</summary>
    public const string ApiKeySetting = "KnowledgeGraph:ApiKey";

    /// <summary>How long a query's response may be served from the cache, in seconds (default 10; 0 turns the cache off).</summary>
    public const string ResponseCacheSecondsSetting = "KnowledgeGraph:ResponseCacheSeconds";

    public const string DefaultPath = "/graphql";

    /// <summary>
    /// Registers the engine over the knowledge-graph schema. The API key is read from <paramref name="configuration"/>
    /// (<see cref="ApiKeySetting"/>, else <c>KG_API_KEY</c>); without one, mutations are refused.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphApi(this IServiceCollection services, IConfiguration configuration, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var schema = KnowledgeGraphSchema.Build();
        var apiKey = ConfiguredApiKey(configuration);
        var seconds = configuration.GetValue(ResponseCacheSecondsSetting, 10.0);
        services.AddSingleton(provider => new ResponseCache(new ResponseCacheOptions(TimeSpan.FromSeconds(seconds)), TimeProvider.System,
            () => provider.GetRequiredService<IGraphStore>().ChangeVersion));
        return services.AddGraphQLEndpoint(_ => schema, o =>
        {
            o.GraphiQLTitle = "KnowledgeGraph GraphiQL";
            o.GraphiQLDefaultQuery = ExampleQuery.Text;
            o.RootValueFactory = http => ApiAccess.Of(http, apiKey);
            configure?.Invoke(o);
        });
    }

    /// <summary>The mutations' API key: <see cref="ApiKeySetting"/>, else <c>KG_API_KEY</c>; null when neither is set.</summary>
    public static string? ConfiguredApiKey(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[ApiKeySetting] is { Length: > 0 } key ? key : configuration["KG_API_KEY"] is { Length: > 0 } env ? env : null;
    }

    /// <summary>Maps the endpoint (POST/GET, GraphiQL for browsers, <c>?sdl</c>) at <paramref name="path"/>.</summary>
    public static IEndpointConventionBuilder MapKnowledgeGraphApi(this IEndpointRouteBuilder endpoints, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var cache = endpoints.ServiceProvider.GetRequiredService<ResponseCache>();
        var endpoint = endpoints.MapGraphQLEndpoint(path);
        endpoint.Add(builder => builder.RequestDelegate = cache.Wrap(builder.RequestDelegate ?? throw new InvalidOperationException("the GraphQL endpoint has no request delegate")));
        return endpoint;
    }
}
