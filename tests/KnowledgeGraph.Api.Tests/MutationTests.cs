using System.Text.Json;
using KnowledgeGraph.Testing;

using Snapshooter.Xunit;

namespace KnowledgeGraph.Api.Tests;

/// <summary>ingestReport and deleteReport: the API key, idempotence by content, and nothing written on refusal.</summary>
public sealed class MutationTests
{
    private const string Ingest = """
        mutation($input: IngestReportInput!) { ingestReport(input: $input) { status nodeCount edgeCount report { id fileName reviewYear planYear township { name } } extracted { kind count } } }
        """;

    private static object Input() => new { input = new { fileName = "000_seed.txt", text = File.ReadAllText(RepositoryPaths.Seed("000")) } };

    private static async Task<int> ReportCountAsync(ApiServer server) =>
        JsonDocument.Parse(await server.PostAsync("{ reports { totalCount } }")).RootElement.GetProperty("data").GetProperty("reports").GetProperty("totalCount").GetInt32();

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("wrong-key", "UNAUTHENTICATED")]
    public async Task A_missing_or_wrong_key_is_refused_and_writes_nothing(string? key, string code)
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        var json = await server.PostAsync(Ingest, Input(), key);
        var error = JsonDocument.Parse(json).RootElement.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("X-Api-Key", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await ReportCountAsync(server));
    }

    [Fact]
    public async Task Without_a_configured_key_mutations_are_disabled()
    {
        await using var server = await ApiServer.StartAsync(seed: false, apiKey: null);
        var json = await server.PostAsync(Ingest, Input(), "anything");
        Assert.Contains("FORBIDDEN", json, StringComparison.Ordinal);
        Assert.Equal(0, await ReportCountAsync(server));
    }

    [Fact]
    public async Task Ingest_is_idempotent_by_content_and_delete_removes_the_report()
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        var added = await server.PostAsync(Ingest, Input(), ApiServer.ApiKey);
        Snapshot.Match(ApiServer.Tree(added));
        var again = JsonDocument.Parse(await server.PostAsync(Ingest, Input(), ApiServer.ApiKey));
        Assert.Equal("UNCHANGED", again.RootElement.GetProperty("data").GetProperty("ingestReport").GetProperty("status").GetString());
        Assert.Equal(1, await ReportCountAsync(server));

        var id = JsonDocument.Parse(added).RootElement.GetProperty("data").GetProperty("ingestReport").GetProperty("report").GetProperty("id").GetString();
        var deleted = await server.PostAsync("mutation($id: ID!) { deleteReport(id: $id) { id deleted } }", new { id }, ApiServer.ApiKey);
        Assert.Contains("\"deleted\":true", deleted, StringComparison.Ordinal);
        Assert.Equal(0, await ReportCountAsync(server));
        var twice = await server.PostAsync("mutation($id: ID!) { deleteReport(id: $id) { id deleted } }", new { id }, ApiServer.ApiKey);
        Assert.Contains("\"deleted\":false", twice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_report_is_refused_with_a_clear_error()
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        var json = await server.PostAsync(Ingest, new { input = new { fileName = "empty.txt", text = "   " } }, ApiServer.ApiKey);
        Assert.Contains("BAD_USER_INPUT", json, StringComparison.Ordinal);
        Assert.Equal(0, await ReportCountAsync(server));
    }
}
