using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>A piece of a sentence: its text and where it starts inside the sentence.</summary>
internal readonly record struct Piece(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool IsEmpty => Text.Length == 0;

    public Piece Slice(int start, int length) => new(Text.Substring(start, length), Start + start);

    public Piece From(int start) => new(Text[start..], Start + start);

    public Piece Until(int end) => new(Text[..end], Start);
}

/// <summary>
/// Text helpers shared by the award, brand and event extractors: quote-aware splitting of clauses and
/// lists (a separator inside a balanced “…”, 《…》 or (…) does not split), and trimming of quote marks and
/// unbalanced quote marks left by scraping ("平安360”").
/// </summary>
internal static partial class AwardText
{
    /// <summary>The characters of <paramref name="text"/> that lie inside a balanced pair of quote marks or brackets.</summary>
    public static bool[] Protected(string text)
    {
        var inside = new bool[text.Length];
        foreach (Match m in QuotedPair().Matches(text))
        {
            for (var i = m.Index + 1; i < m.Index + m.Length - 1; i++)
            {
                inside[i] = true;
            }
        }

        return inside;
    }

    /// <summary>Splits a sentence into clauses at commas, colons and semicolons outside quotes and brackets.</summary>
    public static List<Piece> Clauses(string sentence) => Split(new Piece(sentence, 0), (s, i) => s[i] is ',' or ':' or ';' or '，' or '：' or '。' or '!' or '?' or '！' or '？' or '|');

    /// <summary>Splits a list at 、 (outside quotes); with <paramref name="conjunction"/>, also at 和/及/以及/与 where it returns true for (the part before, the part after).</summary>
    public static List<Piece> ListItems(Piece list, Func<string, string, bool>? conjunction = null)
    {
        var items = Split(list, (s, i) => s[i] == '、');
        if (conjunction is null)
        {
            return items;
        }

        var result = new List<Piece>();
        foreach (var item in items)
        {
            var inside = Protected(item.Text);
            var start = 0;
            for (var i = 1; i < item.Text.Length - 1; i++)
            {
                var width = item.Text.AsSpan(i).StartsWith("以及") ? 2 : item.Text[i] is '和' or '及' or '与' ? 1 : 0;
                if (width > 0 && !inside[i] && i > start && i + width < item.Text.Length && conjunction(item.Text[start..i], item.Text[(i + width)..]))
                {
                    result.Add(Trim(item.Slice(start, i - start)));
                    start = i + width;
                    i = start;
                }
            }

            result.Add(Trim(item.From(start)));
        }

        return [.. result.Where(p => !p.IsEmpty)];
    }

    /// <summary>Trims white space, unbalanced quote marks and a wrapping pair of quote marks.</summary>
    public static Piece Trim(Piece piece)
    {
        var text = piece.Text;
        int start = 0, end = text.Length;
        var changed = true;
        while (changed && end > start)
        {
            changed = false;
            while (start < end && (char.IsWhiteSpace(text[start]) || ((IsCloser(text[start]) || IsOpener(text[start])) && !(IsOpener(text[start]) && HasCloser(text, start, end)))))
            {
                start++;
                changed = true;
            }

            while (end > start && (char.IsWhiteSpace(text[end - 1]) || ((IsCloser(text[end - 1]) || IsOpener(text[end - 1])) && !(IsCloser(text[end - 1]) && HasOpener(text, start, end - 1)))))
            {
                end--;
                changed = true;
            }

            if (end - start >= 2 && IsOpener(text[start]) && Closes(text[start], text[end - 1]) && QuotedPair().Match(text, start, end - start) is { Success: true } m && m.Index == start && m.Length == end - start)
            {
                start++;
                end--;
                changed = true;
            }
        }

        return piece.Slice(start, end - start);
    }

    /// <summary>Whether the text holds a Chinese quote mark, a book-title mark or an ASCII double quote.</summary>
    public static bool HasQuote(string text) => text.AsSpan().IndexOfAny("“”\"《》「」‘’") >= 0;

    public static bool IsOpener(char c) => c is '“' or '《' or '「' or '‘' or '(' or '"';

    public static bool IsCloser(char c) => c is '”' or '》' or '」' or '’' or ')' or '"';

    /// <summary>The length of text at <paramref name="start"/> up to the first of <paramref name="stops"/> outside quotes (or the end).</summary>
    public static int UntilOutsideQuotes(string text, int start, string stops)
    {
        var inside = Protected(text);
        for (var i = start; i < text.Length; i++)
        {
            if (!inside[i] && stops.Contains(text[i], StringComparison.Ordinal))
            {
                return i - start;
            }
        }

        return text.Length - start;
    }

    private static bool Closes(char open, char close) => (open, close) is ('“', '”') or ('《', '》') or ('「', '」') or ('‘', '’') or ('(', ')') or ('"', '"');

    private static bool HasCloser(string text, int open, int end)
    {
        for (var i = open + 1; i < end; i++)
        {
            if (Closes(text[open], text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOpener(string text, int start, int close)
    {
        for (var i = close - 1; i >= start; i--)
        {
            if (Closes(text[i], text[close]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Piece> Split(Piece piece, Func<string, int, bool> isSeparator)
    {
        var inside = Protected(piece.Text);
        var items = new List<Piece>();
        var start = 0;
        for (var i = 0; i <= piece.Text.Length; i++)
        {
            if (i < piece.Text.Length && (inside[i] || !isSeparator(piece.Text, i)))
            {
                continue;
            }

            var item = Trim(piece.Slice(start, i - start));
            if (!item.IsEmpty)
            {
                items.Add(item);
            }

            start = i + 1;
        }

        return items;
    }

    [GeneratedRegex(@"“[^“”]{0,60}”|《[^《》]{0,60}》|「[^「」]{0,60}」|‘[^‘’]{0,60}’|\([^()]{0,30}\)|""[^""]{0,60}""")]
    private static partial Regex QuotedPair();
}
