using KnowledgeGraph.GraphQL.Server;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>Options of the GraphQL-over-HTTP endpoint.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest request body accepted, in bytes (413 above it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Serve the GraphiQL page to browsers at the endpoint.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Where the GraphiQL assets are served.</summary>
    public string GraphiQLAssetsPath { get; set; } = "/graphiql";

    /// <summary>The page title of GraphiQL.</summary>
    public string GraphiQLTitle { get; set; } = "GraphiQL";

    /// <summary>The query GraphiQL opens with for a first-time visitor (null: GraphiQL's welcome text).</summary>
    public string? GraphiQLDefaultQuery { get; set; }

    /// <summary>The engine's limits and error masking.</summary>
    public GraphQLEngineOptions Engine { get; set; } = new();

    /// <summary>The root value given to root field resolvers, made per request.</summary>
    public Func<Microsoft.AspNetCore.Http.HttpContext, object?>? RootValueFactory { get; set; }
}
