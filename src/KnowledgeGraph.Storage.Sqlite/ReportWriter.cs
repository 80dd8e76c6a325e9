using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The write side of the store, inside one transaction the caller opened and commits: ingesting a
/// report graph and removing a report. Nothing here commits; any exception leaves the transaction to
/// be rolled back.
/// </summary>
internal sealed class ReportWriter
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787;

    private readonly SqliteConnection connection;
    private readonly CommandCache commands;
    private readonly Action<int>? nodeWritten;
    private readonly CancellationToken cancellationToken;

    /// <param name="commands">The prepared commands of this connection, reused report after report of a batch.</param>
    public ReportWriter(SqliteConnection connection, CommandCache commands, Action<int>? nodeWritten, CancellationToken cancellationToken)
    {
        this.connection = connection;
        this.commands = commands;
        this.nodeWritten = nodeWritten;
        this.cancellationToken = cancellationToken;
    }

    public async Task<IngestOutcome> IngestAsync(ReportGraph graph)
    {
        var report = graph.Report;
        cancellationToken.ThrowIfCancellationRequested();

        var sameContent = await ScalarStringAsync(
            "SELECT id FROM reports WHERE content_hash = $value ORDER BY id LIMIT 1;", report.ContentHash).ConfigureAwait(false);
        if (sameContent is not null)
        {
            return new IngestOutcome(sameContent, IngestStatus.Unchanged, 0, 0);
        }

        IngestStatus status;
        if (await FindExistingAsync(report).ConfigureAwait(false))
        {
            await DerivedData.CaptureAsync(connection, report.Id, cancellationToken).ConfigureAwait(false);
            await RemoveEvidenceAsync(report.Id).ConfigureAwait(false);
            await DerivedData.CollectOrphansAsync(connection, cancellationToken).ConfigureAwait(false);
            await WriteReportAsync(report, update: true).ConfigureAwait(false);
            status = IngestStatus.Replaced;
        }
        else
        {
            await WriteReportAsync(report, update: false).ConfigureAwait(false);
            status = IngestStatus.Added;
        }

        var nodeKinds = await WriteNodesAsync(graph).ConfigureAwait(false);
        var nodes = nodeKinds.Count;
        var edges = await WriteEdgesAsync(graph, nodeKinds).ConfigureAwait(false);
        await DerivedData.AddReportAsync(commands, report.Id, cancellationToken).ConfigureAwait(false);
        return new IngestOutcome(report.Id, status, nodes, edges);
    }

    /// <summary>Removes a report, its evidence and every node and edge no other report holds; false when there is no such report.</summary>
    public async Task<bool> DeleteReportAsync(string reportId)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await DerivedData.CaptureAsync(connection, reportId, cancellationToken).ConfigureAwait(false);
        await using var delete = connection.Command("DELETE FROM reports WHERE id = $id;");
        delete.Parameter("$id", reportId);
        if (await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        // Evidence rows and the report's places went with the report (ON DELETE CASCADE).
        await DerivedData.CollectOrphansAsync(connection, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> FindExistingAsync(StoredReport report)
    {
        var command = commands.Get("SELECT id, file_name FROM reports WHERE id = $id OR file_name = $file;");
        command.Bind("$id", report.Id);
        command.Bind("$file", report.FileName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = false;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var (id, fileName) = (reader.GetString(0), reader.GetString(1));
            if (id != report.Id || fileName != report.FileName)
            {
                throw new InvalidOperationException(
                    $"report '{report.Id}' ({report.FileName}) conflicts with stored report '{id}' ({fileName}): a file name and a report id must belong together");
            }

            found = true;
        }

        return found;
    }

    private async Task RemoveEvidenceAsync(string reportId)
    {
        await using var command = connection.Command("""
            DELETE FROM node_evidence WHERE report_id = $id;
            DELETE FROM edge_evidence WHERE report_id = $id;
            DELETE FROM report_places WHERE report_id = $id;
            """);
        command.Parameter("$id", reportId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteReportAsync(StoredReport report, bool update)
    {
        var command = commands.Get(update
            ? """
              UPDATE reports SET content_hash = $hash, source_text = $source, text = $text, title = $title,
                  township_id = $township, review_year = $review, plan_year = $plan, published = $published, ingested_at = $ingested
              WHERE id = $id AND file_name = $file;
              """
            : """
              INSERT INTO reports (id, file_name, content_hash, source_text, text, title, township_id, review_year, plan_year, published, ingested_at)
              VALUES ($id, $file, $hash, $source, $text, $title, $township, $review, $plan, $published, $ingested);
              """);
        command.Bind("$id", report.Id);
        command.Bind("$file", report.FileName);
        command.Bind("$hash", report.ContentHash);
        // The decoded source only when it differs from the plain text (HTML); '' stands for "the same as text".
        command.Bind("$source", report.SourceText == report.Text ? string.Empty : report.SourceText);
        command.Bind("$text", report.Text);
        command.Bind("$title", report.Title);
        command.Bind("$township", report.TownshipId);
        command.Bind("$review", report.ReviewYear);
        command.Bind("$plan", report.PlanYear);
        command.Bind("$published", report.Published is { } published ? SqlCommands.FormatDate(published) : null);
        command.Bind("$ingested", SqlCommands.FormatTimestamp(report.IngestedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Upserts every node with its evidence; returns the kind of each node written, by id. A handful of statements per
    /// report, whatever its size: the rows go in as one JSON array each (json_each), not one command per row.
    /// </summary>
    private async Task<Dictionary<string, NodeKind>> WriteNodesAsync(ReportGraph graph)
    {
        var merged = new Dictionary<string, (GraphNode Node, PropertyBag Properties)>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckEvidence(graph.Report, node.Evidence, $"node '{node.Id}'");
            merged[node.Id] = merged.TryGetValue(node.Id, out var seen)
                ? (seen.Node.Kind != node.Kind
                    ? throw new InvalidOperationException($"node '{node.Id}' is both a {seen.Node.Kind} and a {node.Kind} in report '{graph.Report.Id}'")
                    : (seen.Node, seen.Properties.Merge(node.Properties)))
                : (node, node.Properties);
        }

        var stored = new Dictionary<string, (NodeKind Kind, string Properties)>(StringComparer.Ordinal);
        {
            var select = commands.Get("SELECT id, kind, properties FROM nodes WHERE id IN (SELECT value FROM json_each($ids));");
            select.Bind("$ids", RowJson.Strings(merged.Keys));
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored[reader.GetString(0)] = (KindNames.ParseNode(reader.GetString(1)), reader.GetString(2));
            }
        }

        var rows = new RowJson();
        var index = new RowJson();
        foreach (var (id, (node, properties)) in merged)
        {
            var final = properties;
            if (stored.TryGetValue(id, out var old))
            {
                if (old.Kind != node.Kind)
                {
                    throw new InvalidOperationException($"node '{id}' is a {node.Kind} in report '{graph.Report.Id}' but stored as a {old.Kind}");
                }

                final = PropertyJson.Read(old.Properties).Merge(properties);
            }
            else
            {
                index.Row(id, SearchTokens.Of(node.Name), SearchTokens.Of(node.Evidence.Sentence));
            }

            rows.Row(id, KindNames.Of(node.Kind), node.Name, PropertyJson.Write(final));
        }

        await ExecuteAsync(InsertNodes, rows).ConfigureAwait(false);
        await ExecuteAsync("""
            INSERT INTO search_index (rowid, name, sentence)
            SELECT n.rowid, j.value ->> 1, j.value ->> 2 FROM json_each($rows) j JOIN nodes n ON n.id = j.value ->> 0;
            """, index).ConfigureAwait(false);
        // Each row is new (the report's earlier evidence went before), so each adds one to its node's mentions.
        await ExecuteAsync("""
            INSERT INTO node_evidence (node_id, report_id, start, "end")
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows) WHERE true
            ON CONFLICT DO NOTHING;
            UPDATE nodes SET mentions = mentions + j.n
            FROM (SELECT value ->> 0 AS id, count(*) AS n FROM json_each($rows) GROUP BY 1) j
            WHERE nodes.id = j.id;
            """, EvidenceRows(graph.Nodes.Select(n => (n.Id, n.Evidence)))).ConfigureAwait(false);

        var written = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        foreach (var id in merged.Keys)
        {
            written[id] = merged[id].Node.Kind;
            nodeWritten?.Invoke(written.Count);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return written;
    }

    /// <summary>Checks every edge against <see cref="EdgeCatalog"/>, upserts it with its evidence; returns how many distinct edges were written.</summary>
    private async Task<int> WriteEdgesAsync(ReportGraph graph, Dictionary<string, NodeKind> nodeKinds)
    {
        static string Label(GraphEdge edge) => $"edge '{edge.Id}' ({KindNames.Of(edge.Kind)} {edge.SourceId} -> {edge.TargetId})";

        var unknown = graph.Edges.SelectMany(e => new[] { e.SourceId, e.TargetId }).Where(id => !nodeKinds.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            var kinds = commands.Get("SELECT id, kind FROM nodes WHERE id IN (SELECT value FROM json_each($ids));");
            kinds.Bind("$ids", RowJson.Strings(unknown));
            await using var reader = await kinds.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                nodeKinds[reader.GetString(0)] = KindNames.ParseNode(reader.GetString(1));
            }
        }

        var merged = new Dictionary<string, (GraphEdge Edge, PropertyBag Properties)>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckEvidence(graph.Report, edge.Evidence, Label(edge));
            if (nodeKinds.TryGetValue(edge.SourceId, out var from) && nodeKinds.TryGetValue(edge.TargetId, out var to) && !EdgeCatalog.Allows(edge.Kind, from, to))
            {
                throw new InvalidOperationException($"{Label(edge)} is not allowed: {KindNames.Of(edge.Kind)} may not join a {from} to a {to}");
            }

            if (merged.TryGetValue(edge.Id, out var seen))
            {
                if (seen.Edge.Kind != edge.Kind || seen.Edge.SourceId != edge.SourceId || seen.Edge.TargetId != edge.TargetId)
                {
                    throw new InvalidOperationException($"{Label(edge)} clashes with {Label(seen.Edge)} of the same id");
                }

                merged[edge.Id] = (seen.Edge, seen.Properties.Merge(edge.Properties));
            }
            else
            {
                merged[edge.Id] = (edge, edge.Properties);
            }
        }

        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        {
            var select = commands.Get("SELECT id, kind, source_id, target_id, properties FROM edges WHERE id IN (SELECT value FROM json_each($ids));");
            select.Bind("$ids", RowJson.Strings(merged.Keys));
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var edge = merged[reader.GetString(0)].Edge;
                if (reader.GetString(1) != KindNames.Of(edge.Kind) || reader.GetString(2) != edge.SourceId || reader.GetString(3) != edge.TargetId)
                {
                    throw new InvalidOperationException(
                        $"{Label(edge)} clashes with stored edge {reader.GetString(1)} {reader.GetString(2)} -> {reader.GetString(3)} of the same id");
                }

                stored[edge.Id] = reader.GetString(4);
            }
        }

        var rows = new RowJson();
        foreach (var (id, (edge, properties)) in merged)
        {
            var final = stored.TryGetValue(id, out var old) ? PropertyJson.Read(old).Merge(properties) : properties;
            rows.Row(id, KindNames.Of(edge.Kind), edge.SourceId, edge.TargetId, PropertyJson.Write(final));
        }

        try
        {
            await ExecuteAsync("""
                INSERT INTO edges (id, kind, source_id, target_id, properties)
                SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each($rows) WHERE true
                ON CONFLICT (id) DO UPDATE SET properties = excluded.properties;
                """, rows).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint && ex.SqliteExtendedErrorCode == SqliteConstraintForeignKey)
        {
            var missing = merged.Values.Select(m => m.Edge).FirstOrDefault(e => !nodeKinds.ContainsKey(e.SourceId) || !nodeKinds.ContainsKey(e.TargetId));
            throw new InvalidOperationException(
                $"{(missing is null ? "an edge" : Label(missing))} points at a node that is neither in report '{graph.Report.Id}' nor stored", ex);
        }

        // The year of each node a new HAS_STATUS / IN_YEAR edge starts at, once per node (it may fall back on those edges).
        await ExecuteAsync($"""
            UPDATE nodes SET year = {Schema.NodeYear}
            WHERE id IN (SELECT value ->> 2 FROM json_each($rows) WHERE value ->> 1 IN ('HAS_STATUS', 'IN_YEAR'))
              AND year IS NOT {Schema.NodeYear};
            """, rows).ConfigureAwait(false);
        await ExecuteAsync("""
            INSERT INTO edge_evidence (edge_id, report_id, start, "end")
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows) WHERE true
            ON CONFLICT DO NOTHING;
            """, EvidenceRows(graph.Edges.Select(e => (e.Id, e.Evidence)))).ConfigureAwait(false);
        return merged.Count;
    }

    /// <summary>Upserts nodes; a new node's year comes from its properties in the INSERT (<see cref="Schema.NewNodeYear"/>).</summary>
    private static readonly string InsertNodes = $"""
        INSERT INTO nodes (id, kind, name, properties, year)
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3,
               {Schema.NewNodeYear.Replace("$kind", "(value ->> 1)", StringComparison.Ordinal).Replace("$properties", "(value ->> 3)", StringComparison.Ordinal)}
        FROM json_each($rows) WHERE true
        ON CONFLICT (id) DO UPDATE SET properties = excluded.properties;
        """;

    /// <summary>Evidence rows, each once (a report may cite the same span for one owner more than once).</summary>
    private static RowJson EvidenceRows(IEnumerable<(string Owner, Evidence Evidence)> rows)
    {
        var json = new RowJson();
        var seen = new HashSet<(string, string, int, int)>();
        foreach (var (owner, evidence) in rows)
        {
            if (seen.Add((owner, evidence.ReportId, evidence.Start, evidence.End)))
            {
                json.Row(owner, evidence.ReportId, evidence.Start, evidence.End);
            }
        }

        return json;
    }

    private async Task ExecuteAsync(string sql, RowJson rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var command = commands.Get(sql);
        command.Bind("$rows", rows.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void CheckEvidence(StoredReport report, Evidence evidence, string owner)
    {
        if (evidence is null)
        {
            throw new InvalidOperationException($"{owner} has no evidence");
        }

        if (evidence.ReportId != report.Id)
        {
            throw new InvalidOperationException(
                $"{owner} cites report '{evidence.ReportId}' but is being ingested with report '{report.Id}'; evidence must come from the report it is stored with");
        }
    }

    private async Task<string?> ScalarStringAsync(string sql, string value)
    {
        var command = commands.Get(sql);
        command.Bind("$value", value);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
