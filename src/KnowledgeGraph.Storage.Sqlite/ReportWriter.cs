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
    private readonly Action<int>? nodeWritten;
    private readonly CancellationToken cancellationToken;

    public ReportWriter(SqliteConnection connection, Action<int>? nodeWritten, CancellationToken cancellationToken)
    {
        this.connection = connection;
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
        await DerivedData.AddReportAsync(connection, report.Id, cancellationToken).ConfigureAwait(false);
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
        await using var command = connection.Command("SELECT id, file_name FROM reports WHERE id = $id OR file_name = $file;");
        command.Parameter("$id", report.Id);
        command.Parameter("$file", report.FileName);
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
        await using var command = connection.Command(update
            ? """
              UPDATE reports SET content_hash = $hash, source_text = $source, text = $text, title = $title,
                  township_id = $township, review_year = $review, plan_year = $plan, published = $published, ingested_at = $ingested
              WHERE id = $id AND file_name = $file;
              """
            : """
              INSERT INTO reports (id, file_name, content_hash, source_text, text, title, township_id, review_year, plan_year, published, ingested_at)
              VALUES ($id, $file, $hash, $source, $text, $title, $township, $review, $plan, $published, $ingested);
              """);
        command.Parameter("$id", report.Id);
        command.Parameter("$file", report.FileName);
        command.Parameter("$hash", report.ContentHash);
        // The decoded source only when it differs from the plain text (HTML); '' stands for "the same as text".
        command.Parameter("$source", report.SourceText == report.Text ? string.Empty : report.SourceText);
        command.Parameter("$text", report.Text);
        command.Parameter("$title", report.Title);
        command.Parameter("$township", report.TownshipId);
        command.Parameter("$review", report.ReviewYear);
        command.Parameter("$plan", report.PlanYear);
        command.Parameter("$published", report.Published is { } published ? SqlCommands.FormatDate(published) : null);
        command.Parameter("$ingested", SqlCommands.FormatTimestamp(report.IngestedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Upserts every node with its evidence; returns the kind of each node written, by id.</summary>
    private async Task<Dictionary<string, NodeKind>> WriteNodesAsync(ReportGraph graph)
    {
        await using var select = connection.Command("SELECT kind, properties FROM nodes WHERE id = $id;");
        var selectId = select.Parameter("$id");
        await using var upsert = connection.Command("""
            INSERT INTO nodes (id, kind, name, properties) VALUES ($id, $kind, $name, $properties)
            ON CONFLICT (id) DO UPDATE SET properties = excluded.properties;
            """);
        var (upsertId, kind, name, properties) =
            (upsert.Parameter("$id"), upsert.Parameter("$kind"), upsert.Parameter("$name"), upsert.Parameter("$properties"));
        await using var evidence = EvidenceInsert("node_evidence", "node_id");
        await using var index = connection.Command(
            "INSERT INTO search_index (rowid, name, sentence) VALUES ((SELECT rowid FROM nodes WHERE id = $id), $name, $sentence);");
        var (indexId, indexName, indexSentence) = (index.Parameter("$id"), index.Parameter("$name"), index.Parameter("$sentence"));

        var written = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckEvidence(graph.Report, node.Evidence, $"node '{node.Id}'");
            selectId.Set(node.Id);
            var merged = node.Properties;
            var isNew = true;
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    isNew = false;
                    var storedKind = KindNames.ParseNode(reader.GetString(0));
                    if (storedKind != node.Kind)
                    {
                        throw new InvalidOperationException($"node '{node.Id}' is a {node.Kind} in report '{graph.Report.Id}' but stored as a {storedKind}");
                    }

                    merged = PropertyJson.Read(reader.GetString(1)).Merge(node.Properties);
                }
            }

            upsertId.Set(node.Id);
            kind.Set(KindNames.Of(node.Kind));
            name.Set(node.Name);
            properties.Set(PropertyJson.Write(merged));
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (isNew && !written.ContainsKey(node.Id))
            {
                indexId.Set(node.Id);
                indexName.Set(SearchTokens.Of(node.Name));
                indexSentence.Set(SearchTokens.Of(node.Evidence.Sentence));
                await index.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await InsertEvidenceAsync(evidence, node.Id, node.Evidence).ConfigureAwait(false);
            written[node.Id] = node.Kind;
            nodeWritten?.Invoke(written.Count);
        }

        return written;
    }

    /// <summary>Checks every edge against <see cref="EdgeCatalog"/>, upserts it with its evidence; returns how many distinct edges were written.</summary>
    private async Task<int> WriteEdgesAsync(ReportGraph graph, Dictionary<string, NodeKind> nodeKinds)
    {
        await using var selectKind = connection.Command("SELECT kind FROM nodes WHERE id = $id;");
        var selectKindId = selectKind.Parameter("$id");
        await using var select = connection.Command("SELECT kind, source_id, target_id, properties FROM edges WHERE id = $id;");
        var selectId = select.Parameter("$id");
        await using var upsert = connection.Command("""
            INSERT INTO edges (id, kind, source_id, target_id, properties) VALUES ($id, $kind, $source, $target, $properties)
            ON CONFLICT (id) DO UPDATE SET properties = excluded.properties;
            """);
        var (upsertId, kind, source, target, properties) = (upsert.Parameter("$id"), upsert.Parameter("$kind"),
            upsert.Parameter("$source"), upsert.Parameter("$target"), upsert.Parameter("$properties"));
        await using var evidence = EvidenceInsert("edge_evidence", "edge_id");

        async Task<NodeKind?> KindOfAsync(string nodeId)
        {
            if (nodeKinds.TryGetValue(nodeId, out var known))
            {
                return known;
            }

            selectKindId.Set(nodeId);
            return await selectKind.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string stored
                ? nodeKinds[nodeId] = KindNames.ParseNode(stored)
                : null;
        }

        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var edgeName = KindNames.Of(edge.Kind);
            var label = $"edge '{edge.Id}' ({edgeName} {edge.SourceId} -> {edge.TargetId})";
            CheckEvidence(graph.Report, edge.Evidence, label);
            if (await KindOfAsync(edge.SourceId).ConfigureAwait(false) is { } from
                && await KindOfAsync(edge.TargetId).ConfigureAwait(false) is { } to
                && !EdgeCatalog.Allows(edge.Kind, from, to))
            {
                throw new InvalidOperationException($"{label} is not allowed: {edgeName} may not join a {from} to a {to}");
            }

            selectId.Set(edge.Id);
            var merged = edge.Properties;
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (reader.GetString(0) != edgeName || reader.GetString(1) != edge.SourceId || reader.GetString(2) != edge.TargetId)
                    {
                        throw new InvalidOperationException(
                            $"{label} clashes with stored edge {reader.GetString(0)} {reader.GetString(1)} -> {reader.GetString(2)} of the same id");
                    }

                    merged = PropertyJson.Read(reader.GetString(3)).Merge(edge.Properties);
                }
            }

            upsertId.Set(edge.Id);
            kind.Set(edgeName);
            source.Set(edge.SourceId);
            target.Set(edge.TargetId);
            properties.Set(PropertyJson.Write(merged));
            try
            {
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint && ex.SqliteExtendedErrorCode == SqliteConstraintForeignKey)
            {
                throw new InvalidOperationException($"{label} points at a node that is neither in report '{graph.Report.Id}' nor stored", ex);
            }

            await InsertEvidenceAsync(evidence, edge.Id, edge.Evidence).ConfigureAwait(false);
            written.Add(edge.Id);
        }

        return written.Count;
    }

    private SqliteCommand EvidenceInsert(string table, string ownerColumn)
    {
        var command = connection.Command($"""
            INSERT INTO {table} ({ownerColumn}, report_id, start, "end") VALUES ($owner, $report, $start, $end)
            ON CONFLICT DO NOTHING;
            """);
        command.Parameter("$owner");
        command.Parameter("$report");
        command.Parameter("$start");
        command.Parameter("$end");
        return command;
    }

    private async Task InsertEvidenceAsync(SqliteCommand command, string ownerId, Evidence evidence)
    {
        command.Parameters["$owner"].Set(ownerId);
        command.Parameters["$report"].Set(evidence.ReportId);
        command.Parameters["$start"].Set(evidence.Start);
        command.Parameters["$end"].Set(evidence.End);
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
        await using var command = connection.Command(sql);
        command.Parameter("$value", value);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
