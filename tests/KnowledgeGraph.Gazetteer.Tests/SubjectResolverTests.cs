namespace KnowledgeGraph.Gazetteer.Tests;

/// <summary>Each rule of <see cref="SubjectResolver"/> on sentences from the county reports (../shared/corpus-county) and the seeds.</summary>
public sealed class SubjectResolverTests
{
    private static readonly PlaceHints NoHints = new(null, null);
    private readonly SubjectResolver resolver = new(Gazetteer.Default);

    private (string Name, string Kind, string County, string City, string Province) Subject(string text, PlaceHints? hints = null)
    {
        var chain = resolver.Resolve(text, hints ?? NoHints).Chain;
        Assert.NotNull(chain);
        return (chain.SubjectName, chain.SubjectKind, chain.County.Name, chain.CityName, chain.Province.Name);
    }

    [Fact]
    public void A_county_government_reporting_to_its_congress_is_the_subject()
    {
        // shunping_2023: a bare report, the county named once in its opening
        var text = "各位代表：\n现在，我代表顺平县人民政府向大会作工作报告，请予审议，并请县政协委员和列席会议的同志提出意见。\n一、2022年工作回顾\n也是顺平发展进程中极不平凡的一年。团结依靠全县人民。";
        Assert.Equal(("顺平县", "县", "顺平县", "保定市", "河北省"), Subject(text));
        Assert.True(SubjectResolver.SpeaksAsCounty(text));
    }

    [Fact]
    public void A_county_level_city_is_a_subject_of_kind_shi()
    {
        // anguo_2022
        var text = "——2022年1月27日在安国市第八届人民代表大会第二次会议上\n安国市人民政府市长 梁忠林\n各位代表：\n现在，我代表安国市人民政府向大会作工作报告。";
        Assert.Equal(("安国市", "市", "安国市", "保定市", "河北省"), Subject(text));
    }

    [Fact]
    public void A_district_named_with_its_city_resolves_to_the_district()
    {
        // qingyuan_2023
        var text = "——2023年1月13日在保定市清苑区第三届人民代表大会第三次会议上\n保定市清苑区人民政府区长 李英英\n各位代表、同志们：\n现在，我代表区政府向大会作工作报告。";
        var resolution = resolver.Resolve(text, NoHints);
        Assert.Equal(("清苑区", "130608"), (resolution.Chain!.SubjectName, resolution.Chain.SubjectCode));
        Assert.Equal("清苑区", text.Substring(resolution.FirstMention, resolution.MentionLength));
    }

    [Fact]
    public void A_former_county_name_resolves_to_todays_code()
    {
        // xushui_2010: 徐水县 became 徐水区 in 2015; qingyuan_2003: 清苑县 became 清苑区
        var xushui = "2010年2月4日在徐水县第十四届人民代表大会第四次会议上\n徐水县人民政府县长李保森\n各位代表：\n现在，我代表县人民政府向大会报告工作。";
        Assert.Equal(("徐水区", "区", "徐水区", "保定市", "河北省"), Subject(xushui));
        var qingyuan = "政府工作报告\n（政治协商稿）\n2003年4月7日\n各位委员：\n现在，我代表清苑县人民政府向大会报告工作。请提出宝贵意见。";
        Assert.Equal("130608", resolver.Resolve(qingyuan, NoHints).Chain!.SubjectCode);
    }

    [Fact]
    public void Every_former_name_points_to_a_county_of_todays_gazetteer()
    {
        foreach (var former in new[] { "清苑县", "满城县", "徐水县", "富阳市", "临安市" })
        {
            var county = Assert.Single(Gazetteer.Default.CountiesKnownAs(former));
            Assert.Equal(former[..2], county.Name[..2]);
        }
    }

    [Fact]
    public void A_county_named_only_by_its_short_name_is_found_with_its_city_and_province()
    {
        // anxin_2024 (the file holds 新安县 of 洛阳市, 河南省): never 新安县 in full, 新安 18 times; here its twelve sentences
        const string Opening = "各位代表：\n现在，我代表县人民政府，向大会报告工作。\n一、2023年工作回顾\n在市委、市政府和县委的坚强领导下。洛阳市委。争创国家乡村振兴示范县。";
        string[] mentions =
        [
            "新安成功跻身全国县域经济百强。", "新安荣膺“河南省特色产业发展强县”。", "新安经开区获评国家级绿色园区。", "推动新安高质量发展。",
            "新安就业创业环境持续优化。", "奋力开创新安建设新局面。", "新安轴承制造入选省级名单。", "“新安蓝”骑行邀请赛成功举办。",
            "黄河（新安段）入选省级美丽河湖。", "新安成功入选国家级示范县。", "新安樱桃享誉全国。", "新安人民团结奋斗。",
        ];
        Assert.Equal(("新安县", "县", "新安县", "洛阳市", "河南省"), Subject(Opening + string.Concat(mentions)));

        // named a few times only, a short name is a neighbour at best, not the subject
        var few = resolver.Resolve(Opening + string.Concat(mentions.Take(4)), NoHints);
        Assert.Null(few.Chain);
    }

    [Fact]
    public void A_short_name_that_is_mostly_part_of_a_word_is_not_a_name()
    {
        // 解放 in 解放思想, 迁安 in 征迁安置, 安新 in 雄安新区: a county speaking of these is not 解放区, 迁安市 or 安新县
        var text = "各位代表：\n现在，我代表县人民政府向大会报告工作。\n" + string.Concat(Enumerable.Repeat("进一步解放思想，做好征迁安置，服务雄安新区建设。", 16));
        Assert.Null(resolver.Resolve(text, NoHints).Chain);
    }

    [Fact]
    public void The_county_committee_after_a_conjunction_is_not_the_county_he_xian()
    {
        // rongcheng_2015: 市委、市政府和县委 is 和 + 县委, not 和县 (安徽); 示范县 is not 范县 (河南)
        var mentions = resolver.FindCountyMentions("在市委、市政府和县委的坚强领导下，创建国家乡村振兴示范县。");
        Assert.DoesNotContain("和县", mentions.Keys);
        Assert.DoesNotContain("范县", mentions.Keys);
    }

    [Fact]
    public void Generic_words_never_resolve_as_a_town()
    {
        // fuping_2013 / fuping_2017: 特色小城镇, 中心镇, 重点镇 are kinds of towns (吉林 and 山西 have towns so named)
        var townships = new PlaceResolver(Gazetteer.Default);
        var mentions = townships.FindTownshipMentions("建设阳、天生桥等特色小城镇，形成以县城为核心、中心镇为支撑，对县城和重点镇实施提升。");
        Assert.Empty(mentions.Keys.Intersect(["小城镇", "中心镇", "重点镇"]));
    }

    [Fact]
    public void A_township_report_that_speaks_of_the_whole_county_stays_a_township_report()
    {
        // seed 000: 全县第一, 我县 in a 街道 report titled with its township
        var text = "安吉县人民政府灵峰街道办事处2024年度工作报告\n2024年是我县高质量建设国际化绿色山水美好城市的攻坚之年。完成率全县第一。灵峰街道办事处坚持。";
        Assert.False(SubjectResolver.SpeaksAsCounty(text));
        Assert.Equal(("灵峰街道", "街道", "安吉县", "湖州市", "浙江省"), Subject(text, new PlaceHints("安吉县人民政府灵峰街道办事处2024年度工作报告", null)));
    }

    [Fact]
    public void A_text_without_any_place_is_unknown_with_a_warning()
    {
        var resolution = resolver.Resolve("今年以来，全镇经济运行稳中向好，各项事业全面进步。", NoHints);
        Assert.Null(resolution.Chain);
        Assert.Equal(SubjectResolver.Unknown, Assert.Single(resolution.Doubts).Code);
    }

    [Fact]
    public void A_report_with_its_place_names_blanked_out_is_not_stored_under_a_partner_town()
    {
        // a township report with its own name replaced by XX: the one town it names as a partner is not its subject
        var text = "XX镇2024年工作总结\n一、2024年工作回顾\n全镇上下深入学习贯彻。与洲泉镇开展文旅合作。XX镇党委坚强领导。";
        var resolution = resolver.Resolve(text, new PlaceHints("XX镇2024年工作总结", null));
        Assert.Null(resolution.Chain);
        Assert.Contains("洲泉镇", Assert.Single(resolution.Doubts).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_government_that_never_says_which_is_unknown()
    {
        var resolution = resolver.Resolve("各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。全县经济平稳。", NoHints);
        Assert.Null(resolution.Chain);
        Assert.Equal(SubjectResolver.Unknown, Assert.Single(resolution.Doubts).Code);
    }

    [Fact]
    public void A_township_name_shared_by_two_places_without_a_hint_of_which_is_a_guess_with_a_warning()
    {
        var text = "凤鸣街道办事处工作报告。现在，我代表凤鸣街道办事处向大会作工作报告。凤鸣街道全体干部。";
        var resolution = resolver.Resolve(text, new PlaceHints("凤鸣街道办事处工作报告", null));
        Assert.NotNull(resolution.Chain);
        Assert.Equal(SubjectResolver.Ambiguous, Assert.Single(resolution.Doubts).Code);
    }
}
