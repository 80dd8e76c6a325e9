namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>Character classes and the leftward scan that finds where a name ending at a suffix starts.</summary>
internal static class InitiativeNameScan
{
    /// <summary>Whether <paramref name="c"/> can be part of a programme name (Han, Latin letters, digits, + · -).</summary>
    public static bool IsNameChar(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') || char.IsAsciiLetterOrDigit(c) || c is '+' or '·' or '•' or '-' or '.';

    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    /// <summary>
    /// The start of the name that ends at <paramref name="end"/>: the nearest point, walking left over name
    /// characters, that follows a stopper word or a non-name character; -1 when the stretch is longer than
    /// <paramref name="maxLength"/>.
    /// </summary>
    public static int LeftEdge(string text, int end, IReadOnlyList<string> stoppers, int maxLength)
    {
        var start = end;
        while (start > 0 && IsNameChar(text[start - 1]) && !EndsWithStopper(text, start, stoppers))
        {
            start--;
            if (end - start > maxLength)
            {
                return -1;
            }
        }

        return start;
    }

    /// <summary>Whether text[..position] ends with one of <paramref name="stoppers"/> (和 not before 美/谐/平/睦, where it starts a word).</summary>
    public static bool EndsWithStopper(string text, int position, IReadOnlyList<string> stoppers)
    {
        foreach (var stopper in stoppers)
        {
            if (position >= stopper.Length && string.CompareOrdinal(text, position - stopper.Length, stopper, 0, stopper.Length) == 0)
            {
                if (stopper == "和" && position < text.Length && "美谐平睦".Contains(text[position], StringComparison.Ordinal))
                {
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts at <paramref name="index"/> with one of <paramref name="words"/> (the first in their order).</summary>
    /// <remarks>A plain loop: it runs at every position of every sentence (a LINQ scan with its closure cost 17% of extraction).</remarks>
    public static string? StartsWithAny(string text, int index, IReadOnlyList<string> words)
    {
        if (index < 0 || index >= text.Length)
        {
            return null;
        }

        var first = text[index];
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (w.Length > 0 && w[0] == first && index + w.Length <= text.Length && string.CompareOrdinal(text, index, w, 0, w.Length) == 0)
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/>[..index] ends with one of <paramref name="words"/> (the first in their order).</summary>
    public static string? EndsWithAny(string text, int index, IReadOnlyList<string> words)
    {
        if (index <= 0 || index > text.Length)
        {
            return null;
        }

        var last = text[index - 1];
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (w.Length > 0 && w[^1] == last && index >= w.Length && string.CompareOrdinal(text, index - w.Length, w, 0, w.Length) == 0)
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>
    /// A four-character parallel formula ending the text (净居亮居, 双招双引: the second and fourth or the first
    /// and third characters equal), used to find where a name whose opening quote was lost starts.
    /// </summary>
    public static bool EndsWithParallelFour(string text) =>
        text.Length >= 4 && text[^4..].All(IsHan) && (text[^3] == text[^1] || text[^4] == text[^2]);
}
