namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>A list of words with longest-match look-ups at, ending at, and around a position of a text.</summary>
internal sealed class ProjectWordList
{
    private readonly string[] words;

    // The words by first and by last character, longest first: a look-up only tries words that can match.
    private readonly Dictionary<char, string[]> byFirst;
    private readonly Dictionary<char, string[]> byLast;

    public ProjectWordList(params string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = [.. words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];
        byFirst = this.words.Where(w => w.Length > 0).GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        byLast = this.words.Where(w => w.Length > 0).GroupBy(w => w[^1]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<string> Words => words;

    /// <summary>The longest word starting at <paramref name="index"/>, or null.</summary>
    public string? At(string text, int index)
    {
        if (index < 0 || index >= text.Length || !byFirst.TryGetValue(text[index], out var candidates))
        {
            return null;
        }

        foreach (var word in candidates)
        {
            if (index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The longest word ending at <paramref name="end"/> (exclusive), or null.</summary>
    public string? EndingAt(string text, int end)
    {
        if (end <= 0 || end > text.Length || !byLast.TryGetValue(text[end - 1], out var candidates))
        {
            return null;
        }

        foreach (var word in candidates)
        {
            var start = end - word.Length;
            if (start >= 0 && end <= text.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The longest word <paramref name="text"/> ends with, or null.</summary>
    public string? Suffix(string text) => EndingAt(text, text.Length);

    /// <summary>The longest word <paramref name="text"/> starts with, or null.</summary>
    public string? Prefix(string text) => At(text, 0);

    public bool Contains(string word) => word.Length > 0 && byFirst.TryGetValue(word[0], out var candidates) && candidates.Contains(word, StringComparer.Ordinal);

    /// <summary>Whether any word occurs in <paramref name="text"/>.</summary>
    public bool Occurs(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (At(text, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> can be cut entirely into words of this list.</summary>
    public bool Covers(string text) => text.Length > 0 && Covers(text, 0, new Dictionary<int, bool>());

    private bool Covers(string text, int index, Dictionary<int, bool> memo)
    {
        if (index == text.Length)
        {
            return true;
        }

        if (memo.TryGetValue(index, out var known))
        {
            return known;
        }

        var result = false;
        foreach (var word in byFirst.GetValueOrDefault(text[index]) ?? [])
        {
            if (index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0 && Covers(text, index + word.Length, memo))
            {
                result = true;
                break;
            }
        }

        memo[index] = result;
        return result;
    }
}
