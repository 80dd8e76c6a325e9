using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests;

/// <summary>A real SQLite store in a temporary folder for each test, opened before it and removed after it.</summary>
public abstract class TempStoreTests : IAsyncLifetime
{
    protected TempDirectory Temp { get; } = new();

    protected SqliteGraphStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await SqliteGraphStore.OpenAsync(Temp.File("kg.db"));

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Temp.Dispose();
    }
}
