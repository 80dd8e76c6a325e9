using System.Text;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Reading.Tests;

public sealed class ReportReaderTests
{
    private readonly ReportReader reader = new();

    [Fact]
    public async Task A_seed_report_reads_as_UTF8_text_with_its_hash()
    {
        var path = RepositoryPaths.Seed("000");
        var report = await reader.ReadFileAsync(path);
        Assert.Equal("000_06e677578293db47.txt", report.FileName);
        Assert.Equal(ReportFormat.Text, report.Format);
        Assert.Equal("UTF-8", report.Encoding);
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), report.Text);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), report.ContentHash);
    }

    [Fact]
    public async Task A_missing_path_is_named()
    {
        var e = await Assert.ThrowsAsync<ReportReadException>(() => reader.ReadFileAsync("/no/such/report.txt"));
        Assert.Equal("/no/such/report.txt: no such file", e.Message);
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_before_it_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.File("huge.txt");
        await using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var e = await Assert.ThrowsAsync<ReportReadException>(() => reader.ReadFileAsync(path));
        Assert.Contains("52,428,800 bytes, over the limit", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_white_space_is_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.File("blank.txt");
        await File.WriteAllTextAsync(path, " \n\t\n");
        var e = await Assert.ThrowsAsync<ReportReadException>(() => reader.ReadFileAsync(path));
        Assert.Contains("only white space", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_expand_to_their_report_files_in_order_and_missing_paths_stay()
    {
        var files = reader.ExpandPaths([RepositoryPaths.SeedReports, "/missing.txt"]);
        Assert.Equal(6, files.Count);
        Assert.Equal(RepositoryPaths.SeedReportFiles, files.Take(5));
        Assert.Equal("/missing.txt", files[5]);
    }

    [Fact]
    public void An_HTML_page_reads_as_its_visible_text()
    {
        const string html = """
            <!DOCTYPE html><html><head><meta charset="gbk"><title>洲泉镇2024年工作总结 - 桐乡市人民政府</title>
            <style>p { color: red }</style><script>var x = "一、不是正文";</script></head>
            <body><div class="crumb">首页 &gt; 政务公开</div>
            <table><tr><td>发文日期:</td><td>2025-01-21</td></tr></table>
            <h1>洲泉镇2024年工作总结和2025年工作思路</h1>
            <p>一、2024年工作总结</p><p>完成规上工业总产值737.1亿元，<br>同比增长5%。</p></body></html>
            """;
        var report = reader.Read("page.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(ReportFormat.Html, report.Format);
        Assert.Equal("洲泉镇2024年工作总结 - 桐乡市人民政府", report.HtmlTitle);
        Assert.DoesNotContain("color", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("不是正文", report.Text, StringComparison.Ordinal);
        Assert.Contains("发文日期: | 2025-01-21 |", report.Text, StringComparison.Ordinal);
        Assert.Contains("\n洲泉镇2024年工作总结和2025年工作思路\n", report.Text, StringComparison.Ordinal);
        Assert.Contains("完成规上工业总产值737.1亿元，\n同比增长5%。", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_HTML_page_in_GBK_is_decoded()
    {
        var html = "<html><body><p>凤鸣街道办事处工作报告</p></body></html>";
        var report = reader.Read("page.htm", TextDecoder.Gb18030.GetBytes(html));
        Assert.Equal("GB18030", report.Encoding);
        Assert.Equal("凤鸣街道办事处工作报告\n", report.Text);
    }
}
