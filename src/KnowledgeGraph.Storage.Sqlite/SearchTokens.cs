using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// How text goes into the full-text index and how a search becomes an FTS5 query. Text is NFKC-normalised and lower-cased,
/// cut into runs of letters and digits, and each run is written as its overlapping character pairs plus its last character
/// (凤鸣街道 → 凤鸣 鸣街 街道 道), so that every substring of one character or more is a phrase (or, for one character, a
/// prefix) of tokens. FTS5's trigram tokenizer was the first choice, but it cannot match a text of fewer than three
/// characters, and most Chinese searches (凤鸣, 乡村, 村) are one or two.
/// </summary>
internal static class SearchTokens
{
    /// <summary>The token text of <paramref name="text"/> for the index.</summary>
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length * 3);
        foreach (var run in Runs(text))
        {
            for (var i = 0; i < run.Length; i++)
            {
                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(run, i, Math.Min(2, run.Length - i));
            }
        }

        return sb.ToString();
    }

    /// <summary>The words of a search (split at white space), each as the runs of letters and digits it holds.</summary>
    public static IReadOnlyList<string> Words(string search) => [.. Runs(search)];

    /// <summary>An FTS5 query matching nodes that hold every word of <paramref name="words"/> (null when there is none).</summary>
    public static string? Query(IReadOnlyList<string> words)
    {
        var parts = new List<string>();
        foreach (var word in words)
        {
            if (word.Length == 1)
            {
                parts.Add('"' + word + "\"*");
                continue;
            }

            var pairs = new List<string>();
            for (var i = 0; i + 1 < word.Length; i++)
            {
                pairs.Add(word.Substring(i, 2));
            }

            parts.Add('"' + string.Join(' ', pairs) + '"');
        }

        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    /// <summary>The normal form both sides are compared in: NFKC, lower case.</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private static IEnumerable<string> Runs(string text)
    {
        var normal = Normalize(text);
        var sb = new StringBuilder();
        foreach (var rune in normal.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                sb.Append(rune.ToString());
                continue;
            }

            if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }
}
