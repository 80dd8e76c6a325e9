using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

/// <summary>Small reports around sentences of the seed reports, read by the real document analyzer (township, years, parts).</summary>
internal static class HonourTestReports
{
    private static readonly DocumentAnalyzer Analyzer = new(Gazetteer.Gazetteer.Default);

    /// <summary>A report of <paramref name="township"/> reviewing 2024 (<paramref name="review"/>) and planning 2025 (<paramref name="plan"/>), one paragraph a line.</summary>
    public static ExtractionContext Report(string township, string review, string plan = "做好各项工作。") =>
        Context($"{township}2024年工作总结和2025年工作计划\n一、2024年工作总结\n{review}\n二、2025年工作计划\n{plan}\n");

    /// <summary>The same as a page scraped to one line with table bars, as some seed reports are.</summary>
    public static ExtractionContext OneLine(string township, string review, string plan = "做好各项工作。") =>
        Context($"索引号: | 001/2025-01377 | 发布机构: | {township} |\n公开方式: | 主动公开 | 发文日期: | 2025-01-21 |\n{township}2024年工作总结和2025年工作思路\n|\n||||||||\n|\n2024年,{township}深入学习贯彻落实。 一、2024年工作总结 (一)坚持稳增长。 {review} 二、2025年工作思路 (一)产业向“新”而行。 {plan} |");

    public static ExtractionResult Run(IEntityExtractor extractor, ExtractionContext context, ExtractionResult? result = null)
    {
        result ??= new ExtractionResult();
        extractor.Extract(context, result);
        return result;
    }

    public static string SpanText(ExtractionContext context, TextSpan span) => context.Report.Text[span.Start..span.End];

    private static ExtractionContext Context(string text)
    {
        var report = new ReportText("test.txt", "", "utf-8", ReportFormat.Text, text, text, null);
        return new ExtractionContext(report, Analyzer.Analyze(report));
    }
}

public sealed class AwardExtractorTests
{
    private static List<ExtractedAward> Awards(ExtractionContext context, ExtractionResult? result = null) =>
        HonourTestReports.Run(new AwardExtractor(), context, result).Awards;

    private static List<string> Pairs(ExtractionContext context) =>
        [.. Awards(context).Select(a => $"{a.Title}|{a.Recipient}|{a.Year}|{a.Level}")];

    [Fact]
    public void A_title_won_with_no_subject_goes_to_the_township()
    {
        var context = HonourTestReports.Report("灵峰街道", "深入实施旅游业微改精提工程,累计入库项目32个。获评长三角慢生活旅游最佳体验度假区。");
        Assert.Equal(["长三角慢生活旅游最佳体验度假区|灵峰街道|2024|other"], Pairs(context));
    }

    [Fact]
    public void Each_enumerated_recipient_gets_the_title_and_a_year_before_it_is_dropped()
    {
        var context = HonourTestReports.Report("洲泉镇", "企业培育走深走实,睿兆芯、湘溪塑业、恒泰纸管获评2024年第一批省专精特新中小企业。");
        Assert.Equal(
            ["第一批省专精特新中小企业|睿兆芯|2024|provincial", "第一批省专精特新中小企业|湘溪塑业|2024|provincial", "第一批省专精特新中小企业|恒泰纸管|2024|provincial"],
            Pairs(context));
    }

    [Fact]
    public void Recipients_and_titles_listed_with_xianhou_pair_in_order()
    {
        var context = HonourTestReports.Report("灵峰街道", "悦榕庄酒店、开元嘉乐比酒店先后荣膺省金桂级品质饭店、省金鼎级特色文化主题酒店。");
        Assert.Equal(["省金桂级品质饭店|悦榕庄酒店|2024|provincial", "省金鼎级特色文化主题酒店|开元嘉乐比酒店|2024|provincial"], Pairs(context));
    }

    [Fact]
    public void Lost_quote_marks_still_group_recipients_and_one_two_prizes_expand()
    {
        var context = HonourTestReports.Report("灵峰街道", "旷野咖啡”“逢竹会客、依碧迎门分别获两山杯全国大学生乡村振兴三创大赛一、二等奖。");
        Assert.Equal(
            ["两山杯全国大学生乡村振兴三创大赛一等奖|旷野咖啡|2024|national", "两山杯全国大学生乡村振兴三创大赛二等奖|逢竹会客、依碧迎门|2024|national"],
            Pairs(context));
    }

    [Fact]
    public void A_dangling_quote_mark_is_trimmed_from_the_recipient()
    {
        var context = HonourTestReports.Report("灵峰街道", "矛盾纠纷调处成功率98%以上。平安360”入选县平安建设优秀案例。小瘾半日村创成市食安餐饮街区");
        Assert.Equal(["县平安建设优秀案例|平安360|2024|county", "市食安餐饮街区|小瘾半日村|2024|municipal"], Pairs(context));
    }

    [Fact]
    public void A_count_instead_of_a_named_recipient_is_no_award()
    {
        var context = HonourTestReports.Report("灵峰街道", "心有灵溪夜市火爆出圈,创成全县首批夜经济景区、街区3个。成功申报国家级引才计划项目1个。下属国企成功获得AA+主体信用评级。度假区总体规划获省政府批复。");
        Assert.Empty(Awards(context));
    }

    [Fact]
    public void Goals_of_the_plan_are_not_awards()
    {
        var context = HonourTestReports.Report("灵峰街道", "完成供地162亩。", "打造匠心灵动·非遗在灵峰活动15场,全力争创省运动休闲乡镇。大竹园村争创全国文明村。");
        Assert.Empty(Awards(context));
    }

    [Fact]
    public void A_county_level_city_is_county_level_and_a_time_phrase_is_not_a_recipient()
    {
        var context = HonourTestReports.Report("凤鸣街道", "半年度和三季度荣获桐乡市流动红旗奖。蚕桑与农耕文化研学基地获评嘉兴市级研学基地。");
        Assert.Equal(["桐乡市流动红旗奖|凤鸣街道|2024|county", "嘉兴市级研学基地|蚕桑与农耕文化研学基地|2024|municipal"], Pairs(context));
    }

    [Fact]
    public void A_year_written_in_a_quoted_title_wins_and_a_title_before_chenghao_is_read()
    {
        var context = HonourTestReports.Report("洲泉镇", "水环境日趋向优,完成排污口整治27个,荣获“2023年度浙江省河湖长制工作成绩突出集体”,嘉兴唯一,含山塘荣获“嘉兴市第一批最美家乡河”称号。");
        Assert.Equal(["浙江省河湖长制工作成绩突出集体|洲泉镇|2023|provincial", "嘉兴市第一批最美家乡河|含山塘|2024|municipal"], Pairs(context));
    }

    [Fact]
    public void Titles_accepted_after_a_level_word_go_to_the_name_before_them()
    {
        var context = HonourTestReports.Report("洲泉镇", "乡村品质不断提升,小元头村省级未来乡村和义马省级历史文化保护一般村、市级未来乡村项目评审及验收工作顺利完成。");
        var result = new ExtractionResult();
        result.AddVillage(new ExtractedVillage("义马村", default));
        Assert.Equal(
            ["省级未来乡村|小元头村|provincial", "省级历史文化保护一般村|义马村|provincial", "市级未来乡村|义马村|municipal"],
            Awards(context, result).Select(a => $"{a.Title}|{a.Recipient}|{a.Level}"));
    }

    [Fact]
    public void The_subject_of_the_clause_before_receives_when_the_trigger_clause_has_none()
    {
        var context = HonourTestReports.Report("灵峰街道", "灵峰中心幼儿园承办安吉游戏国际学术会议分会场活动,获评省现代化学校、市儿童友好学校。");
        Assert.Equal(["省现代化学校|灵峰中心幼儿园|2024|provincial", "市儿童友好学校|灵峰中心幼儿园|2024|municipal"], Pairs(context));
    }

    [Fact]
    public void Titles_joined_by_he_split_before_a_level_word_only()
    {
        var context = HonourTestReports.Report("洲泉镇", "洲泉中心小学获评嘉兴市劳动教育实验学校和嘉兴市家长学校实验学校。");
        Assert.Equal(["嘉兴市劳动教育实验学校|洲泉中心小学|2024|municipal", "嘉兴市家长学校实验学校|洲泉中心小学|2024|municipal"], Pairs(context));
    }

    [Fact]
    public void The_one_line_report_with_table_bars_keeps_plan_goals_out()
    {
        var context = HonourTestReports.OneLine(
            "洲泉镇",
            "预计实现地区生产总值133.8亿元,同比增长6.3%,位列全国2024镇域经济500强榜单168位,居全市乡镇首位。 桐昆集团、新凤鸣集团获批设立国家级博士后科研工作站,华腾农业科技获评全国现代设施农业创新引领主体。",
            "加大企业培育力度,指导企业申报国家级专精特新企业、省级专精特新中小企业。");
        Assert.Equal(
            ["全国镇域经济500强|洲泉镇|2024|national", "国家级博士后科研工作站|桐昆集团|2024|national", "国家级博士后科研工作站|新凤鸣集团|2024|national", "全国现代设施农业创新引领主体|华腾农业科技|2024|national"],
            Pairs(context));
    }

    [Fact]
    public void The_span_is_the_title_in_the_report()
    {
        var context = HonourTestReports.Report("灵峰街道", "浒溪社区获评市最美志愿服务社区。");
        var award = Assert.Single(Awards(context));
        Assert.Equal("市最美志愿服务社区", HonourTestReports.SpanText(context, award.Span));
    }

    [Fact]
    public void Other_provinces_and_conferrers_give_levels()
    {
        var context = HonourTestReports.Report("草沟镇", "先后获评2020年度宿州市综治维稳先进集体,荣获宿州市第七次全国人口普查先进集体称号和“新时代•中国乡村振兴示范镇”称号。2015年镇党委被市委表彰为“创先争优先进党委”。");
        Assert.Equal(
            ["宿州市综治维稳先进集体|草沟镇|2020|municipal", "宿州市第七次全国人口普查先进集体|草沟镇|2024|municipal", "新时代•中国乡村振兴示范镇|草沟镇|2024|national", "创先争优先进党委|镇党委|2024|municipal"],
            Pairs(context));
    }

    [Fact]
    public void A_level_word_before_a_list_reaches_every_title()
    {
        var context = HonourTestReports.Report("草沟镇", "列入全国森林康养基地、妇幼保健机构体制机制创新试点县。骆驼九宇成为亚运会官方供应商。");
        Assert.Equal(["全国森林康养基地|草沟镇|2024|national", "妇幼保健机构体制机制创新试点县|草沟镇|2024|national"], Pairs(context));
    }

    [Fact]
    public void Spans_cover_the_text_a_title_was_read_from()
    {
        var context = HonourTestReports.Report("洲泉镇", "预计实现地区生产总值133.8亿元,位列全国2024镇域经济500强榜单168位。");
        var award = Assert.Single(Awards(context));
        Assert.Equal("全国镇域经济500强", award.Title);
        Assert.Equal("全国2024镇域经济500强", HonourTestReports.SpanText(context, award.Span));
    }

    [Fact]
    public void A_subject_passing_an_acceptance_receives_the_title_between_the_verb_and_yanshou()
    {
        var context = HonourTestReports.Report("草沟镇", "东湖村顺利通过省级美丽乡村示范村验收。顺利通过国家级生态乡镇验收。高标准农田640亩完成桐乡市级验收。“污水零直排区”标杆镇创建工程完成上级验收。");
        Assert.Equal(["省级美丽乡村示范村|东湖村|2024|provincial", "国家级生态乡镇|草沟镇|2024|national"], Pairs(context));
    }

    [Fact]
    public void Titles_listed_clause_by_clause_after_one_trigger_all_count()
    {
        var context = HonourTestReports.Report("草沟镇", "1、获得2021年度省卫生乡镇,2021年度全市征兵工作先进单位,全年完成财政收入1610万元。");
        Assert.Equal(["省卫生乡镇|草沟镇|2021|provincial", "全市征兵工作先进单位|草沟镇|2021|municipal"], Pairs(context));
    }

    [Fact]
    public void A_wholly_quoted_title_after_a_strong_trigger_needs_no_title_word_and_counted_villages_are_not_recipients()
    {
        var context = HonourTestReports.Report("草沟镇", "获评国家全域旅游示范区,被命名为“中国天然氧吧”。全县3个村入选全国乡村旅游重点村。获得“群众点赞”。");
        Assert.Equal(["国家全域旅游示范区|草沟镇|2024|national", "中国天然氧吧|草沟镇|2024|national"], Pairs(context));
    }
}
