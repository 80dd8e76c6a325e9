using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

/// <summary>
/// Second round of general rules for county-level reports, each on sentences of the tuning half of the county dev
/// reports (dingxing_2022, anguo_2022, mancheng_2022; short quotations) inside a small county report.
/// </summary>
public sealed class CountyRulesRoundTwoTests
{
    private static ExtractionResult Run(string review)
    {
        var context = QuantityReports.Context(
            "政府工作报告\n(2025年1月20日在某某县第十七届人民代表大会第三次会议上)\n各位代表:现在,我代表某某县人民政府向大会作工作报告,请予审议。\n"
            + $"一、2024年工作回顾\n{review}\n二、2025年工作安排\n做好各项工作。\n");
        var result = new ExtractionResult();
        foreach (var extractor in ExtractionPipeline.EntityExtractors)
        {
            extractor.Extract(context, result);
        }

        return result;
    }

    [Fact]
    public void Passing_the_review_of_a_title_held_confers_it_and_so_does_a_run_of_wins()
    {
        var result = Run("省级双拥模范县实现“三连冠”,顺利通过省级洁净城市复核和省级卫生县城技术评估。");

        Assert.Equal(["省级卫生县城", "省级双拥模范县", "省级洁净城市"], result.Awards.Select(a => a.Title).Order(StringComparer.Ordinal));
        Assert.All(result.Awards, a => Assert.Equal("provincial", a.Level));
    }

    [Fact]
    public void A_review_without_a_verdict_verb_or_a_level_confers_nothing()
    {
        var result = Run("开展全县安全生产大检查技术评估,完成规划评估。");

        Assert.Empty(result.Awards);
    }

    [Fact]
    public void A_chief_system_of_rivers_or_chains_is_an_initiative()
    {
        var result = Run("探索建立链长制、产业集群长制,全面落实河长制。");

        Assert.Contains(result.Initiatives, i => i.Name == "链长制");
        Assert.Contains(result.Initiatives, i => i.Name == "产业集群长制");
        Assert.Contains(result.Initiatives, i => i.Name == "河长制");
    }

    [Fact]
    public void A_policy_document_in_book_title_marks_is_an_initiative_and_a_law_is_not()
    {
        var result = Run("继续实施《优胜企业（项目）奖补办法》《明星企业奖励办法》等政策措施,严格执行《中华人民共和国行政处罚法》。");

        Assert.Contains(result.Initiatives, i => i.Name == "明星企业奖励办法");
        Assert.Contains(result.Initiatives, i => i.Name.StartsWith("优胜企业", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Initiatives, i => i.Name.EndsWith("处罚法", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_campaign_a_battle_verb_carries_and_a_digit_formula_with_its_plan_are_initiatives()
    {
        var result = Run("打好“七场硬战”,坚持“1135”发展思路,常态化实行“企业家早餐会”等制度。");

        Assert.Contains(result.Initiatives, i => i.Name == "七场硬战");
        Assert.Contains(result.Initiatives, i => i.Name.Contains("1135", StringComparison.Ordinal) && i.Name.EndsWith("发展思路", StringComparison.Ordinal));
        Assert.Contains(result.Initiatives, i => i.Name == "企业家早餐会");
    }

    [Fact]
    public void A_concentrated_signing_or_ground_breaking_is_an_event_and_a_county_wide_conference_too()
    {
        var result = Run("举行2次重点项目集中签约活动,先后举行重点项目集中开工活动4次。召开全县教育发展大会,举办全民健身嘉年华系列活动。召开全县经济工作会议。");

        var names = result.Events.Select(e => e.Name).ToList();
        Assert.Contains("重点项目集中签约活动", names);
        Assert.Contains("重点项目集中开工活动", names);
        Assert.Contains("全县教育发展大会", names);
        Assert.Contains("全民健身嘉年华", names);
        Assert.DoesNotContain(names, n => n.Contains("工作会议", StringComparison.Ordinal));
    }

    [Fact]
    public void Firms_listed_before_a_project_head_or_a_stage_are_projects()
    {
        var result = Run("加快中科锂电、华美食品、和谷国际智能港、通达泵阀、创科冶金等项目建设进度。中科锂电、通达泵阀等顺利开工。");

        var names = result.Projects.Select(p => p.Name).ToList();
        Assert.Equal(["中科锂电", "华美食品", "和谷国际智能港", "通达泵阀", "创科冶金"], names);
        Assert.Contains(result.Projects.Single(p => p.Name == "通达泵阀").Statuses, s => s.Status == "started");
    }

    [Fact]
    public void A_list_closed_by_etc_and_building_names_works_only_by_their_suffix()
    {
        var result = Run("积极完善平安街区(商圈)、无人机多场景运用、出租房屋数智中心升级等建设。");

        Assert.DoesNotContain(result.Projects, p => p.Name.Contains("无人机", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_phrase_running_into_a_village_suffix_names_no_village()
    {
        var result = Run("打造兴村富民产业,形成一村一品格局,改建通村公路20公里,吸引能人回乡创业,开展精神障碍社区康复服务。许庄村建成美丽乡村。");

        Assert.Equal(["许庄村"], result.Villages.Select(v => v.Name));
    }

    [Fact]
    public void A_partner_firm_is_cut_from_the_verb_before_it_and_the_adverb_after_it()
    {
        var result = Run("华美食品当月签约、当月供地,38天成功牵手同福集团。加强与中国农大深入合作。");

        var names = result.Organizations.Select(o => o.Name).ToList();
        Assert.Contains("同福集团", names);
        Assert.DoesNotContain(names, n => n.Contains("牵手", StringComparison.Ordinal) || n.EndsWith("深入", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reform_named_only_by_its_field_is_no_initiative_and_a_quoted_reform_launched_with_an_aspect_particle_is()
    {
        var result = Run("深化财税体制改革、医疗保障制度改革,大力实施了“三年攻坚”行动,深化“放管服”改革。");

        var names = result.Initiatives.Select(i => i.Name).ToList();
        Assert.DoesNotContain(names, n => n.EndsWith("体制改革", StringComparison.Ordinal) || n.EndsWith("制度改革", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("放管服", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("三年攻坚", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nationwide_campaign_made_the_subjects_own_is_an_initiative_not_a_brand()
    {
        var text = "定兴县人民政府工作报告\n(2022年1月20日在定兴县第十七届人民代表大会第一次会议上)\n一、2021年工作回顾\n"
            + "开展平安定兴“百日严打”,深化平安定兴建设,开展法治定兴建设,建设“书香定兴”。\n二、2022年工作安排\n做好各项工作。\n";
        var report = new KnowledgeGraph.Reading.ReportReader().Read("dingxing.txt", System.Text.Encoding.UTF8.GetBytes(text));
        var result = ExtractionPipeline.Default.Extract(report).Entities;

        var names = result.Initiatives.Select(i => i.Name).ToList();
        Assert.Contains("平安定兴", names);
        Assert.Contains("法治定兴", names);
        Assert.Contains("书香定兴", names);
        Assert.DoesNotContain(result.Brands, b => b.Name == "书香定兴");
        Assert.Equal("定兴", KnowledgeGraph.Extraction.Extractors.InitiativeExtractor.PlaceStem("定兴县"));
        Assert.Empty(KnowledgeGraph.Extraction.Extractors.InitiativeExtractor.PlaceCampaigns("平安定兴县城建设", "定兴"));
    }

    [Fact]
    public void A_quoted_numbered_layout_is_one_initiative_when_an_endnote_or_a_plan_word_names_it()
    {
        // Read as a report is read (its endnote marks [11] as they are in the stored text).
        var text = "定兴县人民政府工作报告\n(2022年1月20日在定兴县第十七届人民代表大会第一次会议上)\n一、2021年工作回顾\n"
            + "紧紧围绕“一区一谷一高地,一城一河一机场”六个一目标蓝图,高质量运行“一院一中心”[11],企业控排“四禁两控”措施,实行“一厂多租”。\n二、2022年工作安排\n做好各项工作。\n";
        var result = ExtractionPipeline.Default.Extract(new KnowledgeGraph.Reading.ReportReader().Read("layouts.txt", System.Text.Encoding.UTF8.GetBytes(text))).Entities;

        var names = result.Initiatives.Select(i => i.Name).ToList();
        Assert.Contains("一区一谷一高地,一城一河一机场", names);
        Assert.Contains("一院一中心", names);
        Assert.Contains("四禁两控", names);
        Assert.DoesNotContain("一区", names);
        Assert.DoesNotContain("一厂多租", names);
    }

    [Fact]
    public void Projects_listed_in_a_provincial_portfolio_receive_its_title()
    {
        var result = Run("建英佳体外试剂项目、数字中药都战略储备仓储项目成功列入省重点项目盘子,为高质量发展提供支撑。");

        Assert.Equal(["建英佳体外试剂项目", "数字中药都战略储备仓储项目"], result.Awards.Select(a => a.Recipient));
        Assert.All(result.Awards, a => Assert.Equal("省重点项目", a.Title));
    }

    [Fact]
    public void A_two_character_verb_before_community_names_no_community()
    {
        Assert.Empty(Run("理顺社区管理体制,健全社区治理体系。").Villages);
    }

    [Fact]
    public void Process_words_metaphors_of_a_way_and_cut_slogans_are_no_projects()
    {
        var result = Run("完成立项、审批、招标等前期手续。走好改革之路、创新突破之路。实施“绿化、美化、净化、亮化”四大工程。");

        Assert.DoesNotContain(result.Projects, p => p.Name is "审批" or "招标" || p.Name.EndsWith("之路", StringComparison.Ordinal) || p.Name.Contains('”'));
    }

    [Fact]
    public void A_count_of_days_is_an_indicator_and_a_duration_is_not()
    {
        var result = Run("优良天数261天,较2020年增加36天。30天时间完成四街签约115户,用时15天完成拆迁。");

        Assert.Contains(result.Indicators, i => i.Metric == "优良天数" && i.Value == 261 && i.Unit == "天");
        Assert.Contains(result.Indicators, i => i.Value == 36 && i.Unit == "天");
        Assert.DoesNotContain(result.Indicators, i => i.Value is 30 or 15);
        Assert.Contains(result.Indicators, i => i.Value == 115 && i.Metric.StartsWith("四街", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hospital_named_only_by_its_level_is_an_organization_and_its_new_building_a_project()
    {
        var result = Run("投资1.35亿元的县医院新病房楼项目竣工。县医院、中医院成功创建二级甲等医院。");

        Assert.DoesNotContain(result.Projects, p => p.Name is "县医院" or "中医院");
        Assert.Contains(result.Projects, p => p.Name.StartsWith("县医院新病房楼", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_programme_or_goal_on_the_places_name_is_no_brand()
    {
        var text = "安国市人民政府工作报告\n(2022年1月20日在安国市第十七届人民代表大会第一次会议上)\n一、2021年工作回顾\n"
            + "深入实施“名企名院进安国”战略,奋力“再造一个新安国”,擦亮“药都安国”金字招牌。\n二、2022年工作安排\n做好各项工作。\n";
        var result = ExtractionPipeline.Default.Extract(new KnowledgeGraph.Reading.ReportReader().Read("anguo.txt", System.Text.Encoding.UTF8.GetBytes(text))).Entities;

        Assert.DoesNotContain(result.Brands, b => b.Name is "名企名院进安国" or "再造一个新安国");
        Assert.Contains(result.Initiatives, i => i.Name.Contains("名企名院进安国", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_policy_package_counted_by_its_articles_is_an_initiative()
    {
        var names = Run("出台定兴“人才十条”[2]实施细则,出台教育发展“黄金十条”[3],落实“十条”要求。").Initiatives.Select(i => i.Name).ToList();

        Assert.Contains("人才十条", names);
        Assert.Contains("黄金十条", names);
        Assert.DoesNotContain("十条", names);
    }
}
