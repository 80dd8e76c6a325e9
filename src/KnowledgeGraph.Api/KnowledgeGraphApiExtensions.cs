using KnowledgeGraph.Domain;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.GraphQL.AspNetCore;
using KnowledgeGraph.GraphQL.Server;
using KnowledgeGraph.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
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

    /// <summary>How many megabytes the cached responses may take in all (default 64).</summary>
    public const string ResponseCacheMegabytesSetting = "KnowledgeGraph:ResponseCacheMegabytes";

    /// <summary>How many megabytes the engine's parsed-document cache may take (default 32).</summary>
    public const string DocumentCacheMegabytesSetting = "KnowledgeGraph:DocumentCacheMegabytes";

    /// <summary>The highest cost a query may have (default <see cref="DefaultMaxQueryCost"/>; the cost model is in the schema's description).</summary>
    public const string MaxQueryCostSetting = "KnowledgeGraph:MaxQueryCost";

    /// <summary>
    /// The default cost limit: a page of 100 items with twenty fields each and a child list of 20 costs about 4,000;
    /// 100 townships × 100 projects with two fields (20,200) is over it.
    /// </summary>
    public const int DefaultMaxQueryCost = 20_000;

    /// <summary>The page size of a connection asked without <c>first</c>/<c>last</c>.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The size assumed for a list without paging (evidence, stages, recipients): a node is named in a few reports.</summary>
    public const int AssumedListSize = 5;

    /// <summary>
    /// The origins browser front ends may call the API from (CORS), such as <c>https://app.example.org</c>: an array in
    /// appsettings.json, or one string of origins separated by commas or spaces (environment: <c>KnowledgeGraph__Cors__Origins</c>).
    /// Without it, no cross-origin request is allowed.
    /// </summary>
    public const string CorsOriginsSetting = "KnowledgeGraph:Cors:Origins";

    private const string CorsPolicy = "KnowledgeGraph";

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
        var responseBytes = (long)(configuration.GetValue(ResponseCacheMegabytesSetting, 64.0) * 1024 * 1024);
        var documentBytes = (long)(configuration.GetValue(DocumentCacheMegabytesSetting, 32.0) * 1024 * 1024);
        var maxCost = configuration.GetValue(MaxQueryCostSetting, DefaultMaxQueryCost);
        var origins = CorsOrigins(configuration);
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "X-Api-Key").SetPreflightMaxAge(TimeSpan.FromHours(1));
            }
        }));
        services.AddSingleton(provider => new ResponseCache(new ResponseCacheOptions(TimeSpan.FromSeconds(seconds), responseBytes), TimeProvider.System,
            () => provider.GetRequiredService<IGraphStore>().ChangeVersion));
        return services.AddGraphQLEndpoint(_ => schema, o =>
        {
            o.Engine = o.Engine with
            {
                DocumentCacheBytes = documentBytes,
                Limits = o.Engine.Limits with { MaxCost = maxCost, DefaultPageSize = DefaultPageSize, DefaultListSize = AssumedListSize },
            };
            // a report of the one report size limit fits in an ingestReport request even when JSON escaping doubles it
            o.MaxRequestBodyBytes = (2 * ReaderOptions.DefaultMaxReportBytes) + (1024 * 1024);
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

    /// <summary>Size and hit, miss, eviction and expiry counts of the response cache and of the engine's document cache.</summary>
    public static IReadOnlyDictionary<string, CacheStatistics> CacheStatistics(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new Dictionary<string, CacheStatistics>(StringComparer.Ordinal)
        {
            ["responses"] = services.GetRequiredService<ResponseCache>().Statistics(),
            ["documents"] = services.GetRequiredService<GraphQLEngine>().DocumentCacheStatistics,
        };
    }

    /// <summary>Maps the endpoint (POST/GET, GraphiQL for browsers, <c>?sdl</c>) at <paramref name="path"/>.</summary>
    public static IEndpointConventionBuilder MapKnowledgeGraphApi(this IEndpointRouteBuilder endpoints, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var cache = endpoints.ServiceProvider.GetRequiredService<ResponseCache>();
        if (endpoints is IApplicationBuilder app)
        {
            // CORS runs between routing and the endpoint; the policy (KnowledgeGraph:Cors:Origins) is the endpoint's.
            app.UseCors();
        }

        var endpoint = endpoints.MapGraphQLEndpoint(path);
        endpoint.RequireCors(CorsPolicy);
        endpoint.Add(builder => builder.RequestDelegate = cache.Wrap(builder.RequestDelegate ?? throw new InvalidOperationException("the GraphQL endpoint has no request delegate")));
        return endpoint;
    }

    /// <summary>The configured CORS origins (<see cref="CorsOriginsSetting"/>): an array, or one string split at commas and spaces.</summary>
    public static string[] CorsOrigins(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(CorsOriginsSetting);
        var values = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (section.Value is { } single)
        {
            values.Add(single);
        }

        return [.. values.SelectMany(v => v.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
    }
}
