namespace KnowledgeGraph.Domain.Tests;

public sealed class EvidenceTests
{
    private const string Text = "这是砥砺奋斗的一年。亿元以上项目开工7个、竣工3个，完成固定资产投资10.4亿元。实到外资4148万美元。";

    [Fact]
    public void Evidence_quotes_the_sentence_around_the_span()
    {
        var start = Text.IndexOf("固定资产投资", StringComparison.Ordinal);
        var e = Evidence.FromSpan("report:1", Text, start, start + 6);
        Assert.Equal("亿元以上项目开工7个、竣工3个，完成固定资产投资10.4亿元。", e.Sentence);
        Assert.Equal((start, start + 6), (e.Start, e.End));
    }

    [Fact]
    public void A_table_bar_or_a_line_break_ends_a_sentence()
    {
        const string text = "发文日期: | 2025-01-21 |\n洲泉镇2024年工作总结";
        var start = text.IndexOf("2025", StringComparison.Ordinal);
        Assert.Equal("2025-01-21", Evidence.FromSpan("r", text, start, start + 10).Sentence);
    }

    [Fact]
    public void Spans_outside_the_text_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Evidence.FromSpan("r", Text, 5, Text.Length + 1));

    [Fact]
    public void The_catalog_allows_the_region_chain_and_refuses_nonsense()
    {
        Assert.True(EdgeCatalog.Allows(EdgeKind.LocatedIn, NodeKind.Township, NodeKind.County));
        Assert.False(EdgeCatalog.Allows(EdgeKind.LocatedIn, NodeKind.Year, NodeKind.County));
        Assert.All(Enum.GetValues<EdgeKind>(), k => Assert.Equal(k, EdgeCatalog.Parse(EdgeCatalog.Name(k))));
        Assert.Throws<ArgumentException>(() => EdgeCatalog.Parse("NOPE"));
    }
}
