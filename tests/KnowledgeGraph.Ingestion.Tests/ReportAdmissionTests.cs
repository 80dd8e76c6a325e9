using System.Text;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests;

/// <summary>Report ids that cannot collide, and the per-report extraction budget.</summary>
public sealed class ReportAdmissionTests : TempStoreTests
{
    [Fact]
    public async Task Files_mapping_to_one_id_are_refused_naming_both()
    {
        var text = await File.ReadAllTextAsync(RepositoryPaths.Seed("003"));
        var first = Temp.File("x.txt");
        Directory.CreateDirectory(Temp.File("sub/dir"));
        var nested = Temp.File("sub/dir/x.txt");
        var html = Temp.File("x.html");
        foreach (var path in new[] { first, nested, html })
        {
            await File.WriteAllTextAsync(path, text);
        }

        var results = await new ReportIngestor(Store).IngestPathsAsync([first, nested, html]);
        Assert.True(results[0].Succeeded, results[0].Error);
        Assert.Equal($"{nested} maps to report id report:x, as does {first}, ingested before it; report ids come from the file name's stem, so rename one of them", results[1].Error);
        Assert.Contains($"{html} maps to report id report:x, as does {first}", results[2].Error, StringComparison.Ordinal);

        // in a later run, the stored report's file name is named
        var later = await new ReportIngestor(Store).IngestFileAsync(html);
        Assert.Contains("x.html maps to report id report:x, which already holds the stored report x.txt", later.Error, StringComparison.Ordinal);
        Assert.Equal(["x.txt"], (await Store.ListReportsAsync()).Select(r => r.FileName));
    }

    [Fact]
    public async Task A_report_over_its_time_budget_is_refused_and_stores_nothing()
    {
        var ingestor = new ReportIngestor(Store, extractionBudget: TimeSpan.FromTicks(1));
        // A report long enough (seconds of work) that the budget's timer fires mid-extraction even on a busy host.
        var seed = await File.ReadAllTextAsync(RepositoryPaths.Seed("000"));
        var text = string.Concat(Enumerable.Repeat(seed, Math.Max(1, 1_200_000 / Encoding.UTF8.GetByteCount(seed))));
        var result = await ingestor.IngestBytesAsync("slow.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal("extraction took longer than the budget of 0 s for one report; nothing of it was stored", result.Error);
        Assert.Empty(await Store.ListReportsAsync());
    }

    [Fact]
    public async Task The_callers_cancellation_reaches_extraction()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var ingestor = new ReportIngestor(Store);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ingestor.IngestBytesAsync("c.txt", Encoding.UTF8.GetBytes(File.ReadAllText(RepositoryPaths.Seed("000"))), cancelled.Token));
        Assert.Empty(await Store.ListReportsAsync());
    }
}
