using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The Neo4j labels of the node kinds: the GraphQL type names of schema/knowledge-graph.graphql. Provinces, cities
/// and counties are one GraphQL type, <c>Region</c>, told apart by its <c>level</c> (PROVINCE, CITY, COUNTY), so
/// they are one label with a <c>level</c> property here too. Relationship types are <see cref="EdgeCatalog.Name"/>.
/// </summary>
public static class Neo4jLabels
{
    /// <summary>Every label, in the order the exports write them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "Award", "Brand", "Event", "Indicator", "Initiative", "Organization", "Project", "Region", "Report", "Target",
        "Township", "Village", "Year",
    ];

    public static string Of(NodeKind kind) => kind switch
    {
        NodeKind.Province or NodeKind.City or NodeKind.County => "Region",
        _ => kind.ToString(),
    };

    /// <summary>The RegionLevel of a province, city or county; null for every other kind.</summary>
    public static string? RegionLevel(NodeKind kind) => kind switch
    {
        NodeKind.Province => "PROVINCE",
        NodeKind.City => "CITY",
        NodeKind.County => "COUNTY",
        _ => null,
    };
}
