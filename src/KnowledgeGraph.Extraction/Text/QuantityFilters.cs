namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Which numbers of a sentence are no quantity of their own: a quantity that describes the noun after it
/// (8.8平方公里的科技城), a class of things (5000万元以上项目), a qualifier of the noun counted next
/// (10亿元以上项目1个), the value a change starts from (由8.2万元提高到11.6万元).
/// </summary>
internal static class QuantityFilters
{
    /// <summary>
    /// A quantity before 的 describes the noun after it (8.8平方公里的科技城), unless that noun names a measure the
    /// quantity is the value of (实现3.5亿元的销售额).
    /// </summary>
    public static bool QualifiesByDe(string s, Quantity q)
    {
        if (q.End >= s.Length || s[q.End] != '的')
        {
            return false;
        }

        var end = q.End + 1;
        while (end < s.Length && !QuantityLexicon.IsClauseBreak(s[end]) && !"、和及与并".Contains(s[end], StringComparison.Ordinal))
        {
            end++;
        }

        var noun = s[(q.End + 1)..end];
        return !QuantityLexicon.MeasureNouns.Any(m => noun.EndsWith(m, StringComparison.Ordinal));
    }

    /// <summary>Words after 次 / 届 that make a number the ordinal of a meeting (三次全会, 第二次会议), not a count.</summary>
    private static readonly string[] MeetingWords = ["全会", "会议", "全体会议", "党代会", "代表大会"];

    /// <summary>
    /// A number that is part of a name, not a quantity: inside quote marks (“十个百”工程, “人才十条”), or the ordinal of a
    /// session or meeting (十五届三次全会, 第二次会议).
    /// </summary>
    public static bool IsPartOfName(string s, Quantity q)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(q);
        var open = s.LastIndexOf('“', Math.Max(0, q.NumberStart - 1));
        if (open >= 0 && q.NumberStart - open <= 10 && s.IndexOf('”', open) is var close && close >= q.UnitEnd && close - q.UnitEnd <= 10)
        {
            return true;
        }

        if (q.NumberStart > 0 && s[q.NumberStart - 1] is '届' or '第')
        {
            return true;
        }

        return q.Unit is "次" or "届" && MeetingWords.Any(w => QuantityLexicon.At(s, q.End, w));
    }

    /// <summary>A bounded amount right before a noun is a class of things, not a quantity: 5000万元以上项目, 低于150万元薄弱村.</summary>
    public static bool IsThreshold(string s, Quantity q) =>
        q.Comparator != "=" && (q.Start < q.NumberStart || q.End > q.UnitEnd) && QuantityLexicon.IsAmountUnit(q.Unit)
        && q.End < s.Length && IsNounStart(s, q.End);

    private static bool IsNounStart(string s, int at) =>
        s[at] >= '\u4e00' && s[at] <= '\u9fff' && !QuantityLexicon.IsClauseBreak(s[at])
        && !"、和及与并的,".Contains(s[at], StringComparison.Ordinal) && !QuantityLexicon.At(s, at, "大关")
        && !(at + 2 <= s.Length && (QuantityLexicon.ActionVerbs.Contains(s.Substring(at, 2)) || QuantityLexicon.GrowthWords.Any(g => QuantityLexicon.At(s, at, g.Word)) || QuantityLexicon.At(s, at, "同比")));

    /// <summary>
    /// A quantity that only qualifies the noun counted right after it: 10亿元以上项目1个, 6个村社55000余亩; not one a
    /// parenthesis follows (完成8.2亿元(年度目标10亿元)).
    /// </summary>
    public static bool IsModifier(string s, Quantity q, Quantity? next)
    {
        if (next is null || next.Start <= q.End)
        {
            return false;
        }

        var between = s[q.End..next.Start];
        if (between.Length > 16 || between.Any(c => QuantityLexicon.IsClauseBreak(c) || "、和及与并(".Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = 0; i + 2 <= between.Length; i++)
        {
            if (QuantityLexicon.ActionVerbs.Contains(between.Substring(i, 2)))
            {
                return false;
            }
        }

        return !QuantityLexicon.GrowthWords.Any(g => between.Contains(g.Word, StringComparison.Ordinal));
    }

    /// <summary>
    /// A value a change starts from (人均GDP由8.2万元提高到11.6万元, 从61.2%提升至63.5%, 由2019年的2.66亿元增加到2024年的
    /// 4.559亿元): no quantity of the year; the value it changes to takes its metric.
    /// </summary>
    public static bool IsBaseline(string s, string left, Quantity q, Quantity? next)
    {
        var from = WithoutYear(left.TrimEnd());
        if (next is null || from.Length < 2 || from[^1] is not ('由' or '从') || next.Start < q.End)
        {
            return false;
        }

        var between = s[q.End..next.Start];
        var to = WithoutYear(between);
        return between.Length is > 0 and <= 12 && to.Length is > 0 and <= 5 && to[^1] is '到' or '至' or '为';
    }

    /// <summary>The subject a baseline's change is about: the text before 由 / 从 (and a year).</summary>
    public static string BaselineSubject(string left) => WithoutYear(left.TrimEnd())[..^1];

    /// <summary>Removes a closing year and 的 (…2019年的, …2024年底的).</summary>
    private static string WithoutYear(string text)
    {
        var t = text.EndsWith('的') ? text[..^1] : text;
        foreach (var tail in new[] { "年底", "年末", "年" })
        {
            if (t.EndsWith(tail, StringComparison.Ordinal) && t.Length >= tail.Length + 4 && t[^(tail.Length + 4)..^tail.Length].All(char.IsAsciiDigit))
            {
                return t[..^(tail.Length + 4)];
            }
        }

        return text;
    }

    /// <summary>
    /// Days are a duration (用时15天, 30天时间) unless a count of days is named just before (优良天数255天, 较上年增加10天 after
    /// 优良天数): only then is a number of days a quantity of the year.
    /// </summary>
    public static bool IsDuration(string s, Quantity q)
    {
        ArgumentNullException.ThrowIfNull(s);
        return q.Unit == "天" && !s.AsSpan(Math.Max(0, q.Start - 16), q.Start - Math.Max(0, q.Start - 16)).Contains("天数", StringComparison.Ordinal);
    }
}
