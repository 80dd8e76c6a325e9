using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The response cache: repeated queries skip the store, errors are not kept, a mutation clears it.</summary>
public sealed class ResponseCacheTests
{
    private const string Query = "{ reports { totalCount nodes { id } } }";

    [Fact]
    public async Task A_repeated_query_is_answered_from_the_cache_until_a_mutation_writes()
    {
        await using var server = await ApiServer.StartAsync(seed: false, cacheSeconds: 60);
        var empty = await server.PostAsync(Query);
        server.Store.Reset();
        Assert.Equal(empty, await server.PostAsync(Query));
        Assert.Equal(0, server.Store.Calls);

        var input = new { input = new { fileName = "001.txt", text = await File.ReadAllTextAsync(RepositoryPaths.Seed("001")) } };
        var ingest = await server.PostAsync("mutation($input: IngestReportInput!) { ingestReport(input: $input) { status } }", input, ApiServer.ApiKey);
        Assert.Contains("ADDED", ingest, StringComparison.Ordinal);
        Assert.Contains("\"totalCount\":1", await server.PostAsync(Query), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_responses_are_not_cached()
    {
        await using var server = await ApiServer.StartAsync(seed: false, cacheSeconds: 60);
        // The list reaches the store, the blank search fails (its arguments are checked before any store work).
        const string Bad = "{ projects(first: 5) { totalCount } search(text: \" \") { rank } }";
        await server.PostAsync(Bad);
        server.Store.Reset();
        Assert.Contains("non-blank", await server.PostAsync(Bad), StringComparison.Ordinal);
        Assert.True(server.Store.Calls > 0);
    }

    [Fact]
    public async Task A_write_by_another_process_is_seen_at_once()
    {
        await using var server = await ApiServer.StartAsync(seed: false, cacheSeconds: 600);
        Assert.Contains("\"totalCount\":0", await server.PostAsync(Query), StringComparison.Ordinal);
        Assert.Contains("\"totalCount\":0", await server.PostAsync(Query), StringComparison.Ordinal);

        // kg ingest in another process: a second store on the same file commits a report
        await using (var other = await KnowledgeGraph.Storage.Sqlite.SqliteGraphStore.OpenAsync(server.DatabasePath))
        {
            var result = await new KnowledgeGraph.Ingestion.ReportIngestor(other).IngestFileAsync(RepositoryPaths.Seed("002"));
            Assert.True(result.Succeeded, result.Error);
        }

        Assert.Contains("\"totalCount\":1", await server.PostAsync(Query), StringComparison.Ordinal);
    }
}
