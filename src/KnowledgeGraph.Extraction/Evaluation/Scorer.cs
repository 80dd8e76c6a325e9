namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>
/// The project's own scorer, agreeing exactly with the annotation team's score.py (tests/fixtures/eval/score.py):
/// documents paired by file name, in gold order; each list paired greedily one to one, strictly (same normalised
/// name; for indicators and targets same value, unit and year and the same normalised metric) and leniently (similar
/// names; similar metrics at bigram Dice 0.5); awards also scored on (title, recipient); document fields right or
/// wrong, <c>published</c> on its first ten characters.
/// </summary>
public static class Scorer
{
    private static readonly Dictionary<string, string> NameKeys = new(StringComparer.Ordinal)
    {
        ["projects"] = "name", ["brands"] = "name", ["awards"] = "title", ["events"] = "name",
    };

    /// <summary>The entity lists scored, in score.py's order.</summary>
    public static IReadOnlyList<string> Lists => MatchRules.Lists;

    public static ScoreReport Score(GoldDocuments gold, GoldDocuments predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var totals = MatchRules.Lists.ToDictionary(l => l, _ => new Tally());
        var (awardGold, awardPred, awardHits) = (0, 0, 0);
        var (right, total) = (0, 0);
        var misses = new List<string>();
        foreach (var name in gold.FileNames)
        {
            var g = gold.Documents[name];
            var p = predicted.Documents.GetValueOrDefault(name) is { Truthy: true } found ? found : null;
            if (p is null)
            {
                misses.Add($"[{name}] no predicted document");
            }

            foreach (var f in MatchRules.DocumentFields)
            {
                total++;
                var (gv, pv) = (Field(g, f), Field(p, f));
                var ok = f != "published"
                    ? MatchRules.Norm(gv) == MatchRules.Norm(pv)
                    : Text(gv) == PyFormat.Prefix(Text(pv), 10);
                right += ok ? 1 : 0;
                if (!ok)
                {
                    misses.Add($"[{name}] {f}: gold={Repr(gv)} pred={Repr(pv)}");
                }
            }

            foreach (var list in MatchRules.Lists)
            {
                var gl = Items(list, g.Get(list));
                var pl = Items(list, p?.Get(list));
                var t = totals[list];
                t.Gold += gl.Count;
                t.Pred += pl.Count;
                var quantities = list is "indicators" or "targets";
                var strict = MatchRules.Pair(gl.Count, pl.Count, (i, j) => quantities
                    ? QuantityMatch(gl[i], pl[j]) && gl[i].Key.Text == pl[j].Key.Text
                    : gl[i].Key.Text == pl[j].Key.Text);
                var (pairs, missed, extra) = MatchRules.Pair(gl.Count, pl.Count, (i, j) => quantities
                    ? QuantityMatch(gl[i], pl[j]) && MatchRules.Similar(gl[i].Key, pl[j].Key, MatchRules.MetricDice)
                    : MatchRules.Similar(gl[i].Key, pl[j].Key, MatchRules.NameDice));
                t.Strict += strict.Pairs.Count;
                t.Lenient += pairs.Count;
                if (list == "awards")
                {
                    awardGold += gl.Count;
                    awardPred += pl.Count;
                    awardHits += pairs.Count(x => MatchRules.Similar(gl[x.Gold].Recipient, pl[x.Pred].Recipient, MatchRules.NameDice));
                }

                misses.AddRange(missed.Select(i => $"[{name}] {list} missed: {gl[i].Raw.Dumps()}"));
                misses.AddRange(extra.Select(i => $"[{name}] {list} extra:  {pl[i].Raw.Dumps()}"));
            }
        }

        var scores = new List<ListScore>();
        var sum = 0.0;
        foreach (var list in MatchRules.Lists)
        {
            var t = totals[list];
            var lenient = MatchRules.Prf(t.Lenient, t.Pred, t.Lenient, t.Gold);
            scores.Add(new ListScore(list, t.Gold, t.Pred, t.Strict, t.Lenient, MatchRules.Prf(t.Strict, t.Pred, t.Strict, t.Gold), lenient));
            sum += lenient.F1;
        }

        return new ScoreReport(scores, right, total, MatchRules.Prf(awardHits, awardPred, awardHits, awardGold), sum / scores.Count, misses);
    }

    /// <summary>The documents' fields as score.py's <c>field(doc, path)</c> finds them (null for None or missing).</summary>
    internal static PyValue? Field(PyValue? doc, string path)
    {
        var current = doc;
        foreach (var part in path.Split('.'))
        {
            current = current is PyDict ? current.Get(part) : null;
        }

        return current;
    }

    // published: str(v or "")
    private static string Text(PyValue? value) => value is { Truthy: true } ? value.Str() : "";

    private static string Repr(PyValue? value) => value?.Repr() ?? "None";

    // g.get(lst) or []
    private static List<Item> Items(string list, PyValue? value) =>
        value is { Truthy: true } ? [.. value.Iterate().Select(v => Item.Of(list, v))] : [];

    private static bool QuantityMatch(Item g, Item p) =>
        g.Raw is PyDict && p.Raw is PyDict && MatchRules.NumEq(g.Value, p.Value) && g.Unit == p.Unit && g.Year == p.Year;

    private sealed class Tally
    {
        public int Gold { get; set; }

        public int Pred { get; set; }

        public int Strict { get; set; }

        public int Lenient { get; set; }
    }

    /// <summary>One list item with what matching compares, worked out once: the normalised name (metric for quantities), value, unit, year, recipient.</summary>
    private sealed record Item(PyValue Raw, NormName Key, double? Value, string Unit, string Year, NormName Recipient)
    {
        public static Item Of(string list, PyValue raw)
        {
            var quantity = list is "indicators" or "targets";
            var name = quantity ? raw.Get("metric") : raw switch
            {
                PyStr => raw,
                PyDict => raw.Get(NameKeys.GetValueOrDefault(list, "name")) ?? new PyStr(""),
                _ => new PyStr(""),
            };
            return new Item(
                raw,
                new NormName(MatchRules.Norm(name)),
                raw.Get("value")?.ToFloat(),
                MatchRules.UnitNorm(raw.Get("unit")),
                (raw.Get("year") ?? PyNone.Value).Str(),
                new NormName(MatchRules.Norm(raw.Get("recipient"))));
        }
    }
}
