namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// The parts of a page that are not the report, found once over the normalised text: the republisher's
/// header fields (时间：… 作者：… 阅读：… 内容摘要：…, with the bare values on the lines after them), the
/// endnotes (a 名词解释 / 注释 heading, or a closing run of lines that open with [1], [2] …), the site's footer
/// (share buttons, 上一篇/下一篇, 相关文章 and other link lists after the last paragraph of the report), and
/// footnote markers inside sentences ([5], ①, ⑵ right after a word). The text keeps them (offsets hold);
/// the sentence splitter leaves clutter lines out and masks markers, so no extractor sees them.
/// </summary>
public sealed class PageZones
{
    /// <summary>What a marker is replaced with in sentence text: a comma (a clause break), so names end before it.</summary>
    public const char MarkerMask = ',';

    /// <summary>Labels of the republisher's header fields (the value follows on the line or the next line).</summary>
    private static readonly string[] HeaderLabels = ["时间", "作者", "来源", "阅读", "评论", "内容摘要", "点击", "浏览", "字号", "发布时间", "信息来源", "责任编辑", "编辑", "打印", "关闭"];

    /// <summary>Headings of an endnote or glossary section.</summary>
    private static readonly string[] EndnoteHeadings = ["名词解释", "名词注释", "词语解释", "名词释义", "注释", "注解", "附注"];

    /// <summary>Words that open a site's navigation, share or link-list block.</summary>
    private static readonly string[] SiteWords =
    [
        "分享到", "分享至", "上一篇", "下一篇", "相关文章", "相关阅读", "相关链接", "相关新闻", "相关推荐", "本栏最新", "本栏推荐",
        "阅读排行", "热门文章", "推荐阅读", "标签云", "版权所有", "免责声明", "打印本页", "关闭窗口", "返回顶部", "扫一扫",
    ];

    private readonly List<(int Start, int End)> clutter;
    private readonly List<(int Start, int End)> markers;

    private PageZones(List<(int Start, int End)> clutter, List<(int Start, int End)> markers)
    {
        this.clutter = clutter;
        this.markers = markers;
    }

    /// <summary>The clutter spans (header fields, endnotes, footer), sorted and disjoint.</summary>
    public IReadOnlyList<(int Start, int End)> Clutter => clutter;

    /// <summary>The footnote markers inside the report's sentences, sorted.</summary>
    public IReadOnlyList<(int Start, int End)> Markers => markers;

    /// <summary>Finds the zones of <paramref name="text"/> (the width-normalised report text).</summary>
    public static PageZones Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Lines(text);
        var clutter = new List<(int Start, int End)>();
        HeaderFields(text, lines, clutter);

        var tail = TailStart(text, lines);
        if (tail < text.Length)
        {
            clutter.Add((tail, text.Length));
        }

        clutter.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var span in clutter)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return new PageZones(merged, FindMarkers(text, tail));
    }

    /// <summary>Whether <paramref name="offset"/> lies in a clutter zone.</summary>
    public bool IsClutter(int offset)
    {
        foreach (var (start, end) in clutter)
        {
            if (offset >= start && offset < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of [start, end) with every footnote marker in it replaced by <see cref="MarkerMask"/> (same length).</summary>
    public string Mask(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slice = text[start..end];
        if (!markers.Any(m => m.Start < end && m.End > start))
        {
            return slice;
        }

        var chars = slice.ToCharArray();
        foreach (var (ms, me) in markers)
        {
            for (var i = Math.Max(ms, start); i < Math.Min(me, end); i++)
            {
                chars[i - start] = MarkerMask;
            }
        }

        return new string(chars);
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    private static string Content(string text, (int Start, int End) line) =>
        text[line.Start..line.End].Trim().Trim('?', '|').Trim();

    /// <summary>
    /// The republisher's header fields: a line that opens with a header label and a colon (时间：2023-01-24 作者：…),
    /// and the bare value lines (538, 0) right after a label line that ends with its colon. Only before the report's
    /// first paragraph.
    /// </summary>
    private static void HeaderFields(string text, List<(int Start, int End)> lines, List<(int Start, int End)> clutter)
    {
        var afterLabel = false;
        foreach (var line in lines)
        {
            var content = Content(text, line);
            if (IsHeaderField(content))
            {
                clutter.Add(line);
                afterLabel = content.TrimEnd().EndsWith(':');
                continue;
            }

            if (afterLabel && content.Length is > 0 and <= 20 && !content.Any(c => c is '。' or ','))
            {
                clutter.Add(line);
            }
            else if (IsParagraph(content))
            {
                break;
            }

            afterLabel = false;
        }

        // A digest (内容摘要：, on its line or the next) may be long: it is a truncated copy of the report, never the report.
        var digestNext = false;
        foreach (var line in lines)
        {
            var content = Content(text, line);
            var isDigest = content.StartsWith("内容摘要", StringComparison.Ordinal) || content.StartsWith("摘要:", StringComparison.Ordinal);
            if (isDigest || (digestNext && content.Length > 0))
            {
                clutter.Add(line);
                digestNext = isDigest && content.TrimEnd().EndsWith(':');
                continue;
            }

            if (IsParagraph(content) && !IsHeaderField(content))
            {
                break;
            }
        }
    }

    private static bool IsHeaderField(string content) =>
        HeaderLabels.Any(l => content.StartsWith(l, StringComparison.Ordinal) && content.Length > l.Length && content[l.Length] is ':' or ' ');

    /// <summary>
    /// Where the page's tail starts: the first endnote heading, or the first site line (分享到, 上一篇, 相关文章 …)
    /// after which no paragraph of the report follows, or a closing run of numbered notes ([1]…, [2]…).
    /// </summary>
    private static int TailStart(string text, List<(int Start, int End)> lines)
    {
        var lastParagraph = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsParagraph(Content(text, lines[i])) && !IsNote(Content(text, lines[i])))
            {
                lastParagraph = i;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var content = Content(text, lines[i]);
            if (IsEndnoteHeading(content) && lines[i].Start > text.Length / 2)
            {
                return lines[i].Start;
            }

            if (i > lastParagraph && IsSiteLine(content))
            {
                return lines[i].Start;
            }

            // Numbered notes to the end of the page (or to the footer) with no paragraph of the report after them.
            if (i > lastParagraph && content.StartsWith("[1]", StringComparison.Ordinal))
            {
                return lines[i].Start;
            }
        }

        return text.Length;
    }

    /// <summary>A line of the report's body: long, with sentence punctuation.</summary>
    private static bool IsParagraph(string content) =>
        content.Length >= 40 && content.Count(c => c is '。' or ',' or ';' or ':' or '、') >= 2;

    /// <summary>A numbered endnote line: [3]“黄金十条”：… or ③ …</summary>
    private static bool IsNote(string content) =>
        content.Length > 3 && content[0] == '[' && char.IsAsciiDigit(content[1])
        && content.IndexOf(']', StringComparison.Ordinal) is > 1 and <= 4;

    private static bool IsEndnoteHeading(string content)
    {
        var core = content.Trim('※', '*', '【', '】', '[', ']', ':', ' ', '(', ')');
        if (core.StartsWith("附件", StringComparison.Ordinal) && core.IndexOfAny([':', ' ']) is > 0 and <= 5 and var cut)
        {
            core = core[(cut + 1)..].Trim();
        }

        var colon = core.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && colon < core.Length - 1)
        {
            return false;
        }

        core = core.TrimEnd(':');
        return core.Length <= 8 && EndnoteHeadings.Any(h => core.EndsWith(h, StringComparison.Ordinal));
    }

    private static bool IsSiteLine(string content) =>
        content.Length <= 24 && SiteWords.Any(w => content.StartsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// Footnote markers in the report's body: [n] or 【n】 (one or two digits) right after a word or a closing quote and
    /// not at a line's start, and circled numbers (①, ⑴) right after a Han character with no break before them.
    /// </summary>
    private static List<(int Start, int End)> FindMarkers(string text, int end)
    {
        var found = new List<(int Start, int End)>();
        for (var i = 1; i < end; i++)
        {
            var previous = text[i - 1];
            var afterWord = IsHan(previous) || previous is '”' or '’' or '"' or ')' or '》' || char.IsAsciiLetter(previous);
            if (!afterWord)
            {
                continue;
            }

            if (text[i] is '[' or '【' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var closer = text[i] == '[' ? ']' : '】';
                var close = text[i + 2] == closer ? i + 2 : i + 3 < text.Length && char.IsAsciiDigit(text[i + 2]) && text[i + 3] == closer ? i + 3 : -1;
                if (close > 0)
                {
                    found.Add((i, close + 1));
                    i = close;
                }
            }
            else if (IsCircled(text[i]) && IsHan(previous) && i + 1 < text.Length && (IsHan(text[i + 1]) || text[i + 1] is ',' or '、' or '。' or ';'))
            {
                // ① after a word and before more words is a marker only when the word before is not a list
                // opener: 项目：①… starts a list (a colon precedes), 项目①… is a footnote.
                found.Add((i, i + 1));
            }
        }

        return found;
    }

    private static bool IsCircled(char c) => c is >= '\u2460' and <= '\u2473' or >= '\u2474' and <= '\u2487';

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
