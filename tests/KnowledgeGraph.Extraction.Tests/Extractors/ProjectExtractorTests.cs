using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

/// <summary>Small reports around sentences of the seed reports for the village and project extractors, read by the real document analyzer.</summary>
internal static class ProjectTestReports
{
    private static readonly DocumentAnalyzer Analyzer = new(Gazetteer.Gazetteer.Default);

    /// <summary>A report of <paramref name="township"/> reviewing 2024 (<paramref name="review"/>) and planning 2025 (<paramref name="plan"/>).</summary>
    public static ExtractionContext Report(string township, string review, string plan = "做好各项工作。") =>
        Context($"{township}2024年工作总结和2025年工作计划\n一、2024年工作总结\n{review}\n二、2025年工作计划\n{plan}\n");

    /// <summary>The same scraped to one line with table bars (|), as one seed report is.</summary>
    public static ExtractionContext OneLine(string township, string review, string plan = "做好各项工作。") =>
        Context($"索引号: | 001/2025-01377 | 发布机构: | {township} |\n公开方式: | 主动公开 | 发文日期: | 2025-01-21 |\n{township}2024年工作总结和2025年工作思路\n|\n||||||||\n|\n2024年,{township}深入学习贯彻落实。 一、2024年工作总结 (一)坚持稳增长。 {review} 二、2025年工作思路 (一)产业向“新”而行。 {plan} |");

    /// <summary>Villages, then projects, as the pipeline runs them.</summary>
    public static ExtractionResult Run(ExtractionContext context)
    {
        var result = new ExtractionResult();
        new VillageExtractor().Extract(context, result);
        new ProjectExtractor().Extract(context, result);
        return result;
    }

    public static List<string> Projects(ExtractionContext context) => [.. Run(context).Projects.Select(p => p.Name)];

    public static string SpanText(ExtractionContext context, TextSpan span) => context.Report.Text[span.Start..span.End];

    private static ExtractionContext Context(string text)
    {
        var report = new ReportText("test.txt", "", "utf-8", ReportFormat.Text, text, text, null);
        return new ExtractionContext(report, Analyzer.Analyze(report));
    }
}

public sealed class ProjectExtractorTests
{
    private static ExtractedProject Single(ExtractionResult result, string name) => Assert.Single(result.Projects, p => p.Name == name);

    private static string Stages(ExtractedProject project) => string.Join(",", project.Statuses.Select(s => $"{s.Status}{s.Year}"));

    [Fact]
    public void A_closing_deng_with_a_project_head_types_the_items_and_the_head_is_no_project()
    {
        var context = ProjectTestReports.Report("灵峰街道", "坚持新经济、实体实业招引双轮驱动,国际数字贸易港、秣马酒店(二期)等3个实体产业项目成功签约。");
        var result = ProjectTestReports.Run(context);
        Assert.Equal(["国际数字贸易港", "秣马酒店(二期)"], result.Projects.Select(p => p.Name));
        Assert.Equal("signed2024", Stages(Single(result, "秣马酒店(二期)")));
    }

    [Fact]
    public void A_counted_category_after_deng_is_not_a_project_but_its_items_are()
    {
        var context = ProjectTestReports.Report("灵峰街道", "沉珠路、七贤路、里荣路等6条市政道路建成通车,完成市政景观提升改造工程15处。");
        var result = ProjectTestReports.Run(context);
        Assert.Equal(["沉珠路", "七贤路", "里荣路"], result.Projects.Select(p => p.Name));
        Assert.All(result.Projects, p => Assert.Equal("completed2024", Stages(p)));
    }

    [Fact]
    public void A_list_before_a_stage_verb_takes_its_unsuffixed_items_too()
    {
        var context = ProjectTestReports.Report("灵峰街道", "第六初中、灵峰法庭等工程加快推进,东方世茂(二期)、人才体育公园建成投用。");
        var result = ProjectTestReports.Run(context);
        Assert.Equal(["第六初中", "灵峰法庭", "东方世茂(二期)", "人才体育公园"], result.Projects.Select(p => p.Name));
        Assert.Equal("completed2024,operating2024", Stages(Single(result, "人才体育公园")));
        Assert.Equal("building2024", Stages(Single(result, "第六初中")));
    }

    [Fact]
    public void Plan_part_stages_take_the_plan_year_and_the_village_the_name_starts_with()
    {
        var context = ProjectTestReports.Report("灵峰街道", "横山坞村创成省金3A级景区村庄。", "加快第六初中建设,推动横山坞村托幼园投入使用。");
        var result = ProjectTestReports.Run(context);
        var nursery = Single(result, "横山坞村托幼园");
        Assert.Equal("operating2025", Stages(nursery));
        Assert.Equal("横山坞村", nursery.Location);
        Assert.Equal("building2025", Stages(Single(result, "第六初中")));
        Assert.Null(Single(result, "第六初中").Location);
    }

    [Fact]
    public void A_list_of_bare_stems_shares_the_last_items_suffix()
    {
        var context = ProjectTestReports.Report("凤鸣街道", "完成工作。", "以更大力度推进灵安、同福两个工业园区的规划建设和产业布局。");
        Assert.Equal(["灵安工业园区", "同福工业园区"], ProjectTestReports.Projects(context));
    }

    [Fact]
    public void A_shared_work_suffix_is_read_with_its_development_tail()
    {
        var context = ProjectTestReports.Report("洲泉镇", "完成工作。", "加快永安北路、湘溪大道拓宽工程进度,确保日晖桥重建、万宁新桥新建工程开工。");
        Assert.Equal(["永安北路", "湘溪大道拓宽工程", "日晖桥重建", "万宁新桥新建工程"], ProjectTestReports.Projects(context));
    }

    [Fact]
    public void Quote_marks_around_a_name_go_and_inner_ones_stay()
    {
        var context = ProjectTestReports.Report("凤鸣街道", "建成福地低碳农业产业园、“荷兰”基地并投入使用。“吴越厚積堂古砖博物馆”成功入选2024年浙江省第三批乡村博物馆。");
        Assert.Equal(["福地低碳农业产业园", "“荷兰”基地", "吴越厚積堂古砖博物馆"], ProjectTestReports.Projects(context));
    }

    [Fact]
    public void Lost_quote_marks_do_not_make_slogans_or_prize_names_projects()
    {
        var context = ProjectTestReports.Report(
            "灵峰街道", "旷野咖啡”“逢竹会客、依碧迎门分别获两山杯全国大学生乡村振兴三创大赛一、二等奖。推动“大抓项目、抓实项目”落地见效。");
        Assert.Empty(ProjectTestReports.Projects(context));
    }

    [Fact]
    public void The_one_line_report_with_bars_is_cut_into_sentences_and_read()
    {
        var context = ProjectTestReports.OneLine("洲泉镇", "乡村运营活力迸发,马鸣蚕花楼建成投用,桃花岛、葫芦岛、疯狂动物岛相继投入运营,累计接待游客80万人次。 |");
        var result = ProjectTestReports.Run(context);
        Assert.Equal(["马鸣蚕花楼", "桃花岛", "葫芦岛", "疯狂动物岛"], result.Projects.Select(p => p.Name));
        Assert.Equal("operating2024", Stages(Single(result, "葫芦岛")));
    }

    [Fact]
    public void Firms_introduced_as_projects_to_land_in_the_plan_are_planned_projects()
    {
        var context = ProjectTestReports.Report("洲泉镇", "完成工作。", "利用睿兆芯与超越股份合作机遇,加快安磊世电子、唯得、凤仪智芯、欧康诺等数字经济项目落地。");
        var result = ProjectTestReports.Run(context);
        Assert.Equal(["安磊世电子", "唯得", "凤仪智芯", "欧康诺"], result.Projects.Select(p => p.Name));
        Assert.All(result.Projects, p => Assert.Equal("planned2025", Stages(p)));
    }

    [Theory]
    [InlineData("深入实施旅游业微改精提工程,累计入库项目32个。")]
    [InlineData("组建新经济引推服务中心,服务落地企业24家。")]
    [InlineData("新建公共停车场1个,新设新能源充电桩(换电站)6处。")]
    [InlineData("与上海交大等50所高校合作,吸引800余名大学生入乡兴村。")]
    [InlineData("坚持“四好农村路”标准,持续做好农村道路及基础设施管养工作。")]
    [InlineData("坚决落实项目提速、产业提效、乡村提档、治理提标、能力提升以及党建提质六大工程。")]
    [InlineData("婴幼儿照护服务驿站入选市民生实事项目。")]
    public void Campaigns_bodies_counted_categories_and_slogans_are_not_projects(string sentence)
    {
        Assert.Empty(ProjectTestReports.Projects(ProjectTestReports.Report("灵峰街道", sentence)));
    }

    [Fact]
    public void A_named_site_that_wins_an_honour_is_a_project_and_the_honour_is_not()
    {
        var context = ProjectTestReports.Report("洲泉镇", "探索“早稻青虾轮作”为综合种养模式,小元头早稻青虾基地获评省级稻渔综合种养示范基地。马鸣驿获评浙江省第三批一级旅游驿站。");
        Assert.Equal(["小元头早稻青虾基地", "马鸣驿"], ProjectTestReports.Projects(context));
    }

    [Fact]
    public void Two_mentions_of_one_project_merge_their_stages()
    {
        var context = ProjectTestReports.Report("凤鸣街道", "加快推进桐乡市茶咖产业园规划建设。", "加快推进茶咖产业园开工建设,加速推进辉业路中段联通工程。");
        var result = ProjectTestReports.Run(context);
        var park = Single(result, "桐乡市茶咖产业园");
        Assert.Contains(new ProjectStatus("planned", 2024), park.Statuses);
        Assert.Contains(new ProjectStatus("started", 2025), park.Statuses);
        Assert.DoesNotContain(result.Projects, p => p.Name == "茶咖产业园");
    }

    [Fact]
    public void A_clause_that_only_names_takes_the_stage_of_the_clause_after_it()
    {
        var context = ProjectTestReports.Report("凤鸣街道", "中路过桥港水系连通工程完成工程量的85%;六里港流域综合整治工程总投资近亿元,完成工程量的65%。");
        var result = ProjectTestReports.Run(context);
        Assert.Equal(["中路过桥港水系连通工程", "六里港流域综合整治工程"], result.Projects.Select(p => p.Name));
        Assert.Equal("building2024", Stages(Single(result, "六里港流域综合整治工程")));
    }

    [Fact]
    public void Evidence_spans_point_at_the_names_in_the_report()
    {
        var context = ProjectTestReports.Report("灵峰街道", "加速项目落地。梦栖互联网金融谷、大竹园乡村经济综合中心(二期)、竹峰家居产业园等4个平台主体完工。");
        var result = ProjectTestReports.Run(context);
        Assert.Equal(["梦栖互联网金融谷", "大竹园乡村经济综合中心(二期)", "竹峰家居产业园"], result.Projects.Select(p => p.Name));
        Assert.All(result.Projects, p => Assert.Equal(p.Name, ProjectTestReports.SpanText(context, p.Span)));
        Assert.All(result.Projects, p => Assert.Equal("building2024", Stages(p)));
    }

    [Theory]
    [InlineData("辉业路", "辉业路中段联通工程", true)]
    [InlineData("乡村经济综合中心", "大竹园乡村经济综合中心(二期)", true)]
    [InlineData("德胜东路", "德胜东路(东田段)雨污管网", false)]
    [InlineData("美学美谷(一期)", "美学美谷(二期)", false)]
    public void Same_project_names_are_told_apart_from_different_ones(string a, string b, bool same)
    {
        Assert.Equal(same, ProjectExtractor.SameProject(a, b));
    }
}
