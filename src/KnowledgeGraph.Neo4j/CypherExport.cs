using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Writes the whole graph as an idempotent Cypher script: per label, batches of
/// <c>UNWIND [ {id: …, props: {…}}, … ] AS row MERGE (n:Label {id: row.id}) SET n += row.props</c>; per
/// (type, start label, end label), batches that MATCH both ends and MERGE the relationship on its id. Each statement
/// ends with <c>;</c> on a line of its own (cypher-shell -f, Neo4j Browser multi-statement mode). Rows are one per line,
/// sorted by id, so the same store always gives byte-identical output. Load schema/neo4j.cypher first for the
/// constraints that make MERGE on id fast.
/// </summary>
public static class CypherExport
{
    public const int DefaultBatchSize = 500;

    /// <summary>Writes the script for <paramref name="store"/> to <paramref name="writer"/> (lines end in \n).</summary>
    public static async Task<ExportCounts> WriteAsync(IGraphStore store, TextWriter writer, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var snapshot = await GraphSnapshot.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(Render(snapshot, batchSize).AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExportCounts.Of(snapshot);
    }

    /// <summary>Writes the script to a file (UTF-8 without BOM).</summary>
    public static async Task<ExportCounts> WriteFileAsync(IGraphStore store, string path, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        var snapshot = await GraphSnapshot.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(path, Render(snapshot, batchSize), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return ExportCounts.Of(snapshot);
    }

    public static string Render(GraphSnapshot snapshot, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"// Knowledge graph export: {snapshot.NodeCount} nodes, {snapshot.EdgeCount} relationships.\n");
        sb.Append("// Idempotent: nodes and relationships are merged on id. Run schema/neo4j.cypher first.\n");
        foreach (var label in snapshot.Labels)
        {
            var types = Types(snapshot.NodePropertyTypes[label]);
            foreach (var batch in snapshot.NodesByLabel[label].Chunk(batchSize))
            {
                sb.Append("UNWIND [\n");
                for (var i = 0; i < batch.Length; i++)
                {
                    sb.Append("{id: ").Append(CypherLiteral.String(batch[i].Id)).Append(", props: ");
                    AppendMap(sb, batch[i].Properties, types);
                    sb.Append(i + 1 < batch.Length ? "},\n" : "}\n");
                }

                sb.Append("] AS row\n")
                    .Append(CultureInfo.InvariantCulture, $"MERGE (n:{CypherLiteral.Name(label)} {{id: row.id}})\n")
                    .Append("SET n += row.props\n;\n");
            }
        }

        if (snapshot.NodesByLabel.ContainsKey("Project"))
        {
            sb.Append("// Each project's current status as a second label, for styles (graph-seed/neo4j-browser.grass).\n")
                .Append(ProjectStatusLabels.Statement.Replace(" FOREACH", "\nFOREACH", StringComparison.Ordinal)).Append("\n;\n");
        }

        foreach (var group in snapshot.Groups)
        {
            var types = Types(snapshot.EdgePropertyTypes[group]);
            foreach (var batch in snapshot.EdgesByGroup[group].Chunk(batchSize))
            {
                sb.Append("UNWIND [\n");
                for (var i = 0; i < batch.Length; i++)
                {
                    var e = batch[i];
                    sb.Append("{id: ").Append(CypherLiteral.String(e.Id))
                        .Append(", start: ").Append(CypherLiteral.String(e.StartId))
                        .Append(", end: ").Append(CypherLiteral.String(e.EndId))
                        .Append(", props: ");
                    AppendMap(sb, e.Properties, types);
                    sb.Append(i + 1 < batch.Length ? "},\n" : "}\n");
                }

                sb.Append("] AS row\n")
                    .Append(CultureInfo.InvariantCulture, $"MATCH (a:{CypherLiteral.Name(group.StartLabel)} {{id: row.start}})\n")
                    .Append(CultureInfo.InvariantCulture, $"MATCH (b:{CypherLiteral.Name(group.EndLabel)} {{id: row.end}})\n")
                    .Append(CultureInfo.InvariantCulture, $"MERGE (a)-[r:{CypherLiteral.Name(group.Type)} {{id: row.id}}]->(b)\n")
                    .Append("SET r += row.props\n;\n");
            }
        }

        return sb.ToString();
    }

    private static Dictionary<string, PropertyType> Types(IReadOnlyList<KeyValuePair<string, PropertyType>> types) =>
        types.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    private static void AppendMap(StringBuilder sb, IReadOnlyList<KeyValuePair<string, object>> properties, Dictionary<string, PropertyType> types)
    {
        sb.Append('{');
        for (var i = 0; i < properties.Count; i++)
        {
            var (key, value) = properties[i];
            sb.Append(i == 0 ? string.Empty : ", ").Append(CypherLiteral.Name(key)).Append(": ")
                .Append(CypherLiteral.Value(GraphSnapshot.Convert(value, types[key])));
        }

        sb.Append('}');
    }
}

/// <summary>How many nodes per label and relationships per type an export wrote.</summary>
public sealed record ExportCounts(IReadOnlyDictionary<string, int> Nodes, IReadOnlyDictionary<string, int> Relationships)
{
    public int NodeTotal => Nodes.Values.Sum();

    public int RelationshipTotal => Relationships.Values.Sum();

    public static ExportCounts Of(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ExportCounts(
            snapshot.NodesByLabel.ToDictionary(kv => kv.Key, kv => kv.Value.Count, StringComparer.Ordinal),
            snapshot.EdgesByGroup.GroupBy(kv => kv.Key.Type, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value.Count), StringComparer.Ordinal));
    }
}
