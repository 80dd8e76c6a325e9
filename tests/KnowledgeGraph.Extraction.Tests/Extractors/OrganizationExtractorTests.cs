using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

public sealed class OrganizationExtractorTests
{
    private static List<string> Names(string text, ExtractionResult? result = null)
    {
        result ??= new ExtractionResult();
        var context = InitiativeExtractorTests.Context(text);
        new OrganizationExtractor().Extract(context, result);
        foreach (var organization in result.Organizations)
        {
            Assert.Equal(organization.Name, context.Normalized[organization.Span.Start..organization.Span.End]);
        }

        return [.. result.Organizations.Select(o => o.Name)];
    }

    [Fact]
    public void Company_and_institution_suffixes_name_organizations()
    {
        Assert.Equal(["桐昆集团", "新凤鸣集团"], Names("桐昆集团、新凤鸣集团获批设立国家级博士后科研工作站。"));
        Assert.Equal(["中力摩弗研究院"], Names("推动已来科创园满园入驻、中力摩弗研究院投产见效。"));
        Assert.Equal(["北航中法航空研究院", "天目山实验室"], Names("做深做实与北航中法航空研究院、天目山实验室战略合作。"));
        Assert.Equal(["灵峰中心幼儿园"], Names("灵峰中心幼儿园承办安吉游戏国际学术会议分会场活动,获评省现代化学校、市儿童友好学校。"));
    }

    [Fact]
    public void Schools_and_hospitals_are_institutions_unless_being_built()
    {
        Assert.Equal(["洲泉中学", "洲泉中心小学"], Names("洲泉中学桐高上线33人,创历史新高,洲泉中心小学获评嘉兴市劳动教育实验学校。"));
        Assert.Equal(["洲泉中心卫生院"], Names("教育医疗事业上新台阶,洲泉中心卫生院医疗综合楼落成并投入使用。"));
        Assert.Empty(Names("加快推进凤鸣卫生院建设进程,启动村社卫生室更新改造工程。"));
        Assert.Empty(Names("吸引800余名大学生入乡兴村。"));
    }

    [Fact]
    public void Holders_of_an_enterprise_title_are_organizations()
    {
        Assert.Equal(
            ["睿兆芯", "湘溪塑业", "恒泰纸管"],
            Names("规上制造业企业管理对标星级评价覆盖率100%,睿兆芯、湘溪塑业、恒泰纸管获评2024年第一批省专精特新中小企业。"));
        Assert.Equal(["华腾农业科技"], Names("华腾农业科技获评全国现代设施农业创新引领主体。"));
    }

    [Fact]
    public void Firms_that_list_on_a_market_are_organizations()
    {
        Assert.Equal(["有家有保", "趣致科技"], Names("有家有保、趣致科技分别在美股、港股上市,辖区上市企业总量达6家。"));
        Assert.Empty(Names("招引国内准独角兽、头部上市公司5家,完成企业上市3家。"));
    }

    [Fact]
    public void Partners_of_a_cooperation_are_organizations()
    {
        Assert.Equal(["上海交大"], Names("深化大竹园村百人村建设,与上海交大等50所高校合作,吸引800余名大学生入乡兴村。"));
        Assert.Equal(["睿兆芯", "超越股份"], Names("利用睿兆芯与超越股份合作机遇,壮大半导体产业规模。"));
        Assert.Equal(["浪潮智能网联"], Names("深化与浪潮智能网联合作,布局智能网联汽车产业链。"));
        Assert.Empty(Names("加强乡村运营招商,与杭州、德清高端团队加强合作,引入标志性业态。"));
    }

    [Fact]
    public void Items_of_a_list_of_enterprises_are_organizations()
    {
        Assert.Equal(["京马"], Names("支持京马等关联企业参与桐乡“车路云一体化”应用试点建设。"));
        Assert.Equal(["中电数码", "畅想物流"], Names("中电数码、畅想物流等园区本质安全水平明显提升。"));
    }

    [Fact]
    public void Firms_the_text_introduces_as_projects_are_left_to_projects()
    {
        Assert.Empty(Names("闪回科技、实在智能等14个新经济项目落地放量。"));
        Assert.Empty(Names("推动曼斯特新材料、赛弥尔新材料、卓宜新材料等项目早竣工、早达产。"));
        var result = new ExtractionResult();
        result.AddProject(new ExtractedProject("中力摩弗研究院", [], null, default));
        Assert.Empty(Names("推动已来科创园满园入驻、中力摩弗研究院投产见效。", result));
    }

    [Fact]
    public void Government_bodies_places_and_descriptions_are_not_organizations()
    {
        Assert.Empty(Names("区域强村富民公司营业收入超6440万元、增长35%。"));
        Assert.Equal(["上海交通大学"], Names("充分利用上海交通大学、融杭招商兵团、大关街道“双招双引”等资源。"));
        Assert.Empty(Names("紧盯茶咖消费、装备制造、数字经济等战略新兴产业。"));
        Assert.Empty(Names("申报高新技术企业6家,科技型中小企业17家。"));
    }

    [Fact]
    public void A_company_name_may_hold_a_bracketed_province()
    {
        Assert.Equal(["华越(江苏)精密机械有限公司"], Names("与华越(江苏)精密机械有限公司签订合作协议。"));
    }

    [Fact]
    public void A_body_founded_in_the_plan_year_does_not_exist_yet()
    {
        const string Text = "一、2024年工作回顾\n打造平安街区(商圈)驿站,成立平安街区商户联盟。\n二、2025年工作思路\n建立“政企法律服务联盟”,高效化解企业各类矛盾纠纷。\n";
        Assert.Equal(["平安街区商户联盟"], Names(Text));
    }

    [Fact]
    public void The_one_line_report_with_bar_separators_gives_spans_in_the_report()
    {
        const string Text = "组配分类: | 计划总结 | 文件编号: | 洲泉镇2024年工作总结 | 一是工业实力稳步提升。 桐昆集团、新凤鸣集团获批设立国家级博士后科研工作站,华腾农业科技获评全国现代设施农业创新引领主体。 |";
        Assert.Equal(["桐昆集团", "新凤鸣集团", "华腾农业科技"], Names(Text));
    }
}
