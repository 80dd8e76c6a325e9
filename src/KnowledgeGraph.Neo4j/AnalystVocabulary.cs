using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Neo4j;

/// <summary>One row of the mapping from the store's spelling to what analysts see (README, "One vocabulary").</summary>
public sealed record VocabularyEntry(string Where, string StoreSpelling, string AnalystSpelling);

/// <summary>
/// The one vocabulary analysts see in the Neo4j export, the CSVs, the push and <c>kg stats</c>: the spelling of
/// schema/knowledge-graph.graphql. The store keeps its own spelling (lower-case award levels and project stages,
/// provinces, cities and counties as three kinds, the property <c>kind</c> on townships and indicators); the SQL of
/// the API depends on it, so it is translated here, on the way out, and nowhere else.
/// </summary>
public static class AnalystVocabulary
{
    /// <summary>Project stages in the order a project goes through them (the GraphQL enum ProjectStatus).</summary>
    public static IReadOnlyList<string> ProjectStatuses { get; } = ["PLANNED", "SIGNED", "LANDED", "STARTED", "BUILDING", "COMPLETED", "OPERATING"];

    /// <summary>The GraphQL enum AwardLevel.</summary>
    public static IReadOnlyList<string> AwardLevels { get; } = ["NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY", "OTHER"];

    /// <summary>The GraphQL enum RegionLevel.</summary>
    public static IReadOnlyList<string> RegionLevels { get; } = ["PROVINCE", "CITY", "COUNTY"];

    /// <summary>The mapping, for the README and tests: where, store spelling, analyst spelling.</summary>
    public static IReadOnlyList<VocabularyEntry> Table { get; } =
    [
        new("node kind (kg stats, Neo4j label)", "Province, City, County", "REGION (label Region, property level)"),
        new("node kind (kg stats)", "Township, Village, Project …", "TOWNSHIP, VILLAGE, PROJECT … (GraphQL NodeKind)"),
        new("Region.level", "(the kind)", "PROVINCE, CITY, COUNTY"),
        new("Award.level", "national, provincial, municipal, county, other", "NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, OTHER"),
        new("HAS_STATUS.status, Project.status", "planned, signed, landed, started, building, completed, operating", "PLANNED, SIGNED, LANDED, STARTED, BUILDING, COMPLETED, OPERATING"),
        new("Township property", "kind (镇, 街道, 乡)", "townshipType (镇, 街道, 乡)"),
        new("Indicator property", "kind (amount, growth, rate, count)", "measure (amount, growth, rate, count)"),
    ];

    /// <summary>A node kind as GraphQL's NodeKind spells it (provinces, cities and counties are REGION).</summary>
    public static string Kind(NodeKind kind) => kind switch
    {
        NodeKind.Province or NodeKind.City or NodeKind.County => "REGION",
        _ => kind.ToString().ToUpperInvariant(),
    };

    /// <summary>The exported name of a stored property key of a label (<c>kind</c> is townshipType or measure).</summary>
    public static string PropertyName(string label, string key) => (label, key) switch
    {
        ("Township", "kind") => "townshipType",
        ("Indicator", "kind") => "measure",
        _ => key,
    };

    /// <summary>The exported value of a stored property: enum-like values in their GraphQL spelling.</summary>
    public static object PropertyValue(string labelOrType, string key, object value) => (labelOrType, key, value) switch
    {
        ("Award", "level", string level) => level.ToUpperInvariant(),
        ("HAS_STATUS", "status", string status) => status.ToUpperInvariant(),
        _ => value,
    };

    /// <summary>A stage's place in <see cref="ProjectStatuses"/> (any spelling), -1 when unknown.</summary>
    public static int StageRank(string status)
    {
        for (var i = 0; i < ProjectStatuses.Count; i++)
        {
            if (string.Equals(ProjectStatuses[i], status, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// A project's current status is also a second label (<c>:Project:COMPLETED</c>), because Neo4j Browser's styles
/// (graph-seed/neo4j-browser.grass) select by label only. The export, the CSVs and the push all set it.
/// </summary>
public static class ProjectStatusLabels
{
    /// <summary>
    /// One idempotent statement that gives every project the label of its <c>status</c> and takes away any other
    /// status label (run after the project nodes are merged).
    /// </summary>
    public static string Statement { get; } =
        "MATCH (n:Project) REMOVE n:" + string.Join(':', AnalystVocabulary.ProjectStatuses) + " " +
        string.Join(' ', AnalystVocabulary.ProjectStatuses.Select(s => $"FOREACH (_ IN CASE WHEN n.status = '{s}' THEN [1] ELSE [] END | SET n:{s})"));

    /// <summary>The neo4j-admin <c>:LABEL</c> field of a node: its label, and its status for a project.</summary>
    public static string LabelField(ExportNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Label == "Project" && node.Properties.FirstOrDefault(p => p.Key == "status").Value is string status
            ? node.Label + ";" + status
            : node.Label;
    }
}
