using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The reproductions of issue 11 against the API on the seed data: nested pages priced and refused, aliased aggregates
/// priced, bad Unicode and non-reports refused with nothing stored, colliding report ids refused naming both files.
/// </summary>
public sealed class HostileInputTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Ingest = "mutation($input: IngestReportInput!) { ingestReport(input: $input) { status report { id } } }";

    private static string Code(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    private static string Message(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;

    private static async Task<int> ReportCountAsync(ApiServer server) =>
        JsonDocument.Parse(await server.PostAsync("{ reports { totalCount } }")).RootElement.GetProperty("data").GetProperty("reports").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task Two_aliases_of_100_townships_by_100_projects_are_priced_and_refused()
    {
        const string Page = "townships(first: 100) { nodes { projects(first: 100) { nodes { id name } } } }";
        var json = await api.Server.PostAsync("{ a: " + Page + " b: " + Page + " }");
        Assert.Equal("LIMIT_EXCEEDED", Code(json));
        Assert.Equal("The operation cost is 40404, over the limit of 20000.", Message(json));
        Assert.Equal("LIMIT_EXCEEDED", Code(await api.Server.PostAsync("{ " + Page + " }"))); // 20,202 alone
        Assert.DoesNotContain("errors", await api.Server.PostAsync("{ townships(first: 100) { nodes { projects(first: 10) { nodes { id name } } } } }"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_aliased_stats_are_priced_and_refused_while_one_runs()
    {
        var ten = "{ " + string.Concat(Enumerable.Range(0, 10).Select(i => $"s{i}: stats {{ nodes byKind {{ kind count }} }} ")) + "}";
        var json = await api.Server.PostAsync(ten);
        Assert.Equal("LIMIT_EXCEEDED", Code(json));
        Assert.StartsWith("The operation cost is 50", Message(json), StringComparison.Ordinal);
        Assert.DoesNotContain("errors", await api.Server.PostAsync("{ stats { nodes byKind { kind count } } }"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unpaired_surrogate_in_the_report_text_is_a_400_and_stores_nothing()
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        var body = "{\"query\":" + JsonSerializer.Serialize(Ingest) + ",\"variables\":{\"input\":{\"fileName\":\"s.txt\",\"text\":\"2024年凤鸣街道工作报告，全年完成投资\\ud800十亿元。\"}}}";
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", ApiServer.ApiKey);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unpaired surrogate", Message(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await ReportCountAsync(server));
    }

    [Fact]
    public async Task A_megabyte_of_x_is_not_a_report()
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        var json = await server.PostAsync(Ingest, new { input = new { fileName = "x.txt", text = new string('x', 1024 * 1024) } }, ApiServer.ApiKey);
        Assert.Equal("BAD_USER_INPUT", Code(json));
        Assert.Contains("the text has 1048576 letters, 1 of them different", Message(json), StringComparison.Ordinal);
        var digits = await server.PostAsync(Ingest, new { input = new { fileName = "d.txt", text = "2024 — 12345, 67890; 3.14 %" } }, ApiServer.ApiKey);
        Assert.Contains("no letters of any script", Message(digits), StringComparison.Ordinal);
        Assert.Equal(0, await ReportCountAsync(server));
    }

    [Fact]
    public async Task A_second_file_with_the_same_report_id_is_refused_naming_both()
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        var text = await File.ReadAllTextAsync(RepositoryPaths.Seed("001"));
        Assert.Contains("ADDED", await server.PostAsync(Ingest, new { input = new { fileName = "x.txt", text } }, ApiServer.ApiKey), StringComparison.Ordinal);
        var json = await server.PostAsync(Ingest, new { input = new { fileName = "x.html", text } }, ApiServer.ApiKey);
        Assert.Equal("BAD_USER_INPUT", Code(json));
        Assert.Contains("x.html maps to report id report:x, which already holds the stored report x.txt", Message(json), StringComparison.Ordinal);
        Assert.Equal(1, await ReportCountAsync(server));
    }
}
