using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Reading.Tests;

/// <summary>Document fields of county-level reports: rules on openings from ../shared/corpus-county, and the whole corpus when it is there.</summary>
public sealed class CountyReportTests
{
    private static readonly DocumentAnalyzer Analyzer = new(Gazetteer.Gazetteer.Default);
    private static readonly ReportReader Reader = new();

    // The county each file's name stands for (corpus-county/README.md: 13 counties and districts of 保定市).
    private static readonly Dictionary<string, string> Counties = new(StringComparer.Ordinal)
    {
        ["anguo"] = "安国市", ["anxin"] = "安新县", ["boye"] = "博野县", ["dingxing"] = "定兴县", ["fuping"] = "阜平县", ["laishui"] = "涞水县",
        ["lixian"] = "蠡县", ["mancheng"] = "满城区", ["qingyuan"] = "清苑区", ["quyang"] = "曲阳县", ["rongcheng"] = "容城县",
        ["shunping"] = "顺平县", ["xushui"] = "徐水区",
    };

    private static DocumentProfile Analyze(string text) => Analyzer.Analyze(Reader.Read("t.txt", Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_republishing_page_header_and_summary_do_not_give_the_years()
    {
        // qingyuan_2023's page, with a title carrying a wrong year: the years are the report's own
        var profile = Analyze("工作报告\n保定市清苑区2024年政府工作报告\n时间：2023-03-30????\t作者：中国县域????\t来源：政府官网\n阅读：\n608\n内容摘要：\n"
            + "政府工作报告——2023年1月13日在保定市清苑区第三届人民代表大会第三次会议上保定市清苑区人民政府区长 李英英各位代表：现在，我代表区政府向大会作工作报告。一、2021年政府工作回顾2021年是......\n"
            + "政府工作报告\n——2023年1月13日在保定市清苑区第三届人民代表大会第三次会议上\n保定市清苑区人民政府区长?? 李英英\n各位代表、同志们：\n现在，我代表区政府向大会作工作报告。\n"
            + "一、2022年政府工作回顾\n2022年是清苑发展史上极为重要的一年。\n二、2023年工作安排\n");
        Assert.Equal((2022, 2023), (profile.ReviewYear!.Value, profile.PlanYear!.Value));
        Assert.Equal(new DateOnly(2023, 3, 30), profile.Published!.Value);
        Assert.Equal("清苑区", profile.Subject!.Value.SubjectName);
        Assert.Empty(profile.Warnings);
    }

    [Fact]
    public void Without_dated_headings_the_delivery_date_gives_the_years()
    {
        // qingyuan_2003: a five-year review, the date on a line of its own
        var profile = Analyze("政府工作报告\n（政治协商稿）\n2003年4月7日\n各位委员：\n现在，我代表清苑县人民政府向大会报告工作。请提出宝贵意见。\n一、过去五年政府工作的简要回顾\n1998年以来的五年。\n");
        Assert.Equal((2002, 2003, new DateOnly(2003, 4, 7)), (profile.ReviewYear!.Value, profile.PlanYear!.Value, profile.Published!.Value));
    }

    [Fact]
    public void A_meeting_date_run_on_after_the_title_is_the_delivery_date()
    {
        // xushui_2011
        var profile = Analyze("政府工作报告2011年1月20日在徐水县第十四届人民代表大会\n第五次会议上\n徐水县人民政府县长李保森\n各位代表：\n现在，我代表徐水县人民政府向大会报告工作。\n一、“十一五”时期工作回顾\n");
        Assert.Equal((new DateOnly(2011, 1, 20), 2010, 2011), (profile.Published!.Value, profile.ReviewYear!.Value, profile.PlanYear!.Value));
    }

    [Fact]
    public void Years_inferred_from_a_page_date_alone_carry_a_warning()
    {
        var profile = Analyze("时间：2023-03-30\n各位代表：\n现在，我代表顺平县人民政府向大会作工作报告。顺平县。顺平县。\n一、过去五年工作回顾\n");
        Assert.Equal((2022, 2023), (profile.ReviewYear!.Value, profile.PlanYear!.Value));
        Assert.Equal(ReportWarning.YearsUncertain, Assert.Single(profile.Warnings).Code);
    }

    [Fact]
    public void A_report_without_any_year_or_place_is_read_with_warnings()
    {
        var profile = Analyze("各位代表：\n现在，我向大会报告工作。一年来，经济运行稳中向好。\n");
        Assert.Null(profile.Subject);
        Assert.Null(profile.ReviewYear);
        Assert.Equal([ReportWarning.YearsUnknown, ReportWarning.SubjectUnknown], profile.Warnings.Select(w => w.Code));
    }

    [SharedDataFact]
    public async Task The_county_corpus_gets_its_subjects_and_plan_years_right()
    {
        var files = Directory.EnumerateFiles(SharedData.CountyCorpus!, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(54, files.Count);
        var subjects = 0;
        var planYears = 0;
        var misses = new List<string>();
        foreach (var file in files)
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var (county, year) = (Counties[stem.Split('_')[0]], int.Parse(stem.Split('_')[1], CultureInfo.InvariantCulture));
            var profile = Analyzer.Analyze(await Reader.ReadFileAsync(file));
            var chain = profile.Subject?.Value;

            // anxin_2024 is filed under 安新县 but is the report of 新安县 (洛阳市, 河南省): it names 新安, 洛阳 and 河南, never 安新 or 保定
            var expected = stem == "anxin_2024" ? ("新安县", "洛阳市", "河南省") : (county, "保定市", "河北省");
            if (chain is not null && chain.IsCountyLevel && (chain.SubjectName, chain.CityName, chain.Province.Name) == expected)
            {
                subjects++;
            }
            else
            {
                misses.Add($"{stem}: {chain?.SubjectName ?? "no subject"}");
            }

            planYears += profile.PlanYear?.Value == year ? 1 : 0;
            Assert.Equal(profile.PlanYear!.Value - 1, profile.ReviewYear!.Value);
        }

        Assert.True(subjects == 54, string.Join("; ", misses));
        Assert.True(planYears >= 50, $"plan years right for {planYears}/54");
    }

    [SharedDataFact]
    public async Task The_county_reports_with_their_place_names_blanked_out_get_no_subject_but_a_warning()
    {
        foreach (var file in Directory.EnumerateFiles(SharedData.CountyCorpus!, "*.txt"))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var name = stem == "anxin_2024" ? "新安县" : Counties[stem.Split('_')[0]];
            var text = (await File.ReadAllTextAsync(file)).Replace(name[..^1], "XX", StringComparison.Ordinal);
            var profile = Analyzer.Analyze(Reader.Read(stem + ".txt", Encoding.UTF8.GetBytes(text)));
            Assert.True(profile.Subject is null, $"{stem} with its name blanked out resolved to {profile.Subject?.Value.SubjectName}");
            Assert.Contains(profile.Warnings, w => w.Code == ReportWarning.SubjectUnknown);
        }
    }

    [SharedDataFact]
    public async Task The_county_dev_gold_document_fields_are_all_right()
    {
        var gold = Path.Combine(SharedData.Root!, "eval", "gold");
        foreach (var stem in new[] { "dingxing_2022", "qingyuan_2023", "anguo_2022", "mancheng_2022", "shunping_2023", "boye_2024" })
        {
            var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(gold, stem + ".json"))).RootElement;
            var profile = Analyzer.Analyze(await Reader.ReadFileAsync(Path.Combine(SharedData.CountyCorpus!, stem + ".txt")));
            var chain = profile.Subject!.Value;
            var actual = new Dictionary<string, string>
            {
                ["township.name"] = chain.SubjectName, ["township.kind"] = chain.SubjectKind, ["township.county"] = chain.County.Name,
                ["township.city"] = chain.CityName, ["township.province"] = chain.Province.Name,
                ["reviewYear"] = profile.ReviewYear?.Value.ToString(CultureInfo.InvariantCulture) ?? "",
                ["planYear"] = profile.PlanYear?.Value.ToString(CultureInfo.InvariantCulture) ?? "",
                ["published"] = profile.Published?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            };
            foreach (var field in ExpectedDocuments.Fields)
            {
                Assert.True(ExpectedDocuments.Field(expected, field) == actual[field], $"{stem} {field}: expected '{ExpectedDocuments.Field(expected, field)}', got '{actual[field]}'");
            }
        }
    }
}
