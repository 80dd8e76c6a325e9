using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>A real store in a fresh temporary directory, deleted (with the database) on disposal.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private TempStore(string directory, SqliteGraphStore store)
    {
        Directory = directory;
        Store = store;
    }

    public string Directory { get; }

    public string DatabasePath => Store.DatabasePath;

    public SqliteGraphStore Store { get; private set; }

    public static string NewDirectory() =>
        Path.Combine(Path.GetTempPath(), "kg-sqlite-tests", Guid.NewGuid().ToString("N"));

    public static async Task<TempStore> CreateAsync()
    {
        var directory = NewDirectory();
        var store = await SqliteGraphStore.OpenAsync(Path.Combine(directory, SqliteStoreDefaults.DefaultFileName));
        return new TempStore(directory, store);
    }

    /// <summary>Closes the store and opens the same file again.</summary>
    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = await SqliteGraphStore.OpenAsync(DatabasePath);
    }

    /// <summary>A plain, unpooled connection to the database file, for looking at what the store wrote.</summary>
    public static SqliteConnection RawConnection(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static object? Scalar(string databasePath, string sql)
    {
        using var connection = RawConnection(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static void DeleteDirectory(string directory)
    {
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        DeleteDirectory(Directory);
    }
}
