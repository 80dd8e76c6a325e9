using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Reading;

/// <summary>
/// Reads the document-level facts of a report: the title line, the header's publisher and date
/// (发布日期, 发文日期, 成文日期, 时间 …; the first wins), else the date of the meeting the opening line
/// names; the review and plan years from the title and the numbered part headings (一、2024年工作回顾 /
/// 二、2025年工作安排); the township via the gazetteer.
/// </summary>
public sealed partial class DocumentAnalyzer(Gazetteer.Gazetteer gazetteer)
{
    private const int HeaderWindow = 1500;
    private const int OpeningWindow = 800;
    private readonly PlaceResolver places = new(gazetteer);

    public DocumentProfile Analyze(ReportText report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = report.Text;
        var bodyStart = FirstPartHeading(text);
        var header = text[..Math.Min(bodyStart, Math.Min(text.Length, HeaderWindow))];

        var title = FindTitle(text, bodyStart) ?? TitleFromHtml(report.HtmlTitle);
        var publisher = FirstGroup(PublisherPattern(), header);
        var published = FindHeaderDate(header) ?? FindMeetingDate(text, bodyStart);
        var (review, plan) = FindYears(text, title, published?.Value);

        var resolved = places.Resolve(text, new PlaceHints(title?.Value, publisher?.Value));
        Located<RegionChain>? township = null;
        if (resolved is not null)
        {
            var start = resolved.FirstMention >= 0 ? resolved.FirstMention : title?.Span.Start ?? 0;
            var end = resolved.FirstMention >= 0 ? start + resolved.Chain.Township.Name.Length : title?.Span.End ?? 0;
            township = new Located<RegionChain>(resolved.Chain, new TextSpan(start, end));
        }

        return new DocumentProfile(title, publisher, township, review, plan, published);
    }

    /// <summary>The offset of the first numbered part heading (一、), where the body begins; the text length if none.</summary>
    private static int FirstPartHeading(string text) => PartHeadings.Find(text) is [var first, ..] ? first.Start : text.Length;

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

    private static Located<DateOnly>? FindMeetingDate(string text, int bodyStart)
    {
        var window = text[..Math.Min(text.Length, Math.Min(bodyStart, OpeningWindow))];
        return DateFrom(MeetingDatePattern().Match(window));
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
    /// Review year: a title 2024年(度)工作报告/总结, else the first part heading with a year and a review word.
    /// Plan year: a title 2025年工作计划/思路, else a later part heading with a greater year. Each gives the
    /// other (plan = review + 1) when only one is found; a header date in the first half of a year gives both.
    /// </summary>
    private static (Located<int>? Review, Located<int>? Plan) FindYears(string text, Located<string>? title, DateOnly? published)
    {
        Located<int>? review = null, plan = null;
        if (title is not null)
        {
            review = YearOf(TitleReviewPattern().Match(title.Value), title.Span.Start);
            plan = YearOf(TitlePlanPattern().Match(title.Value), title.Span.Start);
        }

        foreach (var heading in PartHeadings.Find(text))
        {
            if (heading.Year is not { } value)
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

        if (review is null && plan is not null)
        {
            review = plan with { Value = plan.Value - 1 };
        }
        else if (plan is null && review is not null)
        {
            plan = review with { Value = review.Value + 1 };
        }
        else if (review is null && published is { Month: <= 6 } date)
        {
            review = new Located<int>(date.Year - 1, default);
            plan = new Located<int>(date.Year, default);
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

    [GeneratedRegex(@"[（(]\s*(?<y>(19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日[^）)\n]{0,60}?(会议|大会|会上)")]
    private static partial Regex MeetingDatePattern();
}
