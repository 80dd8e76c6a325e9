using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

public sealed class BrandExtractorTests
{
    private static List<string> Brands(ExtractionContext context) =>
        [.. HonourTestReports.Run(new BrandExtractor(), context).Brands.Select(b => $"{b.Name}|{b.Owner}")];

    [Fact]
    public void A_quoted_name_flagged_by_pinpai_is_the_townships_brand()
    {
        var context = HonourTestReports.Report("凤鸣街道", "完成工作。", "一是持续擦亮“平安凤鸣”品牌。持续保持优势赛道。");
        Assert.Equal(["平安凤鸣|凤鸣街道"], Brands(context));
    }

    [Fact]
    public void An_unquoted_name_between_dasheng_and_pinpai_is_read_when_quotes_were_lost()
    {
        var context = HonourTestReports.Report("灵峰街道", "持续聚引人才。着力打响青年入乡首选地品牌,深化大竹园村百人村建设。", "放大青年入乡首选地品牌效应。");
        Assert.Equal(["青年入乡首选地|灵峰街道"], Brands(context));
    }

    [Fact]
    public void A_name_written_with_ip_keeps_ip()
    {
        var context = HonourTestReports.Report("灵峰街道", "深耕灵宝IP开发,盲盒系列产品获省浙派好礼优秀奖。");
        Assert.Equal(["灵宝IP|灵峰街道"], Brands(context));
    }

    [Fact]
    public void A_products_brand_has_no_owner_and_the_product_name_is_not_a_brand()
    {
        var context = HonourTestReports.Report("凤鸣街道", "“吴越乡”品牌大米荣获嘉兴市级“禾城好米”优质奖,“草安头”牌“豫艺酸甜果”番茄获桐乡唯一的2024浙江好番茄金奖。");
        Assert.Equal(["吴越乡|", "草安头|"], Brands(context));
    }

    [Fact]
    public void Quoted_policy_jargon_is_not_a_brand()
    {
        var context = HonourTestReports.Report("凤鸣街道", "统筹推进“五张图”“三个凤鸣”发展规划。始终做“两个确立”忠诚拥护者、“两个维护”示范引领者。全面聚焦共同富裕品牌打造。", "打响新制造品牌。");
        Assert.Empty(Brands(context));
    }

    [Fact]
    public void A_quoted_slogan_on_the_townships_name_is_a_brand()
    {
        var context = HonourTestReports.Report("凤鸣街道", "完成工作。", "全力开创“福地凤鸣”发展新局面,奋力谱写中国式现代化凤鸣新篇章。");
        Assert.Equal(["福地凤鸣|凤鸣街道"], Brands(context));
    }

    [Fact]
    public void A_medal_word_is_no_brand_flag_but_a_far_pinpai_is()
    {
        var context = HonourTestReports.OneLine("洲泉镇", "高质量举办“两球一游”金牌体育赛事,“水映洲泉”体育品牌进一步打响。", "打造“助人自助”社会工作服务品牌,开展第四届社会治理公益创投项目大赛。持续擦亮“水映洲泉”杯文体赛事IP。");
        Assert.Equal(["水映洲泉|洲泉镇", "助人自助|洲泉镇"], Brands(context));
    }

    [Fact]
    public void Quoted_names_chained_before_a_flag_are_brands_and_a_name_after_a_flag_too()
    {
        var context = HonourTestReports.Report("草沟镇", "已经打响了“武乡小米”“武乡梅杏”“魔术村”三块金字招牌。主打特色产业品牌“湘莲”不断壮大。");
        Assert.Equal(["魔术村|草沟镇", "武乡梅杏|草沟镇", "武乡小米|草沟镇", "湘莲|草沟镇"], Brands(context));
    }

    [Fact]
    public void The_span_is_the_name_without_quote_marks()
    {
        var context = HonourTestReports.Report("凤鸣街道", "持续擦亮“平安凤鸣”品牌。");
        var brand = Assert.Single(HonourTestReports.Run(new BrandExtractor(), context).Brands);
        Assert.Equal("平安凤鸣", HonourTestReports.SpanText(context, brand.Span));
    }
}
