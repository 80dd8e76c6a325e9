using KnowledgeGraph.Testing;

using Snapshooter.Xunit;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Target.outcome needs a later report of the same township, which the seeds lack (one report per township): seed 001
/// (昌硕街道, plan year 2023) is followed here by a short synthetic report reviewing 2023 (Fixtures/), ingested through
/// the mutation.
/// </summary>
public sealed class TargetOutcomeTests
{
    private static string Fixture => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.Api.Tests", "Fixtures", "synthetic-changshuo-2023.txt");

    [Fact]
    public async Task A_later_report_shows_which_targets_were_met()
    {
        await using var server = await ApiServer.StartAsync(seed: false);
        const string Ingest = "mutation($input: IngestReportInput!) { ingestReport(input: $input) { status } }";
        foreach (var (name, path) in new[] { ("001.txt", RepositoryPaths.Seed("001")), ("changshuo-2023.txt", Fixture) })
        {
            var result = await server.PostAsync(Ingest, new { input = new { fileName = name, text = await File.ReadAllTextAsync(path) } }, ApiServer.ApiKey);
            Assert.Contains("ADDED", result, StringComparison.Ordinal);
        }

        var json = await server.PostAsync("""
            { targets(where: {name: {in: ["PM2.5年均值", "举办亲子活动", "企业实现上规", "交接断面水质达标率"]}}) {
                nodes { metric value unit comparator year outcome { report { id reviewYear } indicator { metric value unit year } met } } } }
            """);
        Snapshot.Match(ApiServer.Tree(json));
        Assert.Contains("\"met\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"met\":false", json, StringComparison.Ordinal);
    }
}
