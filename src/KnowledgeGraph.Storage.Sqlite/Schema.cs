using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The database schema as numbered migrations. <c>PRAGMA user_version</c> holds how many have been
/// applied; migration <c>n</c> (1-based) takes version <c>n - 1</c> to <c>n</c>. Append new migrations to
/// <see cref="Migrations"/>; never edit one that has shipped.
/// </summary>
internal static class Schema
{
    private const string V1 = """
        CREATE TABLE reports (
            id           TEXT NOT NULL PRIMARY KEY,
            file_name    TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            source_text  TEXT NOT NULL,
            text         TEXT NOT NULL,
            title        TEXT,
            township_id  TEXT,
            review_year  INTEGER,
            plan_year    INTEGER,
            published    TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            ingested_at  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX ix_reports_content_hash ON reports (content_hash);

        CREATE TABLE nodes (
            id         TEXT NOT NULL PRIMARY KEY,
            kind       TEXT NOT NULL,
            name       TEXT NOT NULL,
            properties TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(properties))
        ) STRICT;
        CREATE INDEX ix_nodes_kind ON nodes (kind);
        CREATE INDEX ix_nodes_name ON nodes (name);

        CREATE TABLE node_evidence (
            node_id   TEXT    NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
            report_id TEXT    NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            sentence  TEXT    NOT NULL,
            start     INTEGER NOT NULL CHECK (start >= 0),
            "end"     INTEGER NOT NULL CHECK ("end" >= start),
            PRIMARY KEY (node_id, report_id, start, "end")
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX ix_node_evidence_report ON node_evidence (report_id);

        CREATE TABLE edges (
            id         TEXT NOT NULL PRIMARY KEY,
            kind       TEXT NOT NULL,
            source_id  TEXT NOT NULL REFERENCES nodes (id),
            target_id  TEXT NOT NULL REFERENCES nodes (id),
            properties TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(properties))
        ) STRICT;
        CREATE INDEX ix_edges_source ON edges (source_id);
        CREATE INDEX ix_edges_target ON edges (target_id);
        CREATE INDEX ix_edges_kind ON edges (kind);

        CREATE TABLE edge_evidence (
            edge_id   TEXT    NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
            report_id TEXT    NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            sentence  TEXT    NOT NULL,
            start     INTEGER NOT NULL CHECK (start >= 0),
            "end"     INTEGER NOT NULL CHECK ("end" >= start),
            PRIMARY KEY (edge_id, report_id, start, "end")
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX ix_edge_evidence_report ON edge_evidence (report_id);
        """;

    /// <summary>
    /// The query layer (issue 10): evidence keeps offsets only (the sentence is cut from the report text on read), the
    /// decoded source is kept only when it differs from the plain text (else ''), list columns on nodes (the earliest
    /// year, the evidence count; value and level generated from the properties) with one index per list order, the
    /// places each report lies in and the nodes each place holds (a region holds everything beneath it), counters
    /// kept by triggers (stats without scans), and a contentless FTS5 index over names and first sentences.
    /// </summary>
    /// <summary>
    /// A node's year, kept in <c>nodes.year</c> for the year filters and order: a report's review year (else its plan
    /// year), a year node's value, another node's <c>year</c> property, else its earliest HAS_STATUS / IN_YEAR year.
    /// </summary>
    internal const string NodeYear = """
        CASE kind
                        WHEN 'Report' THEN coalesce(min(json_extract(properties, '$.reviewYear'), json_extract(properties, '$.planYear')), json_extract(properties, '$.reviewYear'), json_extract(properties, '$.planYear'))
                        WHEN 'Year' THEN json_extract(properties, '$.value')
                        ELSE coalesce(json_extract(properties, '$.year'),
                            (SELECT min(CAST(substr(y.target_id, 6) AS INTEGER)) FROM edges y WHERE y.source_id = nodes.id AND y.kind IN ('HAS_STATUS', 'IN_YEAR')))
                    END
        """;

    private const string V2QueryLayer = $"""
        ALTER TABLE node_evidence DROP COLUMN sentence;
        ALTER TABLE edge_evidence DROP COLUMN sentence;
        UPDATE reports SET source_text = '' WHERE source_text = text;

        ALTER TABLE nodes ADD COLUMN year INTEGER;
        ALTER TABLE nodes ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE nodes ADD COLUMN value REAL GENERATED ALWAYS AS (json_extract(properties, '$.value')) VIRTUAL;
        ALTER TABLE nodes ADD COLUMN level TEXT GENERATED ALWAYS AS (json_extract(properties, '$.level')) VIRTUAL;
        DROP INDEX ix_nodes_kind;
        DROP INDEX ix_nodes_name;
        CREATE INDEX ix_nodes_by_name ON nodes (kind, name, id);
        CREATE INDEX ix_nodes_by_year ON nodes (kind, coalesce(year, 2147483647), id);
        CREATE INDEX ix_nodes_by_year_desc ON nodes (kind, coalesce(year, -2147483648) DESC, id);
        CREATE INDEX ix_nodes_by_value ON nodes (kind, coalesce(value, 1e308), id);
        CREATE INDEX ix_nodes_by_value_desc ON nodes (kind, coalesce(value, -1e308) DESC, id);

        DROP INDEX ix_edges_source;
        DROP INDEX ix_edges_target;
        DROP INDEX ix_edges_kind;
        CREATE INDEX ix_edges_source ON edges (source_id, kind);
        CREATE INDEX ix_edges_target ON edges (target_id, kind);

        CREATE TABLE report_places (
            report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            place_id  TEXT NOT NULL,
            PRIMARY KEY (report_id, place_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE place_members (
            place_id TEXT NOT NULL,
            kind     TEXT NOT NULL,
            name     TEXT NOT NULL,
            node_id  TEXT NOT NULL,
            PRIMARY KEY (place_id, kind, name, node_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX ix_place_members_node ON place_members (node_id);

        CREATE TABLE counts (
            facet TEXT    NOT NULL,
            key   TEXT    NOT NULL,
            n     INTEGER NOT NULL,
            PRIMARY KEY (facet, key)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO counts SELECT 'node', kind, count(*) FROM nodes GROUP BY kind;
        INSERT INTO counts SELECT 'edge', kind, count(*) FROM edges GROUP BY kind;
        INSERT INTO counts SELECT 'report', '', count(*) FROM reports;
        INSERT INTO counts SELECT 'award_level', coalesce(level, 'other'), count(*) FROM nodes WHERE kind = 'Award' GROUP BY 2;
        INSERT INTO counts SELECT 'year', substr(target_id, 6), count(*) FROM edges
        WHERE kind IN ('HAS_STATUS', 'IN_YEAR') AND substr(source_id, 1, 7) <> 'report:' GROUP BY 2;
        CREATE TRIGGER tr_nodes_insert AFTER INSERT ON nodes BEGIN
            INSERT INTO counts VALUES ('node', new.kind, 1) ON CONFLICT DO UPDATE SET n = n + 1;
            INSERT INTO counts SELECT 'award_level', coalesce(new.level, 'other'), 1 WHERE new.kind = 'Award' ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER tr_nodes_delete AFTER DELETE ON nodes BEGIN
            UPDATE counts SET n = n - 1 WHERE facet = 'node' AND key = old.kind;
            UPDATE counts SET n = n - 1 WHERE old.kind = 'Award' AND facet = 'award_level' AND key = coalesce(old.level, 'other');
            DELETE FROM search_index WHERE rowid = old.rowid;
            DELETE FROM place_members WHERE node_id = old.id;
        END;
        CREATE TRIGGER tr_nodes_level AFTER UPDATE OF properties ON nodes WHEN old.kind = 'Award' AND old.level IS NOT new.level BEGIN
            UPDATE counts SET n = n - 1 WHERE facet = 'award_level' AND key = coalesce(old.level, 'other');
            INSERT INTO counts VALUES ('award_level', coalesce(new.level, 'other'), 1) ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER tr_edges_insert AFTER INSERT ON edges BEGIN
            INSERT INTO counts VALUES ('edge', new.kind, 1) ON CONFLICT DO UPDATE SET n = n + 1;
            INSERT INTO counts SELECT 'year', substr(new.target_id, 6), 1
            WHERE new.kind IN ('HAS_STATUS', 'IN_YEAR') AND substr(new.source_id, 1, 7) <> 'report:' ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER tr_edges_delete AFTER DELETE ON edges BEGIN
            UPDATE counts SET n = n - 1 WHERE facet = 'edge' AND key = old.kind;
            UPDATE counts SET n = n - 1
            WHERE old.kind IN ('HAS_STATUS', 'IN_YEAR') AND substr(old.source_id, 1, 7) <> 'report:' AND facet = 'year' AND key = substr(old.target_id, 6);
        END;
        CREATE TRIGGER tr_reports_insert AFTER INSERT ON reports BEGIN
            INSERT INTO counts VALUES ('report', '', 1) ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER tr_reports_delete AFTER DELETE ON reports BEGIN
            UPDATE counts SET n = n - 1 WHERE facet = 'report' AND key = '';
        END;

        CREATE TRIGGER tr_node_evidence_insert AFTER INSERT ON node_evidence BEGIN
            UPDATE nodes SET mentions = mentions + 1 WHERE id = new.node_id;
        END;
        CREATE TRIGGER tr_node_evidence_delete AFTER DELETE ON node_evidence BEGIN
            UPDATE nodes SET mentions = mentions - 1 WHERE id = old.node_id;
        END;
        CREATE TRIGGER tr_nodes_year_insert AFTER INSERT ON nodes BEGIN
            UPDATE nodes SET year = {NodeYear} WHERE id = new.id;
        END;
        CREATE TRIGGER tr_nodes_year_update AFTER UPDATE OF properties ON nodes BEGIN
            UPDATE nodes SET year = {NodeYear} WHERE id = new.id;
        END;
        CREATE TRIGGER tr_edges_year_insert AFTER INSERT ON edges WHEN new.kind IN ('HAS_STATUS', 'IN_YEAR') BEGIN
            UPDATE nodes SET year = {NodeYear} WHERE id = new.source_id;
        END;
        CREATE TRIGGER tr_edges_year_delete AFTER DELETE ON edges WHEN old.kind IN ('HAS_STATUS', 'IN_YEAR') BEGIN
            UPDATE nodes SET year = {NodeYear} WHERE id = old.source_id;
        END;
        UPDATE nodes SET mentions = (SELECT count(*) FROM node_evidence e WHERE e.node_id = nodes.id), year = {NodeYear};

        CREATE VIRTUAL TABLE search_index USING fts5 (name, sentence, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
        """;

    /// <summary>
    /// A node's year from its own properties, for a node being inserted (it has no edges yet): the part of
    /// <see cref="NodeYear"/> the writer computes in the INSERT itself, so a new node's index entries are written once.
    /// </summary>
    internal const string NewNodeYear = """
        CASE $kind
                        WHEN 'Report' THEN coalesce(min(json_extract($properties, '$.reviewYear'), json_extract($properties, '$.planYear')), json_extract($properties, '$.reviewYear'), json_extract($properties, '$.planYear'))
                        WHEN 'Year' THEN json_extract($properties, '$.value')
                        ELSE json_extract($properties, '$.year')
                    END
        """;

    /// <summary>
    /// Ingest cost (issue 10): the per-row triggers that rewrote a node once per evidence row (mentions), once after
    /// its insert (year) and once per HAS_STATUS / IN_YEAR edge (year) go; the writer sets the year in the INSERT,
    /// recomputes it once per node touched by year edges and adds each node's evidence count in one statement per
    /// report (<see cref="ReportWriter"/>). The index of place memberships by node goes too (13% of a store): the
    /// writer removes memberships by their key, from the places of the report that goes (<see cref="DerivedData"/>).
    /// The delete triggers stay: deleting is rare, and they keep the counters right whatever deletes.
    /// </summary>
    private const string V3IngestCost = """
        DROP TRIGGER tr_node_evidence_insert;
        DROP TRIGGER tr_nodes_year_insert;
        DROP TRIGGER tr_edges_year_insert;
        DROP INDEX ix_place_members_node;
        DROP TRIGGER tr_nodes_delete;
        CREATE TRIGGER tr_nodes_delete AFTER DELETE ON nodes BEGIN
            UPDATE counts SET n = n - 1 WHERE facet = 'node' AND key = old.kind;
            UPDATE counts SET n = n - 1 WHERE old.kind = 'Award' AND facet = 'award_level' AND key = coalesce(old.level, 'other');
            DELETE FROM search_index WHERE rowid = old.rowid;
        END;
        """;

    /// <summary>Every migration, in order. Index <c>i</c> takes the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    internal static readonly IReadOnlyList<string> Migrations = [V1, V2QueryLayer, V3IngestCost];

    /// <summary>The schema version this build writes.</summary>
    public static int CurrentVersion => Migrations.Count;

    /// <summary>Switches the database to write-ahead logging (a persistent setting of the file).</summary>
    public static async Task EnableWalAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"could not switch '{connection.DataSource}' to WAL journal mode (it is '{mode}')");
        }
    }

    /// <summary>Applies the migrations the database lacks, each with its version bump, in one immediate transaction.</summary>
    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the write lock before reading the version, so two processes opening a new file at once
        // cannot both apply migration 1.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var version = await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"'{connection.DataSource}' has schema version {version}, newer than the {CurrentVersion} this build knows; use a newer build");
        }

        for (var next = version; next < CurrentVersion; next++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var command = connection.CreateCommand();
            command.CommandText = Migrations[next] + "\nPRAGMA user_version = " + (next + 1).ToString(CultureInfo.InvariantCulture) + ";";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (version is > 0 and < 2 && CurrentVersion >= 2)
        {
            // The query layer's tables, for the reports stored before they existed.
            await DerivedData.RebuildAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
