namespace KnowledgeGraph.Gazetteer.Tests;

public sealed class PlaceResolverTests
{
    private readonly PlaceResolver resolver = new(Gazetteer.Default);

    [Fact]
    public void Fengming_is_told_apart_by_the_county_the_text_names()
    {
        Assert.Equal(2, Gazetteer.Default.TownshipsNamed("凤鸣街道").Count);
        var zhejiang = resolver.Resolve("凤鸣街道办事处工作报告。全街道上下积极落实嘉兴市委、桐乡市委各项决策部署。", new PlaceHints(null, null));
        var sichuan = resolver.Resolve("凤鸣街道办事处工作报告。在眉山市委、彭山区委的坚强领导下。", new PlaceHints(null, null));
        Assert.Equal("330483003", zhejiang!.Chain.SubjectCode);
        Assert.Equal("511403001", sichuan!.Chain.SubjectCode);
    }

    [Fact]
    public void The_title_outweighs_other_townships_named_more_often_in_the_body()
    {
        var text = "与乌镇、乌镇、乌镇合作。洲泉镇深入学习贯彻。";
        var result = resolver.Resolve(text, new PlaceHints("洲泉镇2024年工作总结和2025年工作思路", null));
        Assert.Equal("洲泉镇", result!.Chain.SubjectName);
    }

    [Fact]
    public void A_township_named_without_its_suffix_is_still_found()
    {
        // no title: 瓶窑 is named again and again by its short name, with 余杭 as its district
        var text = "全镇上下聚焦余杭城市新中心建设。瓶窑古城获评省大花园耀眼明珠，瓶窑老街入选样板区。瓶窑镇第九届运动会。推进幸福乡村建设。";
        var result = resolver.Resolve(text, new PlaceHints(null, null));
        Assert.Equal(("瓶窑镇", "余杭区"), (result!.Chain.SubjectName, result.Chain.County.Name));
    }

    [Fact]
    public void The_word_xiangcun_is_not_a_township_mention()
    {
        var mentions = resolver.FindTownshipMentions("建设幸福乡村。");
        Assert.DoesNotContain("幸福乡", mentions.Keys);
    }

    [Fact]
    public void Text_without_any_township_resolves_to_nothing() =>
        Assert.Null(resolver.Resolve("今年以来，经济运行稳中向好。", new PlaceHints(null, null)));
}
