using System.Text.RegularExpressions;

namespace KnowledgeGraph.Reading;

/// <summary>
/// Where the report itself starts on a republishing page: after the page header's fields (标题, 时间, 作者, 来源, 阅读,
/// 评论) and its 内容摘要, the site's truncated copy of the report's opening (which repeats part headings and dates that
/// are not the report's own text). A text without such a header starts at 0.
/// </summary>
internal static partial class ReportBody
{
    private const int HeaderWindow = 3000;

    public static int Start(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var window = text.AsSpan(0, Math.Min(text.Length, HeaderWindow)).ToString();
        var summary = SummaryLabel().Match(window);
        if (!summary.Success)
        {
            return 0;
        }

        // the summary is the rest of the label's line, or the next non-blank line when the label stands alone
        var at = summary.Index + summary.Length;
        var lineEnd = text.IndexOf('\n', at);
        if (lineEnd < 0)
        {
            return text.Length;
        }

        if (!string.IsNullOrWhiteSpace(text[at..lineEnd]))
        {
            return lineEnd + 1;
        }

        var next = lineEnd + 1;
        while (next < text.Length)
        {
            var end = text.IndexOf('\n', next);
            end = end < 0 ? text.Length : end;
            if (!string.IsNullOrWhiteSpace(text[next..end]))
            {
                return Math.Min(text.Length, end + 1);
            }

            next = end + 1;
        }

        return text.Length;
    }

    [GeneratedRegex(@"(?:^|\n)[ \t|]*(内容摘要|内容提要|摘要)[ \t]*[:：]")]
    private static partial Regex SummaryLabel();
}
