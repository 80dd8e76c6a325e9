using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

/// <summary>
/// The rules added for county-level reports and for meaning (modality, negation, goals beside results, targets in
/// review text), each on sentences of the county dev reports (short quotations) inside a small report.
/// </summary>
public sealed class CountyRulesTests
{
    /// <summary>A county report delivered in January of its plan year (2025), reviewing 2024.</summary>
    private static ExtractionContext County(string review, string plan = "做好各项工作。") => QuantityReports.Context(
        "政府工作报告\n(2025年1月20日在某某县第十七届人民代表大会第三次会议上)\n各位代表:现在,我代表某某县人民政府向大会作工作报告,请予审议。\n"
        + $"一、2024年工作回顾\n{review}\n二、2025年工作安排\n{plan}\n");

    private static ExtractionResult Run(ExtractionContext context)
    {
        var result = new ExtractionResult();
        foreach (var extractor in ExtractionPipeline.EntityExtractors)
        {
            extractor.Extract(context, result);
        }

        return result;
    }

    [Fact]
    public void A_stage_a_modal_word_puts_ahead_is_a_hope_of_the_plan_year_not_done_in_the_review_year()
    {
        var result = Run(County("智能制造产业园项目即将建成投产,生物医药产业园项目建成投产。"));

        var hoped = Assert.Single(result.Projects, p => p.Name.Contains("智能制造", StringComparison.Ordinal));
        Assert.DoesNotContain(hoped.Statuses, s => s.Year == 2024 && s.Status is "completed" or "operating");
        Assert.Contains(hoped.Statuses, s => s.Year == 2025);
        var done = Assert.Single(result.Projects, p => p.Name.Contains("生物医药", StringComparison.Ordinal));
        Assert.Contains(done.Statuses, s => s.Year == 2024 && s.Status == "completed");
    }

    [Fact]
    public void A_negated_stage_reports_nothing()
    {
        Assert.Null(Modality.FirstModal("完成主体工程"));
        Assert.Equal(6, Modality.FirstModal("区第三幼儿园即将开园"));
        Assert.True(Modality.IsNegated("尚未开工", 2));
        Assert.False(Modality.IsNegated("全面开工", 2));
        var result = Run(County("县医院病房楼项目尚未开工。"));
        Assert.DoesNotContain(result.Projects.SelectMany(p => p.Statuses), s => s.Status == "started");
    }

    [Fact]
    public void A_goal_not_reached_and_a_goal_beside_a_result_give_no_indicator()
    {
        var result = Run(County(
            "PM2.5平均浓度为52微克/立方米,还未达到50微克/立方米的年度目标。全年完成固定资产投资8.2亿元(年度目标10亿元),超额完成794万立方米的压采任务。"));

        Assert.Contains(result.Indicators, i => i.Value == 52);
        Assert.Contains(result.Indicators, i => i.Value == 8.2 && i.Unit == "亿元");
        Assert.DoesNotContain(result.Indicators, i => i.Value is 50 or 10 or 794);
    }

    [Fact]
    public void A_goal_of_this_year_set_in_the_review_of_a_report_delivered_in_the_plan_year_is_a_target()
    {
        var context = County("今年我们的目标是地区生产总值增长6%左右。");
        Assert.True(context.DeliveredInPlanYear);
        var result = Run(context);

        var target = Assert.Single(result.Targets, t => t.Value == 6);
        Assert.Equal(("~", 2025), (target.Comparator, target.Year));
        Assert.DoesNotContain(result.Indicators, i => i.Value == 6);
    }

    [Fact]
    public void Numbers_inside_quoted_names_and_meeting_ordinals_are_no_quantities()
    {
        var result = Run(County("出台定兴“人才十条”实施细则,全面落实县委十五届三次全会精神,新签约项目25个。", "实施“十个百”工程,新开工项目30个。"));

        Assert.DoesNotContain(result.Indicators, i => i.Value is 10 or 15 or 3);
        Assert.Contains(result.Indicators, i => i.Value == 25 && i.Unit == "个");
        Assert.DoesNotContain(result.Targets, t => t.Value == 10);
        Assert.Contains(result.Targets, t => t.Value == 30);
    }

    [Fact]
    public void Square_metres_written_ping_mi_are_a_unit()
    {
        var result = Run(County("做好各项工作。", "盘活南区10.6万平米闲置厂房。"));
        var target = Assert.Single(result.Targets);
        Assert.Equal((10.6, "万平米", "盘活南区闲置厂房"), (target.Value, target.Unit, target.Metric));
    }

    [Fact]
    public void In_a_county_report_towns_and_townships_are_places_and_generic_town_words_are_not()
    {
        var context = County("贤寓镇获评“河北省民间文化艺术之乡”,完成石井乡撤乡设镇,打造特色小镇和中心镇,推进城乡融合。");
        Assert.True(context.IsCountyLevel);
        var names = Run(context).Villages.Select(v => v.Name).ToList();

        Assert.Contains("贤寓镇", names);
        Assert.Contains("石井乡", names);
        Assert.DoesNotContain(names, n => n.Contains("设镇", StringComparison.Ordinal) || n.EndsWith("小镇", StringComparison.Ordinal) || n == "中心镇" || n.Contains("城乡", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_township_report_other_towns_are_not_its_places()
    {
        var context = ProjectTestReports.Report("灵峰街道", "与贤寓镇签订合作协议。");
        Assert.False(context.IsCountyLevel);
        Assert.DoesNotContain(Run(context).Villages, v => v.Name == "贤寓镇");
    }

    [Fact]
    public void A_list_closed_by_deng_and_a_kind_of_village_is_expanded_with_the_suffix()
    {
        var names = Run(County("突出打造龙华、北庄头、北堽上、辛木、台上等示范村,改造提升各类村庄。")).Villages.Select(v => v.Name).ToList();
        Assert.Equal(["龙华村", "北庄头村", "北堽上村", "辛木村", "台上村"], names);
    }

    [Fact]
    public void Kinds_of_towns_are_no_towns()
    {
        var names = Run(County("创建文明单位、文明村镇,屯庄村、安肃镇获评示范单位。")).Villages.Select(v => v.Name).ToList();
        Assert.Equal(["屯庄村", "安肃镇"], names);
    }

    [Fact]
    public void Properties_of_a_single_project_are_no_targets_and_frequencies_are_no_figures_of_the_year()
    {
        var result = Run(County("每周举办企业家“早餐会”2期,全年新增市场主体3200家。", "建设国家药用植物园,占地5000亩,总建筑面积72000平方米,新开工项目25个。"));

        Assert.DoesNotContain(result.Targets, t => t.Value is 5000 or 72000);
        Assert.Contains(result.Targets, t => t.Value == 25);
        Assert.DoesNotContain(result.Indicators, i => i.Value == 2);
        Assert.Contains(result.Indicators, i => i.Value == 3200);
    }

    [Fact]
    public void Award_titles_drop_a_quoted_brand_word_and_unnamed_honours_and_ranks_are_none()
    {
        var result = Run(County("天香乳业获评第七批农业产业化国家重点龙头企业,与馨冠食品、聚蜂园蜂业同获“保定老字号”品牌,获选保定市首批三级养老服务体系建设试点县,我县获得多项省、市荣誉称号。"));
        var titles = result.Awards.Select(a => a.Title).ToList();

        Assert.Contains("保定老字号", titles.Select(t => t.Trim('“', '”')));
        Assert.Contains("保定市首批三级养老服务体系建设试点县", titles);
        Assert.DoesNotContain(titles, t => t.StartsWith("多项", StringComparison.Ordinal) || t.StartsWith('选'));
        Assert.Contains(result.Awards, a => a.Recipient == "馨冠食品");
        Assert.DoesNotContain(result.Awards, a => a.Recipient is { } r && (r.StartsWith('与') || r.EndsWith('同')));
    }

    [Fact]
    public void Standing_meetings_and_exhibition_layouts_are_no_events()
    {
        var result = Run(County("每周举办2期企业家早餐会、每半月举办1期企业家恳谈会,成功举办第三届冰雪运动会。", "启动中医药文化博物馆布展。"));
        var names = result.Events.Select(e => e.Name).ToList();

        Assert.Contains("第三届冰雪运动会", names);
        Assert.DoesNotContain(names, n => n.StartsWith('每') || n.EndsWith("布展", StringComparison.Ordinal));
    }
}
