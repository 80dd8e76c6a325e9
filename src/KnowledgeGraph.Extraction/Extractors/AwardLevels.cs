using System.Text.RegularExpressions;
using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// The level of an award title (ANNOTATION.md): national (全国, 国家级, 中国…, a ministry), provincial (省,
/// a province's name), municipal (市, a prefecture-level city's name), county (县, 区, a county-level name),
/// else other. The title's opening decides (after a year and 第N批/首批); the report's own county, city and
/// province are known by their short names too (桐乡, 嘉兴, 浙江), other divisions by their full names.
/// </summary>
internal static partial class AwardLevels
{
    public const string National = "national";
    public const string Provincial = "provincial";
    public const string Municipal = "municipal";
    public const string County = "county";
    public const string Other = "other";

    private static readonly Lazy<Dictionary<string, string>> Divisions = new(LoadDivisions);

    /// <summary>The level of <paramref name="title"/> for a township in <paramref name="chain"/> (null when unknown).</summary>
    public static string Of(string title, RegionChain? chain)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = LeadingNoise().Replace(title, "");
        if (NationalStart().IsMatch(text))
        {
            return National;
        }

        if (chain is not null)
        {
            foreach (var (name, level) in new[] { (chain.County.Name, County), (chain.CityName, Municipal), (chain.Province.Name, Provincial) })
            {
                if (StartsWithPlace(text, name))
                {
                    return level;
                }
            }
        }

        for (var length = Math.Min(8, text.Length); length >= 2; length--)
        {
            if (Divisions.Value.TryGetValue(text[..length], out var level))
            {
                return level;
            }
        }

        if (GenericStart().Match(text) is { Success: true } start)
        {
            return LevelOfWord(start.Value);
        }

        return NationalAnywhere().IsMatch(text) ? National
            : ProvincialAnywhere().IsMatch(text) ? Provincial
            : MunicipalAnywhere().IsMatch(text) ? Municipal
            : CountyAnywhere().IsMatch(text) ? County
            : Other;
    }

    /// <summary>Where a level word (省级, 嘉兴市, 全国 …) starts inside <paramref name="text"/> after its first character, or -1.</summary>
    public static int LevelWordIndex(string text, RegionChain? chain)
    {
        ArgumentNullException.ThrowIfNull(text);
        var best = -1;
        if (LevelWord().Match(text, Math.Min(1, text.Length)) is { Success: true } m)
        {
            best = m.Index;
        }

        if (chain is not null)
        {
            foreach (var name in new[] { chain.County.Name, chain.CityName, chain.Province.Name })
            {
                var i = text.IndexOf(name, 1, StringComparison.Ordinal);
                if (i > 0 && (best < 0 || i < best))
                {
                    best = i;
                }
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="text"/> opens with the name of a division (the report's own by full or short name, any other by full name).</summary>
    public static bool StartsWithDivision(string text, RegionChain? chain)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (chain is not null && new[] { chain.County.Name, chain.CityName, chain.Province.Name }.Any(name => StartsWithPlace(text, name)))
        {
            return true;
        }

        for (var length = Math.Min(8, text.Length); length >= 2; length--)
        {
            if (Divisions.Value.ContainsKey(text[..length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A division's name without its suffix (浙江省 → 浙江, 桐乡市 → 桐乡), or the name when too short.</summary>
    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var m = DivisionSuffix().Match(name);
        return m.Success && m.Index >= 2 ? name[..m.Index] : name;
    }

    private static bool StartsWithPlace(string text, string name) =>
        text.StartsWith(name, StringComparison.Ordinal) || text.StartsWith(ShortName(name), StringComparison.Ordinal);

    private static string LevelOfWord(string word) => word[^1] switch
    {
        '国' => National,
        _ when word.Contains('省', StringComparison.Ordinal) => Provincial,
        _ when word.Contains('市', StringComparison.Ordinal) => Municipal,
        _ => County,
    };

    private static Dictionary<string, string> LoadDivisions()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var gazetteer = Gazetteer.Gazetteer.Default;
        foreach (var county in gazetteer.Counties.Where(c => c.Name.Length >= 3))
        {
            map.TryAdd(county.Name, County);
        }

        foreach (var city in gazetteer.Cities.Where(c => !c.IsPlaceholder && c.Name.Length >= 3))
        {
            map[city.Name] = Municipal;
        }

        foreach (var province in gazetteer.Provinces)
        {
            map[province.Name] = Provincial;
            map[ShortName(province.Name)] = Provincial;
        }

        return map;
    }

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年?度?|第[一二三四五六七八九十\d]+[批届]|首[批届]|[“”""《》])*")]
    private static partial Regex LeadingNoise();

    [GeneratedRegex(@"^(?:全国|国家|中国|中华|国务院|中央|(?:工信|工业和信息化|农业农村|文化和旅游|文旅|商务|科技|教育|民政|生态环境|住建|住房和城乡建设|交通运输|水利|自然资源|人社|人力资源和社会保障|公安|司法|应急管理|卫健|体育总局|国资委|发改委)(?:部|委)?(?=\S))")]
    private static partial Regex NationalStart();

    [GeneratedRegex(@"^(?:全省|省级|省|全市|市级|市|全县|县级|县|全区|区级|区)")]
    private static partial Regex GenericStart();

    [GeneratedRegex(@"国家级|国家|全国|中国")]
    private static partial Regex NationalAnywhere();

    [GeneratedRegex(@"省级|全省")]
    private static partial Regex ProvincialAnywhere();

    [GeneratedRegex(@"市级|全市")]
    private static partial Regex MunicipalAnywhere();

    [GeneratedRegex(@"县级|区级|全县|全区")]
    private static partial Regex CountyAnywhere();

    [GeneratedRegex(@"国家级|全国|省级|市级|县级|区级|全省|全市|全县|全区")]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"(?:省|市|县|区|自治区|自治州|自治县|地区|盟|旗|特别行政区)$")]
    private static partial Regex DivisionSuffix();
}
