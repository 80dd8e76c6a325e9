namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Lists of metrics: split at 、 and conjunctions, completed where items share a head or a subject, and
/// short items continuing a list attached to the item before.
/// </summary>
internal static class QuantityLists
{
    /// <summary>Splits a list of metrics at 、 and the conjunctions (和, 及, 与), keeping quoted parts whole.</summary>
    public static List<string> SplitItems(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var items = new List<string>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length)
            {
                depth += s[i] switch { '“' or '(' or '《' => 1, '”' or ')' or '》' => -1, _ => 0 };
                var separator = depth == 0 ? QuantityLexicon.Separators.FirstOrDefault(w => w is not ("并" or "且") && QuantityLexicon.At(s, i, w)) : null;
                if (separator is null)
                {
                    continue;
                }

                Add(items, s[start..i]);
                start = i + separator.Length;
                i = start - 1;
                continue;
            }

            Add(items, s[start..]);
        }

        return items;
    }

    /// <summary>
    /// Completes the items of a list that share a head or a subject: a short item before a long one takes
    /// the long one's tail (基本养老、基本医疗保险参保率 → 基本养老保险参保率); a short item after a long one with the
    /// same last character takes the long one's subject (责任医生重点人群签约率、服务率 → 责任医生重点人群服务率).
    /// </summary>
    public static List<string> Complete(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var result = items.ToList();
        if (items.Count < 2)
        {
            return result;
        }

        var (first, last) = (items[0], items[^1]);
        for (var n = 0; n < items.Count - 1; n++)
        {
            var item = items[n];
            if (item.Length < last.Length && item.Length <= 4 && item[^1] != last[^1])
            {
                result[n] = item + last[item.Length..];
            }
        }

        for (var n = 1; n < items.Count; n++)
        {
            var item = items[n];
            if (item.Length < first.Length && item.Length <= 4 && item[^1] == first[^1])
            {
                result[n] = first[..^item.Length] + item;
            }
        }

        return result;
    }

    /// <summary>
    /// The metric of a short item that continues a list after a quantity: it takes what it shares with the
    /// previous metric (示范小区4个、示范村7个 → …示范村) or the previous metric's object (开工7个、竣工3个 → …项目竣工).
    /// </summary>
    public static string Continue(string item, string previous)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(previous);
        if (item.Length >= 2)
        {
            var shared = previous.IndexOf(item[..2], StringComparison.Ordinal);
            if (shared > 0)
            {
                return previous[..shared] + item;
            }
        }

        return Attach(item, previous);
    }

    /// <summary>
    /// A short item attached to the previous metric: an attribute noun follows it whole (违建 + 面积), a verb
    /// follows its object (亿元以上项目 + 竣工), a noun takes its leading verb (引进 + 博士).
    /// </summary>
    public static string Attach(string item, string previous)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(previous);
        if (QuantityLexicon.AttributeNouns.Contains(item))
        {
            return previous + item;
        }

        if (item.Length >= 2 && QuantityLexicon.ActionVerbs.Contains(item[..2]))
        {
            return item.Length <= 2 ? ObjectOf(previous) + item : item;
        }

        var verb = LeadingVerbEnd(previous);
        return verb > 0 && LeadingVerbEnd(item) < 0 ? previous[..verb] + item : item;
    }

    /// <summary>Where an action verb within the first four characters ends (动态管控… → 4), or -1.</summary>
    private static int LeadingVerbEnd(string metric)
    {
        for (var p = 0; p + 2 <= Math.Min(4, metric.Length); p++)
        {
            if (QuantityLexicon.ActionVerbs.Contains(metric.Substring(p, 2)))
            {
                return p + 2;
            }
        }

        return -1;
    }

    /// <summary>A metric without its leading and trailing action verbs (开展健康活动 → 健康活动; 亿元以上项目开工 → 亿元以上项目).</summary>
    public static string ObjectOf(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var s = metric;
        if (s.Length > 3 && QuantityLexicon.ActionVerbs.Contains(s[..2]))
        {
            s = s[2..];
        }

        if (s.Length > 3 && QuantityLexicon.ActionVerbs.Contains(s[^2..]))
        {
            s = s[..^2];
        }

        return s;
    }

    private static void Add(List<string> items, string item)
    {
        var trimmed = item.Trim();
        if (trimmed.Length > 0)
        {
            items.Add(trimmed);
        }
    }
}
