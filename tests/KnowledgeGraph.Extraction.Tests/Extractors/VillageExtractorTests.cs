using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Extractors;

public sealed class VillageExtractorTests
{
    private static List<ExtractedVillage> Villages(ExtractionContext context)
    {
        var result = new ExtractionResult();
        new VillageExtractor().Extract(context, result);
        return result.Villages;
    }

    private static List<string> Names(string review, string plan = "做好各项工作。") =>
        [.. Villages(ProjectTestReports.Report("灵峰街道", review, plan)).Select(v => v.Name)];

    [Fact]
    public void Named_villages_and_communities_are_read_and_honour_words_ending_in_cun_are_not()
    {
        Assert.Equal(
            ["灵峰村", "霞泉村", "城南社区", "横山坞村"],
            Names("灵峰村、霞泉村创成省和美乡村达标村,城南社区创成市美丽乡村精品村,横山坞村创成省金3A级景区村庄。"));
    }

    [Fact]
    public void A_list_sharing_the_suffix_is_expanded()
    {
        Assert.Equal(["红旗村", "建胜村", "灵安村"], Names("强力强势推进集体土地征迁及拔钉清障工作,红旗、建胜、灵安村及灵安集镇等重点征收征迁工作取得明显成效。"));
    }

    [Fact]
    public void A_village_starts_after_the_verb_before_it()
    {
        Assert.Equal(
            ["大竹园村", "横山坞村", "碧门村", "灵峰村"],
            Names("深化大竹园村百人村建设。", "完成横山坞村、碧门村、灵峰村等4处物业楼宇出租。"));
    }

    [Theory]
    [InlineData("村集体总收入超8400万元、增长7.6%,连续2年保持村集体经营性收入均达300万以上。")]
    [InlineData("完成镇级国土空间总规编制,完成4个村村庄规划和5个单元控规报批。")]
    [InlineData("高效利用城市社区向日葵小屋2个,持续推进同福未来社区创建工作。")]
    [InlineData("创建省级生活垃圾分类示范小区4个、示范村7个、示范带1条。")]
    [InlineData("城镇有机更新有序推进,晚村人才公寓一起完成主体结构。")]
    [InlineData("统筹各村资源禀赋和未来发展,实现了共同富裕从村村富到村村强的先行示范,坚持“四好农村路”标准。")]
    [InlineData("积极探索多种形式的乡村经营,全域推广社区“分线包网”工作模式,探索村建民用模式。")]
    public void Generic_words_ending_in_cun_or_shequ_are_not_villages(string sentence)
    {
        Assert.Empty(Names(sentence));
    }

    [Fact]
    public void Villages_of_the_one_line_report_are_read_and_a_rank_word_before_cun_is_no_village()
    {
        var context = ProjectTestReports.OneLine(
            "洲泉镇",
            "乡村品质不断提升,小元头村省级未来乡村和义马省级历史文化保护一般村、市级未来乡村项目评审及验收工作顺利完成,众安村、义马村、马鸣村入选2024年度嘉兴市高品质“水美乡村”。 |");
        Assert.Equal(["小元头村", "众安村", "义马村", "马鸣村"], Villages(context).Select(v => v.Name));
    }

    [Fact]
    public void Village_spans_point_at_the_names_and_expanded_stems_at_their_stem()
    {
        var context = ProjectTestReports.Report("凤鸣街道", "红旗、建胜、灵安村及灵安集镇等重点征收征迁工作取得明显成效。合星村省级历史文化村完成验收。");
        var villages = Villages(context);
        Assert.Equal(["红旗", "建胜", "灵安村", "合星村"], villages.Select(v => ProjectTestReports.SpanText(context, v.Span)));
    }

    [Fact]
    public void Communities_listed_with_hyphens_are_read()
    {
        Assert.Equal(["三友社区", "高坞岭村", "石鹰村", "双一村"], Names("完成工作。", "以三友社区-高坞岭村-石鹰村-双一村为主要线路,融合漂流、露营。"));
    }
}
