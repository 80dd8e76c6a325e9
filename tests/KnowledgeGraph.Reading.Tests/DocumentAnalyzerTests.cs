using System.Globalization;
using System.Net;
using System.Text;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Reading.Tests;

public sealed class DocumentAnalyzerTests
{
    private static readonly DocumentAnalyzer Analyzer = new(Gazetteer.Gazetteer.Default);
    private static readonly ReportReader Reader = new();

    public static TheoryData<string> Seeds() => [.. RepositoryPaths.SeedReportFiles.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_seed_has_its_document_fields_right(string fileName)
    {
        var profile = Analyzer.Analyze(await Reader.ReadFileAsync(Path.Combine(RepositoryPaths.SeedReports, fileName)));
        var expected = ExpectedDocuments.For(fileName);
        foreach (var field in ExpectedDocuments.Fields)
        {
            Assert.True(ExpectedDocuments.Field(expected, field) == Actual(profile, field), $"{fileName} {field}: expected '{ExpectedDocuments.Field(expected, field)}', got '{Actual(profile, field)}'");
        }
    }

    [Fact]
    public async Task The_same_report_as_an_HTML_page_has_the_same_fields()
    {
        var text = await File.ReadAllTextAsync(RepositoryPaths.Seed("002"));
        var body = string.Concat(text.Split('\n').Select(line => "<p>" + WebUtility.HtmlEncode(line) + "</p>\n"));
        var html = $"<!DOCTYPE html><html><head><title>凤鸣街道</title><script>document.write('2019年工作报告')</script></head><body><div>{body}</div></body></html>";
        var fromHtml = Analyzer.Analyze(Reader.Read("002.html", Encoding.UTF8.GetBytes(html)));
        var fromText = Analyzer.Analyze(await Reader.ReadFileAsync(RepositoryPaths.Seed("002")));
        foreach (var field in ExpectedDocuments.Fields)
        {
            Assert.Equal(Actual(fromText, field), Actual(fromHtml, field));
        }

        Assert.Equal(fromText.Title?.Value, fromHtml.Title?.Value);
    }

    [Fact]
    public void Titles_and_spans_point_into_the_text()
    {
        var report = Reader.Read("t.txt", Encoding.UTF8.GetBytes("当前位置:首页 > 信息公开 >\n发布机构: 灵峰街道\n安吉县人民政府灵峰街道办事处2024年度工作报告\n发布日期:2025-01-20 10:08:09\n一、2024年工作回顾\n"));
        var profile = Analyzer.Analyze(report);
        Assert.Equal("安吉县人民政府灵峰街道办事处2024年度工作报告", profile.Title!.Value);
        Assert.Equal(profile.Title.Value, report.Text[profile.Title.Span.Start..profile.Title.Span.End]);
        Assert.Equal("灵峰街道", profile.Publisher!.Value);
        Assert.Equal("2025-01-20", report.Text[profile.Published!.Span.Start..profile.Published.Span.End]);
        Assert.Equal((2024, 2025), (profile.ReviewYear!.Value, profile.PlanYear!.Value));
        Assert.Equal("灵峰街道", report.Text[profile.Township!.Span.Start..profile.Township.Span.End]);
    }

    [Fact]
    public void Without_a_header_date_the_meeting_date_of_the_opening_line_is_the_publication_date()
    {
        var profile = Analyze("凤鸣街道办事处工作报告\n（2025年1月14日在凤鸣街道第二届居民议事会第四次会议上）\n一、2024年工作回顾\n桐乡市。\n二、2025年主要工作目标任务\n");
        Assert.Equal(new DateOnly(2025, 1, 14), profile.Published!.Value);
    }

    [Fact]
    public void The_first_header_date_wins_over_later_ones()
    {
        var profile = Analyze("成文日期: 2025-01-20\n发布日期:2025-01-22 10:08:09\n灵峰街道2024年度工作报告\n一、2024年工作回顾\n");
        Assert.Equal(new DateOnly(2025, 1, 20), profile.Published!.Value);
    }

    [Fact]
    public void Header_fields_of_a_page_scraped_as_one_line_with_bars_are_read()
    {
        var profile = Analyze("索引号: | 001/2025-01377 | 发布机构: | 洲泉镇 |\n公开方式: | 主动公开 | 发文日期: | 2025-01-21 |\n洲泉镇2024年工作总结和2025年工作思路\n|\n|||| 2024年，洲泉镇深入学习。 一、2024年工作总结 (一)坚持稳增长。 二、2025年工作思路 (一)产业向新。");
        Assert.Equal(("洲泉镇", new DateOnly(2025, 1, 21), 2024, 2025), (profile.Publisher!.Value, profile.Published!.Value, profile.ReviewYear!.Value, profile.PlanYear!.Value));
        Assert.Equal("洲泉镇2024年工作总结和2025年工作思路", profile.Title!.Value);
    }

    [Fact]
    public void Years_come_from_the_part_headings_when_the_title_has_none()
    {
        var profile = Analyze("一、2023年工作总结\n瓶窑镇经济运行承压向好。\n二、2024年工作思路\n瓶窑镇。");
        Assert.Null(profile.Title);
        Assert.Null(profile.Published);
        Assert.Equal((2023, 2024), (profile.ReviewYear!.Value, profile.PlanYear!.Value));
    }

    [Fact]
    public void An_impossible_header_date_is_not_a_date()
    {
        var profile = Analyze("发布日期: 2025-02-30\n灵峰街道2024年度工作报告\n一、2024年工作回顾\n");
        Assert.Null(profile.Published);
    }

    private static DocumentProfile Analyze(string text) => Analyzer.Analyze(Reader.Read("t.txt", Encoding.UTF8.GetBytes(text)));

    private static string Actual(DocumentProfile p, string field)
    {
        var chain = p.Township?.Value;
        return field switch
        {
            "township.name" => chain?.SubjectName ?? "",
            "township.kind" => chain?.SubjectKind ?? "",
            "township.county" => chain?.County.Name ?? "",
            "township.city" => chain?.CityName ?? "",
            "township.province" => chain?.Province.Name ?? "",
            "reviewYear" => p.ReviewYear?.Value.ToString(CultureInfo.InvariantCulture) ?? "",
            "planYear" => p.PlanYear?.Value.ToString(CultureInfo.InvariantCulture) ?? "",
            "published" => p.Published?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }
}
