using KnowledgeGraph.Domain;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>Which part of a report a sentence belongs to: the page header, the review of the past year, or the plan.</summary>
public enum ReportPart
{
    Header,
    Review,
    Plan,
}

/// <summary>A sentence: its span in the report text, its (width-normalised) text, its part and the part's year.</summary>
public sealed record Sentence(int Start, int End, string Text, ReportPart Part, int? Year)
{
    /// <summary>The span, in report offsets, of [start, end) of this sentence's text.</summary>
    public TextSpan SpanOf(int start, int end) => new(Start + start, Start + end);
}

/// <summary>
/// What every extractor works on: the report text, its width-normalised form (same length, so offsets are
/// shared), the document profile (township, years), and the text cut into sentences, each in the header,
/// the review part (the review year) or the plan part (the plan year).
/// </summary>
public sealed class ExtractionContext
{
    /// <param name="cancellationToken">Checked on every read of a sentence: cancelling it stops extraction within one sentence.</param>
    public ExtractionContext(ReportText report, DocumentProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        Profile = profile ?? throw new ArgumentNullException(nameof(profile));
        Normalized = TextWidth.Normalize(report.Text);
        (ReviewStart, PlanStart) = FindParts(Normalized, profile);
        Zones = PageZones.Find(Normalized);
        DeliveredInPlanYear = FindDeliveryInPlanYear(Normalized, ReviewStart, profile.PlanYear?.Value);
        IsCountyLevel = profile.Subject?.Value.IsCountyLevel ?? FindCountyLevel(Township, Normalized, ReviewStart);
        Sentences = new CancellableList<Sentence>(Split(Normalized), cancellationToken);
    }

    public ReportText Report { get; }

    public DocumentProfile Profile { get; }

    /// <summary>The report text with full-width forms made ASCII; the same length as the stored text.</summary>
    public string Normalized { get; }

    public int? ReviewYear => Profile.ReviewYear?.Value;

    /// <summary>
    /// Whether the report was delivered in its plan year (its opening dates it 2022年1月26日 in a report planning 2022):
    /// then 今年 in its review part means the plan year.
    /// </summary>
    public bool DeliveredInPlanYear { get; }

    /// <summary>
    /// Whether the report is a county-level one (县 / 区 / 县级市 / 旗): its subject is one, or, with no such subject, its
    /// opening is delivered by a county-level government (我代表…县人民政府). Then the places below it, towns and
    /// townships (…镇, …乡), are among its villages.
    /// </summary>
    public bool IsCountyLevel { get; }

    public int? PlanYear => Profile.PlanYear?.Value;

    /// <summary>
    /// The name of the report's subject: the township (灵峰街道) or, for a county-level report, the county-level place
    /// (清苑区); null when the subject is unknown.
    /// </summary>
    public string? Township => Profile.Subject?.Value.SubjectName;

    /// <summary>Where the review part starts (the first part heading, or the text's start when there is no header).</summary>
    public int ReviewStart { get; }

    /// <summary>Where the plan part starts (the heading of the plan year's part); the text length when there is none.</summary>
    public int PlanStart { get; }

    /// <summary>The parts of the page that are not the report (header fields, endnotes, footer, footnote markers).</summary>
    public PageZones Zones { get; }

    /// <summary>The report's sentences in order; clutter lines are left out and footnote markers masked (see <see cref="PageZones"/>).</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    public IEnumerable<Sentence> ReviewSentences => Sentences.Where(s => s.Part == ReportPart.Review);

    public IEnumerable<Sentence> PlanSentences => Sentences.Where(s => s.Part == ReportPart.Plan);

    public ReportPart PartAt(int offset) => offset >= PlanStart ? ReportPart.Plan : offset >= ReviewStart ? ReportPart.Review : ReportPart.Header;

    private static readonly string[] PlanWords = ["安排", "思路", "计划", "打算", "目标", "任务", "重点", "展望", "谋划", "举措", "部署"];
    private static readonly string[] ReviewWords = ["回顾", "总结", "成绩", "成效", "情况"];

    private static (int Review, int Plan) FindParts(string text, DocumentProfile profile)
    {
        var headings = PartHeadings.Find(text);

        // The header is what comes before the title line (or the first heading); a report without a
        // header starts its review at once. The opening summary before 一、 belongs to the review.
        var review = profile.Title is { Span.End: > 0 } title ? title.Span.End : 0;
        if (review == 0 && profile.Published is { Span.End: > 0 } published && headings.Count > 0)
        {
            review = Math.Min(published.Span.End, headings[0].Start);
        }

        var plan = FindPlanStart(text, headings, review, profile.PlanYear?.Value);
        return (Math.Min(review, plan), plan);
    }

    /// <summary>
    /// The plan part starts at the part heading of the plan year (二、2025年工作安排); failing that, at the first
    /// later heading whose words speak of plans (二、今后工作打算), or at the first line that opens with the plan
    /// year or 新的一年; else there is no plan part.
    /// </summary>
    private static int FindPlanStart(string text, IReadOnlyList<PartHeading> headings, int reviewStart, int? planYear)
    {
        if (planYear is { } year && headings.FirstOrDefault(h => h.Year == year) is { } dated)
        {
            return dated.Start;
        }

        if (headings.FirstOrDefault(h => h.Start > reviewStart && (h.Year is null || h.Year == planYear)
                && PlanWords.Any(w => h.Words.Contains(w, StringComparison.Ordinal)) && !ReviewWords.Any(w => h.Words.Contains(w, StringComparison.Ordinal))) is { } worded)
        {
            return worded.Start;
        }

        if (planYear is { } y)
        {
            string[] openers = [y.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年", "新的一年"];
            for (var i = reviewStart; i < text.Length; i++)
            {
                if (i > 0 && text[i - 1] is not ('\n' or '|'))
                {
                    continue;
                }

                var at = i;
                while (at < text.Length && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }

                if (openers.FirstOrDefault(o => string.CompareOrdinal(text, at, o, 0, o.Length) == 0) is { } opener
                    && !(at + opener.Length < text.Length && char.IsAsciiDigit(text[at + opener.Length])))
                {
                    return i;
                }
            }
        }

        return text.Length;
    }

    /// <summary>
    /// The longest sentence extractors see. Real reports stay under 500 characters (the longest in the shared corpora
    /// is 472); a longer run without a terminator (a digit run, text without punctuation) is cut, at the last comma or
    /// space before the limit when there is one, so the per-sentence rules stay linear in the text.
    /// </summary>
    public const int MaxSentenceLength = 600;

    private static bool FindCountyLevel(string? subject, string text, int reviewStart)
    {
        // The opening names who delivers the report (我代表…县人民政府 / …镇人民政府); that wins over a subject resolved
        // from the text, which may be a town of the same name.
        var opening = text[..Math.Min(text.Length, reviewStart + 800)];
        var county = new[] { "县人民政府", "区人民政府", "市人民政府", "旗人民政府" }.Any(g => opening.Contains(g, StringComparison.Ordinal));
        var township = new[] { "镇人民政府", "乡人民政府", "街道办事处" }.Any(g => opening.Contains(g, StringComparison.Ordinal));
        if (county != township)
        {
            return county;
        }

        return subject is { Length: > 1 } && subject[^1] is '县' or '区' or '市' or '旗';
    }

    /// <summary>Whether a date of the plan year (2022年1月26日) stands near the report's opening, before or just after the review starts.</summary>
    private static bool FindDeliveryInPlanYear(string text, int reviewStart, int? planYear)
    {
        if (planYear is not { } year)
        {
            return false;
        }

        var key = year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年";
        var end = Math.Min(text.Length, reviewStart + 600);
        for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0 && at < end; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var next = at + key.Length;
            if ((at == 0 || !char.IsAsciiDigit(text[at - 1])) && next + 1 < text.Length && char.IsAsciiDigit(text[next])
                && (text[next + 1] == '月' || (char.IsAsciiDigit(text[next + 1]) && next + 2 < text.Length && text[next + 2] == '月')))
            {
                return true;
            }
        }

        return false;
    }

    private List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i - start >= MaxSentenceLength)
            {
                var cut = SoftBreak(text, start, i);
                AddTrimmed(sentences, text, start, cut);
                start = cut;
            }

            if (i < text.Length && !SentenceBounds.IsTerminator(text[i]))
            {
                continue;
            }

            var end = i < text.Length && text[i] is not ('\n' or '|') ? i + 1 : i;
            AddTrimmed(sentences, text, start, end);
            start = i + 1;
        }

        return sentences;
    }

    /// <summary>Where to cut an over-long sentence [start, end): just after its last comma or space in the second half, else at end.</summary>
    private static int SoftBreak(string text, int start, int end)
    {
        for (var j = end - 1; j > start + ((end - start) / 2); j--)
        {
            if (text[j] is '，' or ',' or '、' or ' ' or '\t' or '　')
            {
                return j + 1;
            }
        }

        return end;
    }

    private void AddTrimmed(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && !Zones.IsClutter(start))
        {
            var part = PartAt(start);
            var year = part switch
            {
                ReportPart.Plan => PlanYear,
                ReportPart.Review => ReviewYear,
                _ => null,
            };
            sentences.Add(new Sentence(start, end, Zones.Mask(text, start, end), part, year));
        }
    }
}
