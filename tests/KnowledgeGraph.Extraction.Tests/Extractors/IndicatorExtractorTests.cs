using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

/// <summary>Builds small reports with a review part (2024) and a plan part (2025) for the quantity extractors.</summary>
internal static class QuantityReports
{
    public static ExtractionContext Report(string review, string plan = "") =>
        Context($"一、2024年工作回顾\n{review}\n二、2025年工作安排\n{plan}\n");

    public static ExtractionContext Context(string text)
    {
        var report = new ReportText("test.txt", string.Empty, "utf-8", ReportFormat.Text, text, text, null);
        var profile = new DocumentProfile(null, null, null, new Located<int>(2024, default), new Located<int>(2025, default), null);
        return new ExtractionContext(report, profile);
    }
}

public sealed class IndicatorExtractorTests
{
    private static List<ExtractedIndicator> Indicators(ExtractionContext context)
    {
        var result = new ExtractionResult();
        new IndicatorExtractor().Extract(context, result);
        return result.Indicators;
    }

    private static List<ExtractedIndicator> Indicators(string review, string plan = "") => Indicators(QuantityReports.Report(review, plan));

    private static List<string> Rows(string review) =>
        [.. Indicators(review).Select(i => $"{i.Metric} {i.Value} {i.Unit} {i.Kind}")];

    [Fact]
    public void Reads_amounts_with_their_metric_and_the_review_year()
    {
        var found = Indicators("亿元以上项目开工7个、竣工3个,完成固定资产投资10.4亿元。实到外资4148万美元,完成率全县第一。");
        Assert.Equal(
            ["亿元以上项目开工 7 个 count", "亿元以上项目竣工 3 个 count", "固定资产投资 10.4 亿元 amount", "实到外资 4148 万美元 amount"],
            found.Select(i => $"{i.Metric} {i.Value} {i.Unit} {i.Kind}"));
        Assert.All(found, i => Assert.Equal(2024, i.Year));
    }

    [Fact]
    public void Values_that_lost_their_enumeration_comma_are_distributed_over_the_listed_metrics()
    {
        Assert.Equal(
            ["限上餐饮业营业额增长 55.5 % growth", "零售业销售额增长 24.6 % growth"],
            Rows("规上其他营利性服务业营业收入增长85.6%,限上餐饮业营业额、零售业销售额分别增长55.5%24.6%。").Skip(1));
    }

    [Fact]
    public void Growth_values_without_metrics_take_those_of_the_quantities_before_them()
    {
        Assert.Equal(
            ["接待游客 258 万人次 count", "旅游总收入 30.8 亿元 amount", "接待游客增长 11.9 % growth", "旅游总收入增长 17.2 % growth"],
            Rows("全年接待游客258万人次、旅游总收入30.8亿元,分别增长11.9%17.2%。"));
    }

    [Fact]
    public void A_growth_right_after_an_amount_takes_its_metric_and_a_bound_keeps_the_written_number()
    {
        Assert.Equal(
            ["村集体总收入 8400 万元 amount", "村集体总收入增长 7.6 % growth"],
            Rows("村集体总收入超8400万元、增长7.6%。"));
    }

    [Fact]
    public void A_fall_keeps_a_positive_value_with_the_fall_in_the_metric()
    {
        Assert.Equal(
            ["排查道路隐患 372 处 count", "重伤事故下降 22.5 % growth", "亡人事故下降 25 % growth"],
            Rows("深入开展交通安全大会战,排查道路隐患372处,重伤事故同比下降22.5%,亡人事故同比下降25%。"));
    }

    [Fact]
    public void One_value_for_a_list_of_rates_goes_to_each_rate()
    {
        Assert.Equal(
            ["基本养老保险参保率 99 % rate", "基本医疗保险参保率 99 % rate"],
            Rows("共富型大社保体系纵深推进,基本养老、基本医疗保险参保率均超99%。"));
        Assert.Equal(
            ["责任医生重点人群签约率 100 % rate", "责任医生重点人群服务率 100 % rate"],
            Rows("责任医生重点人群签约率、服务率100%。"));
    }

    [Fact]
    public void A_noun_after_the_unit_completes_the_metric()
    {
        Assert.Equal(["吸引大学生入乡兴村 800 名 count"], Rows("与上海交大等50所高校合作,吸引800余名大学生入乡兴村。").Skip(1));
        Assert.Equal(["高标准农田完成桐乡市级验收 640 亩 amount"], Rows("高标准农田640亩完成桐乡市级验收。"));
    }

    [Fact]
    public void The_examples_before_a_closing_etc_leave_the_metric()
    {
        Assert.Equal(["实体产业项目成功签约 3 个 count"], Rows("国际数字贸易港、秣马酒店(二期)等3个实体产业项目成功签约。"));
        Assert.Equal(
            ["举办各类赛事 5 场次 count"],
            Rows("成功举办第六届世界五子棋公开赛、灵峰半程马拉松等各类赛事5场次。"));
    }

    [Fact]
    public void A_quantity_that_qualifies_the_counted_noun_is_no_indicator_of_its_own()
    {
        Assert.Equal(["总投资10亿元以上项目 1 个 count"], Rows("预计全年完成总投资10亿元以上项目1个。"));
        Assert.Equal(["新增1-5亿工业企业 5 家 count"], Rows("企业培育走深走实,新增1-5亿工业企业5家。"));
        Assert.Empty(Rows("8.8平方公里的两山未来科技城核心启动区加速成型。"));
    }

    [Fact]
    public void The_value_a_change_starts_from_is_no_indicator()
    {
        Assert.Equal(["人均GDP 11.6 万元 rate"], Rows("人均GDP由8.2万元提高到11.6万元。"));
        Assert.Equal(["财政总收入 4.559 亿元 amount"], Rows("全镇财政总收入由2019年的2.66亿元增加到2024年的4.559亿元。"));
        Assert.Equal(["森林覆盖率 63.5 % rate", "森林覆盖率增长 2 个百分点 growth"], Rows("森林覆盖率从61.2%提升至63.5%,较上年提高2个百分点。"));
    }

    [Fact]
    public void A_quantity_before_de_counts_only_when_the_noun_names_its_measure()
    {
        Assert.Equal(["销售额 3.5 亿元 amount"], Rows("全年实现了3.5亿元的销售额,8.8平方公里的科技城加速成型。"));
    }

    [Fact]
    public void A_change_of_a_count_without_subject_takes_the_subject_before()
    {
        Assert.Equal(
            ["新增市场主体 5230 户 count", "新增市场主体增长 12.5 % growth", "新增企业 1860 家 count", "新增企业增长 320 家 growth"],
            Rows("全年新增市场主体5230户,同比增加12.5%,其中企业1860家,同比增加320家。"));
    }

    [Fact]
    public void A_comparison_with_an_average_is_no_indicator()
    {
        Assert.Equal(["低收入农户人均可支配收入增长 15.6 % growth"], Rows("低收入农户人均可支配收入增长15.6%,高于全省平均2.1个百分点。"));
    }

    [Fact]
    public void Ranks_names_and_dates_give_no_indicator()
    {
        Assert.Empty(Rows("在嘉兴平安考评中排名12,全市第1。"));
        Assert.Empty(Rows("睿兆芯、湘溪塑业获评2024年第一批省专精特新中小企业。"));
        Assert.Equal(["PM2.5浓度均值 27.8 微克/立方米 amount"], Rows("全年PM2.5浓度均值27.8微克/立方米。"));
    }

    [Fact]
    public void What_is_still_to_come_is_no_indicator()
    {
        Assert.Empty(Rows("智慧谷等823套人才公寓竣工在即。"));
        Assert.Empty(Rows("到2026年,建成省级未来社区5个。"));
    }

    [Fact]
    public void An_expected_total_of_a_january_report_is_an_indicator_of_the_review_year()
    {
        var found = Assert.Single(Indicators("预计全年实现地区生产总值44.8亿元。"));
        Assert.Equal(("地区生产总值", 44.8, "亿元", 2024), (found.Metric, found.Value, found.Unit, found.Year));
    }

    [Fact]
    public void The_plan_part_gives_no_indicator()
    {
        Assert.Equal(["固定资产投资 10.4 亿元 amount"], Indicators("完成固定资产投资10.4亿元。", "新增建设用地200亩。").Select(i => $"{i.Metric} {i.Value} {i.Unit} {i.Kind}"));
    }

    [Fact]
    public void A_report_written_as_one_line_with_bars_is_read_by_its_parts()
    {
        const string text = "索引号: | 001008004005097/2025-01377 | 发布机构: | 洲泉镇 |\n洲泉镇2024年工作总结和2025年工作思路\n|\n||||||||\n"
            + "2024年,洲泉镇深入学习贯彻落实习近平新时代中国特色社会主义思想。预计实现地区生产总值133.8亿元,同比增长6.3%,居全市乡镇首位。 "
            + "一、2024年工作总结 (一)坚持稳增长、稳预期,镇域经济平稳发展。 一是工业实力稳步提升。完成规上工业总产值737.1亿元,同比增长5%,总量排名全市第一。 "
            + "二、2025年工作思路 (一)产业向“新”而行。全年招引亿元以上项目15个。 |";
        var found = Indicators(QuantityReports.Context(text));
        Assert.Equal(
            ["地区生产总值 133.8 亿元", "地区生产总值增长 6.3 %", "规上工业总产值 737.1 亿元", "规上工业总产值增长 5 %"],
            found.Select(i => $"{i.Metric} {i.Value} {i.Unit}"));
    }

    [Fact]
    public void Continuations_of_a_list_take_what_they_share_with_the_item_before()
    {
        Assert.Equal(
            ["创建省级生活垃圾分类示范小区 4 个 count", "创建省级生活垃圾分类示范村 7 个 count", "创建省级生活垃圾分类示范带 1 条 count"],
            Rows("垃圾分流示范创优,创建省级生活垃圾分类示范小区4个、示范村7个、示范带1条。"));
        Assert.Equal(
            ["主动公开政府事项 575 件 count", "办理依申请信息公开 2 件 count", "依申请信息公开协办 1 件 count"],
            Rows("全年主动公开政府事项575件,办理依申请信息公开2件、协办1件。"));
        Assert.Equal(["开展健康活动 71 场次 count", "健康活动受益 6700 人次 count"], Rows("开展健康活动71场次,受益6700余人次。"));
    }

    [Fact]
    public void A_short_metric_takes_the_topic_the_clause_before_opens()
    {
        Assert.Equal(
            ["旅游业微改精提工程入库项目 32 个 count", "旅游业微改精提工程拉动投资 1.56 亿元 amount"],
            Rows("深入实施旅游业微改精提工程,累计入库项目32个,拉动投资1.56亿元。"));
    }

    [Fact]
    public void The_evidence_is_the_number_with_its_unit_in_report_offsets()
    {
        var context = QuantityReports.Report("亿元以上项目开工7个,完成固定资产投资10.4亿元。");
        var found = Indicators(context).Single(i => i.Unit == "亿元");
        Assert.Equal("10.4亿元", context.Report.Text[found.Span.Start..found.Span.End]);
    }
}
