using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode with foreign keys on. Every operation opens
/// its own (pooled) connection, so readers run concurrently with each other and with the one writer;
/// writes are serialised in process and each runs in one immediate transaction.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    private readonly string connectionString;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly Lock watcherGate = new();
    private SqliteConnection? watcher;
    private int disposed;

    private SqliteGraphStore(string databasePath, string connectionString)
    {
        DatabasePath = databasePath;
        this.connectionString = connectionString;
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Test hook: called after each node of an ingest is written, with the number written so far.</summary>
    internal Action<int>? NodeWritten { get; set; }

    /// <summary>
    /// Opens the store at <paramref name="databasePath"/>, creating its directory and file on first use
    /// and bringing the schema up to date.
    /// </summary>
    public static async Task<SqliteGraphStore> OpenAsync(string databasePath, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var fullPath = Path.GetFullPath(databasePath);
        if (Path.GetDirectoryName(fullPath) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        var store = new SqliteGraphStore(fullPath, connectionString);
        try
        {
            var connection = await store.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await Schema.EnableWalAsync(connection, ct).ConfigureAwait(false);
                await Schema.MigrateAsync(connection, ct).ConfigureAwait(false);
            }

            // A connection that never writes: its PRAGMA data_version changes whenever any other connection,
            // in this process or another, commits (see ChangeVersion).
            store.watcher = await store.OpenConnectionAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return store;
    }

    public Task<IngestOutcome> IngestAsync(ReportGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(graph.Report);
        ArgumentNullException.ThrowIfNull(graph.Nodes);
        ArgumentNullException.ThrowIfNull(graph.Edges);
        ArgumentException.ThrowIfNullOrWhiteSpace(graph.Report.Id, nameof(graph));
        ArgumentException.ThrowIfNullOrWhiteSpace(graph.Report.FileName, nameof(graph));
        ArgumentException.ThrowIfNullOrWhiteSpace(graph.Report.ContentHash, nameof(graph));
        var hook = NodeWritten;
        return WriteAsync(async connection =>
        {
            await using var commands = new CommandCache(connection);
            return await new ReportWriter(connection, commands, hook, cancellationToken).IngestAsync(graph).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<BatchIngestResult>> IngestBatchAsync(IReadOnlyList<ReportGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        var hook = NodeWritten;
        return WriteAsync<IReadOnlyList<BatchIngestResult>>(async connection =>
        {
            var results = new List<BatchIngestResult>(graphs.Count);
            await using var commands = new CommandCache(connection);
            foreach (var graph in graphs)
            {
                await commands.Get("SAVEPOINT report;").ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    ArgumentNullException.ThrowIfNull(graph);
                    var outcome = await new ReportWriter(connection, commands, hook, cancellationToken).IngestAsync(graph).ConfigureAwait(false);
                    await commands.Get("RELEASE report;").ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    results.Add(new BatchIngestResult(outcome, null));
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or SqliteException && !cancellationToken.IsCancellationRequested)
                {
                    await using var rollback = connection.Command("ROLLBACK TO report; RELEASE report;");
                    await rollback.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
                    results.Add(new BatchIngestResult(null, ex));
                }
            }

            return results;
        }, cancellationToken);
    }

    public Task<bool> DeleteReportAsync(string reportId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportId);
        return WriteAsync(async connection =>
        {
            await using var commands = new CommandCache(connection);
            return await new ReportWriter(connection, commands, null, cancellationToken).DeleteReportAsync(reportId).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<StoredReport?> GetReportAsync(string reportId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportId);
        return ReadAsync(connection => StoreQueries.GetReportAsync(connection, reportId, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<StoredReport>> ListReportsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(connection => StoreQueries.ListReportsAsync(connection, cancellationToken), cancellationToken);

    public Task<GraphNode?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadAsync(connection => StoreQueries.GetNodeAsync(connection, id, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(NodeKind kind, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => StoreQueries.GetNodesAsync(connection, kind, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(string nodeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        return ReadAsync(connection => StoreQueries.GetEdgesAsync(connection, nodeId, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string nodeOrEdgeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeOrEdgeId);
        return ReadAsync(connection => StoreQueries.GetEvidenceAsync(connection, nodeOrEdgeId, cancellationToken), cancellationToken);
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(connection => StoreQueries.GetStatsAsync(connection, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync(connection => StoreQueries.GetNodesByIdAsync(connection, ids, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<GraphEdge>> GetEdgesOfAsync(IReadOnlyCollection<string> nodeIds, EdgeDirection direction, EdgeKind? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        return ReadAsync(connection => StoreQueries.GetEdgesOfAsync(connection, nodeIds, direction, kind, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceOfAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync(connection => StoreQueries.GetEvidenceOfAsync(connection, ids, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<GraphNode>> SearchNodesAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ReadAsync(connection => StoreQueries.SearchNodesAsync(connection, text, kinds, limit, cancellationToken), cancellationToken);
    }

    public Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(connection => NodeListQueries.PageAsync(connection, query, cancellationToken), cancellationToken);
    }

    public Task<int> CountNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(connection => NodeListQueries.CountAsync(connection, query, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, NodePage>> QueryNeighboursAsync(NodeQuery query, EdgeKind edge, EdgeDirection direction, IReadOnlyCollection<string> parents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(parents);
        return ReadAsync(connection => NodeListQueries.PageByParentsAsync(connection, query, edge, direction, parents, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, int>> CountNeighboursAsync(NodeQuery query, EdgeKind edge, EdgeDirection direction, IReadOnlyCollection<string> parents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(parents);
        return ReadAsync(connection => NodeListQueries.CountByParentsAsync(connection, query, edge, direction, parents, cancellationToken), cancellationToken);
    }

    public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(connection => SearchQueries.SearchAsync(connection, query, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<KeyCount>> AggregateAsync(GraphAggregate aggregate, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => Aggregates.CountAsync(connection, aggregate, cancellationToken), cancellationToken);

    /// <summary>SQLite's data_version as a connection that never writes sees it: it moves on every commit of any other connection.</summary>
    public long ChangeVersion
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
            lock (watcherGate)
            {
                using var command = watcher!.Command("PRAGMA data_version;");
                return (long)command.ExecuteScalar()!;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        // Let a running write finish, then close the pooled connections so the file (and its WAL) is released.
        // The gate is released again (not disposed): writes still queued on it wake up and see the store disposed.
        await writeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            lock (watcherGate)
            {
                watcher?.Dispose();
                watcher = null;
            }

            using var connection = new SqliteConnection(connectionString);
            try
            {
                // Fold the WAL back into the database and empty it, so a closed store leaves no log behind.
                connection.Open();
                using var checkpoint = connection.Command("PRAGMA wal_checkpoint(TRUNCATE);");
                checkpoint.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Another process holds the database busy: its last connection to close will checkpoint instead.
            }

            SqliteConnection.ClearPool(connection);
        }
        finally
        {
            writeGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // NORMAL is durable against a crash of the process in WAL mode (only a power cut may lose the last commits),
            // and spares an fsync per commit.
            await using var pragmas = connection.Command("PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 67108864;");
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The WAL size above which a write, once committed, waits for readers to reset the log (TRUNCATE).</summary>
    internal const long WalLimitBytes = 64L << 20;

    /// <summary>
    /// Keeps the WAL bounded while readers are busy: SQLite's automatic checkpoints are passive and cannot restart a log
    /// that a reader still uses, so under steady reads it grows without end. Past <see cref="WalLimitBytes"/>, a
    /// TRUNCATE checkpoint waits (busy timeout) for the readers of the moment to finish, copies the log back and empties it.
    /// </summary>
    private async Task CheckpointAsync(SqliteConnection connection)
    {
        var wal = new FileInfo(DatabasePath + "-wal");
        if (!wal.Exists || wal.Length < WalLimitBytes)
        {
            return;
        }

        // The checkpoint waits for readers through SQLite's busy handler, which Microsoft.Data.Sqlite leaves unset (it
        // retries SQLITE_BUSY itself, but a checkpoint reports "busy" in its result row instead): without a busy timeout
        // it gave up at once whenever a query was running, and under steady reads the WAL grew past 400 MB.
        await using (var wait = connection.Command($"PRAGMA busy_timeout = {CheckpointWaitMilliseconds};"))
        {
            await wait.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            await using var command = connection.Command("PRAGMA wal_checkpoint(TRUNCATE);");
            await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await using var reset = connection.Command("PRAGMA busy_timeout = 0;");
            await reset.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>How long the WAL checkpoint waits for the readers of the moment to finish (new readers are not held up).</summary>
    internal const int CheckpointWaitMilliseconds = 10_000;

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> query, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await query(connection).ConfigureAwait(false);
        }
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
            var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                // The writer touches many index pages per report: a 64 MB page cache keeps them out of the OS's reach
                // (SQLite's default is 2 MB); temporary tables stay in memory.
                await using (var pragmas = connection.Command("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"))
                {
                    await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                // IMMEDIATE: the write lock is taken up front, so the checks at the start of a write see what it changes.
                var transaction = connection.BeginTransaction(deferred: false);
                await using (transaction.ConfigureAwait(false))
                {
                    T result;
                    try
                    {
                        result = await work(connection).ConfigureAwait(false);
                    }
                    catch (SqliteException ex) when (cancellationToken.IsCancellationRequested)
                    {
                        // A statement interrupted by the token: report it as the cancellation it is.
                        throw new OperationCanceledException("the write was cancelled and rolled back", ex, cancellationToken);
                    }

                    // Not cancellable: once every row is written, the commit goes through.
                    await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                    await CheckpointAsync(connection).ConfigureAwait(false);
                    return result;
                }
            }
        }
        finally
        {
            writeGate.Release();
        }
    }
}
