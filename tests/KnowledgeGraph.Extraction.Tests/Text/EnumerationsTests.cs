using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

public sealed class EnumerationsTests
{
    [Fact]
    public void Split_cuts_at_the_list_mark_and_drops_the_closing_deng()
    {
        var items = Enumerations.Split("国际数字贸易港、秣马酒店(二期)等3个实体产业项目");
        Assert.Equal(["国际数字贸易港", "秣马酒店(二期)"], items.Select(i => i.Text));
        Assert.Equal((8, 16), (items[1].Start, items[1].End));
    }

    [Fact]
    public void Split_keeps_list_marks_inside_quotes_and_brackets()
    {
        Assert.Equal(["大抓项目、抓实项目", "工业区(东、西区块)"], Enumerations.Split("“大抓项目、抓实项目”、工业区(东、西区块)").Select(i => i.Text.Trim()));
    }

    [Fact]
    public void Split_ignores_a_quote_whose_closing_mark_was_lost()
    {
        Assert.Equal(["旷野咖啡”“逢竹会客", "依碧迎门"], Enumerations.Split("旷野咖啡”“逢竹会客、依碧迎门").Select(i => i.Text));
    }

    [Fact]
    public void Split_on_conjunctions_only_when_asked()
    {
        Assert.Single(Enumerations.Split("福严景区和采桑·时光里"));
        Assert.Equal(["福严景区", "采桑·时光里"], Enumerations.Split("福严景区和采桑·时光里", splitOnConjunctions: true).Select(i => i.Text));
    }

    [Theory]
    [InlineData("国际数字贸易港、秣马酒店(二期)等3个实体产业项目", "国际数字贸易港、秣马酒店(二期)", "实体产业项目")]
    [InlineData("田园嘉乐比(三期奇幻园)、美学美谷(二期)等一批项目", "田园嘉乐比(三期奇幻园)、美学美谷(二期)", "项目")]
    [InlineData("科技人才中心、临溪科创中心、环湖科创中心等", "科技人才中心、临溪科创中心、环湖科创中心", null)]
    [InlineData("智慧谷等823套人才公寓", "智慧谷", "人才公寓")]
    public void StripClosingEtc_returns_the_body_and_the_head_noun(string text, string body, string? head)
    {
        Assert.Equal((body, head), Enumerations.StripClosingEtc(text));
    }

    [Theory]
    [InlineData("6条市政道路", 0, 2)]
    [InlineData("823套人才公寓", 0, 4)]
    [InlineData("一批项目", 0, 2)]
    [InlineData("同福两个工业园区", 2, 2)]
    [InlineData("10余个项目", 0, 4)]
    [InlineData("五大综合体", 0, 2)]
    [InlineData("中群等8村", 3, 2)]
    [InlineData("5G工厂", 0, 0)]
    [InlineData("220千伏高压线", 0, 0)]
    [InlineData("第六初中", 0, 0)]
    public void CountLength_reads_a_numeral_and_its_measure_word(string text, int index, int length)
    {
        Assert.Equal(length, Enumerations.CountLength(text, index));
    }

    [Fact]
    public void ExpandSharedSuffix_gives_bare_items_the_last_items_suffix()
    {
        Assert.Equal(["红旗村", "建胜村", "灵安村"], Enumerations.ExpandSharedSuffix(["红旗", "建胜", "灵安村"], ["村", "社区"]));
        Assert.Equal(["灵峰村", "城南社区"], Enumerations.ExpandSharedSuffix(["灵峰村", "城南社区"], ["村", "社区"]));
    }

    [Fact]
    public void ExpandSharedTail_gives_bare_stems_the_tail_after_the_last_items_stem()
    {
        static bool Complete(string s) => s.EndsWith("园区", StringComparison.Ordinal) || s.EndsWith('路');
        Assert.Equal(["同福工业园区", "灵安工业园区"], Enumerations.ExpandSharedTail(["同福", "灵安工业园区"], Complete));
        Assert.Equal(["高新一路", "敬业路"], Enumerations.ExpandSharedTail(["高新一路", "敬业路"], Complete));
        Assert.Equal(["大竹园村毛家", "灵安工业园区"], Enumerations.ExpandSharedTail(["大竹园村毛家", "灵安工业园区"], Complete));
    }
}
