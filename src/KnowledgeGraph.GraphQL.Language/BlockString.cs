using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Block string helpers (graphql-js <c>language/blockString</c>).</summary>
public static class BlockString
{
    /// <summary>
    /// The spec's BlockStringValue(rawValue): splits on line terminators, removes the common
    /// indentation of all lines but the first, drops leading and trailing blank lines and joins
    /// with <c>\n</c>. <paramref name="rawValue"/> is the text between the quotes with <c>\"""</c>
    /// already unescaped.
    /// </summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        if (rawValue.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            // A single line is never dedented; it is dropped when blank.
            return LeadingWhitespace(rawValue.AsSpan()) == rawValue.Length ? string.Empty : rawValue;
        }

        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        var index = 0;
        for (var position = 0; position >= 0; index++)
        {
            var line = NextLine(rawValue, ref position);
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue; // skip blank lines
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = index;
            }

            lastNonEmptyLine = index;
            if (index != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return string.Empty;
        }

        var result = new StringBuilder(rawValue.Length);
        index = 0;
        for (var position = 0; position >= 0 && index <= lastNonEmptyLine; index++)
        {
            var line = NextLine(rawValue, ref position);
            if (index < firstNonEmptyLine)
            {
                continue;
            }

            if (index > firstNonEmptyLine)
            {
                result.Append('\n');
            }

            result.Append(index == 0 ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return result.ToString();
    }

    /// <summary>graphql-js <c>dedentBlockStringLines</c>: the line-list form of <see cref="Dedent"/>.</summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent == lines[i].Length)
            {
                continue;
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }

            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        var result = new List<string>();
        for (var i = Math.Max(firstNonEmptyLine, 0); i <= lastNonEmptyLine; i++)
        {
            var line = lines[i];
            result.Add(i == 0 ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return result;
    }

    /// <summary>
    /// graphql-js <c>printBlockString</c>: prints <paramref name="value"/> as a <c>"""</c> literal,
    /// in the indented multi-line form when that reads better (unless <paramref name="minimize"/>).
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escapedValue = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        // Expand the block string's raw value into independent lines.
        var isSingleLine = escapedValue.AsSpan().IndexOfAny('\n', '\r') < 0;

        // If common indentation is found we can fix some of those cases by adding a leading new line.
        var forceLeadingNewLine = !isSingleLine && RestStartWithWhitespaceOrAreEmpty(escapedValue);

        // Trailing triple quotes just looks confusing but doesn't force a trailing new line.
        var hasTrailingTripleQuotes = escapedValue.EndsWith("\\\"\"\"", StringComparison.Ordinal);

        // A trailing quote (single or double) or slash forces a trailing new line.
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder(escapedValue.Length + 8);
        result.Append("\"\"\"");

        // Format a multi-line block quote to account for leading space.
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escapedValue);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    /// <summary>
    /// graphql-js <c>isPrintableAsBlockString</c>: whether printing <paramref name="value"/> as a block
    /// string and reading it back gives the same value.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F':
                    return false; // non-printable characters
                case '\r':
                    return false; // \r or \r\n would be read back as \n
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // leading new line
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false; // trailing empty lines
        }

        return !(hasCommonIndent && seenNonEmptyLine); // internal indent
    }

    /// <summary>The line starting at <paramref name="position"/>; moves it past the terminator, or to -1 at the end.</summary>
    private static ReadOnlySpan<char> NextLine(string text, ref int position)
    {
        var start = position;
        var length = text.AsSpan(start).IndexOfAny('\n', '\r');
        if (length < 0)
        {
            position = -1;
            return text.AsSpan(start);
        }

        var end = start + length;
        position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        return text.AsSpan(start, length);
    }

    private static bool RestStartWithWhitespaceOrAreEmpty(string text)
    {
        var position = 0;
        NextLine(text, ref position);
        while (position >= 0)
        {
            var line = NextLine(text, ref position);
            if (line.Length != 0 && !IsWhiteSpace(line[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is '\t' or ' ';
}
