using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The read side of the store: each query runs on a connection the caller opened.</summary>
internal static class StoreQueries
{
    private const string ReportColumns =
        "id, file_name, content_hash, CASE source_text WHEN '' THEN text ELSE source_text END, text, title, township_id, review_year, plan_year, published, ingested_at";

    // A node or edge is returned with its first evidence row (by report id, then start); the primary key
    // (owner, report_id, start, end) serves that order directly.
    internal const string NodeSelect = """
        SELECT n.id, n.kind, n.name, n.properties, e.report_id, e.start, e."end"
        FROM nodes n
        JOIN node_evidence e ON e.node_id = n.id
         AND (e.report_id, e.start, e."end") =
             (SELECT f.report_id, f.start, f."end" FROM node_evidence f WHERE f.node_id = n.id
              ORDER BY f.report_id, f.start, f."end" LIMIT 1)
        """;

    private const string EdgeSelect = """
        SELECT g.id, g.kind, g.source_id, g.target_id, g.properties, e.report_id, e.start, e."end"
        FROM edges g
        JOIN edge_evidence e ON e.edge_id = g.id
         AND (e.report_id, e.start, e."end") =
             (SELECT f.report_id, f.start, f."end" FROM edge_evidence f WHERE f.edge_id = g.id
              ORDER BY f.report_id, f.start, f."end" LIMIT 1)
        """;

    public static async Task<StoredReport?> GetReportAsync(SqliteConnection connection, string reportId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command($"SELECT {ReportColumns} FROM reports WHERE id = $id;");
        command.Parameter("$id", reportId);
        var reports = await ReadReportsAsync(command, cancellationToken).ConfigureAwait(false);
        return reports.Count == 0 ? null : reports[0];
    }

    public static async Task<IReadOnlyList<StoredReport>> ListReportsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command($"SELECT {ReportColumns} FROM reports ORDER BY file_name, id;");
        return await ReadReportsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<GraphNode?> GetNodeAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(NodeSelect + " WHERE n.id = $id;");
        command.Parameter("$id", id);
        var nodes = await ReadNodesAsync(command, cancellationToken).ConfigureAwait(false);
        return nodes.Count == 0 ? null : nodes[0];
    }

    public static async Task<IReadOnlyList<GraphNode>> GetNodesAsync(SqliteConnection connection, NodeKind kind, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(NodeSelect + " WHERE n.kind = $kind ORDER BY n.name, n.id;");
        command.Parameter("$kind", KindNames.Of(kind));
        return await ReadNodesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(SqliteConnection connection, string nodeId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(EdgeSelect + " WHERE g.source_id = $id OR g.target_id = $id ORDER BY g.kind, g.id;");
        command.Parameter("$id", nodeId);
        return await ReadEdgesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The nodes with any of the ids (a JSON array parameter, so one statement serves any count).</summary>
    public static async Task<IReadOnlyDictionary<string, GraphNode>> GetNodesByIdAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(NodeSelect + " WHERE n.id IN (SELECT value FROM json_each($ids));");
        command.Parameter("$ids", JsonArray(ids));
        var nodes = await ReadNodesAsync(command, cancellationToken).ConfigureAwait(false);
        return nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public static async Task<IReadOnlyList<GraphEdge>> GetEdgesOfAsync(SqliteConnection connection, IReadOnlyCollection<string> nodeIds, EdgeDirection direction, EdgeKind? kind, CancellationToken cancellationToken)
    {
        var column = direction == EdgeDirection.Outgoing ? "g.source_id" : "g.target_id";
        var kindFilter = kind is null ? string.Empty : " AND g.kind = $kind";
        await using var command = connection.Command(EdgeSelect + $" WHERE {column} IN (SELECT value FROM json_each($ids)){kindFilter} ORDER BY g.id;");
        command.Parameter("$ids", JsonArray(nodeIds));
        if (kind is { } k)
        {
            command.Parameter("$kind", EdgeCatalog.Name(k));
        }

        return await ReadEdgesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceOfAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("""
            SELECT node_id, report_id, start, "end" FROM node_evidence WHERE node_id IN (SELECT value FROM json_each($ids))
            UNION ALL
            SELECT edge_id, report_id, start, "end" FROM edge_evidence WHERE edge_id IN (SELECT value FROM json_each($ids))
            ORDER BY 1, 2, 3, 4;
            """);
        command.Parameter("$ids", JsonArray(ids));
        var rows = new List<(string Owner, EvidenceRow Row)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0), reader.GetEvidenceRow(1)));
            }
        }

        var texts = await ReportTexts.GetAsync(connection, rows.Select(r => r.Row.ReportId), cancellationToken).ConfigureAwait(false);
        var evidence = new Dictionary<string, IReadOnlyList<Evidence>>(StringComparer.Ordinal);
        foreach (var (owner, row) in rows)
        {
            if (!evidence.TryGetValue(owner, out var list))
            {
                evidence[owner] = list = new List<Evidence>();
            }

            ((List<Evidence>)list).Add(row.Cut(texts));
        }

        return evidence;
    }

    public static async Task<IReadOnlyList<GraphNode>> SearchNodesAsync(SqliteConnection connection, string text, IReadOnlyCollection<NodeKind>? kinds, int limit, CancellationToken cancellationToken) =>
        [.. (await SearchQueries.SearchAsync(connection, new SearchQuery(text, kinds, null, limit), cancellationToken).ConfigureAwait(false)).Hits.Select(h => h.Node)];

    private static string JsonArray(IReadOnlyCollection<string> values) => System.Text.Json.JsonSerializer.Serialize(values, StoreJsonContext.Default.IReadOnlyCollectionString);

    private static async Task<List<GraphEdge>> ReadEdgesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(string Id, EdgeKind Kind, string Source, string Target, PropertyBag Properties, EvidenceRow Evidence)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0), KindNames.ParseEdge(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                    PropertyJson.Read(reader.GetString(4)), reader.GetEvidenceRow(5)));
            }
        }

        var texts = await ReportTexts.GetAsync(command.Connection!, rows.Select(r => r.Evidence.ReportId), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new GraphEdge(r.Id, r.Kind, r.Source, r.Target, r.Properties, r.Evidence.Cut(texts)))];
    }

    public static async Task<IReadOnlyList<Evidence>> GetEvidenceAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("""
            SELECT report_id, start, "end" FROM node_evidence WHERE node_id = $id
            UNION ALL
            SELECT report_id, start, "end" FROM edge_evidence WHERE edge_id = $id
            ORDER BY 1, 2, 3;
            """);
        command.Parameter("$id", id);
        var rows = new List<EvidenceRow>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(reader.GetEvidenceRow(0));
            }
        }

        var texts = await ReportTexts.GetAsync(connection, rows.Select(r => r.ReportId), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.Cut(texts))];
    }

    public static async Task<GraphStats> GetStatsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // The counters the triggers keep (Schema): one small read, the same at any size of the store.
        var nodes = new Dictionary<NodeKind, int>();
        var edges = new Dictionary<EdgeKind, int>();
        var reports = 0;
        foreach (var (facet, key, count) in await CountersAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            switch (facet)
            {
                case "node" when count > 0:
                    nodes[KindNames.ParseNode(key)] = count;
                    break;
                case "edge" when count > 0:
                    edges[KindNames.ParseEdge(key)] = count;
                    break;
                case "report":
                    reports = count;
                    break;
            }
        }

        return new GraphStats(Ordered(nodes), Ordered(edges), reports);
    }

    /// <summary>Every counter the triggers keep: (facet, key, count) such as (node, Project, 1448) or (award_level, national, 12).</summary>
    public static async Task<IReadOnlyList<(string Facet, string Key, int Count)>> CountersAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT facet, key, n FROM counts ORDER BY facet, key;");
        var rows = new List<(string, string, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return rows;
    }

    private static Dictionary<TKey, int> Ordered<TKey>(Dictionary<TKey, int> counts)
        where TKey : struct, Enum =>
        counts.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value);

    private static async Task<List<StoredReport>> ReadReportsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var reports = new List<StoredReport>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            reports.Add(new StoredReport(
                Id: reader.GetString(0),
                FileName: reader.GetString(1),
                ContentHash: reader.GetString(2),
                SourceText: reader.GetString(3),
                Text: reader.GetString(4),
                Title: reader.GetNullableString(5),
                TownshipId: reader.GetNullableString(6),
                ReviewYear: reader.GetNullableInt32(7),
                PlanYear: reader.GetNullableInt32(8),
                Published: reader.GetNullableString(9) is { } published ? SqlCommands.ParseDate(published) : null,
                IngestedAt: SqlCommands.ParseTimestamp(reader.GetString(10))));
        }

        return reports;
    }

    /// <summary>Reads nodes from <see cref="NodeSelect"/>'s columns; <paramref name="extra"/> reads further columns of each row.</summary>
    internal static async Task<List<GraphNode>> ReadNodesAsync(SqliteCommand command, CancellationToken cancellationToken, Action<SqliteDataReader>? extra = null)
    {
        var rows = new List<(string Id, NodeKind Kind, string Name, PropertyBag Properties, EvidenceRow Evidence)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0), KindNames.ParseNode(reader.GetString(1)), reader.GetString(2),
                    PropertyJson.Read(reader.GetString(3)), reader.GetEvidenceRow(4)));
                extra?.Invoke(reader);
            }
        }

        var texts = await ReportTexts.GetAsync(command.Connection!, rows.Select(r => r.Evidence.ReportId), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new GraphNode(r.Id, r.Kind, r.Name, r.Properties, r.Evidence.Cut(texts)))];
    }
}
