namespace KnowledgeGraph.Gazetteer;

/// <summary>A province-level division (省, 自治区, 直辖市).</summary>
public sealed record Province(string Code, string Name);

/// <summary>A prefecture-level division; municipalities list theirs as 市辖区 rows.</summary>
public sealed record City(string Code, string Name, string ProvinceCode)
{
    /// <summary>Whether this is a placeholder row (市辖区, 县) of a municipality rather than a named city.</summary>
    public bool IsPlaceholder => Name is "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划";
}

/// <summary>A county-level division: county, county-level city or district (县, 市, 区, 旗).</summary>
public sealed record County(string Code, string Name, string CityCode, string ProvinceCode);

/// <summary>A township-level division (街道, 镇, 乡 …) with its county, city and province codes.</summary>
public sealed record Township(string Code, string Name, string CountyCode, string CityCode, string ProvinceCode)
{
    /// <summary>The kind by suffix: 街道, 镇 or 乡 (民族乡 included); other suffixes (苏木, 地区办事处 …) as written.</summary>
    public string Kind => TownshipKinds.Of(Name);
}

/// <summary>The administrative chain of a township, resolved against the gazetteer.</summary>
public sealed record RegionChain(Township Township, County County, City? City, Province Province)
{
    /// <summary>The city's name, or the province's for municipalities whose city row is a placeholder (北京市).</summary>
    public string CityName => City is { IsPlaceholder: false } c ? c.Name : Province.Name;
}

public static class TownshipKinds
{
    public const string Subdistrict = "街道";
    public const string Town = "镇";
    public const string Township = "乡";

    /// <summary>The suffixes that end township-level names, longest first.</summary>
    public static IReadOnlyList<string> Suffixes { get; } = ["街道", "镇", "乡", "苏木"];

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.EndsWith(Subdistrict, StringComparison.Ordinal) || name.EndsWith("街道办事处", StringComparison.Ordinal))
        {
            return Subdistrict;
        }

        if (name.EndsWith(Town, StringComparison.Ordinal))
        {
            return Town;
        }

        return name.EndsWith(Township, StringComparison.Ordinal) ? Township : name.Length > 2 ? name[^2..] : name;
    }
}
