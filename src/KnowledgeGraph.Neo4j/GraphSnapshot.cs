using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Neo4j;

/// <summary>The type a property has in Neo4j: one per (label or relationship group, key), the same in every export.</summary>
public enum PropertyType
{
    String,
    Integer,
    Float,
    Boolean,
}

/// <summary>A node as exported: its label and its properties (all but <c>id</c>), in a fixed order.</summary>
public sealed record ExportNode(string Id, string Label, IReadOnlyList<KeyValuePair<string, object>> Properties);

/// <summary>A relationship as exported, with its end nodes' ids and labels and its properties (all but <c>id</c>).</summary>
public sealed record ExportEdge(string Id, string Type, string StartId, string StartLabel, string EndId, string EndLabel, IReadOnlyList<KeyValuePair<string, object>> Properties);

/// <summary>Relationships of one type between one pair of labels: the unit of a Cypher batch and of a CSV file.</summary>
public sealed record EdgeGroup(string Type, string StartLabel, string EndLabel)
{
    public string Key => $"{Type}-{StartLabel}-{EndLabel}";
}

/// <summary>
/// The whole graph read from a store, ready to export: nodes grouped by label, relationships by
/// (type, start label, end label), both sorted by id with ordinal comparison, and the type of every property
/// key of each group (integer and float mixed make float; any other mix makes string). Exports built from it
/// are deterministic: the same store gives byte-identical files.
/// </summary>
public sealed class GraphSnapshot
{
    private GraphSnapshot(SortedDictionary<string, List<ExportNode>> nodes, SortedDictionary<EdgeGroup, List<ExportEdge>> edges)
    {
        NodesByLabel = nodes.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ExportNode>)kv.Value, StringComparer.Ordinal);
        Labels = [.. nodes.Keys];
        EdgesByGroup = edges.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ExportEdge>)kv.Value);
        Groups = [.. edges.Keys];
        NodePropertyTypes = nodes.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<KeyValuePair<string, PropertyType>>)TypesOf(kv.Value.Select(n => n.Properties)), StringComparer.Ordinal);
        EdgePropertyTypes = edges.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<KeyValuePair<string, PropertyType>>)TypesOf(kv.Value.Select(e => e.Properties)));
    }

    /// <summary>Labels that have nodes, ordinal order.</summary>
    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ExportNode>> NodesByLabel { get; }

    /// <summary>Relationship groups that have relationships, ordered by type, start label, end label.</summary>
    public IReadOnlyList<EdgeGroup> Groups { get; }

    public IReadOnlyDictionary<EdgeGroup, IReadOnlyList<ExportEdge>> EdgesByGroup { get; }

    /// <summary>Per label: its property keys (name first, then level, the others, evidence last) and their types.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, PropertyType>>> NodePropertyTypes { get; }

    public IReadOnlyDictionary<EdgeGroup, IReadOnlyList<KeyValuePair<string, PropertyType>>> EdgePropertyTypes { get; }

    public int NodeCount => NodesByLabel.Values.Sum(n => n.Count);

    public int EdgeCount => EdgesByGroup.Values.Sum(e => e.Count);

    /// <summary>Reads every node (per kind) and every edge (outgoing from any node, so each once) of the store.</summary>
    public static async Task<GraphSnapshot> LoadAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var all = new List<GraphNode>();
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            all.AddRange(await store.GetNodesAsync(kind, cancellationToken).ConfigureAwait(false));
        }

        var labelOf = all.ToDictionary(n => n.Id, n => Neo4jLabels.Of(n.Kind), StringComparer.Ordinal);
        var found = all.Count == 0
            ? []
            : (await store.GetEdgesOfAsync([.. labelOf.Keys], EdgeDirection.Outgoing, null, cancellationToken).ConfigureAwait(false))
                .DistinctBy(e => e.Id, StringComparer.Ordinal).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var latestStage = LatestStages(found);
        var nodes = new SortedDictionary<string, List<ExportNode>>(StringComparer.Ordinal);
        foreach (var node in all.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            var label = labelOf[node.Id];
            var props = new List<KeyValuePair<string, object>> { new("name", node.Name) };
            if (Neo4jLabels.RegionLevel(node.Kind) is { } level)
            {
                props.Add(new("level", level));
            }

            if (latestStage.TryGetValue(node.Id, out var stage))
            {
                // the project's current status, as GraphQL's Project.currentStatus: the last stage of the latest year
                props.Add(new("status", stage.Status));
                props.Add(new("statusYear", stage.Year));
            }

            AddProperties(props, label, node.Properties, node.Evidence);
            Add(nodes, label, new ExportNode(node.Id, label, props));
        }

        var edges = new SortedDictionary<EdgeGroup, List<ExportEdge>>(Comparer<EdgeGroup>.Create(CompareGroups));
        foreach (var edge in found)
        {
            if (!labelOf.TryGetValue(edge.SourceId, out var start) || !labelOf.TryGetValue(edge.TargetId, out var end))
            {
                continue; // a dangling edge would not load anywhere; the store does not keep any
            }

            var props = new List<KeyValuePair<string, object>>();
            var group = new EdgeGroup(EdgeCatalog.Name(edge.Kind), start, end);
            AddProperties(props, group.Type, edge.Properties, edge.Evidence);
            Add(edges, group, new ExportEdge(edge.Id, group.Type, edge.SourceId, start, edge.TargetId, end, props));
        }

        return new GraphSnapshot(nodes, edges);
    }

    private static void Add<TKey, TValue>(SortedDictionary<TKey, List<TValue>> groups, TKey key, TValue value)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>Per project: the status (GraphQL spelling) and year of its last stage, ordered by year, then stage.</summary>
    private static Dictionary<string, (string Status, long Year)> LatestStages(IEnumerable<GraphEdge> edges)
    {
        var latest = new Dictionary<string, (string Status, long Year)>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            if (edge.Kind != EdgeKind.HasStatus || edge.Properties.GetString("status") is not { } status
                || !edge.TargetId.StartsWith("year:", StringComparison.Ordinal)
                || !long.TryParse(edge.TargetId.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
            {
                continue;
            }

            var candidate = (Status: status.ToUpperInvariant(), Year: year);
            if (!latest.TryGetValue(edge.SourceId, out var seen) || year > seen.Year
                || (year == seen.Year && AnalystVocabulary.StageRank(status) > AnalystVocabulary.StageRank(seen.Status)))
            {
                latest[edge.SourceId] = candidate;
            }
        }

        return latest;
    }

    private static void AddProperties(List<KeyValuePair<string, object>> props, string labelOrType, PropertyBag bag, Evidence evidence)
    {
        foreach (var (stored, value) in bag)
        {
            // a key already set (name; a region's level; a project's status) keeps its value; every other property goes
            // out under its analyst name and spelling (AnalystVocabulary)
            var key = AnalystVocabulary.PropertyName(labelOrType, stored);
            if (key != "id" && !props.Exists(p => p.Key == key) && !key.StartsWith("evidence_", StringComparison.Ordinal) && IsExportable(value))
            {
                props.Add(new(key, AnalystVocabulary.PropertyValue(labelOrType, key, value)));
            }
        }

        props.Add(new("evidence_report", evidence.ReportId));
        props.Add(new("evidence_sentence", evidence.Sentence));
        props.Add(new("evidence_start", (long)evidence.Start));
        props.Add(new("evidence_end", (long)evidence.End));
    }

    // Cypher has no literal for NaN or infinities; such a value is left out rather than written wrongly.
    private static bool IsExportable(object value) => value is not double d || double.IsFinite(d);

    private static int CompareGroups(EdgeGroup? a, EdgeGroup? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => string.CompareOrdinal(a.Type, b.Type) is var t and not 0 ? t
                : string.CompareOrdinal(a.StartLabel, b.StartLabel) is var s and not 0 ? s
                : string.CompareOrdinal(a.EndLabel, b.EndLabel),
        };

    private static List<KeyValuePair<string, PropertyType>> TypesOf(IEnumerable<IReadOnlyList<KeyValuePair<string, object>>> rows)
    {
        var types = new Dictionary<string, PropertyType>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var (key, value) in row)
            {
                var type = TypeOf(value);
                types[key] = types.TryGetValue(key, out var seen) ? Combine(seen, type) : type;
            }
        }

        return [.. types.OrderBy(kv => Rank(kv.Key)).ThenBy(kv => kv.Key, StringComparer.Ordinal)];
    }

    private static int Rank(string key) => key switch
    {
        "name" => 0,
        "level" => 1,
        _ when key.StartsWith("evidence_", StringComparison.Ordinal) => 3,
        _ => 2,
    };

    private static PropertyType TypeOf(object value) => value switch
    {
        long => PropertyType.Integer,
        double => PropertyType.Float,
        bool => PropertyType.Boolean,
        _ => PropertyType.String,
    };

    private static PropertyType Combine(PropertyType a, PropertyType b) =>
        a == b ? a
        : (a, b) is (PropertyType.Integer, PropertyType.Float) or (PropertyType.Float, PropertyType.Integer) ? PropertyType.Float
        : PropertyType.String;

    /// <summary>The value converted to its key's exported type (a long as a double under Float; anything as text under String).</summary>
    public static object Convert(object value, PropertyType type) => (type, value) switch
    {
        (PropertyType.Float, long l) => (double)l,
        (PropertyType.String, string s) => s,
        (PropertyType.String, double d) => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        (PropertyType.String, long l) => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (PropertyType.String, bool b) => b ? "true" : "false",
        (PropertyType.String, _) => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        _ => value,
    };
}
