namespace KnowledgeGraph.Extraction.Text;

/// <summary>An item of an enumeration, with its span inside the text that was split.</summary>
public readonly record struct EnumerationItem(string Text, int Start, int End);

/// <summary>
/// Enumeration splitting: "A、B和C等3个项目" → A, B, C (the closing 等 and its count and head noun removed;
/// the head noun is returned to type the items). Conjunctions (和 及 与 以及) split only where asked, since
/// they also occur inside names (和平村). A list sharing one suffix is expanded: 红旗、建胜、灵安村 →
/// 红旗村, 建胜村, 灵安村. Separators inside brackets or quote marks (“A、B”) do not split.
/// </summary>
public static class Enumerations
{
    private static readonly string[] Conjunctions = ["以及", "和", "及", "与"];

    /// <summary>Words that count without a numeral: 一批, 一系列, 若干 …</summary>
    private static readonly string[] CountWords = ["一系列", "一大批", "一批", "若干", "多个", "多家", "多项", "一些", "各类", "各项", "各个"];

    /// <summary>Measure words (classifiers) after a numeral.</summary>
    private const string Measures = "个家项批条处座所名位户套块场次件栋幢宗台辆间类种只大支片段方村";

    /// <summary>Splits <paramref name="text"/> at 、 (and at conjunctions when <paramref name="splitOnConjunctions"/>), trimming quote marks and a closing 等….</summary>
    public static IReadOnlyList<EnumerationItem> Split(string text, bool splitOnConjunctions = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (body, _) = StripClosingEtc(text);
        var items = new List<EnumerationItem>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length)
            {
                depth = body[i] switch
                {
                    '(' or '（' or '[' or '【' => depth + 1,
                    ')' or '）' or ']' or '】' => Math.Max(0, depth - 1),
                    _ => depth,
                };
            }

            var inside = i < body.Length && (depth > 0 || InsideQuotes(body, i));
            var conjunction = splitOnConjunctions && !inside && i < body.Length ? Conjunctions.FirstOrDefault(c => string.CompareOrdinal(body, i, c, 0, c.Length) == 0 && i > start) : null;
            if (i < body.Length && (body[i] != '、' || inside) && conjunction is null)
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
        var j = CountLength(rest, 0);
        var head = rest[j..].Trim();
        return head.Length <= 12 && !head.Contains('、', StringComparison.Ordinal) ? (text[..index], head.Length > 0 ? head : null) : (text, null);
    }

    /// <summary>
    /// The length of a count at <paramref name="index"/>: a numeral (3, 10.5, 三, 十余, 20多) with a measure word
    /// (个 家 项 条 处 套 …), or a count word (一批, 若干, 多个); 0 when there is none. "6条市政道路" → 2.
    /// </summary>
    public static int CountLength(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (index < 0 || index >= text.Length)
        {
            return 0;
        }

        foreach (var word in CountWords)
        {
            if (string.CompareOrdinal(text, index, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        var j = index;
        var ascii = false;
        while (j < text.Length && (char.IsAsciiDigit(text[j]) || (ascii && text[j] == '.' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))))
        {
            ascii = true;
            j++;
        }

        if (!ascii)
        {
            while (j < text.Length && "一二三四五六七八九十百千两几".Contains(text[j], StringComparison.Ordinal))
            {
                j++;
            }
        }

        if (j == index)
        {
            return 0;
        }

        if (j < text.Length && "余多来".Contains(text[j], StringComparison.Ordinal))
        {
            j++;
        }

        return j < text.Length && Measures.Contains(text[j], StringComparison.Ordinal) ? j + 1 - index : 0;
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

    /// <summary>
    /// Gives the bare items of a list the tail of its last item: the last item minus as many leading characters
    /// as the longest bare item has. "同福、灵安工业园区" → 同福工业园区, 灵安工业园区. Items that are complete by
    /// <paramref name="isComplete"/>, and bare items longer than <paramref name="maxBareLength"/>, stay as they are.
    /// </summary>
    public static IReadOnlyList<string> ExpandSharedTail(IReadOnlyList<string> items, Func<string, bool> isComplete, int maxBareLength = 4)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(isComplete);
        if (items.Count < 2 || !isComplete(items[^1]))
        {
            return items;
        }

        var bare = items.Take(items.Count - 1).Where(i => !isComplete(i) && i.Length <= maxBareLength).ToList();
        if (bare.Count == 0)
        {
            return items;
        }

        var stem = bare.Max(i => i.Length);
        if (stem >= items[^1].Length)
        {
            return items;
        }

        var tail = items[^1][stem..];
        return [.. items.Select((item, k) => k < items.Count - 1 && !isComplete(item) && item.Length <= maxBareLength ? item + tail : item)];
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

    /// <summary>Whether <paramref name="index"/> lies between an opening “ and its closing ” (a quote whose closing mark was lost does not count).</summary>
    private static bool InsideQuotes(string text, int index)
    {
        var open = text.LastIndexOf('“', index);
        return open >= 0 && open > text.LastIndexOf('”', index) && text.IndexOf('”', index) > index;
    }

    private static bool IsTrim(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '”' or '‘' or '’' or '《' or '》' or '「' or '」';
}
