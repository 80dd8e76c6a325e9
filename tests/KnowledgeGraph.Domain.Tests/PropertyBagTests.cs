namespace KnowledgeGraph.Domain.Tests;

public sealed class PropertyBagTests
{
    [Fact]
    public void Values_are_normalised_to_the_four_stored_types()
    {
        var bag = PropertyBag.Of(("year", 2024), ("value", 10.4f), ("name", "灵峰"), ("met", true), ("none", null), ("date", new DateOnly(2025, 1, 20)));
        Assert.IsType<long>(bag["year"]);
        Assert.IsType<double>(bag["value"]);
        Assert.Equal("2025-01-20", bag.GetString("date"));
        Assert.False(bag.ContainsKey("none"));
        Assert.Equal(["date", "met", "name", "value", "year"], bag.Keys);
    }

    [Fact]
    public void Unsupported_values_are_refused_by_key()
    {
        var e = Assert.Throws<ArgumentException>(() => PropertyBag.Of(("when", DateTime.UnixEpoch)));
        Assert.Contains("'when'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_overlays_and_equality_is_by_value()
    {
        var merged = PropertyBag.Of(("a", 1), ("b", "x")).Merge(PropertyBag.Of(("b", "y"), ("c", 2.5)));
        Assert.Equal(PropertyBag.Of(("a", 1L), ("b", "y"), ("c", 2.5)), merged);
        Assert.NotEqual(PropertyBag.Of(("a", 1L)), PropertyBag.Of(("a", 1.0)));
    }
}
