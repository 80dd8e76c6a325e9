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

    /// <summary>
    /// Whether the text names the plan year: 2025年, 明年, or 今年 / 年内 in a report delivered in the plan year
    /// (<paramref name="deliveredInPlanYear"/>: a government report read out in January plans "this year").
    /// </summary>
    public static bool NamesPlanYear(string text, int planYear, bool deliveredInPlanYear = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = planYear.ToString(CultureInfo.InvariantCulture) + "年";
        var at = text.IndexOf(key, StringComparison.Ordinal);
        return (at >= 0 && (at == 0 || !char.IsAsciiDigit(text[at - 1])))
            || text.Contains("明年", StringComparison.Ordinal)
            || (deliveredInPlanYear && text.Contains("今年", StringComparison.Ordinal));
    }

    /// <summary>Whether text of the review part before a number sets a goal for the plan year: it names the year and a modal verb.</summary>
    public static bool IsGoal(string text, int planYear, bool deliveredInPlanYear = false) =>
        NamesPlanYear(text, planYear, deliveredInPlanYear) && GoalWords.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>Metric heads that describe a single project (its site, floor area, total investment): a property, not a goal.</summary>
    private static readonly string[] ProjectAttributes = ["占地", "占地面积", "用地面积", "建筑面积", "总建筑面积", "规划面积", "总投资", "计划总投资"];

    /// <summary>Openings of a metric that make its figure a frequency (每周举办2期, 每半月1期), not a total of the year.</summary>
    private static readonly string[] FrequencyOpeners = ["每周", "每月", "每半月", "每季度", "每旬", "每天", "每日", "每年"];

    /// <summary>
    /// Whether a plan-year figure only describes a project (占地120亩, 总建筑面积72000平方米, 总投资152亿元的32个项目): a
    /// property of the project, not a goal (ANNOTATION.md, county reports).
    /// </summary>
    public static bool IsProjectAttribute(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return ProjectAttributes.Any(a => metric.EndsWith(a, StringComparison.Ordinal));
    }

    /// <summary>Whether a metric counts per period (每周举办企业家“早餐会”): a frequency, not a figure of the year.</summary>
    public static bool IsFrequency(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return FrequencyOpeners.Any(f => metric.StartsWith(f, StringComparison.Ordinal));
    }

    /// <summary>Words that make a figure a goal, a plan or a quota rather than a result.</summary>
    private static readonly string[] GoalNouns = ["目标", "任务", "计划"];

    /// <summary>
    /// Whether a figure is a goal set beside a result rather than the result: inside a parenthesis opened by a goal
    /// word (完成8.2亿元(年度目标10亿元)), or followed by one (超额完成50微克/立方米年度目标, 完成794万立方米的任务).
    /// </summary>
    public static bool IsGoalFigure(string sentence, Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(quantity);
        var open = sentence.LastIndexOf('(', Math.Max(0, quantity.NumberStart - 1));
        if (open >= 0 && sentence.IndexOf(')', open) is var close && (close < 0 || close >= quantity.UnitEnd)
            && quantity.NumberStart - open <= 12 && GoalNouns.Any(g => sentence.AsSpan(open, quantity.NumberStart - open).Contains(g, StringComparison.Ordinal)))
        {
            return true;
        }

        var after = sentence[quantity.UnitEnd..];
        after = after.StartsWith('的') ? after[1..] : after;
        after = after.StartsWith("年度", StringComparison.Ordinal) || after.StartsWith("全年", StringComparison.Ordinal) ? after[2..] : after;
        return GoalNouns.Any(g => after.StartsWith(g, StringComparison.Ordinal));
    }

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
