using System.Diagnostics;
using System.Net;
using System.Text;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests;

/// <summary>
/// Same content, same report: duplicates are judged on the decoded, normalised text (a GB18030 copy made by iconv, or
/// the report wrapped in an HTML page, is Unchanged); a second report for the same subject and years is stored with a
/// DUPLICATE_SUBJECT_YEARS warning, or refused when the ingest refuses reports with warnings.
/// </summary>
public sealed class DuplicateReportTests : TempStoreTests
{
    [Fact]
    public async Task A_GB18030_copy_made_by_iconv_is_the_same_report()
    {
        var ingestor = new ReportIngestor(Store);
        var seed = RepositoryPaths.Seed("004");
        var copy = Temp.File("004-gbk.txt");
        var iconv = Process.Start(new ProcessStartInfo("iconv", ["-f", "UTF-8", "-t", "GB18030", seed, "-o", copy]) { UseShellExecute = false })!;
        await iconv.WaitForExitAsync();
        Assert.Equal(0, iconv.ExitCode);
        Assert.NotEqual(await File.ReadAllBytesAsync(seed), await File.ReadAllBytesAsync(copy));

        Assert.Equal(IngestStatus.Added, (await ingestor.IngestFileAsync(seed)).Outcome!.Status);
        var again = await ingestor.IngestFileAsync(copy);
        Assert.Equal(IngestStatus.Unchanged, again.Outcome!.Status);
        Assert.Empty(again.AllWarnings);
        Assert.Single(await Store.ListReportsAsync());
    }

    [Fact]
    public async Task The_report_as_an_HTML_page_is_the_same_report()
    {
        var ingestor = new ReportIngestor(Store);
        var seed = RepositoryPaths.Seed("002");
        var text = await File.ReadAllTextAsync(seed);
        var body = string.Concat(text.Split('\n').Select(line => "<p>" + WebUtility.HtmlEncode(line) + "</p>\n"));
        var html = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>凤鸣街道办事处工作报告</title><style>p{{margin:0}}</style></head><body>{body}</body></html>";
        Assert.Equal(IngestStatus.Added, (await ingestor.IngestFileAsync(seed)).Outcome!.Status);
        var page = await ingestor.IngestBytesAsync("fengming.html", Encoding.UTF8.GetBytes(html));
        Assert.True(page.Succeeded, page.Error);
        Assert.Equal(IngestStatus.Unchanged, page.Outcome!.Status);
    }

    [Fact]
    public async Task A_second_report_for_the_same_subject_and_years_is_stored_with_a_warning()
    {
        var ingestor = new ReportIngestor(Store);
        var seed = RepositoryPaths.Seed("004");
        var first = await ingestor.IngestFileAsync(seed);
        Assert.Empty(first.AllWarnings);

        // the same township and years, other content (a revised edition with one more sentence)
        var revised = await File.ReadAllTextAsync(seed) + "\n全年新增市场主体1200家。\n";
        var second = await ingestor.IngestBytesAsync("004-revised.txt", Encoding.UTF8.GetBytes(revised));
        Assert.Equal(IngestStatus.Added, second.Outcome!.Status);
        var warning = Assert.Single(second.AllWarnings);
        Assert.Equal(ReportWarning.DuplicateSubjectYears, warning.Code);
        Assert.Contains(first.Outcome!.ReportId, warning.Message, StringComparison.Ordinal);

        var stored = await Store.GetNodeAsync(second.Outcome.ReportId);
        Assert.Equal([ReportWarning.DuplicateSubjectYears], ReportWarning.Split(stored!.Properties.GetString("warnings")).Select(w => w.Code));
    }

    [Fact]
    public async Task Refusing_on_warnings_stores_nothing_of_such_a_report()
    {
        var refusing = new ReportIngestor(Store) { RefuseOnWarning = true };
        Assert.True((await refusing.IngestFileAsync(RepositoryPaths.Seed("004"))).Succeeded);
        var revised = await File.ReadAllTextAsync(RepositoryPaths.Seed("004")) + "\n全年新增市场主体1200家。\n";
        var refused = await refusing.IngestBytesAsync("004-revised.txt", Encoding.UTF8.GetBytes(revised));
        Assert.False(refused.Succeeded);
        Assert.Contains(ReportWarning.DuplicateSubjectYears, refused.Error, StringComparison.Ordinal);
        Assert.Single(await Store.ListReportsAsync());
    }

    [Fact]
    public async Task A_text_without_a_place_is_stored_under_no_township_with_a_warning()
    {
        var result = await new ReportIngestor(Store).IngestBytesAsync("blank.txt", Encoding.UTF8.GetBytes(
            "2024年工作总结\n一、2024年工作回顾\n一年来，全镇上下凝心聚力，固定资产投资增长12%。\n二、2025年工作计划\n力争实现地区生产总值增长6%。\n"));
        Assert.Equal(ReportWarning.SubjectUnknown, Assert.Single(result.AllWarnings).Code);
        Assert.Null((await Store.GetReportAsync(result.Outcome!.ReportId))!.TownshipId);
        Assert.Empty(await Store.GetNodesAsync(NodeKind.Township));
    }
}
