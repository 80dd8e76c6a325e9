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

/// <summary>
/// The administrative chain of a report's subject, resolved against the gazetteer: a township with its county, city
/// and province, or (<see cref="Township"/> null) a county-level place (县, 区, 县级市) with its city and province.
/// </summary>
public sealed record RegionChain(Township? Township, County County, City? City, Province Province)
{
    /// <summary>The city's name, or the province's for municipalities whose city row is a placeholder (北京市).</summary>
    public string CityName => City is { IsPlaceholder: false } c ? c.Name : Province.Name;

    /// <summary>Whether the subject is the county-level place itself rather than a township in it.</summary>
    public bool IsCountyLevel => Township is null;

    /// <summary>The subject's official name: the township's (灵峰街道), else the county's (清苑区).</summary>
    public string SubjectName => Township?.Name ?? County.Name;

    /// <summary>The subject's kind: 街道, 镇 or 乡 for a township; 县, 区 or 市 (旗 …) for a county-level place.</summary>
    public string SubjectKind => Township?.Kind ?? CountyKinds.Of(County.Name);

    /// <summary>The subject's official code: nine digits for a township, six for a county-level place.</summary>
    public string SubjectCode => Township?.Code ?? County.Code;
}

public static class CountyKinds
{
    /// <summary>The kind of a county-level name by its last character: 县 (自治县 too), 区, 市 (a county-level city), 旗; else the last two characters.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > 0 && name[^1] is '县' or '区' or '市' or '旗' ? name[^1..] : name.Length > 2 ? name[^2..] : name;
    }
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
