using System.Text;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>
/// The matching rules of the annotation team's score.py, one for one: name normalisation (NFKC, no quote marks or
/// white space, one trailing 等 dropped), strict and lenient name matches, quantities on value, unit and year with a
/// lenient metric, and greedy one-to-one pairing in gold order.
/// </summary>
internal static class MatchRules
{
    /// <summary>score.py's <c>LISTS</c>, in order.</summary>
    public static IReadOnlyList<string> Lists { get; } =
        ["villages", "projects", "organizations", "brands", "awards", "events", "initiatives", "indicators", "targets"];

    /// <summary>score.py's <c>DOC_FIELDS</c>, in order.</summary>
    public static IReadOnlyList<string> DocumentFields { get; } =
        ["township.name", "township.kind", "township.county", "township.city", "township.province", "reviewYear", "planYear", "published"];

    public const double NameDice = 0.6;

    public const double MetricDice = 0.5;

    private const string Quotes = "\"'“”‘’「」『』《》〈〉";

    /// <summary><c>norm(text)</c>: "" for None (or a missing key), else NFKC of <c>str(text)</c> without quotes and white space, one trailing 等 dropped when more than two characters remain.</summary>
    public static string Norm(PyValue? text) => text is null or PyNone ? "" : Norm(text.Str());

    public static string Norm(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var rune in nfkc.EnumerateRunes())
        {
            if (!PyFormat.IsSpace(rune.Value) && (rune.Value > 0xFFFF || !Quotes.Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                sb.Append(rune.ToString());
            }
        }

        var t = sb.ToString();
        return t.EndsWith('等') && PyFormat.Length(t) > 2 ? t[..^1] : t;
    }

    /// <summary>
    /// <c>unit_norm(u)</c>: 平方米 and ㎡ are 平方. As in score.py the replacement runs after NFKC, which has already
    /// turned ㎡ into "m2", so in effect only 平方米 becomes 平方 (㎡ and 平方米 do not match).
    /// </summary>
    public static string UnitNorm(PyValue? unit) =>
        Norm(unit).Replace("平方米", "平方", StringComparison.Ordinal).Replace("㎡", "平方", StringComparison.Ordinal);

    /// <summary><c>similar(a, b, dice)</c> over already normalised names.</summary>
    public static bool Similar(NormName a, NormName b, double dice)
    {
        if (a.Text.Length == 0 || b.Text.Length == 0)
        {
            return false;
        }

        if (a.Text == b.Text)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 2 && 2 * shorter.Length >= longer.Length && longer.Text.Contains(shorter.Text, StringComparison.Ordinal))
        {
            return true;
        }

        var shared = a.Bigrams.Count(b.Bigrams.Contains);
        return 2.0 * shared / (a.Bigrams.Count + b.Bigrams.Count) >= dice;
    }

    /// <summary><c>num_eq(a, b)</c>: both convert with float() and differ by at most a millionth (relative, at least absolute 1e-6).</summary>
    public static bool NumEq(double? a, double? b) =>
        a is { } x && b is { } y && Math.Abs(x - y) <= 1e-6 * Math.Max(1.0, Math.Max(Math.Abs(x), Math.Abs(y)));

    /// <summary>
    /// Greedy one-to-one pairing as score.py's <c>pair</c>: each gold item, in order, takes the first unused prediction
    /// that matches. Returns the pairs (gold index, prediction index), the unmatched gold and the unmatched predictions.
    /// </summary>
    public static (List<(int Gold, int Pred)> Pairs, List<int> Missed, List<int> Extra) Pair(int gold, int pred, Func<int, int, bool> match)
    {
        var used = new bool[pred];
        var pairs = new List<(int, int)>();
        var missed = new List<int>();
        for (var g = 0; g < gold; g++)
        {
            var hit = -1;
            for (var p = 0; p < pred && hit < 0; p++)
            {
                if (!used[p] && match(g, p))
                {
                    hit = p;
                }
            }

            if (hit < 0)
            {
                missed.Add(g);
            }
            else
            {
                used[hit] = true;
                pairs.Add((g, hit));
            }
        }

        return (pairs, missed, [.. Enumerable.Range(0, pred).Where(p => !used[p])]);
    }

    /// <summary><c>prf(tp_pred, n_pred, tp_gold, n_gold)</c>.</summary>
    public static Prf Prf(int truePred, int predicted, int trueGold, int gold)
    {
        var p = predicted != 0 ? (double)truePred / predicted : gold == 0 ? 1.0 : 0.0;
        var r = gold != 0 ? (double)trueGold / gold : 1.0;
        return new Prf(p, r, p + r != 0 ? 2 * p * r / (p + r) : 0.0);
    }

    /// <summary>posixpath.basename: what follows the last '/'.</summary>
    public static string BaseName(string path) => path[(path.LastIndexOf('/') + 1)..];
}

/// <summary>A normalised name with what <see cref="MatchRules.Similar"/> needs: its length in code points and its character bigrams.</summary>
internal sealed class NormName
{
    private HashSet<string>? bigrams;

    public NormName(string text)
    {
        Text = text;
        Length = PyFormat.Length(text);
    }

    public string Text { get; }

    public int Length { get; }

    /// <summary><c>bigrams(t)</c>: the set of two-character substrings, or the text itself when it has none.</summary>
    public HashSet<string> Bigrams => bigrams ??= MakeBigrams(Text);

    private static HashSet<string> MakeBigrams(string text)
    {
        var points = PyFormat.CodePoints(text).ToList();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < points.Count; i++)
        {
            set.Add(points[i] + points[i + 1]);
        }

        if (set.Count == 0)
        {
            set.Add(text);
        }

        return set;
    }
}
