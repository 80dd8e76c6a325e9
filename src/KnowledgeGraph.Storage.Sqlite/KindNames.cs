using System.Collections.Frozen;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>How node and edge kinds are spelled in the database: node kinds by enum name, edge kinds as <see cref="EdgeCatalog.Name"/>.</summary>
internal static class KindNames
{
    private static readonly FrozenDictionary<NodeKind, string> NodeNames =
        Enum.GetValues<NodeKind>().ToFrozenDictionary(k => k, k => k.ToString());

    private static readonly FrozenDictionary<string, NodeKind> NodeKinds =
        NodeNames.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<EdgeKind, string> EdgeNames =
        Enum.GetValues<EdgeKind>().ToFrozenDictionary(k => k, EdgeCatalog.Name);

    private static readonly FrozenDictionary<string, EdgeKind> EdgeKinds =
        EdgeNames.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static string Of(NodeKind kind) =>
        NodeNames.TryGetValue(kind, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown node kind");

    public static string Of(EdgeKind kind) =>
        EdgeNames.TryGetValue(kind, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown edge kind");

    public static NodeKind ParseNode(string name) =>
        NodeKinds.TryGetValue(name, out var kind) ? kind : throw new InvalidDataException($"unknown node kind '{name}' in the database");

    public static EdgeKind ParseEdge(string name) =>
        EdgeKinds.TryGetValue(name, out var kind) ? kind : throw new InvalidDataException($"unknown edge kind '{name}' in the database");
}
