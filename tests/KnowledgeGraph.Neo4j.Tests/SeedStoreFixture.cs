using KnowledgeGraph.Ingestion;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>The seed reports ingested once into a temporary SQLite store, shared by the export tests.</summary>
public sealed class SeedStoreFixture : IAsyncLifetime
{
    private readonly TempDirectory folder = new();

    public SqliteGraphStore Store { get; private set; } = null!;

    public TempDirectory Folder => folder;

    public static string SeedCypherPath => Path.Combine(RepositoryPaths.Root, "graph-seed", "knowledge-graph.cypher");

    public async Task InitializeAsync()
    {
        Store = await SqliteGraphStore.OpenAsync(folder.File("kg.db"));
        var ingestor = new ReportIngestor(Store);
        foreach (var file in RepositoryPaths.SeedReportFiles)
        {
            var result = await ingestor.IngestFileAsync(file);
            Assert.True(result.Succeeded, result.Error);
        }
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        folder.Dispose();
    }
}
