using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

public sealed class TargetExtractorTests
{
    private static List<ExtractedTarget> Targets(ExtractionContext context)
    {
        var result = new ExtractionResult();
        new TargetExtractor().Extract(context, result);
        return result.Targets;
    }

    private static List<string> Rows(string plan, string review = "完成固定资产投资10.4亿元。") =>
        [.. Targets(QuantityReports.Report(review, plan)).Select(t => $"{t.Metric} {t.Comparator} {t.Value} {t.Unit}")];

    [Fact]
    public void Reads_the_plan_part_with_the_plan_year_and_no_review_quantity()
    {
        var found = Targets(QuantityReports.Report("完成固定资产投资10.4亿元。", "新增建设用地200亩,完成土地供应220亩。"));
        Assert.Equal(["新增建设用地 = 200 亩", "土地供应 = 220 亩"], found.Select(t => $"{t.Metric} {t.Comparator} {t.Value} {t.Unit}"));
        Assert.All(found, t => Assert.Equal(2025, t.Year));
    }

    [Fact]
    public void Bound_words_give_the_comparator()
    {
        Assert.Equal(
            ["新经济营业收入增长 >= 40 %", "旅游人次增长 >= 10 %", "综合收入增长 >= 15 %"],
            Rows("建议2025年经济社会发展主要预期目标是:新经济营业收入增长40%以上,限上批发业销售额翻一番;旅游人次、综合收入分别增长10%15%以上。"));
        Assert.Equal(
            ["地区生产总值增长 = 6 %", "规上工业增加值增长 ~ 6 %", "规模以上工业总产值增长 ~ 5.5 %", "R&D经费支出占GDP比重 = 3.2 %"],
            Rows("主要预期目标是:街道地区生产总值增长6%,其中规上工业增加值增长6%左右,规模以上工业总产值增长5.5%左右,一般公共预算收入保持正增长,R&D经费支出占GDP比重达到3.2%。")
                .Select(r => r.Replace("街道", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(["新增服务事项 >= 5 项"], Rows("持续扩大“嘉湖一体化”通办圈,新增服务事项不少于5项。"));
        Assert.Equal(["城镇调查失业率 <= 5.5 %"], Rows("城镇调查失业率控制在5.5%以内。"));
        Assert.Equal(["新经济企业营业收入 >= 100 亿元"], Rows("确保新经济企业营业收入破100亿元。"));
    }

    [Fact]
    public void A_modal_verb_far_from_the_number_still_makes_targets()
    {
        Assert.Equal(
            ["有效投资 = 5.76 亿元", "工业投资 = 3.5 亿元"],
            Rows("全力以赴扩投资,紧盯新供地项目。力争完成有效投资5.76亿元,其中工业投资3.5亿元。"));
        Assert.Equal(
            ["农民人均可支配收入增长 = 15 %", "居民人均可支配收入增长 = 16 %"],
            Rows("释放强村富民红利,力争农民、居民人均可支配收入分别增长15%16%。"));
        Assert.Equal(
            ["新引进新经济项目 = 20 个", "招引国内准独角兽、头部上市公司 = 5 家"],
            Rows("集聚壮大新经济产业,实施新经济强链行动,坚定基金+直投+落地招商模式,确保新引进新经济项目20个,其中招引国内准独角兽、头部上市公司5家。"));
    }

    [Fact]
    public void Two_goals_for_one_metric_share_the_unit()
    {
        Assert.Equal(
            ["PM2.5浓度均值 = 27 微克/立方米", "PM2.5浓度均值 = 25 微克/立方米", "空气质量优良率 = 92 %"],
            Rows("深入推进大气污染防治,全年PM2.5浓度均值确保27、力争25微克/立方米,空气质量优良率92%。"));
    }

    [Fact]
    public void Enumerated_counts_take_the_verb_of_their_list()
    {
        Assert.Equal(
            ["管控在建工地 = 38 处", "管控涉气企业 = 36 家"],
            Rows("深入推进大气污染防治,动态管控38处在建工地、36家涉气企业。"));
        Assert.Equal(
            ["违章拆除 = 10 处", "违章拆除 = 1 万方"],
            Rows("持续推进“三美一创”,创建县级精品和美小区3个、县级精品美丽菜园2个,完成违章拆除10处、1万方。").Skip(2));
        Assert.Equal(["新增博士 = 2 人", "新增硕士 = 8 人"], Rows("新增博士2人、硕士8人。"));
    }

    [Fact]
    public void A_resource_already_there_or_a_range_is_no_target()
    {
        Assert.Empty(Rows("依托在建30万方产业园标准厂房,瞄准新材料赛道重点招商。"));
        Assert.Empty(Rows("创新落实韧性治理试点,锚定1-2个具有辨识度的韧性治理标志性成果目标。"));
        Assert.Empty(Rows("继续争取年度平安考核进入嘉兴前10、桐乡前3。"));
    }

    [Fact]
    public void A_goal_of_a_later_year_is_no_target_of_the_plan_year()
    {
        Assert.Empty(Rows("到2027年,力争建成省级未来社区5个。"));
    }

    [Fact]
    public void A_review_sentence_that_sets_a_goal_for_the_plan_year_gives_a_target()
    {
        var found = Targets(QuantityReports.Report("完成固定资产投资10.4亿元。2025年,力争地区生产总值增长6%。", string.Empty));
        var target = Assert.Single(found);
        Assert.Equal(("地区生产总值增长", 6d, "%", 2025), (target.Metric, target.Value, target.Unit, target.Year));
    }

    [Fact]
    public void Without_a_dated_plan_heading_the_plan_starts_at_a_heading_of_plans()
    {
        var context = QuantityReports.Context("一、2024年工作回顾\n完成固定资产投资10.4亿元。\n二、今后工作打算\n新增建设用地200亩。\n");
        Assert.Equal(["新增建设用地 200 亩 2025"], Targets(context).Select(t => $"{t.Metric} {t.Value} {t.Unit} {t.Year}"));
        var indicators = new ExtractionResult();
        new IndicatorExtractor().Extract(context, indicators);
        Assert.Equal(["固定资产投资"], indicators.Indicators.Select(i => i.Metric));
    }

    [Fact]
    public void The_evidence_is_the_number_with_its_unit_in_report_offsets()
    {
        var context = QuantityReports.Report("完成固定资产投资10.4亿元。", "投放AED设备5台以上。");
        var target = Assert.Single(Targets(context));
        Assert.Equal("5台", context.Report.Text[target.Span.Start..target.Span.End]);
        Assert.Equal(">=", target.Comparator);
    }
}
