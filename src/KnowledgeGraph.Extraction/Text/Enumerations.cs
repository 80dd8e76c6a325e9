namespace KnowledgeGraph.Extraction.Text;

/// <summary>An item of an enumeration, with its span inside the text that was split.</summary>
public readonly record struct EnumerationItem(string Text, int Start, int End);

/// <summary>
/// Enumeration splitting: "A、B和C等3个项目" → A, B, C (the closing 等 and its count and head noun removed;
/// the head noun is returned to type the items). Conjunctions (和 及 与 以及) split only where asked, since
/// they also occur inside names (和平村). A list sharing one suffix is expanded: 红旗、建胜、灵安村 →
/// 红旗村, 建胜村, 灵安村.
/// </summary>
public static class Enumerations
{
    private static readonly string[] Conjunctions = ["以及", "和", "及", "与"];

    /// <summary>Splits <paramref name="text"/> at 、 (and at conjunctions when <paramref name="splitOnConjunctions"/>), trimming quote marks and a closing 等….</summary>
    public static IReadOnlyList<EnumerationItem> Split(string text, bool splitOnConjunctions = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (body, _) = StripClosingEtc(text);
        var items = new List<EnumerationItem>();
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            var conjunction = splitOnConjunctions && i < body.Length ? Conjunctions.FirstOrDefault(c => string.CompareOrdinal(body, i, c, 0, c.Length) == 0 && i > start) : null;
            if (i < body.Length && body[i] != '、' && conjunction is null)
            {
                continue;
            }

            AddTrimmed(items, body, start, i);
            start = i + (conjunction?.Length ?? 1);
            i = start - 1;
        }

        return items;
    }

    /// <summary>
    /// Removes a closing 等 / 等N个X / 等X (returning X, the head noun that types the items, when present):
    /// "国际数字贸易港、秣马酒店(二期)等3个实体产业项目" → ("国际数字贸易港、秣马酒店(二期)", "实体产业项目").
    /// </summary>
    public static (string Body, string? HeadNoun) StripClosingEtc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = text.LastIndexOf('等');
        if (index <= 0)
        {
            return (text, null);
        }

        var rest = text[(index + 1)..];
        var j = 0;
        while (j < rest.Length && (char.IsAsciiDigit(rest[j]) || "一二三四五六七八九十百千两余多".Contains(rest[j], StringComparison.Ordinal)))
        {
            j++;
        }

        if (j > 0 && j < rest.Length && "个家项批条处座所名位户".Contains(rest[j], StringComparison.Ordinal))
        {
            j++;
        }

        var head = rest[j..].Trim();
        return head.Length <= 12 && !head.Contains('、', StringComparison.Ordinal) ? (text[..index], head.Length > 0 ? head : null) : (text, null);
    }

    /// <summary>Gives every item the suffix the last item ends with, when the others lack any of <paramref name="suffixes"/>.</summary>
    public static IReadOnlyList<string> ExpandSharedSuffix(IReadOnlyList<string> items, IEnumerable<string> suffixes)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count < 2)
        {
            return items;
        }

        var suffixList = suffixes.OrderByDescending(s => s.Length).ToList();
        var shared = suffixList.FirstOrDefault(s => items[^1].EndsWith(s, StringComparison.Ordinal) && items[^1].Length > s.Length);
        if (shared is null)
        {
            return items;
        }

        return [.. items.Select(item => suffixList.Any(s => item.EndsWith(s, StringComparison.Ordinal)) ? item : item + shared)];
    }

    private static void AddTrimmed(List<EnumerationItem> items, string text, int start, int end)
    {
        while (start < end && IsTrim(text[start]))
        {
            start++;
        }

        while (end > start && IsTrim(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            items.Add(new EnumerationItem(text[start..end], start, end));
        }
    }

    private static bool IsTrim(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '”' or '‘' or '’' or '《' or '》' or '「' or '」';
}
