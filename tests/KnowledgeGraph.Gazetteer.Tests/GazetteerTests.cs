namespace KnowledgeGraph.Gazetteer.Tests;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Data = Gazetteer.Default;

    [Fact]
    public void Loads_every_row_of_the_shipped_division_files()
    {
        Assert.Equal(31, Data.Provinces.Count);
        Assert.Equal(342, Data.Cities.Count);
        Assert.Equal(2978, Data.Counties.Count);
        Assert.Equal(41352, Data.Townships.Count);
    }

    [Fact]
    public void Chains_a_township_to_its_county_city_and_province()
    {
        var chain = Data.ChainOf(Data.TownshipsNamed("洲泉镇").Single());
        Assert.Equal(("洲泉镇", "镇", "桐乡市", "嘉兴市", "浙江省"), (chain.SubjectName, chain.SubjectKind, chain.County.Name, chain.CityName, chain.Province.Name));
    }

    [Fact]
    public void A_municipality_district_takes_the_province_as_its_city()
    {
        var chain = Data.ChainOf(Data.TownshipsNamed("东华门街道").Single());
        Assert.Equal("东城区", chain.County.Name);
        Assert.Equal("北京市", chain.CityName);
    }

    [Theory]
    [InlineData("灵峰街道", "街道")]
    [InlineData("瓶窑镇", "镇")]
    [InlineData("幸福乡", "乡")]
    public void Township_kind_comes_from_the_suffix(string name, string kind) => Assert.Equal(kind, TownshipKinds.Of(name));
}
