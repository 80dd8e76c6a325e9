namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// A quoted text in a sentence: [Start, End) is the content, [OuterStart, OuterEnd) includes the quote marks
/// there are; Reconstructed when one of the marks was lost in scraping and the other edge was inferred; BookTitle
/// for a 《…》 title (a document or publication, a programme only when its own words say so).
/// </summary>
internal sealed record QuotedText(int Start, int End, int OuterStart, int OuterEnd, bool Reconstructed, bool BookTitle = false);

/// <summary>
/// Finds quoted texts, repairing quotes the scraper lost: scraped reports often drop the opening mark of the
/// first and the closing mark of the last of a run of quotes (平安360”入选…, 城区“15分钟品质生活圈、乡村…).
/// </summary>
internal static class InitiativeQuotes
{
    private const int MaxLength = 24;

    public static List<QuotedText> Find(string text)
    {
        var spans = new List<QuotedText>();
        int? open = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opens = c is '“' or '「' or '『' or '〝' || (c == '"' && open is null);
            var closes = c is '”' or '」' or '』' or '〞' || (c == '"' && open is not null);
            if (opens)
            {
                if (open is { } previous)
                {
                    AddForward(spans, text, previous + 1, i);
                }

                open = i;
            }
            else if (closes)
            {
                if (open is { } o)
                {
                    if (i - o - 1 is > 0 and <= MaxLength)
                    {
                        spans.Add(new QuotedText(o + 1, i, o, i + 1, false));
                    }

                    open = null;
                }
                else
                {
                    AddBackward(spans, text, i);
                }
            }
        }

        if (open is { } last)
        {
            AddForward(spans, text, last + 1, text.Length);
        }

        AddBookTitles(spans, text);
        return [.. spans.OrderBy(s => s.OuterStart)];
    }

    /// <summary>《…》 titles, without a closing bracketed period (《…三年行动计划(2023-2025)》).</summary>
    private static void AddBookTitles(List<QuotedText> spans, string text)
    {
        for (var open = text.IndexOf('《'); open >= 0; open = text.IndexOf('《', open + 1))
        {
            var close = text.IndexOf('》', open + 1);
            if (close < 0)
            {
                return;
            }

            var end = close;
            if (text[end - 1] == ')' && text.LastIndexOf('(', end - 1, end - open - 1) is var bracket and > 0)
            {
                end = bracket;
            }

            if (end - open - 1 is > 1 and <= MaxLength * 2)
            {
                spans.Add(new QuotedText(open + 1, end, open, close + 1, false, BookTitle: true));
            }
        }
    }

    /// <summary>Runs of quotes written together (“A”“B”, “A”、“B”和“C”) that share the words after the last.</summary>
    public static List<List<QuotedText>> Group(string text, IReadOnlyList<QuotedText> spans)
    {
        var groups = new List<List<QuotedText>>();
        foreach (var span in spans)
        {
            if (groups.Count > 0 && groups[^1][^1] is { } previous && span.OuterStart >= previous.OuterEnd
                && text[previous.OuterEnd..span.OuterStart] is "" or "、" or "和" or "与" or "及" or "以及")
            {
                groups[^1].Add(span);
            }
            else
            {
                groups.Add([span]);
            }
        }

        return groups;
    }

    /// <summary>A closing mark without an opening one: the name runs back to a stopper or punctuation.</summary>
    private static void AddBackward(List<QuotedText> spans, string text, int close)
    {
        var start = InitiativeNameScan.LeftEdge(text, close, InitiativeLexicon.Stoppers, MaxLength);
        if (start < 0 || close - start < 2)
        {
            return;
        }

        if (close - start > 6 && InitiativeNameScan.EndsWithParallelFour(text[start..close]))
        {
            start = close - 4;
        }

        spans.Add(new QuotedText(start, close, start, close + 1, true));
    }

    /// <summary>An opening mark without a closing one: the name is kept only up to a campaign suffix inside the run.</summary>
    private static void AddForward(List<QuotedText> spans, string text, int start, int limit)
    {
        var end = start;
        while (end < limit && end - start < MaxLength && InitiativeNameScan.IsNameChar(text[end]))
        {
            end++;
        }

        var run = text[start..end];
        var cut = -1;
        foreach (var suffix in InitiativeLexicon.QuotedSuffixes.Append("圈"))
        {
            var at = run.IndexOf(suffix, StringComparison.Ordinal);
            if (at > 0 && (cut < 0 || at + suffix.Length < cut))
            {
                cut = at + suffix.Length;
            }
        }

        if (cut > 1)
        {
            spans.Add(new QuotedText(start, start + cut, start - 1, start + cut, true));
        }
    }
}
