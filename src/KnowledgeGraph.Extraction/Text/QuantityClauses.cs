using System.Globalization;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>What a clause around a quantity says about time and intent: a goal, a forecast, a resource already there.</summary>
internal static class QuantityClauses
{
    private static readonly string[] GoalWords = ["力争", "确保", "预计", "计划", "目标", "争取", "努力"];

    /// <summary>Whether the clause speaks of what is still to come (即将, 在即, 力争 …, or names a year after the review year).</summary>
    public static bool SpeaksOfFuture(string clause, int? reviewYear)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return QuantityLexicon.FutureMarkers.Any(m => clause.Contains(m, StringComparison.Ordinal))
            || (reviewYear is int year && NamesYearAfter(clause, year));
    }

    /// <summary>Whether the text names a year (2027年, not a date such as 2025年1月) later than <paramref name="year"/>.</summary>
    public static bool NamesYearAfter(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var at = text.IndexOf('年', StringComparison.Ordinal); at >= 0; at = text.IndexOf('年', at + 1))
        {
            if (at < 4 || (at > 4 && char.IsAsciiDigit(text[at - 5])) || (at + 1 < text.Length && char.IsAsciiDigit(text[at + 1])))
            {
                continue;
            }

            if (int.TryParse(text.AsSpan(at - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var named) && named is >= 1900 and < 2200 && named > year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text names the plan year (2025年).</summary>
    public static bool NamesPlanYear(string text, int planYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = planYear.ToString(CultureInfo.InvariantCulture) + "年";
        var at = text.IndexOf(key, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsAsciiDigit(text[at - 1]));
    }

    /// <summary>Whether text of the review part before a number sets a goal for the plan year: it names the year and a modal verb.</summary>
    public static bool IsGoal(string text, int planYear) =>
        NamesPlanYear(text, planYear) && GoalWords.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>Whether the text before a number introduces a resource already there (依托在建…, 发挥…作用).</summary>
    public static bool NamesResource(string before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return QuantityLexicon.ResourceVerbs.Any(v => before.Contains(v, StringComparison.Ordinal));
    }

    /// <summary>The clause [start, end) around [<paramref name="start"/>, <paramref name="end"/>): up to the nearest clause breaks.</summary>
    public static (int Start, int End) Bounds(string s, int start, int end)
    {
        while (start > 0 && !QuantityLexicon.IsClauseBreak(s[start - 1]))
        {
            start--;
        }

        while (end < s.Length && !QuantityLexicon.IsClauseBreak(s[end]))
        {
            end++;
        }

        return (start, end);
    }
}
