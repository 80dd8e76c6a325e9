using System.Text;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests;

public sealed class ReportIngestorTests : TempStoreTests
{
    [Fact]
    public async Task The_seed_folder_goes_in_and_a_second_run_changes_nothing()
    {
        var ingestor = new ReportIngestor(Store);
        var first = await ingestor.IngestPathsAsync([RepositoryPaths.SeedReports]);
        Assert.Equal(5, first.Count);
        Assert.All(first, r => Assert.Equal(IngestStatus.Added, r.Outcome!.Status));
        var stats = await Store.GetStatsAsync();
        Assert.Equal(5, stats.Reports);
        Assert.Equal(5, stats.Nodes[NodeKind.Township]);
        Assert.Equal(3, stats.Nodes[NodeKind.County]);

        var second = await ingestor.IngestPathsAsync([RepositoryPaths.SeedReports]);
        Assert.All(second, r => Assert.Equal(IngestStatus.Unchanged, r.Outcome!.Status));
        Assert.Equal(stats.Nodes, (await Store.GetStatsAsync()).Nodes);
        Assert.Equal(stats.Edges, (await Store.GetStatsAsync()).Edges);
    }

    [Fact]
    public async Task A_GB18030_copy_of_a_seed_is_the_same_report_content_but_keeps_its_own_hash()
    {
        var ingestor = new ReportIngestor(Store);
        var text = await File.ReadAllTextAsync(RepositoryPaths.Seed("001"));
        var result = await ingestor.IngestBytesAsync("001-gbk.txt", TextDecoder.Gb18030.GetBytes(text));
        Assert.True(result.Succeeded, result.Error);
        var stored = await Store.GetReportAsync(result.Outcome!.ReportId);
        Assert.Equal(text.ReplaceLineEndings("\n"), stored!.Text);
        Assert.Equal("township:330523002", stored.TownshipId);
    }

    [Fact]
    public async Task Bad_files_are_reported_by_name_and_the_good_ones_still_go_in()
    {
        var empty = Temp.File("empty.txt");
        await File.WriteAllBytesAsync(empty, []);
        var binary = Temp.File("binary.txt");
        await File.WriteAllBytesAsync(binary, [0x00, 0x01, 0x02, 0xFF, 0x00]);
        var huge = Temp.File("huge.txt");
        await using (var s = File.Create(huge))
        {
            s.SetLength(50L * 1024 * 1024);
        }

        var results = await new ReportIngestor(Store).IngestPathsAsync([empty, RepositoryPaths.Seed("000"), binary, "/missing/report.txt", huge]);
        Assert.Equal(["the file is empty", null, "binary", "no such file", "over the limit"], results.Select(r => r.Error is null ? null : Key(r.Error)));
        var reports = await Store.ListReportsAsync();
        Assert.Equal(["000_06e677578293db47.txt"], reports.Select(r => r.FileName));
    }

    [Fact]
    public async Task A_changed_report_of_the_same_name_replaces_its_facts()
    {
        var ingestor = new ReportIngestor(Store);
        var original = await File.ReadAllTextAsync(RepositoryPaths.Seed("002"));
        Assert.Equal(IngestStatus.Added, (await ingestor.IngestBytesAsync("r.txt", Encoding.UTF8.GetBytes(original))).Outcome!.Status);
        var edited = original.Replace("二、2025年主要工作目标任务", "二、2026年主要工作目标任务", StringComparison.Ordinal)
            .Replace("一、2024年工作回顾", "一、2025年工作回顾", StringComparison.Ordinal);
        var replaced = await ingestor.IngestBytesAsync("r.txt", Encoding.UTF8.GetBytes(edited));
        Assert.Equal(IngestStatus.Replaced, replaced.Outcome!.Status);
        var report = await Store.GetReportAsync("report:r");
        Assert.Equal((2025, 2026), (report!.ReviewYear, report.PlanYear));
        var reportYears = (await Store.GetEdgesAsync("report:r")).Where(e => e.Kind == EdgeKind.InYear).Select(e => e.TargetId).Order();
        Assert.Equal(["year:2025", "year:2026"], reportYears);
        Assert.NotNull(await Store.GetNodeAsync("year:2026"));
    }

    private static string Key(string error) =>
        new[] { "the file is empty", "binary", "no such file", "over the limit" }.First(k => error.Contains(k, StringComparison.Ordinal));
}
