using System.Text.Json.Serialization;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Source-generated JSON for the id lists passed to SQLite's json_each (no reflection).</summary>
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
