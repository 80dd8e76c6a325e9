using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Reading;

/// <summary>
/// Reads the document-level facts of a report: the title line, the header's publisher and date
/// (发布日期, 发文日期, 成文日期, 时间 …; the first wins), else the date the opening line says the report was
/// delivered; the review and plan years from the report itself (see <see cref="FindYears"/>), never from a
/// republishing page's header alone; the subject (a township or a county-level place) via the gazetteer; and a
/// warning for each of these that could not be determined or was guessed.
/// </summary>
public sealed partial class DocumentAnalyzer(Gazetteer.Gazetteer gazetteer)
{
    private const int HeaderWindow = 1500;
    private const int OpeningWindow = 800;
    private readonly SubjectResolver subjects = new(gazetteer);

    public DocumentProfile Analyze(ReportText report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = report.Text;
        var reportStart = ReportBody.Start(text);
        var bodyStart = FirstPartHeading(text, reportStart);
        var header = text[..Math.Min(bodyStart, Math.Min(text.Length, Math.Max(HeaderWindow, reportStart)))];

        var title = FindTitle(text, bodyStart) ?? TitleFromHtml(report.HtmlTitle);
        var publisher = FirstGroup(PublisherPattern(), header);
        var delivered = FindDeliveryDate(text, reportStart, bodyStart);
        var published = FindHeaderDate(header) ?? delivered;
        var warnings = new List<ReportWarning>();
        var (review, plan) = FindYears(text, reportStart, title, delivered?.Value, published?.Value, warnings);

        var resolved = subjects.Resolve(text, new PlaceHints(title?.Value, publisher?.Value));
        warnings.AddRange(resolved.Doubts.Select(d => new ReportWarning(d.Code, d.Message)));
        Located<RegionChain>? subject = null;
        if (resolved.Chain is { } chain)
        {
            var span = resolved.FirstMention >= 0
                ? new TextSpan(resolved.FirstMention, resolved.FirstMention + resolved.MentionLength)
                : title?.Span ?? default;
            subject = new Located<RegionChain>(chain, span);
        }

        return new DocumentProfile(title, publisher, subject, review, plan, published, warnings);
    }

    /// <summary>The offset of the first numbered part heading (一、) of the report, where its body begins; the text length if none.</summary>
    private static int FirstPartHeading(string text, int reportStart) =>
        PartHeadings.Find(text).FirstOrDefault(h => h.Start >= reportStart) is { } first ? first.Start : text.Length;

    private static Located<string>? FindTitle(string text, int bodyStart)
    {
        foreach (Match m in LinePattern().Matches(text[..Math.Min(text.Length, Math.Max(bodyStart, 0) + 1)]))
        {
            var line = m.Value.Trim();
            if (line.Length is >= 6 and <= 80 && TitleWordPattern().IsMatch(line) && !NotTitlePattern().IsMatch(line))
            {
                return new Located<string>(line, new TextSpan(m.Index + m.Value.IndexOf(line, StringComparison.Ordinal), m.Index + m.Value.IndexOf(line, StringComparison.Ordinal) + line.Length));
            }
        }

        return null;
    }

    private static Located<string>? TitleFromHtml(string? htmlTitle) =>
        htmlTitle is not null && TitleWordPattern().IsMatch(htmlTitle)
            ? new Located<string>(htmlTitle.Split(['-', '_', '|'], 2)[0].Trim(), new TextSpan(0, 0))
            : null;

    private static Located<string>? FirstGroup(Regex pattern, string text)
    {
        var m = pattern.Match(text);
        return m.Success ? new Located<string>(m.Groups["v"].Value, new TextSpan(m.Groups["v"].Index, m.Groups["v"].Index + m.Groups["v"].Length)) : null;
    }

    private static Located<DateOnly>? FindHeaderDate(string header) => DateFrom(HeaderDatePattern().Match(header));

    /// <summary>
    /// The date the report was delivered, as its opening says: the meeting line (（2025年1月14日在…会议上）,
    /// ——2023年1月13日在…人民代表大会…上) or a line holding only a date, between the page header and the first part heading.
    /// </summary>
    private static Located<DateOnly>? FindDeliveryDate(string text, int reportStart, int bodyStart)
    {
        var end = Math.Min(text.Length, Math.Min(bodyStart, reportStart + OpeningWindow));
        return DateFrom(MeetingDatePattern().Match(text, reportStart, Math.Max(0, end - reportStart)))
            ?? DateFrom(DateLinePattern().Match(text, reportStart, Math.Max(0, end - reportStart)));
    }

    private static Located<DateOnly>? DateFrom(Match m)
    {
        if (!m.Success)
        {
            return null;
        }

        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (y is < 1949 or > 2200 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        return new Located<DateOnly>(new DateOnly(y, mo, d), new TextSpan(m.Groups["y"].Index, m.Groups["d"].Index + m.Groups["d"].Length));
    }

    /// <summary>
    /// The years, from the report itself, most telling first: the part headings (一、2022年政府工作回顾 gives the review
    /// year, a later 二、2023年工作安排 the plan year); a township title 2024年度工作总结 / 2025年工作计划; the delivery date
    /// of the opening (a report delivered in the first half of a year plans that year); the year of a 政府工作报告 title.
    /// Each gives the other (plan = review + 1). Failing all these, a page date in the first half of a year gives both,
    /// with a YEARS_UNCERTAIN warning (a republishing site's date says when the page was made, not the report); with no
    /// date at all, YEARS_UNKNOWN.
    /// </summary>
    private static (Located<int>? Review, Located<int>? Plan) FindYears(string text, int reportStart, Located<string>? title, DateOnly? delivered, DateOnly? published, List<ReportWarning> warnings)
    {
        Located<int>? review = null, plan = null;
        foreach (var heading in PartHeadings.Find(text))
        {
            if (heading.Year is not { } value || heading.Start < reportStart)
            {
                continue;
            }

            var year = new Located<int>(value, new TextSpan(YearStart(text, heading), YearStart(text, heading) + 4));
            var words = heading.Words;
            if (review is null && plan is null && ReviewWordPattern().IsMatch(words))
            {
                review = year;
            }
            else if (plan is null && (review is null || year.Value > review.Value) && PlanWordPattern().IsMatch(words))
            {
                plan = year;
            }
        }

        if (review is null && plan is null && title is not null)
        {
            review = YearOf(TitleReviewPattern().Match(title.Value), title.Span.Start);
            plan = YearOf(TitlePlanPattern().Match(title.Value), title.Span.Start);
        }

        if (review is null && plan is null && delivered is { } day)
        {
            plan = new Located<int>(day.Month <= 6 ? day.Year : day.Year + 1, default);
        }

        if (review is null && plan is null && title is not null)
        {
            plan = YearOf(TitleGovernmentReportPattern().Match(title.Value), title.Span.Start);
        }

        if (review is null && plan is not null)
        {
            review = plan with { Value = plan.Value - 1, Span = default };
        }
        else if (plan is null && review is not null)
        {
            plan = review with { Value = review.Value + 1, Span = default };
        }
        else if (review is null && published is { Month: <= 6 } date)
        {
            review = new Located<int>(date.Year - 1, default);
            plan = new Located<int>(date.Year, default);
            warnings.Add(new ReportWarning(ReportWarning.YearsUncertain, $"the report does not say which years it covers; {date.Year - 1}→{date.Year} was inferred from the page date {date:yyyy-MM-dd}"));
        }

        if (review is null)
        {
            warnings.Add(new ReportWarning(ReportWarning.YearsUnknown, "the review and plan years could not be read from the report (no dated part heading, title or delivery date)"));
        }

        return (review, plan);
    }

    private static Located<int>? YearOf(Match m, int offset) =>
        m.Success
            ? new Located<int>(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), new TextSpan(offset + m.Groups["y"].Index, offset + m.Groups["y"].Index + 4))
            : null;

    // A line of the text, or a cell of a page scraped with | separators.
    [GeneratedRegex(@"[^\n|]+")]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"工作(报告|总结|计划|思路|要点|安排|打算|回顾)|政府工作")]
    private static partial Regex TitleWordPattern();

    // Breadcrumbs, header fields, numbered headings and sentences are not titles.
    [GeneratedRegex(@"[>:：，,。；]|当前位置|^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、])")]
    private static partial Regex NotTitlePattern();

    [GeneratedRegex(@"(?<y>(19|20)\d{2})年度?(工作)?(报告|总结|回顾)|(?<y>(19|20)\d{2})年度?工作总结")]
    private static partial Regex TitleReviewPattern();

    [GeneratedRegex(@"(?<y>(19|20)\d{2})年度?(工作)?(计划|思路|要点|安排|打算)")]
    private static partial Regex TitlePlanPattern();

    private static int YearStart(string text, PartHeading heading) =>
        text.IndexOf(heading.Year!.Value.ToString(CultureInfo.InvariantCulture), heading.Start, StringComparison.Ordinal);

    [GeneratedRegex(@"回顾|总结|成绩|成效|情况|完成")]
    private static partial Regex ReviewWordPattern();

    [GeneratedRegex(@"思路|计划|安排|打算|目标|任务|重点|要点|工作|展望")]
    private static partial Regex PlanWordPattern();

    [GeneratedRegex(@"(发布机构|发文机关|发布单位|来源)\s*[:：]?[\s|]*(?<v>[^\s|:：,，]{2,30})")]
    private static partial Regex PublisherPattern();

    [GeneratedRegex(@"(发布日期|发文日期|成文日期|印发日期|发布时间|日期|时间)\s*[:：]?[\s|]*(?<y>(19|20)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})")]
    private static partial Regex HeaderDatePattern();

    // The meeting line: （2025年1月14日在…会议上）, ——2023年1月13日在…人民代表大会…上, or run on after the word 报告.
    [GeneratedRegex(@"(?:[（(]|[—-]{1,2}|^|\n|报告)\s*(?<y>(19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日[^）)\n]{0,60}?(会议|大会|会上)")]
    private static partial Regex MeetingDatePattern();

    // A line holding only a date (2003年4月7日), as a report delivered without a meeting line opens.
    [GeneratedRegex(@"(?:^|\n)[ \t（(]*(?<y>(19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日[ \t）)]*(?=\n)")]
    private static partial Regex DateLinePattern();

    // A 政府工作报告 title's year is the year it was delivered in, which it plans for (保定市清苑区2023年政府工作报告).
    [GeneratedRegex(@"(?<y>(19|20)\d{2})年度?[^\d]{0,12}?政府工作报告")]
    private static partial Regex TitleGovernmentReportPattern();
}
