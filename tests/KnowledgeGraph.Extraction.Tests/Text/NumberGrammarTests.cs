using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

public sealed class NumberGrammarTests
{
    private static List<Quantity> Quantities(string text) =>
        [.. NumberGrammar.Scan(TextWidth.Normalize(text)).Where(q => q.HasUnit && !q.IsRange)];

    private static Quantity Single(string text) => Assert.Single(Quantities(text));

    [Theory]
    [InlineData("完成固定资产投资10.4亿元。", 10.4, "亿元")]
    [InlineData("实到外资4148万美元,完成率全县第一。", 4148, "万美元")]
    [InlineData("接待游客258万人次", 258, "万人次")]
    [InlineData("竹林碳汇分红537.9万元", 537.9, "万元")]
    [InlineData("规上交通运输业实现营收24亿,同比增长", 24, "亿")]
    [InlineData("拆除违章建筑1.5万方", 1.5, "万方")]
    [InlineData("全年PM2.5浓度均值27.8微克/立方米", 27.8, "微克/立方米")]
    [InlineData("完成供地162亩", 162, "亩")]
    [InlineData("空气质量优良率88.8%", 88.8, "%")]
    [InlineData("高于全省平均2.1个百分点", 2.1, "个百分点")]
    [InlineData("亩均税收达到32.5万元/亩", 32.5, "万元/亩")]
    [InlineData("全年共办理各类案件1,286件", 1286, "件")]
    [InlineData("以0.5%的增速", 0.5, "%")]
    [InlineData("固定资产投资稳定在百亿元以上", 100, "亿元")] // a bare 百 / 千 before the multiplier
    [InlineData("全年营收突破千万元", 1000, "万元")]
    public void Reads_the_value_and_keeps_a_multiplier_in_the_unit(string text, double value, string unit)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("服务大学生及商户4600余人", 4600, "人")]
    [InlineData("吸引800余名大学生入乡兴村", 800, "名")]
    [InlineData("惠及2.8万余人次", 2.8, "万人次")]
    [InlineData("完成三轮核酸采样共40余万人次", 40, "万人次")]
    [InlineData("发放慰问金220余万元", 220, "万元")]
    [InlineData("文艺下乡300多场", 300, "场")]
    public void An_approximation_keeps_the_number_as_written(string text, double value, string unit)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal("=", q.Comparator);
    }

    [Theory]
    [InlineData("村集体总收入超8400万元", ">=")]
    [InlineData("新经济营业收入增长40%以上", ">=")]
    [InlineData("新增服务事项不少于5项", ">=")]
    [InlineData("营业收入破100亿元", ">=")]
    [InlineData("实际利用外资突破5000万美元", ">=")]
    [InlineData("城镇调查失业率控制在5.5%以内", "<=")]
    [InlineData("单位能耗不超过0.5吨", "<=")]
    [InlineData("规上工业增加值增长6%左右", "~")]
    [InlineData("完成征地拆迁签约135户", "=")]
    [InlineData("完成签约2296户", "=")]
    public void Bound_words_give_the_comparator(string text, string comparator)
    {
        Assert.Equal(comparator, Single(text).Comparator);
    }

    [Fact]
    public void Percentages_that_lost_their_enumeration_comma_are_two_values()
    {
        var found = Quantities("限上餐饮业营业额、零售业销售额分别增长55.5%24.6%。");
        Assert.Equal([55.5, 24.6], found.Select(q => q.Value));
        Assert.All(found, q => Assert.Equal("%", q.Unit));
    }

    [Fact]
    public void A_closing_bound_of_a_list_is_read_on_its_last_value()
    {
        var found = Quantities("旅游人次、综合收入分别增长10%15%以上");
        Assert.Equal(["=", ">="], found.Select(q => q.Comparator));
    }

    [Fact]
    public void A_number_without_unit_borrows_the_unit_of_the_next_in_its_list()
    {
        var found = Quantities("全年PM2.5浓度均值确保27、力争25微克/立方米");
        Assert.Equal([27d, 25d], found.Select(q => q.Value));
        Assert.All(found, q => Assert.Equal("微克/立方米", q.Unit));
    }

    [Theory]
    [InlineData("二十五", 25)]
    [InlineData("两百", 200)]
    [InlineData("一千零五", 1005)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("三万", 30000)]
    public void Reads_chinese_numerals(string numeral, double value)
    {
        Assert.Equal(value, NumberGrammar.ParseChinese(numeral));
    }

    [Theory]
    [InlineData("十四五")]
    [InlineData("一二")]
    [InlineData("八五")]
    [InlineData("百十")]
    public void Rejects_what_is_no_chinese_numeral(string numeral)
    {
        Assert.Null(NumberGrammar.ParseChinese(numeral));
    }

    [Theory]
    [InlineData("新建三十个文化礼堂", 30, "个")]
    [InlineData("新增两千万元专项资金", 2000, "万元")]
    [InlineData("整治土地三亩", 3, "亩")]
    public void Chinese_numerals_before_a_unit_are_quantities(string text, double value, string unit)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("在嘉兴平安考评中排名12,全市第1。")]
    [InlineData("空气质量排名上升至全市第19位")]
    [InlineData("进入嘉兴前10名")]
    [InlineData("睿兆芯获评2024年第一批省专精特新中小企业")]
    [InlineData("桐昆集团聚酯纤维5G全连接工厂入选国家级5G工厂")]
    [InlineData("坚持两个确立、两个维护,推进一村一品")]
    [InlineData("碧门村百亩方整治,中群村千亩方建设")]
    [InlineData("十四五规划收官之年,打造15分钟品质生活圈")]
    [InlineData("12345热线满意率")]
    [InlineData("2025年1月14日在第二届居民议事会第四次会议上")]
    public void Ranks_dates_names_and_idioms_are_no_quantities(string text)
    {
        Assert.Empty(Quantities(text));
    }

    [Fact]
    public void A_range_is_flagged()
    {
        var range = Assert.Single(NumberGrammar.Scan("新增1-5亿工业企业5家"), q => q.IsRange);
        Assert.Equal("亿", range.Unit);
        Assert.Equal(5, Single("新增1-5亿工业企业5家").Value);
    }

    [Theory]
    [InlineData("地区生产总值增长6%-7%")]
    [InlineData("锚定1-2个标志性成果")]
    [InlineData("每亩补助300至500元")]
    public void Ranges_are_no_single_quantities(string text)
    {
        Assert.Empty(Quantities(text));
    }

    [Fact]
    public void Offsets_point_at_the_number_and_its_unit()
    {
        const string text = "完成固定资产投资10.4亿元以上";
        var q = Single(text);
        Assert.Equal("10.4", text[q.NumberStart..q.NumberEnd]);
        Assert.Equal("10.4亿元", text[q.NumberStart..q.UnitEnd]);
        Assert.Equal("10.4亿元以上", text[q.Start..q.End]);
    }

    [Theory]
    [InlineData("打造百亿级产业集群")]
    [InlineData("新建百人规模食堂")]
    [InlineData("带动数百万人增收")]
    public void A_bare_hundred_is_no_number_without_a_multiplier_and_a_measuring_unit(string text) => Assert.Empty(Quantities(text));
}
