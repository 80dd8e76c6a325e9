using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class PropertyJsonTests
{
    [Theory]
    [InlineData(10.0, "10.0")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(3.0e20, "3E+20")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(0.1, "0.1")]
    public void Doubles_are_written_so_they_read_back_as_doubles(double value, string expected) =>
        Assert.Equal(expected, PropertyJson.FormatDouble("v", value));

    [Fact]
    public void A_bag_round_trips_with_its_types()
    {
        var bag = PropertyBag.Of(
            ("double", 10.0), ("fraction", 8.5), ("big", 3.0e20), ("long", 2024L), ("max", long.MaxValue), ("negative", -7L),
            ("yes", true), ("no", false), ("text", "同比增长“8.5%”\n<tab>\t"), ("单位", "亿元"));

        var json = PropertyJson.Write(bag);
        var read = PropertyJson.Read(json);

        Assert.Equal(bag, read);
        Assert.IsType<double>(read["double"]);
        Assert.IsType<double>(read["big"]);
        Assert.IsType<long>(read["long"]);
        Assert.IsType<long>(read["max"]);
        Assert.IsType<bool>(read["yes"]);
        Assert.Contains("\"double\":10.0", json, StringComparison.Ordinal);
        Assert.Contains("\"long\":2024", json, StringComparison.Ordinal);
        Assert.Contains("\"单位\":\"亿元\"", json, StringComparison.Ordinal);
        Assert.Contains("“8.5%”", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_bag_is_an_empty_object() =>
        Assert.Same(PropertyBag.Empty, PropertyJson.Read(PropertyJson.Write(PropertyBag.Empty)));

    [Fact]
    public void Non_finite_doubles_are_refused() =>
        Assert.Throws<ArgumentException>(() => PropertyJson.Write(PropertyBag.Of(("v", double.NaN))));
}
