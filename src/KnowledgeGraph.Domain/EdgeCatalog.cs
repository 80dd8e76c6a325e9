namespace KnowledgeGraph.Domain;

/// <summary>The node kinds each edge kind may join; the store and the graph builder check edges against it.</summary>
public static class EdgeCatalog
{
    private static readonly NodeKind[] Places = [NodeKind.Village, NodeKind.Township, NodeKind.County, NodeKind.City, NodeKind.Province];
    private static readonly NodeKind[] Entities =
    [
        NodeKind.Township, NodeKind.County, NodeKind.City, NodeKind.Province, NodeKind.Village, NodeKind.Project,
        NodeKind.Organization, NodeKind.Brand, NodeKind.Award, NodeKind.Event, NodeKind.Initiative,
        NodeKind.Indicator, NodeKind.Target,
    ];

    private static readonly Dictionary<EdgeKind, (NodeKind[] From, NodeKind[] To)> Endpoints = new()
    {
        [EdgeKind.LocatedIn] = ([NodeKind.Project, .. Places], Places),
        [EdgeKind.InYear] = ([NodeKind.Award, NodeKind.Event, NodeKind.Indicator, NodeKind.Target, NodeKind.Report], [NodeKind.Year]),
        [EdgeKind.HasStatus] = ([NodeKind.Project], [NodeKind.Year]),
        [EdgeKind.Received] = ([NodeKind.Township, NodeKind.Village, NodeKind.Organization, NodeKind.Project, NodeKind.County, NodeKind.Brand, NodeKind.Initiative, NodeKind.Event], [NodeKind.Award]),
        [EdgeKind.Owns] = ([NodeKind.Township, NodeKind.Village, NodeKind.Organization, NodeKind.Project, NodeKind.County], [NodeKind.Brand]),
        [EdgeKind.SetsTarget] = ([NodeKind.Township, NodeKind.County], [NodeKind.Target]),
        [EdgeKind.Achieved] = ([NodeKind.Township, NodeKind.County], [NodeKind.Indicator]),
        [EdgeKind.ReportsOn] = ([NodeKind.Report], [NodeKind.Township, NodeKind.County]),
        [EdgeKind.Mentions] = ([NodeKind.Report], Entities),
        [EdgeKind.BelongsTo] = ([NodeKind.Organization, NodeKind.Event, NodeKind.Initiative, NodeKind.Brand], [NodeKind.Township, NodeKind.Village, NodeKind.County]),
    };

    /// <summary>Whether an edge of <paramref name="kind"/> may go from a <paramref name="from"/> node to a <paramref name="to"/> node.</summary>
    public static bool Allows(EdgeKind kind, NodeKind from, NodeKind to) =>
        Endpoints.TryGetValue(kind, out var ends) && ends.From.Contains(from) && ends.To.Contains(to);

    /// <summary>The upper-snake-case name of an edge kind (LOCATED_IN), as Cypher and the store spell it.</summary>
    public static string Name(EdgeKind kind) => kind switch
    {
        EdgeKind.LocatedIn => "LOCATED_IN",
        EdgeKind.InYear => "IN_YEAR",
        EdgeKind.HasStatus => "HAS_STATUS",
        EdgeKind.Received => "RECEIVED",
        EdgeKind.Owns => "OWNS",
        EdgeKind.SetsTarget => "SETS_TARGET",
        EdgeKind.Achieved => "ACHIEVED",
        EdgeKind.ReportsOn => "REPORTS_ON",
        EdgeKind.Mentions => "MENTIONS",
        EdgeKind.BelongsTo => "BELONGS_TO",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown edge kind"),
    };

    /// <summary>Parses a name written by <see cref="Name"/>.</summary>
    public static EdgeKind Parse(string name) =>
        Enum.GetValues<EdgeKind>().FirstOrDefault(k => Name(k) == name, (EdgeKind)(-1)) is var k && Enum.IsDefined(k)
            ? k
            : throw new ArgumentException($"unknown edge kind '{name}'", nameof(name));
}
