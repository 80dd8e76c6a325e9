using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The read side of the store: each query runs on a connection the caller opened.</summary>
internal static class StoreQueries
{
    private const string ReportColumns =
        "id, file_name, content_hash, source_text, text, title, township_id, review_year, plan_year, published, ingested_at";

    // A node or edge is returned with its first evidence row (by report id, then start); the primary key
    // (owner, report_id, start, end) serves that order directly.
    private const string NodeSelect = """
        SELECT n.id, n.kind, n.name, n.properties, e.report_id, e.sentence, e.start, e."end"
        FROM nodes n
        JOIN node_evidence e ON e.node_id = n.id
         AND (e.report_id, e.start, e."end") =
             (SELECT f.report_id, f.start, f."end" FROM node_evidence f WHERE f.node_id = n.id
              ORDER BY f.report_id, f.start, f."end" LIMIT 1)
        """;

    private const string EdgeSelect = """
        SELECT g.id, g.kind, g.source_id, g.target_id, g.properties, e.report_id, e.sentence, e.start, e."end"
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
            SELECT node_id, report_id, sentence, start, "end" FROM node_evidence WHERE node_id IN (SELECT value FROM json_each($ids))
            UNION ALL
            SELECT edge_id, report_id, sentence, start, "end" FROM edge_evidence WHERE edge_id IN (SELECT value FROM json_each($ids))
            ORDER BY 1, 2, 4, 5;
            """);
        command.Parameter("$ids", JsonArray(ids));
        var evidence = new Dictionary<string, IReadOnlyList<Evidence>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var owner = reader.GetString(0);
            if (!evidence.TryGetValue(owner, out var list))
            {
                evidence[owner] = list = new List<Evidence>();
            }

            ((List<Evidence>)list).Add(reader.GetEvidence(1));
        }

        return evidence;
    }

    public static async Task<IReadOnlyList<GraphNode>> SearchNodesAsync(SqliteConnection connection, string text, IReadOnlyCollection<NodeKind>? kinds, int limit, CancellationToken cancellationToken)
    {
        var needle = text.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (needle.Length == 0 || limit <= 0)
        {
            return [];
        }

        var escaped = needle.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var kindFilter = kinds is { Count: > 0 } ? " AND n.kind IN (SELECT value FROM json_each($kinds))" : string.Empty;
        await using var command = connection.Command(NodeSelect + $"""
             WHERE n.name LIKE $contains ESCAPE '\'{kindFilter}
             ORDER BY (n.name = $exact) DESC, (n.name LIKE $prefix ESCAPE '\') DESC, length(n.name), n.name, n.id
             LIMIT $limit;
            """);
        command.Parameter("$contains", "%" + escaped + "%");
        command.Parameter("$prefix", escaped + "%");
        command.Parameter("$exact", needle);
        command.Parameter("$limit", limit);
        if (kinds is { Count: > 0 })
        {
            command.Parameter("$kinds", JsonArray(kinds.Select(KindNames.Of).ToList()));
        }

        return await ReadNodesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static string JsonArray(IReadOnlyCollection<string> values) => System.Text.Json.JsonSerializer.Serialize(values, StoreJsonContext.Default.IReadOnlyCollectionString);

    private static async Task<List<GraphEdge>> ReadEdgesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var edges = new List<GraphEdge>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            edges.Add(new GraphEdge(
                reader.GetString(0),
                KindNames.ParseEdge(reader.GetString(1)),
                reader.GetString(2),
                reader.GetString(3),
                PropertyJson.Read(reader.GetString(4)),
                reader.GetEvidence(5)));
        }

        return edges;
    }

    public static async Task<IReadOnlyList<Evidence>> GetEvidenceAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("""
            SELECT report_id, sentence, start, "end" FROM node_evidence WHERE node_id = $id
            UNION ALL
            SELECT report_id, sentence, start, "end" FROM edge_evidence WHERE edge_id = $id
            ORDER BY 1, 3, 4;
            """);
        command.Parameter("$id", id);
        var evidence = new List<Evidence>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            evidence.Add(reader.GetEvidence(0));
        }

        return evidence;
    }

    public static async Task<GraphStats> GetStatsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // One read transaction, so the three counts come from the same snapshot even while a write commits.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var nodes = new Dictionary<NodeKind, int>();
        foreach (var (name, count) in await CountAsync(connection, "SELECT kind, COUNT(*) FROM nodes GROUP BY kind;", cancellationToken).ConfigureAwait(false))
        {
            nodes[KindNames.ParseNode(name)] = count;
        }

        var edges = new Dictionary<EdgeKind, int>();
        foreach (var (name, count) in await CountAsync(connection, "SELECT kind, COUNT(*) FROM edges GROUP BY kind;", cancellationToken).ConfigureAwait(false))
        {
            edges[KindNames.ParseEdge(name)] = count;
        }

        var reports = await CountAsync(connection, "SELECT '', COUNT(*) FROM reports;", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new GraphStats(Ordered(nodes), Ordered(edges), reports[0].Count);
    }

    private static Dictionary<TKey, int> Ordered<TKey>(Dictionary<TKey, int> counts)
        where TKey : struct, Enum =>
        counts.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value);

    private static async Task<List<(string Name, int Count)>> CountAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql);
        var rows = new List<(string, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return rows;
    }

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

    private static async Task<List<GraphNode>> ReadNodesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var nodes = new List<GraphNode>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(new GraphNode(
                reader.GetString(0),
                KindNames.ParseNode(reader.GetString(1)),
                reader.GetString(2),
                PropertyJson.Read(reader.GetString(3)),
                reader.GetEvidence(4)));
        }

        return nodes;
    }
}
