namespace KnowledgeGraph.Gazetteer;

/// <summary>What the text says outright about its subject: the title and the publishing body, if any.</summary>
public sealed record PlaceHints(string? Title, string? Publisher);

/// <summary>
/// A township candidate with the evidence that chose it: the score, the first mention's offset, the part of the score
/// the text's own mentions and hints give (without the chain's fit), and whether another place scored the same.
/// </summary>
public sealed record ResolvedTownship(RegionChain Chain, int Score, int FirstMention, int MentionScore = 0, bool Tied = false);

/// <summary>
/// Finds the township a report is about. Every township name of the gazetteer that occurs in the text is
/// a candidate; candidates score by where they occur (title, publisher), how often (full name, and the
/// name without its suffix: 瓶窑 for 瓶窑镇), and how well the places the text mentions fit their
/// chain (a county, city or province named in the text), which is what tells 浙江 桐乡市's 凤鸣街道
/// from 四川 眉山市 彭山区's.
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    private const int HintWeight = 100;
    private const int FullMentionWeight = 3;
    private const int ShortMentionWeight = 1;

    public ResolvedTownship? Resolve(string text, PlaceHints hints)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hints);
        var mentions = FindTownshipMentions(text);
        foreach (var hint in new[] { hints.Title, hints.Publisher })
        {
            foreach (var (name, _) in hint is null ? [] : FindTownshipMentions(hint))
            {
                mentions.TryAdd(name, -1);
            }
        }

        ResolvedTownship? best = null;
        var tied = false;
        foreach (var (name, first) in mentions)
        {
            var shortName = ShortName(name);
            var textScore = (FullMentionWeight * CountFull(text, name))
                + (shortName is null ? 0 : ShortMentionWeight * CountShort(text, shortName, name))
                + (hints.Title?.Contains(name, StringComparison.Ordinal) == true ? HintWeight : 0)
                + (hints.Publisher?.Contains(name, StringComparison.Ordinal) == true ? HintWeight : 0);
            foreach (var township in gazetteer.TownshipsNamed(name))
            {
                var chain = gazetteer.ChainOf(township);
                var score = textScore + ChainFit(text, chain);
                if (best is null || score > best.Score || (score == best.Score && string.CompareOrdinal(township.Code, best.Chain.SubjectCode) < 0))
                {
                    tied = best is not null && score == best.Score;
                    best = new ResolvedTownship(chain, score, first, textScore);
                }
                else if (score == best.Score)
                {
                    tied = true;
                }
            }
        }

        return best is null ? null : best with { Tied = tied };
    }

    /// <summary>Township names in the text with the offset of their first occurrence (-1 when only in hints).</summary>
    internal Dictionary<string, int> FindTownshipMentions(string text)
    {
        var lookup = gazetteer.TownshipNameLookup;
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var maxLength = gazetteer.MaxTownshipNameLength;
        for (var end = 1; end <= text.Length; end++)
        {
            var last = text[end - 1];
            if (last is not ('道' or '镇' or '乡' or '木'))
            {
                continue;
            }

            for (var length = 3; length <= maxLength && length <= end; length++)
            {
                var start = end - length;
                if (lookup.TryGetValue(text.AsSpan(start, length), out var key, out _) && IsTownshipMention(text, key, end) && !GenericPlaceWords.EndsGeneric(text, end, key))
                {
                    found.TryAdd(key, start);
                }
            }
        }

        return found;
    }

    /// <summary>The name without its township suffix, when at least two characters remain (瓶窑镇 → 瓶窑).</summary>
    public static string? ShortName(string name) => Strip(name, TownshipKinds.Suffixes);

    internal static string? Strip(string name, IEnumerable<string> suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                return name[..^suffix.Length];
            }
        }

        return null;
    }

    // 幸福乡 inside 幸福乡村 is the word 乡村, not the township.
    private static bool IsTownshipMention(string text, string name, int end) =>
        !(name.EndsWith('乡') && end < text.Length && text[end] is '村' or '镇' or '土' or '贤');

    private static int CountFull(string text, string name)
    {
        var count = 0;
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            count += IsTownshipMention(text, name, i + name.Length) && !GenericPlaceWords.EndsGeneric(text, i + name.Length, name) ? 1 : 0;
        }

        return count;
    }

    private static int CountShort(string text, string shortName, string fullName)
    {
        var count = 0;
        for (var i = text.IndexOf(shortName, StringComparison.Ordinal); i >= 0; i = text.IndexOf(shortName, i + shortName.Length, StringComparison.Ordinal))
        {
            count += string.CompareOrdinal(text, i, fullName, 0, fullName.Length) == 0 ? 0 : 1;
        }

        return count;
    }

    internal static int ChainFit(string text, RegionChain chain) =>
        RegionScore(text, chain.County.Name, ["县", "市", "区", "旗", "自治县", "自治旗"], 4, 24)
        + (chain.City is { IsPlaceholder: false } city ? RegionScore(text, city.Name, ["市", "地区", "自治州", "盟"], 2, 12) : 0)
        + RegionScore(text, chain.Province.Name, ["省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区"], 1, 6);

    internal static int RegionScore(string text, string name, string[] suffixes, int weight, int cap)
    {
        var shortName = Strip(name, suffixes.OrderByDescending(s => s.Length)) ?? name;
        var count = 0;
        for (var i = text.IndexOf(shortName, StringComparison.Ordinal); i >= 0 && count * weight < cap; i = text.IndexOf(shortName, i + shortName.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return Math.Min(cap, count * weight);
    }
}
