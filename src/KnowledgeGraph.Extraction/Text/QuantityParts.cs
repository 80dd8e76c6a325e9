using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// The part (review or plan) a sentence's quantities belong to. It is the part <see cref="ExtractionContext"/>
/// gives, except that when the context found no plan part (its plan heading names no year: 二、今后工作打算),
/// the plan starts at the first part heading after the review start whose words speak of plans (安排, 思路,
/// 计划, 打算, 目标, 任务 …), or at the first line that opens with the plan year or 新的一年.
/// </summary>
internal sealed class QuantityParts
{
    private static readonly string[] PlanWords = ["安排", "思路", "计划", "打算", "目标", "任务", "重点", "展望", "谋划", "举措", "部署"];
    private static readonly string[] ReviewWords = ["回顾", "总结", "成绩", "成效", "情况"];

    private readonly ExtractionContext context;
    private readonly int planStart;

    public QuantityParts(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        this.context = context;
        planStart = context.PlanStart < context.Normalized.Length ? context.PlanStart : FindPlanStart(context);
    }

    /// <summary>The part of <paramref name="sentence"/> and the year of that part (null when unknown).</summary>
    public (ReportPart Part, int? Year) Of(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Part == ReportPart.Header)
        {
            return (ReportPart.Header, null);
        }

        return sentence.Start >= planStart ? (ReportPart.Plan, context.PlanYear) : (sentence.Part, sentence.Year);
    }

    private static int FindPlanStart(ExtractionContext context)
    {
        var text = context.Normalized;
        foreach (var heading in PartHeadings.Find(text))
        {
            if (heading.Start > context.ReviewStart && (heading.Year is null || heading.Year == context.PlanYear)
                && PlanWords.Any(w => heading.Words.Contains(w, StringComparison.Ordinal))
                && !ReviewWords.Any(w => heading.Words.Contains(w, StringComparison.Ordinal)))
            {
                return heading.Start;
            }
        }

        if (context.PlanYear is int year)
        {
            var openers = new[] { year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年", "新的一年" };
            for (var i = context.ReviewStart; i < text.Length; i++)
            {
                var at = SkipSpaces(text, i);
                if ((i == 0 || text[i - 1] is '\n' or '|') && openers.FirstOrDefault(o => QuantityLexicon.At(text, at, o)) is { } opener
                    && !(at + opener.Length < text.Length && char.IsAsciiDigit(text[at + opener.Length])))
                {
                    return i;
                }
            }
        }

        return text.Length;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
