using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Jieba;

/// <summary>The name comparison of the annotation team's score.py (norm, similar), to tell right from wrong names.</summary>
internal static partial class Names
{
    [GeneratedRegex("[\"'“”‘’「」『』《》〈〉\\s]")]
    private static partial Regex Quotes();

    public static string Norm(string text)
    {
        var t = Quotes().Replace(text.Normalize(NormalizationForm.FormKC), "");
        return t.EndsWith('等') && t.Length > 2 ? t[..^1] : t;
    }

    /// <summary>The lenient match: equal, one inside the other at least half as long, or bigram Dice ≥ 0.6.</summary>
    public static bool Similar(string a, string b)
    {
        (a, b) = (Norm(a), Norm(b));
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var (shortName, longName) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shortName.Length >= 2 && 2 * shortName.Length >= longName.Length && longName.Contains(shortName, StringComparison.Ordinal))
        {
            return true;
        }

        var x = Bigrams(a);
        var y = Bigrams(b);
        return 2.0 * x.Intersect(y).Count() / (x.Count + y.Count) >= 0.6;
    }

    private static HashSet<string> Bigrams(string t) =>
        t.Length < 2 ? [t] : [.. Enumerable.Range(0, t.Length - 1).Select(i => t.Substring(i, 2))];
}
