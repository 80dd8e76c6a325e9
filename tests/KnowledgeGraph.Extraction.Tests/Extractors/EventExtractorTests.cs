using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

public sealed class EventExtractorTests
{
    private static List<string> Events(ExtractionContext context) =>
        [.. HonourTestReports.Run(new EventExtractor(), context).Events.Select(e => $"{e.Name}|{e.Year}")];

    [Fact]
    public void Named_items_of_a_hosted_list_closed_by_a_head_noun_are_events()
    {
        var context = HonourTestReports.Report("灵峰街道", "成功举办第六届世界五子棋公开赛、薪火传承·中国健康跑、中国乒协首届国球进公园、灵峰半程马拉松等各类赛事5场次,吸引13个国家数万名选手参赛。");
        Assert.Equal(["第六届世界五子棋公开赛|2024", "薪火传承·中国健康跑|2024", "中国乒协首届国球进公园|2024", "灵峰半程马拉松|2024"], Events(context));
    }

    [Fact]
    public void Generic_activities_are_not_events()
    {
        var context = HonourTestReports.OneLine(
            "洲泉镇",
            "累计举办乡村音乐会、篝火晚会等特色活动200余场。 开展检查12次、专项整治行动2次、人居环境擂台赛1次。 积极筹办文旅集市活动。",
            "举办各类品牌赛事10场。高质量举办篮球、足球、游泳三大赛事。开展婴幼儿“周二公益临时托”“曹医师说育儿”等活动。");
        Assert.Empty(Events(context));
    }

    [Fact]
    public void A_numbered_edition_is_an_event_without_a_hosting_verb()
    {
        var context = HonourTestReports.OneLine("洲泉镇", "圆满完成第十七届双庙渚蚕花水会、世界互联网大会乌镇峰会等重大活动和时间节点的维稳安保。");
        Assert.Equal(["第十七届双庙渚蚕花水会|2024"], Events(context));
    }

    [Fact]
    public void An_event_of_the_plan_has_the_plan_year()
    {
        var context = HonourTestReports.Report("洲泉镇", "完成工作。", "打造“助人自助”社会工作服务品牌,开展第四届社会治理公益创投项目大赛。打造匠心灵动·非遗在灵峰活动15场。");
        Assert.Equal(["第四届社会治理公益创投项目大赛|2025", "匠心灵动·非遗在灵峰活动|2025"], Events(context));
    }

    [Fact]
    public void The_session_the_report_was_given_at_is_not_an_event()
    {
        var context = HonourTestReports.Report("凤鸣街道", "(2025年1月14日在凤鸣街道第二届居民议事会第四次会议上)\n刑释解矫人员安置帮教工作获充分肯定,并在嘉兴市矛盾化解会议上作为乡镇级唯一代表发言。");
        Assert.Empty(Events(context));
    }

    [Fact]
    public void A_venue_suffix_is_cut_and_quoted_or_dated_activities_are_events()
    {
        var context = HonourTestReports.Report("灵峰街道", "灵峰中心幼儿园承办安吉游戏国际学术会议分会场活动。举办2024年福文化系列活动,圆满承办市政协“六送下乡”活动。");
        Assert.Equal(["安吉游戏国际学术会议|2024", "2024年福文化系列活动|2024", "市政协“六送下乡”活动|2024"], Events(context));
    }

    [Fact]
    public void The_one_line_report_lists_hosted_events_with_quote_marks()
    {
        var context = HonourTestReports.OneLine("洲泉镇", "高质量举办“两球一游”金牌体育赛事,“水映洲泉”体育品牌进一步打响。 文化活动精彩纷呈,举办义马长宁老街开街仪式、第二届“野火饭”节、第二届新春年猪节等文旅活动。");
        Assert.Equal(["“两球一游”金牌体育赛事|2024", "义马长宁老街开街仪式|2024", "第二届“野火饭”节|2024", "第二届新春年猪节|2024"], Events(context));
    }

    [Fact]
    public void An_event_named_before_a_passive_hosting_verb_takes_the_year_it_writes()
    {
        var context = HonourTestReports.Report("草沟镇", "5月8日,龙华镇2022年度乡村治理工作总结表扬暨知识竞赛活动在该镇燕坝村举办。邹城市张庄镇第七届樱桃采摘节暨首届张庄模范颁奖仪式在张庄镇大沟村举行。");
        Assert.Equal(["龙华镇2022年度乡村治理工作总结表扬暨知识竞赛活动|2022", "邹城市张庄镇第七届樱桃采摘节暨首届张庄模范颁奖仪式|2024"], Events(context));
    }

    [Fact]
    public void The_span_is_the_name_in_the_report()
    {
        var context = HonourTestReports.Report("洲泉镇", "举办第二届新春年猪节。");
        var item = Assert.Single(HonourTestReports.Run(new EventExtractor(), context).Events);
        Assert.Equal("第二届新春年猪节", HonourTestReports.SpanText(context, item.Span));
    }

    [Fact]
    public void Two_events_joined_by_he_are_two()
    {
        var context = HonourTestReports.Report("草沟镇", "成功举办第十届环湖国际自行车赛和2024年金湖马拉松赛。召开全镇三级干部大会。举办了一场盛大的文化艺术节。");
        Assert.Equal(["第十届环湖国际自行车赛|2024", "2024年金湖马拉松赛|2024"], Events(context));
    }

    [Fact]
    public void A_quoted_or_dated_name_opening_a_clause_is_an_event_without_a_hosting_verb()
    {
        var context = HonourTestReports.Report("某镇", "“村BA”篮球联赛吸引观众3万人次。“稻香音乐节”带动周边民宿营收增长30%。“美丽乡村”杯摄影大赛中荣获一等奖。2024年以来,举办各类活动50场。2024年全镇共举办文化活动120场。");
        Assert.Equal(["“村BA”篮球联赛|2024", "稻香音乐节|2024"], Events(context));
    }

    [Fact]
    public void A_hosted_edition_counted_before_its_quoted_name_is_an_event()
    {
        var context = HonourTestReports.Report("某镇", "连续举办三届“稻香音乐节”,打响乡村文旅品牌。");
        Assert.Equal(["稻香音乐节|2024"], Events(context));
    }

    [Fact]
    public void Ceremonies_seasons_and_passive_starts_are_events_and_a_leading_year_is_their_year()
    {
        var context = HonourTestReports.Report(
            "某镇",
            "成功举办首届蔬乡文旅季活动,线上点击量近100万次。成功举办第二届新时代好少年褒奖礼。",
            "11月23日上午7:30,清脆的鸣枪声划破黎明,2025中国马拉松精英排名赛暨长荡湖马拉松竞赛正式启动。");
        Assert.Equal(["首届蔬乡文旅季活动|2024", "第二届新时代好少年褒奖礼|2024", "2025中国马拉松精英排名赛暨长荡湖马拉松竞赛|2025"], Events(context));
    }

    [Fact]
    public void Holidays_are_not_events()
    {
        var context = HonourTestReports.Report("某镇", "“三八”妇女节期间开展巾帼志愿服务。");
        Assert.Empty(Events(context));
    }
}
