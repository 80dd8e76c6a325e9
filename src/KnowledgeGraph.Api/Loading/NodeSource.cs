using System.Globalization;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.Loading;

/// <summary>A stored node as a GraphQL parent value: answers its scalar fields by name, without reflection.</summary>
internal sealed record NodeSource(GraphNode Node) : IFieldSource
{
    public string Id => Node.Id;

    public object? Resolve(string fieldName) => fieldName switch
    {
        "id" => Node.Id,
        "name" => Node.Name,
        "kind" => Kinds.EnumName(Node.Kind),
        "townshipType" => Node.Properties.GetString("kind"),
        "measure" => Node.Properties.GetString("kind"),
        "level" => Node.Kind is NodeKind.Province or NodeKind.City or NodeKind.County
            ? Node.Kind.ToString().ToUpperInvariant()
            : Node.Properties.GetString("level")?.ToUpperInvariant(),
        "reviewYear" or "planYear" or "year" or "value" when Node.Properties.TryGetValue(fieldName, out var v) => v is long l ? (int)l : v,
        _ => Node.Properties.TryGetValue(fieldName, out var value) ? value : null,
    };

    public string? StringProperty(string key) => Node.Properties.GetString(key);

    public static int? YearOfId(string id) =>
        id.StartsWith("year:", StringComparison.Ordinal) && int.TryParse(id.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
}

/// <summary>Names of node kinds in the schema.</summary>
internal static class Kinds
{
    public static string EnumName(NodeKind kind) => kind switch
    {
        NodeKind.Province or NodeKind.City or NodeKind.County => "REGION",
        _ => kind.ToString().ToUpperInvariant(),
    };

    public static string TypeName(NodeKind kind) => kind switch
    {
        NodeKind.Province or NodeKind.City or NodeKind.County => "Region",
        _ => kind.ToString(),
    };

    /// <summary>The store kinds a schema kind stands for (REGION: province, city and county).</summary>
    public static IEnumerable<NodeKind> FromEnumName(string name) => name switch
    {
        "REGION" => [NodeKind.Province, NodeKind.City, NodeKind.County],
        _ => [Enum.Parse<NodeKind>(name, ignoreCase: true)],
    };

    /// <summary>The kind an id's prefix names (<c>project:…</c>).</summary>
    public static bool IdIs(string id, NodeKind kind)
    {
        var prefix = NodeIds.KindPrefix(kind);
        return id.Length > prefix.Length && id[prefix.Length] == ':' && id.StartsWith(prefix, StringComparison.Ordinal);
    }
}
