using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Neo4j;

/// <summary>What <see cref="CsvExport"/> wrote: the files (nodes first) and the command that imports them.</summary>
public sealed record CsvExportResult(IReadOnlyList<string> NodeFiles, IReadOnlyList<string> RelationshipFiles, string ImportCommand, ExportCounts Counts);

/// <summary>
/// Writes the graph as CSV for <c>neo4j-admin database import full</c>: one nodes file per label
/// (<c>id:ID(Label)</c>, typed property columns, <c>:LABEL</c>; one ID space per label) and one relationships file per
/// (type, start label, end label) (<c>:START_ID(Label)</c>, <c>:END_ID(Label)</c>, <c>id</c>, typed properties,
/// <c>:TYPE</c>). Integers are <c>long</c> and floats <c>double</c> so values are those the Cypher export gives; strings
/// are always quoted (a quote doubled) and an empty unquoted field is a missing property. Rows sorted by id.
/// </summary>
public static class CsvExport
{
    public static async Task<CsvExportResult> WriteAsync(IGraphStore store, string directory, string database = "neo4j", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var snapshot = await GraphSnapshot.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(directory);
        var nodeFiles = new List<string>();
        foreach (var label in snapshot.Labels)
        {
            var columns = snapshot.NodePropertyTypes[label];
            var sb = new StringBuilder();
            AppendRow(sb, [$"id:ID({label})", .. columns.Select(Header), ":LABEL"]);
            foreach (var node in snapshot.NodesByLabel[label])
            {
                AppendRow(sb, [Quote(node.Id), .. Fields(node.Properties, columns), Quote(ProjectStatusLabels.LabelField(node))]);
            }

            nodeFiles.Add(await WriteFileAsync(directory, $"nodes-{label}.csv", sb, cancellationToken).ConfigureAwait(false));
        }

        var relationshipFiles = new List<string>();
        foreach (var group in snapshot.Groups)
        {
            var columns = snapshot.EdgePropertyTypes[group];
            var sb = new StringBuilder();
            AppendRow(sb, [$":START_ID({group.StartLabel})", $":END_ID({group.EndLabel})", "id", .. columns.Select(Header), ":TYPE"]);
            foreach (var edge in snapshot.EdgesByGroup[group])
            {
                AppendRow(sb, [Quote(edge.StartId), Quote(edge.EndId), Quote(edge.Id), .. Fields(edge.Properties, columns), Quote(group.Type)]);
            }

            relationshipFiles.Add(await WriteFileAsync(directory, $"relationships-{group.Key}.csv", sb, cancellationToken).ConfigureAwait(false));
        }

        return new CsvExportResult(nodeFiles, relationshipFiles, ImportCommand(nodeFiles, relationshipFiles, database), ExportCounts.Of(snapshot));
    }

    /// <summary>The <c>neo4j-admin database import full</c> command line for the files (paths shell-quoted when needed).</summary>
    public static string ImportCommand(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles, string database = "neo4j") =>
        string.Join(' ', [
            "neo4j-admin database import full",
            "--overwrite-destination",
            "--multiline-fields=true",
            .. nodeFiles.Select(f => ShellQuote("--nodes=" + f)),
            .. relationshipFiles.Select(f => ShellQuote("--relationships=" + f)),
            ShellQuote(database),
        ]);

    private static async Task<string> WriteFileAsync(string directory, string name, StringBuilder content, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(directory, name));
        await File.WriteAllTextAsync(path, content.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return path;
    }

    private static string Header(KeyValuePair<string, PropertyType> column) => column.Value switch
    {
        PropertyType.Integer => column.Key + ":long",
        PropertyType.Float => column.Key + ":double",
        PropertyType.Boolean => column.Key + ":boolean",
        _ => column.Key,
    };

    private static IEnumerable<string> Fields(IReadOnlyList<KeyValuePair<string, object>> properties, IReadOnlyList<KeyValuePair<string, PropertyType>> columns)
    {
        var byKey = properties.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var (key, type) in columns)
        {
            yield return !byKey.TryGetValue(key, out var value) ? string.Empty : GraphSnapshot.Convert(value, type) switch
            {
                string s => Quote(s),
                long l => l.ToString(CultureInfo.InvariantCulture),
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                var other => Quote(other.ToString() ?? string.Empty),
            };
        }
    }

    /// <summary>A CSV field in double quotes with each quote doubled (neo4j-admin's default quoting).</summary>
    public static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void AppendRow(StringBuilder sb, IEnumerable<string> fields) => sb.AppendJoin(',', fields).Append('\n');

    private static string ShellQuote(string arg) =>
        arg.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or ',' or '+' or '@')
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
