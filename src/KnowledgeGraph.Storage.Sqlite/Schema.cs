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

    /// <summary>Every migration, in order. Index <c>i</c> takes the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    internal static readonly IReadOnlyList<string> Migrations = [V1];

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

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
