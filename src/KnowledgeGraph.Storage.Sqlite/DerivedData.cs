using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The tables the lists read besides nodes and edges, kept in step inside the writer's transaction: the places a report
/// lies in (the subjects it REPORTS_ON and everything above them by LOCATED_IN) and the nodes each place holds (every
/// node with evidence in a report of the place). Counters, years and evidence counts are kept by triggers (Schema).
/// Only what one report touched is visited, so a write costs the same at 10 reports as at 10,000.
/// </summary>
internal static class DerivedData
{
    private const string TempTables = """
        CREATE TEMP TABLE IF NOT EXISTS gone_nodes (id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS gone_edges (id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS gone_places (id TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS orphans (id TEXT PRIMARY KEY) WITHOUT ROWID;
        DELETE FROM gone_nodes; DELETE FROM gone_edges; DELETE FROM gone_places; DELETE FROM orphans;
        """;

    /// <summary>Before a report's evidence goes: remembers what it touched (its nodes, edges and places).</summary>
    public static async Task CaptureAsync(SqliteConnection connection, string reportId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(TempTables + """
            INSERT OR IGNORE INTO gone_nodes SELECT node_id FROM node_evidence WHERE report_id = $id;
            INSERT OR IGNORE INTO gone_edges SELECT edge_id FROM edge_evidence WHERE report_id = $id;
            INSERT OR IGNORE INTO gone_places SELECT place_id FROM report_places WHERE report_id = $id;
            """);
        command.Parameter("$id", reportId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After a report's evidence went: deletes the touched edges left without evidence, the memberships of touched nodes
    /// in the report's places that no remaining report of theirs lies in (by the key, place first: a node's memberships
    /// are only ever in the places of its reports), and the touched nodes left without evidence with every edge at them.
    /// </summary>
    public static async Task CollectOrphansAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("""
            DELETE FROM edges WHERE id IN (SELECT id FROM gone_edges)
              AND NOT EXISTS (SELECT 1 FROM edge_evidence ee WHERE ee.edge_id = edges.id);
            INSERT INTO orphans SELECT id FROM gone_nodes g WHERE NOT EXISTS (SELECT 1 FROM node_evidence ne WHERE ne.node_id = g.id);
            DELETE FROM place_members WHERE (place_id, kind, name, node_id) IN (
                SELECT p.id, n.kind, n.name, n.id FROM gone_nodes g CROSS JOIN nodes n CROSS JOIN gone_places p
                WHERE n.id = g.id
                  AND NOT EXISTS (SELECT 1 FROM node_evidence e JOIN report_places rp ON rp.report_id = e.report_id
                                  WHERE e.node_id = n.id AND rp.place_id = p.id));
            DELETE FROM edges WHERE source_id IN (SELECT id FROM orphans);
            DELETE FROM edges WHERE target_id IN (SELECT id FROM orphans);
            DELETE FROM nodes WHERE id IN (SELECT id FROM orphans);
            """);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a report's nodes and edges are written: its places, and its nodes as members of each.</summary>
    public static async Task AddReportAsync(CommandCache commands, string reportId, CancellationToken cancellationToken)
    {
        var command = commands.Get("""
            INSERT OR IGNORE INTO report_places (report_id, place_id)
            WITH RECURSIVE up (id) AS (
                SELECT target_id FROM edges WHERE source_id = $id AND kind = 'REPORTS_ON'
                UNION
                SELECT e.target_id FROM edges e JOIN up ON e.source_id = up.id WHERE e.kind = 'LOCATED_IN')
            SELECT $id, id FROM up;
            INSERT OR IGNORE INTO place_members (place_id, kind, name, node_id)
            SELECT rp.place_id, n.kind, n.name, n.id
            FROM report_places rp
            JOIN (SELECT DISTINCT node_id FROM node_evidence WHERE report_id = $id) e
            JOIN nodes n ON n.id = e.node_id
            WHERE rp.report_id = $id;
            """);
        command.Bind("$id", reportId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fills the derived tables for every stored report (a store migrated from before they existed).</summary>
    public static async Task RebuildAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var reports = new List<string>();
        await using (var list = connection.Command("SELECT id FROM reports ORDER BY id;"))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                reports.Add(reader.GetString(0));
            }
        }

        await using (var commands = new CommandCache(connection))
        {
            foreach (var id in reports)
            {
                await AddReportAsync(commands, id, cancellationToken).ConfigureAwait(false);
            }
        }

        await using var index = connection.Command("SELECT rowid, name FROM nodes WHERE rowid NOT IN (SELECT rowid FROM search_index);");
        var rows = new List<(long, string)>();
        await using (var reader = await index.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        await using var insert = connection.Command("INSERT INTO search_index (rowid, name, sentence) VALUES ($rowid, $name, '');");
        var (rowid, name) = (insert.Parameter("$rowid"), insert.Parameter("$name"));
        foreach (var (r, n) in rows)
        {
            rowid.Set(r);
            name.Set(SearchTokens.Of(n));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
