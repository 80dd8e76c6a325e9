using System.Text.RegularExpressions;

namespace KnowledgeGraph.Gazetteer;

/// <summary>A doubt about a report's subject: a short code (SUBJECT_UNKNOWN, SUBJECT_AMBIGUOUS) and a message saying why.</summary>
public sealed record SubjectDoubt(string Code, string Message);

/// <summary>The subject a report is about (null when it could not be determined), where it is first named, and any doubt.</summary>
public sealed record SubjectResolution(RegionChain? Chain, int FirstMention, int MentionLength, IReadOnlyList<SubjectDoubt> Doubts);

/// <summary>
/// Finds what a report is about: a township (街道, 镇, 乡) or a county-level place (县, 区, 县级市). The level comes
/// from how the report speaks of itself: a county-level government reports as 我代表(X)县人民政府向大会…, signs as
/// X县人民政府县长, meets as X区第三届人民代表大会; a township as 我代表X街道办事处…, X镇第N届人民代表大会, or names itself
/// in its title. A township is then resolved by <see cref="PlaceResolver"/>; a county-level place among the county
/// names of the gazetteer (former names included: 清苑县 is today's 清苑区), scored by the names in those
/// self-references, the title, how often it is named in full or short (清苑), and how well its city and province fit.
/// A subject named too weakly (once, with nothing else pointing to it) is not guessed: it is unknown, with a doubt.
/// </summary>
public sealed partial class SubjectResolver(Gazetteer gazetteer)
{
    private const int SelfWeight = 100;
    private const int HintWeight = 100;
    private const int FullMentionWeight = 3;
    private const int ShortMentionWeight = 1;

    /// <summary>The least mention score (three full mentions, or two and a few short ones) that names a subject without a self-reference or title.</summary>
    private const int MinimumMentionScore = 6;

    public const string Unknown = "SUBJECT_UNKNOWN";
    public const string Ambiguous = "SUBJECT_AMBIGUOUS";

    private readonly PlaceResolver townships = new(gazetteer);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> countyNames =
        gazetteer.CountyNames.ToDictionary(n => n, n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly int maxCountyName = gazetteer.CountyNames.Max(n => n.Length);
    // short names of county-level places, without those that are also a province's or city's (河北 is 河北省 before 河北区)
    private readonly Dictionary<string, List<string>> shortNames = gazetteer.CountyNames
        .Select(n => (Short: ShortCountyName(n), Name: n))
        .Where(p => p.Short is not null && !gazetteer.Provinces.Any(r => r.Name.StartsWith(p.Short, StringComparison.Ordinal))
            && !gazetteer.Cities.Any(c => c.Name.StartsWith(p.Short, StringComparison.Ordinal)))
        .GroupBy(p => p.Short!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Name).ToList(), StringComparer.Ordinal);

    private readonly int maxShortName = gazetteer.CountyNames.Select(ShortCountyName).OfType<string>().Max(n => n.Length);


    /// <summary>The least mention score of a subject the report never names in a self-reference or its title (容城 29 times, 新安 18).</summary>
    private const int UnnamedMentionScore = 12;

    /// <summary>How often a place must be named by its short name alone to be a candidate.</summary>
    private const int MinimumShortMentions = 3;

    /// <summary>The level the report speaks of itself at: county-level when its county self-references outnumber its township ones.</summary>
    public static bool SpeaksAsCounty(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CountySelf().Count(text) > TownshipSelf().Count(text);
    }

    public SubjectResolution Resolve(string text, PlaceHints hints)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hints);
        var township = townships.Resolve(text, hints);
        var townshipHinted = township is { MentionScore: >= HintWeight };
        if (!townshipHinted && SpeaksAsCounty(text))
        {
            return ResolveCounty(text, hints);
        }

        if (township is null)
        {
            return new SubjectResolution(null, -1, 0, [new SubjectDoubt(Unknown, "no township or county-level place the report is about was found")]);
        }

        var name = township.Chain.SubjectName;
        if (township.MentionScore < MinimumMentionScore)
        {
            return new SubjectResolution(null, -1, 0, [new SubjectDoubt(Unknown, $"no place the report is about was found ({name} is named too rarely to be its subject)")]);
        }

        IReadOnlyList<SubjectDoubt> doubts = township.Tied
            ? [new SubjectDoubt(Ambiguous, $"{name} names more than one township and the text does not tell which; guessed {township.Chain.CityName} {township.Chain.County.Name} ({township.Chain.SubjectCode})")]
            : [];
        return new SubjectResolution(township.Chain, township.FirstMention, township.FirstMention >= 0 ? name.Length : 0, doubts);
    }

    private SubjectResolution ResolveCounty(string text, PlaceHints hints)
    {
        var full = FindCountyMentions(text);
        foreach (var hinted in new[] { hints.Title, hints.Publisher }.SelectMany(h => h is null ? Enumerable.Empty<string>() : FindCountyMentions(h).Keys))
        {
            full.TryAdd(hinted, -1);
        }

        var shortCounts = CountShortNames(text);
        var selfNamed = SelfNamed(text);

        // Candidates: every place named in full, and every place named often enough by its short name (容城 for 容城县)
        // in a text that also names its city or province.
        var codes = full.Keys.SelectMany(gazetteer.CountiesKnownAs)
            .Concat(shortCounts.Where(s => s.Value >= MinimumShortMentions).SelectMany(s => shortNames[s.Key]).SelectMany(gazetteer.CountiesKnownAs)
                .Where(c => CityFit(text, gazetteer.ChainOf(c)) > 0))
            .DistinctBy(c => c.Code);
        var ranked = new List<Candidate>();
        foreach (var county in codes)
        {
            var names = gazetteer.NamesOf(county);
            var mentions = 0;
            var first = -1;
            var firstName = county.Name;
            foreach (var name in names)
            {
                var count = full.ContainsKey(name) ? CountMentions(text, name) : 0;
                mentions += (FullMentionWeight * count)
                    + (selfNamed.Contains(name) ? SelfWeight : 0)
                    + (hints.Title?.Contains(name, StringComparison.Ordinal) == true || hints.Publisher?.Contains(name, StringComparison.Ordinal) == true ? HintWeight : 0);
                if (full.TryGetValue(name, out var at) && at >= 0 && (first < 0 || at < first))
                {
                    (first, firstName) = (at, name);
                }
            }

            foreach (var shortName in names.Select(ShortCountyName).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                mentions += ShortMentionWeight * (shortCounts.GetValueOrDefault(shortName) - names.Where(n => n.StartsWith(shortName, StringComparison.Ordinal)).Sum(n => full.ContainsKey(n) ? CountMentions(text, n) : 0));
                if (first < 0 && text.IndexOf(shortName, StringComparison.Ordinal) is >= 0 and var at)
                {
                    (first, firstName) = (at, shortName);
                }
            }

            // without a self-reference or a title naming it, a place needs more mentions to be the subject than to be a neighbour
            var named = names.Any(n => selfNamed.Contains(n) || hints.Title?.Contains(n, StringComparison.Ordinal) == true || hints.Publisher?.Contains(n, StringComparison.Ordinal) == true);
            ranked.Add(new Candidate(county, named ? mentions : Math.Min(mentions, mentions >= UnnamedMentionScore ? mentions : 0), first, firstName, mentions + CityFit(text, gazetteer.ChainOf(county))));
        }

        ranked.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.County.Code, y.County.Code));
        if (ranked.Count == 0 || ranked[0].Mentions < MinimumMentionScore)
        {
            var weak = ranked.Count == 0 ? "" : $" ({ranked[0].County.Name} is named too rarely to be its subject)";
            return new SubjectResolution(null, -1, 0, [new SubjectDoubt(Unknown, "the report speaks as a county-level government but does not say which" + weak)]);
        }

        var best = ranked[0];
        var chain = gazetteer.ChainOf(best.County);
        IReadOnlyList<SubjectDoubt> doubts = ranked.Count > 1 && ranked[1].Score == best.Score
            ? [new SubjectDoubt(Ambiguous, $"{best.County.Name} and {ranked[1].County.Name} ({ranked[1].County.Code}) fit the text equally well; guessed {chain.CityName} {best.County.Name} ({best.County.Code})")]
            : [];
        return new SubjectResolution(chain, best.First, best.First >= 0 ? best.FirstName.Length : 0, doubts);
    }

    /// <summary>A county-level name without its suffix when at least two characters remain (清苑区 → 清苑; 唐县 has none).</summary>
    private static string? ShortCountyName(string name) => PlaceResolver.Strip(name, ["自治县", "自治旗", "县", "区", "市", "旗"]);

    /// <summary>
    /// How often each county-level short name occurs in the text as a name (the names inside the full names included).
    /// A short name that is mostly part of one longer word is a word, not a name: 解放 in 解放思想, 迁安 in 征迁安置, 安新 in
    /// 雄安新区, 河北 in 河北省. So occurrences sharing a Han neighbour (before, or after other than a county suffix) with at
    /// least <see cref="WordShare"/> of all occurrences do not count.
    /// </summary>
    private Dictionary<string, int> CountShortNames(string text)
    {
        var found = new Dictionary<string, List<(char Before, char After)>>(StringComparer.Ordinal);
        var lookup = shortNames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 2; length <= maxShortName && start + length <= text.Length; length++)
            {
                if (lookup.TryGetValue(text.AsSpan(start, length), out var key, out _))
                {
                    if (!found.TryGetValue(key, out var list))
                    {
                        found[key] = list = [];
                    }

                    var before = start > 0 ? text[start - 1] : ' ';
                    var after = start + length < text.Length ? text[start + length] : ' ';
                    list.Add((IsHan(before) ? before : ' ', IsHan(after) && after is not ('县' or '区' or '市' or '旗') ? after : ' '));
                }
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, list) in found)
        {
            var words = list.Select(n => n.Before).Where(c => c != ' ').GroupBy(c => c).Where(g => g.Count() >= WordShare * list.Count).Select(g => g.Key).ToHashSet();
            var wordsAfter = list.Select(n => n.After).Where(c => c != ' ').GroupBy(c => c).Where(g => g.Count() >= WordShare * list.Count).Select(g => g.Key).ToHashSet();
            counts[key] = list.Count(n => !words.Contains(n.Before) && !wordsAfter.Contains(n.After));
        }

        return counts;
    }

    /// <summary>The share of a short name's occurrences one neighbour must have to make them a word (解放 + 思想).</summary>
    private const double WordShare = 0.4;

    /// <summary>County-level names in the text with the offset of their first occurrence; generic words (城区, 新区) left out.</summary>
    internal Dictionary<string, int> FindCountyMentions(string text)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var end = 2; end <= text.Length; end++)
        {
            if (text[end - 1] is not ('县' or '区' or '市' or '旗'))
            {
                continue;
            }

            for (var length = 2; length <= maxCountyName && length <= end; length++)
            {
                if (countyNames.TryGetValue(text.AsSpan(end - length, length), out var name) && IsCountyMention(text, name, end))
                {
                    found.TryAdd(name, end - length);
                }
            }
        }

        return found;
    }

    /// <summary>The county-level names that stand right before a county self-reference (代表顺平县人民政府, 清苑区第三届人民代表大会).</summary>
    private HashSet<string> SelfNamed(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in CountySelf().Matches(text))
        {
            var end = m.Groups["suffix"].Index + 1;
            for (var length = 2; length <= maxCountyName && length <= end; length++)
            {
                if (countyNames.TryGetValue(text.AsSpan(end - length, length), out var name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private sealed record Candidate(County County, int Mentions, int First, string FirstName, int Score);

    private static int CityFit(string text, RegionChain chain) =>
        (chain.City is { IsPlaceholder: false } city ? PlaceResolver.RegionScore(text, city.Name, ["市", "地区", "自治州", "盟"], 2, 12) : 0)
        + PlaceResolver.RegionScore(text, chain.Province.Name, ["省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区"], 1, 6);

    /// <summary>Mentions of a county-level name, without the generic words it ends (示范县) and the words it starts (…和县委: 和 县委).</summary>
    private static int CountMentions(string text, string name)
    {
        var count = 0;
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            count += IsCountyMention(text, name, i + name.Length) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Whether the county-level name ending at <paramref name="end"/> is a mention of that place: not the tail of a
    /// generic word (示范县), not the title of another report (a page's links: 2021年定兴县政府工作报告), and, for a name of
    /// one character and its suffix (唐县, 兴县), not inside running text (科教兴县, 和县委), only after a non-Han character
    /// or a city or province name (保定市唐县).
    /// </summary>
    private static bool IsCountyMention(string text, string name, int end) =>
        !GenericPlaceWords.EndsGeneric(text, end, name)
        && !OtherReportTitle().IsMatch(text.AsSpan(end, Math.Min(8, text.Length - end)))
        && !(name.Length == 2 && (end < text.Length && OfficeAfterSuffix().IsMatch(text.AsSpan(end, Math.Min(2, text.Length - end)))
            || (end - 3 >= 0 && IsHan(text[end - 3]) && text[end - 3] is not ('市' or '省' or '区' or '州' or '盟'))));

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    // After a county-level name: the title of a report of it (人民政府工作报告, 政府工作报告), as the links of a page list them.
    [GeneratedRegex(@"^(人民)?政府工作报告")]
    private static partial Regex OtherReportTitle();

    // After a one-character name (和县), what makes the suffix the first character of a word (县委, 县政府, 县长).
    [GeneratedRegex(@"^(委|政|人|长|直|域|城|级|乡|镇|区|里|内|外)")]
    private static partial Regex OfficeAfterSuffix();

    // How a county-level government speaks of itself: 代表(X)县人民政府向大会, X区人民政府区长, X县第十四届人民代表大会.
    [GeneratedRegex(@"代表[^，。,；;\n]{0,15}?(?<suffix>[县区市旗])(人民)?政府(向|，|,|作)|(?<suffix>[县区市旗])(人民)?政府[县区市旗]长|(?<suffix>[县区市旗])第[一二三四五六七八九十\d]{1,4}届人民代表大会")]
    private static partial Regex CountySelf();

    // How a township speaks of itself: 代表X街道办事处向大会, X镇第十八届人民代表大会, 居民议事会, X镇人民政府镇长.
    [GeneratedRegex(@"代表[^，。,；;\n]{0,15}?(街道办事处|街道|镇|乡)(人民)?(政府)?(向|，|,|作)|(镇|乡|街道)第[一二三四五六七八九十\d]{1,4}届(人民代表大会|居民议事会)|(镇|乡)(人民)?政府(镇|乡)长")]
    private static partial Regex TownshipSelf();
}
