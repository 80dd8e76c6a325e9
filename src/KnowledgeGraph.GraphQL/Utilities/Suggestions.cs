namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>graphql-js's didYouMean and suggestionList: close names by lexical distance, as " Did you mean …?".</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static string DidYouMean(string input, IEnumerable<string> options) => DidYouMean(null, input, options);

    public static string DidYouMean(string? subMessage, string input, IEnumerable<string> options) =>
        Format(subMessage, SuggestionList(input, options));

    /// <summary>Formats a list of names already chosen as suggestions.</summary>
    public static string Format(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = " Did you mean ";
        if (subMessage is not null)
        {
            message += subMessage + " ";
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>Options within a lexical distance of about 40% of the input's length, closest first then alphabetically.</summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            if (Distance(input, option, threshold) is { } d)
            {
                distances[option] = d;
            }
        }

        return [.. distances.Keys.OrderBy(k => distances[k]).ThenBy(k => k, NaturalComparer.Instance)];
    }

    // Damerau-Levenshtein (optimal string alignment) on lower-cased input, as graphql-js LexicalDistance.
    private static int? Distance(string a, string b, int threshold)
    {
        if (a == b)
        {
            return 0;
        }

        var x = a.ToLowerInvariant();
        var y = b.ToLowerInvariant();
        if (x == y)
        {
            return 1;
        }

        if (x.Length < y.Length)
        {
            (x, y) = (y, x);
        }

        if (x.Length - y.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var i = 0; i < 3; i++)
        {
            rows[i] = new int[y.Length + 1];
        }

        for (var j = 0; j <= y.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                var current = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                {
                    var doubleDiagonal = rows[(i - 2) % 3][j - 2];
                    current = Math.Min(current, doubleDiagonal + 1);
                }

                if (current < smallest)
                {
                    smallest = current;
                }

                currentRow[j] = current;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[x.Length % 3][y.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>graphql-js naturalCompare: runs of digits compare by value (a run stops after a leading zero).</summary>
    public static int NaturalCompare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var (numA, numB) = (ReadNumber(a, ref i), ReadNumber(b, ref j));
                if (numA != numB)
                {
                    return numA < numB ? -1 : 1;
                }
            }
            else if (a[i] != b[j])
            {
                return a[i] < b[j] ? -1 : 1;
            }
            else
            {
                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }

    private static double ReadNumber(string s, ref int index)
    {
        double number = 0;
        do
        {
            number = (number * 10) + (s[index++] - '0');
        }
        while (index < s.Length && char.IsAsciiDigit(s[index]) && number > 0);
        return number;
    }

    private sealed class NaturalComparer : IComparer<string>
    {
        public static readonly NaturalComparer Instance = new();

        public int Compare(string? x, string? y) => NaturalCompare(x ?? string.Empty, y ?? string.Empty);
    }
}
