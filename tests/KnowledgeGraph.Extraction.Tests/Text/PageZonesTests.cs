using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Tests.Extractors;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

/// <summary>Page clutter (header fields, digest, endnotes, share and link lists, footnote markers) on text shaped like the county corpus pages.</summary>
public sealed class PageZonesTests
{
    private const string Body =
        "一、2021年工作回顾\n"
        + "全力打造“企业开办大礼包”[1],实现企业开办全程网办,创新推行化MAP模式[5]托管土地1.2万亩,全县新签约项目25个,总投资126亿元。\n"
        + "县医院病房楼主体完工,南拒马河防洪工程建成投用,全年完成固定资产投资97亿元,增长8.5%。\n"
        + "二、2022年工作安排\n"
        + "力争固定资产投资达到100亿元以上,新开工项目25个,加快推进智能制造产业园建设,确保年内投产运营。\n";

    private const string Header =
        "工作报告\n2022年某县政府工作报告\n时间:2023-01-24????\t\t作者:中国县域????\t\t来源:政府官网????\t\t阅读:\n538\n评论:\n0\n内容摘要:\n"
        + "政 府 工 作 报 告(2022年1月26日在某县第十六届人民代表大会第二次会议上)各位代表:现在,我代表县人民政府向大会作工作报告,一、2021年工作回顾2021年以来,县政府以......\n";

    private const string Endnotes =
        "※名词解释※\n"
        + "[1]企业开办大礼包:装有营业执照正副本一套、免费印章一套,由天河科技有限公司统一制作,全年发放3000份。\n"
        + "[5]MAP模式:中化农业在县内建设的现代农业技术服务中心,覆盖农田5万亩。\n";

    private const string Footer =
        "分享到:\nQQ空间\n新浪微博\n天涯社区\n上一篇:\n2021年某县政府工作报告\n下一篇:\n2022年某市政府工作报告\n相关文章\n01-24\n2022年某某县政府工作报告\n本栏最新\n12-03\n某某市解放区2025年政府工作报告\n标签云\n工作报告\n";

    private static ExtractionContext Page(string text) => QuantityReports.Context(text);

    [Fact]
    public void Header_fields_digest_endnotes_and_footer_are_clutter_and_the_body_is_not()
    {
        var text = Header + Body + Endnotes + Footer;
        var zones = PageZones.Find(text);

        Assert.True(zones.IsClutter(text.IndexOf("时间:", StringComparison.Ordinal)));
        Assert.True(zones.IsClutter(text.IndexOf("538", StringComparison.Ordinal)));
        Assert.True(zones.IsClutter(text.IndexOf("政 府 工 作", StringComparison.Ordinal)));
        Assert.True(zones.IsClutter(text.IndexOf("※名词解释※", StringComparison.Ordinal)));
        Assert.True(zones.IsClutter(text.IndexOf("[5]MAP模式", StringComparison.Ordinal)));
        Assert.True(zones.IsClutter(text.IndexOf("天涯社区", StringComparison.Ordinal)));
        Assert.True(zones.IsClutter(text.IndexOf("标签云", StringComparison.Ordinal)));
        Assert.False(zones.IsClutter(text.IndexOf("全力打造", StringComparison.Ordinal)));
        Assert.False(zones.IsClutter(text.IndexOf("力争固定资产投资", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_sentence_comes_from_clutter_and_offsets_still_index_the_stored_text()
    {
        var text = Header + Body + Endnotes + Footer;
        var context = Page(text);

        Assert.DoesNotContain(context.Sentences, s => s.Text.Contains("天涯社区", StringComparison.Ordinal) || s.Text.Contains("有限公司", StringComparison.Ordinal)
            || s.Text.Contains("538", StringComparison.Ordinal) || s.Text.Contains("......", StringComparison.Ordinal));
        Assert.All(context.Sentences, s => Assert.Equal(s.End - s.Start, s.Text.Length));
        Assert.Contains(context.Sentences, s => s.Text.StartsWith("县医院病房楼主体完工", StringComparison.Ordinal));
    }

    [Fact]
    public void Footnote_markers_are_masked_so_names_do_not_carry_them()
    {
        var text = Body;
        var zones = PageZones.Find(text);
        Assert.Equal(2, zones.Markers.Count);
        var first = zones.Markers[0];
        Assert.Equal("[1]", text[first.Start..first.End]);

        var context = Page(text);
        Assert.DoesNotContain(context.Sentences, s => s.Text.Contains("[1]", StringComparison.Ordinal) || s.Text.Contains("[5]", StringComparison.Ordinal));
        var result = new ExtractionResult();
        foreach (var extractor in ExtractionPipeline.EntityExtractors)
        {
            extractor.Extract(context, result);
        }

        Assert.DoesNotContain(result.Initiatives, i => i.Name.Contains('[', StringComparison.Ordinal));
        Assert.DoesNotContain(result.Projects, p => p.Name.Contains('[', StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_is_extracted_from_the_endnotes_or_the_link_lists()
    {
        var context = Page(Header + Body + Endnotes + Footer);
        var result = new ExtractionResult();
        foreach (var extractor in ExtractionPipeline.EntityExtractors)
        {
            extractor.Extract(context, result);
        }

        Assert.DoesNotContain(result.Organizations, o => o.Name.Contains("天河", StringComparison.Ordinal) || o.Name.Contains("天涯", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Indicators, i => i.Value is 3000 or 538);
        Assert.DoesNotContain(result.Projects, p => p.Name.Contains("技术服务中心", StringComparison.Ordinal));
        Assert.Contains(result.Indicators, i => i.Value == 97 && i.Unit == "亿元");
    }

    [Fact]
    public void A_list_opened_by_circled_numbers_after_a_break_is_not_a_marker()
    {
        var zones = PageZones.Find("实施十大工程:①人才公寓及邻里中心项目;②仓储物流园项目;③健康食品产业园项目。");
        Assert.Empty(zones.Markers);
    }

    [Fact]
    public void Numbered_notes_without_a_heading_at_the_end_are_clutter_but_a_mid_text_glossary_word_is_not()
    {
        var text = Body + "[1]“四河同治”:南拒马、北易水、中易水、周家庄小河同时治理,完成投资2亿元。\n[2]“三名”工程:以名医、名院、名诊所为重点的医疗卫生工程。\n";
        var zones = PageZones.Find(text);
        Assert.True(zones.IsClutter(text.IndexOf("[1]“四河同治”", StringComparison.Ordinal)));

        var early = "注释\n" + Body;
        Assert.False(PageZones.Find(early).IsClutter(early.IndexOf("全力打造", StringComparison.Ordinal)));
    }
}
