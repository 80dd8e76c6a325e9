using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

public sealed class InitiativeExtractorTests
{
    /// <summary>A context over <paramref name="text"/> with review year 2024 and plan year 2025.</summary>
    internal static ExtractionContext Context(string text)
    {
        var report = new ReportText("test.txt", "", "utf-8", ReportFormat.Text, text, text, null);
        var profile = new DocumentProfile(null, null, null, new Located<int>(2024, default), new Located<int>(2025, default), null);
        return new ExtractionContext(report, profile);
    }

    private static List<string> Names(string text, ExtractionResult? result = null)
    {
        result ??= new ExtractionResult();
        var context = Context(text);
        new InitiativeExtractor().Extract(context, result);
        foreach (var initiative in result.Initiatives)
        {
            Assert.Equal(initiative.Name, context.Normalized[initiative.Span.Start..initiative.Span.End]);
        }

        return [.. result.Initiatives.Select(i => i.Name)];
    }

    [Fact]
    public void Quoted_names_followed_by_a_programme_head_are_initiatives()
    {
        Assert.Equal(
            ["拥城发展", "五张图", "三个凤鸣"],
            Names("2024年是凤鸣街道产业结构转型升级、发展空间拓展提升的关键之年,也是坚定“拥城发展”战略定位,统筹推进“五张图”“三个凤鸣”发展规划的蝶变之年。"));
        Assert.Equal(["民声一键办"], Names("依托“基层治理大脑”,发挥“民声一键办”处置机制,累计解决民生事项990余件。"));
        Assert.Equal(["早稻青虾轮作"], Names("探索“早稻青虾轮作”为综合种养模式,稻虾种养面积达1000余亩。"));
    }

    [Fact]
    public void A_quoted_list_of_campaign_years_gives_one_initiative_per_item()
    {
        Assert.Equal(
            ["招商引资突破年", "项目推进加速年", "环境建设提升年"],
            Names("以“招商引资突破年、项目推进加速年、环境建设提升年”为牵引,干成了一批打基础、谋长远的要事。"));
        Assert.Equal(["腾笼换鸟、凤凰涅槃"], Names("“腾笼换鸟、凤凰涅槃”行动纵深开展,腾退土地307亩。"));
    }

    [Fact]
    public void Names_whose_quote_marks_the_scraper_lost_are_recovered()
    {
        Assert.Equal(["平安360"], Names("高效运作矛调中心、平安360”等机制,加快灵峰法庭正式启用。"));
        Assert.Equal(["净居亮居"], Names("新增建设无障碍坡道10处,完成残疾人家庭净居亮居”10户。"));
        Assert.Equal(
            ["15分钟品质生活圈", "15分钟公共服务圈"],
            Names("持续拓展城区“15分钟品质生活圈、乡村“15分钟公共服务圈辐射半径,新建城南安市集。"));
        Assert.Empty(Names("旷野咖啡”“逢竹会客、依碧迎门分别获两山杯全国大学生乡村振兴三创大赛一、二等奖。"));
    }

    [Fact]
    public void Campaign_suffixes_end_an_unquoted_name_that_starts_after_the_verb()
    {
        Assert.Equal(["城乡管理提标行动"], Names("实施城乡管理提标行动,完成泥鳅弄、香榧凹等区块连片整治。"));
        Assert.Equal(["两路两侧专项行动"], Names("实体化运作全域环境治理专班,深入推进两路两侧专项行动,完成浮玉路等5条主干道。"));
        Assert.Equal(["腾笼换鸟工程"], Names("确保霞泉共富产业园(二期)腾笼换鸟工程建成投用。"));
        Assert.Equal(["大综合一体化行政执法改革", "一支队伍管执法", "三综模式"], Names("借势大综合一体化行政执法改革,以基层“一支队伍管执法”为切入口,创新推出综合治理、综合执法、综合服务的三综模式。"));
        Assert.Equal(["碧水保卫战"], Names("重点打好碧水保卫战,开展交接断面水质提升工程。"));
    }

    [Fact]
    public void Generic_stems_and_construction_works_are_not_initiatives()
    {
        Assert.Empty(Names("开展检查12次、专项整治行动2次、人居环境擂台赛1次。"));
        Assert.Empty(Names("完成市政景观提升改造工程15处,升级维护交通安全设施40余处。"));
        Assert.Empty(Names("以福严景区和采桑·时光里(蚕种场)两个区块为抓手,更新经营理念和运作模式。"));
        Assert.Empty(Names("深化国企改革,加快下属国企实体化运行。"));
    }

    [Fact]
    public void Numeral_formulas_are_initiatives()
    {
        Assert.Equal(["两入股三收益"], Names("新增两入股三收益项目3个,带动村集体增收150万元。"));
        Assert.Equal(["三美一创"], Names("持续推进三美一创,创建县级精品和美小区3个。"));
        Assert.Equal(["六无六有"], Names("六无六有综合救助困难群众1443人次。"));
        Assert.Equal(["以竹代塑"], Names("建成以竹代塑应用场景示范点2个。"));
        Assert.Empty(Names("落实小微园区一企一策精细化管理。"));
        Assert.Empty(Names("全面贯彻党的二十大、二十届二中、三中全会精神。"));
    }

    [Fact]
    public void Ideological_formulas_and_those_of_superior_bodies_are_not_initiatives()
    {
        Assert.Empty(Names("始终把坚定拥护两个确立、坚决做到两个维护作为最高政治原则和根本政治规矩。"));
        Assert.Empty(Names("不断增强“四个意识”、坚定“四个自信”,始终做“两个确立”忠诚拥护者、“两个维护”示范引领者。"));
        Assert.Empty(Names("紧紧围绕县委“135”工作体系,大抓双新汇聚。"));
        Assert.Empty(Names("始终聚焦省委三个“一号工程”、市委“两场硬仗”。"));
        Assert.Empty(Names("2025年是“十四五”规划收官之年。"));
    }

    [Fact]
    public void Quotes_in_other_roles_are_not_initiatives()
    {
        Assert.Empty(Names("持续擦亮“平安凤鸣”品牌。"));
        Assert.Empty(Names("树立过“紧日子”思想,刚性执行财经纪律。"));
        Assert.Empty(Names("聚焦“一老一小”行惠民之举。"));
        Assert.Empty(Names("以“钉钉子”精神将工作一抓到底。"));
        Assert.Empty(Names("常态化落实职能部门常驻、轮驻、社会群团与公益组织“点单式”服务。"));
    }

    [Fact]
    public void Names_earlier_extractors_took_are_left_to_them()
    {
        const string Text = "坚持重大事项向人大报告,持续放大代表联络站、“请你来协商”等平台效应。";
        Assert.Equal(["请你来协商"], Names(Text));
        var result = new ExtractionResult();
        result.AddProject(new ExtractedProject("请你来协商", [], null, default));
        Assert.Empty(Names(Text, result));
    }

    [Fact]
    public void Book_titles_count_only_when_they_name_an_action_plan()
    {
        Assert.Equal(["某镇经济社会高质量发展三年行动计划"], Names("制定《某镇经济社会高质量发展三年行动计划(2023-2025)》。"));
        Assert.Empty(Names("建设经验获省改革办《竞跑者》刊登。"));
    }

    [Fact]
    public void Quoted_numeral_formulas_a_programme_verb_carries_are_initiatives()
    {
        Assert.Equal(["两美"], Names("深入推进“两美”建设,完成10个美丽小区和6条美丽街巷创建验收。"));
        Assert.Equal(["双进", "腾笼换鸟"], Names("二是加快项目“双进”,加速腾笼换鸟。"));
        Assert.Equal(["五彩共富路"], Names("加快“五彩共富路”、林道建设,确保建成11条15.36公里的“五彩共富路”。"));
    }

    [Fact]
    public void Quoted_numerals_that_count_or_state_an_outcome_are_not_initiatives()
    {
        Assert.Empty(Names("抓好基层合法性审查,推动行政案件总量、败诉率“双下降”。"));
        Assert.Empty(Names("聚焦三场所三企业、九小场所、危化品使用企业和“一厂多租”企业,开展专项整治。"));
        Assert.Empty(Names("激发群众参与平安建设主动性,平安创建“三率”达90%以上。"));
        Assert.Empty(Names("严格“三公”经费管理,财政资金使用管理科学高效。"));
        Assert.Empty(Names("带动石鹰村-高坞岭村“双村腾飞”。"));
    }

    [Fact]
    public void A_head_after_the_quote_makes_it_a_programme_and_a_digit_formula_takes_the_whole_head()
    {
        Assert.Equal(["“141”基层治理体系"], Names("持续深化“141”基层治理体系迭代升级,推动基层治理数字赋能。"));
        Assert.Equal(["小城大爱·协同共治"], Names("“小城大爱·协同共治”重塑小区公共治理体系获得省社区治理和服务创新实验区建设项目。"));
        Assert.Equal(["慈善一日捐"], Names("通过“慈善一日捐”活动募捐390余万元。"));
        Assert.Equal(["昌硕模式"], Names("深化构建小区党组织统领下的协同共治机制,打造基层治理“昌硕模式”。"));
        Assert.Equal(["碳汇共富贷"], Names("积极推进竹林碳汇交易,预计发放“碳汇共富贷”6亿元。"));
        Assert.Empty(Names("开展婴幼儿“周二公益临时托”“曹医师说育儿”等活动。"));
    }

    [Fact]
    public void Systems_themes_rooms_places_and_goal_lists_in_quotes_are_not_initiatives()
    {
        Assert.Empty(Names("深化基层治理“绩效智能考核管理”系统运用试点,高效落实网格智治。"));
        Assert.Empty(Names("坚持以“在湖州看见美丽中国”实干争先主题实践为总抓手。"));
        Assert.Empty(Names("成立全县首个“银采法官”工作室。"));
        Assert.Empty(Names("推进3个“口袋公园”建设,着力打造美丽生态。"));
        Assert.Empty(Names("以节促旅,开启“城市露营带”建设。"));
        Assert.Empty(Names("立足于“现代化品质之城”建设需求,不断提升城市品质。"));
        Assert.Empty(Names("按照“覆盖做优、提标做实、引领做响”总要求,提升45个小区。"));
        Assert.Empty(Names("全面落实“疫情要防住、经济要稳住、发展要安全”要求,迎难而上。"));
    }

    [Fact]
    public void Unquoted_campaign_years_are_initiatives()
    {
        Assert.Equal(
            ["项目建设攻坚年", "乡村能级提升年", "能力作风建设年"],
            Names("深入实施项目建设攻坚年、乡村能级提升年、能力作风建设年活动,坚决落实项目提速、产业提效以及党建提质六大工程。"));
        Assert.Empty(Names("2023年对于昌硕街道而言,是一个开拓新局的关键之年,是一个充满机遇的发展之年。"));
    }

    [Fact]
    public void Verb_object_idioms_a_programme_verb_launches_are_initiatives()
    {
        Assert.Equal(["腾笼换鸟"], Names("保持实干争先的姿态,大力推进腾笼换鸟、扩大人才招引、加快项目推进。"));
        Assert.Equal(["拔钉清障"], Names("夯实发展要素有力保障。加大拔钉清障力度,重点聚焦各区块。"));
        Assert.Empty(Names("有序推进垃圾分类提标扩面,新建垃圾分类驿站30座。"));
        Assert.Empty(Names("强化招商引才力度,组建人才后备库。"));
    }

    [Fact]
    public void Unquoted_numeral_idioms_after_a_programme_verb_are_initiatives()
    {
        Assert.Equal(["五水共治", "四治融合"], Names("全面推进五水共治、四治融合,持续改善人居环境。"));
        Assert.Empty(Names("深入实施三年行动,推进两个先行。"));
    }

    [Fact]
    public void A_pilot_a_programme_verb_launches_is_an_initiative()
    {
        Assert.Equal(["韧性治理试点"], Names("创新落实韧性治理试点,锚定1-2个具有辨识度的韧性治理标杆。"));
        Assert.Empty(Names("全力争创省松材线虫病综合防治试点。"));
        Assert.Empty(Names("推进屋顶分布式光伏、共享停车位试点建设。"));
    }

    [Fact]
    public void A_quoted_core_of_an_event_is_part_of_the_event()
    {
        const string Text = "举办2024年福文化系列活动,圆满承办市政协“六送下乡”活动。";
        var result = new ExtractionResult();
        result.AddEvent(new ExtractedEvent("市政协“六送下乡”活动", 2024, default));
        Assert.Empty(Names(Text, result));
    }

    [Fact]
    public void The_one_line_report_with_bar_separators_gives_spans_in_the_report()
    {
        const string Text = "索引号: | 001008004005097/2025-01377 | 发布机构: | 洲泉镇 | 一是平安底座提档升级。 持续实施五基建设三年行动,推进三治联动中心服务提质。 开展乡村提质加码行动,积极申报义马省级历史文化重点村。 |";
        Assert.Equal(["五基建设三年行动", "乡村提质加码行动"], Names(Text));
    }

    [Fact]
    public void Full_width_text_keeps_spans_of_the_stored_text()
    {
        var context = Context("一年来，深入实施旅游业微改精提工程，累计入库项目32个。");
        var result = new ExtractionResult();
        new InitiativeExtractor().Extract(context, result);
        var initiative = Assert.Single(result.Initiatives);
        Assert.Equal("旅游业微改精提工程", context.Report.Text[initiative.Span.Start..initiative.Span.End]);
    }
}
