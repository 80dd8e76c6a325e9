using KnowledgeGraph.Domain;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.GraphQL.AspNetCore;
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
        var apiKey = configuration[ApiKeySetting] is { Length: > 0 } key ? key : configuration["KG_API_KEY"];
        var seconds = configuration.GetValue(ResponseCacheSecondsSetting, 10.0);
        var origins = CorsOrigins(configuration);
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "X-Api-Key").SetPreflightMaxAge(TimeSpan.FromHours(1));
            }
        }));
        services.AddSingleton(provider => new ResponseCache(new ResponseCacheOptions(TimeSpan.FromSeconds(seconds)), TimeProvider.System,
            () => provider.GetRequiredService<IGraphStore>().ChangeVersion));
        return services.AddGraphQLEndpoint(_ => schema, o =>
        {
            o.GraphiQLTitle = "KnowledgeGraph GraphiQL";
            o.RootValueFactory = http => ApiAccess.Of(http, apiKey);
            configure?.Invoke(o);
        });
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
