using System.Globalization;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Jieba;

/// <summary>
/// Measure a: how often names start and end on jieba token edges, for our extracted names (right, near-miss, wrong)
/// and for the gold names where they occur in the text. If gold names sit on edges far more often than our wrong
/// names do, snapping to edges can help.
/// </summary>
internal static class BoundaryAgreement
{
    public static readonly string[] Lists = ["organizations", "villages"];

    /// <summary>An extracted item of a list: its name and span in the report text.</summary>
    public static IEnumerable<(string Name, TextSpan Span)> Items(ReportExtraction extraction, string list) => list == "organizations"
        ? extraction.Entities.Organizations.Select(o => (o.Name, o.Span))
        : extraction.Entities.Villages.Select(v => (v.Name, v.Span));

    public static void Print(IReadOnlyList<DevReport> reports, TextWriter output)
    {
        // the chance level: how many of all offsets inside the sentences are token edges
        var offsets = reports.SelectMany(r => r.Sentences).Sum(s => s.Text.Length - 1);
        var edges = reports.SelectMany(r => r.Sentences).Sum(s => Enumerable.Range(1, Math.Max(0, s.Text.Length - 1)).Count(s.IsEdge));
        output.WriteLine($"chance: {Percent(edges, offsets)} of the {offsets} offsets inside the sentences are jieba token edges");
        foreach (var list in Lists)
        {
            var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
            var expanded = 0;
            foreach (var report in reports)
            {
                var gold = report.Gold(list);
                foreach (var (name, span) in Items(report.Extraction, list))
                {
                    var sentence = report.SentenceOf(span);
                    if (sentence is null || sentence.Text[(span.Start - sentence.Sentence.Start)..(span.End - sentence.Sentence.Start)] != name)
                    {
                        expanded++; // a name built from a list (龙华、台上等示范村 → 龙华村): no single span to compare
                        continue;
                    }

                    var kind = gold.Any(g => Names.Norm(g) == Names.Norm(name)) ? "1 right (exact)"
                        : gold.Any(g => Names.Similar(g, name)) ? "2 near (lenient only)" : "3 wrong";
                    Add(tallies, kind, sentence, span.Start - sentence.Sentence.Start, span.End - sentence.Sentence.Start);
                }

                foreach (var g in gold)
                {
                    var found = false;
                    foreach (var sentence in report.Sentences)
                    {
                        for (var at = sentence.Text.IndexOf(g, StringComparison.Ordinal); at >= 0 && g.Length > 0; at = sentence.Text.IndexOf(g, at + 1, StringComparison.Ordinal))
                        {
                            Add(tallies, "4 gold occurrences", sentence, at, at + g.Length);
                            found = true;
                        }
                    }

                    tallies.TryAdd("5 gold names", new Tally());
                    tallies["5 gold names"].Count++;
                    if (found)
                    {
                        tallies["5 gold names"].Both++;
                    }
                }
            }

            output.WriteLine($"{list}: start/end on a jieba token edge ({expanded} extracted names built from a list left out)");
            output.WriteLine("  kind                       n   start    end   both");
            foreach (var (kind, t) in tallies)
            {
                output.WriteLine(kind == "5 gold names"
                    ? $"  {kind,-22} {t.Count,5}   found verbatim in a sentence: {Percent(t.Both, t.Count)}"
                    : $"  {kind,-22} {t.Count,5} {Percent(t.Start, t.Count),7} {Percent(t.End, t.Count),6} {Percent(t.Both, t.Count),6}");
            }
        }
    }

    private static void Add(SortedDictionary<string, Tally> tallies, string kind, CutSentence sentence, int start, int end)
    {
        if (!tallies.TryGetValue(kind, out var t))
        {
            tallies[kind] = t = new Tally();
        }

        t.Count++;
        var s = sentence.IsEdge(start);
        var e = sentence.IsEdge(end);
        t.Start += s ? 1 : 0;
        t.End += e ? 1 : 0;
        t.Both += s && e ? 1 : 0;
    }

    public static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private sealed class Tally
    {
        public int Count { get; set; }

        public int Start { get; set; }

        public int End { get; set; }

        public int Both { get; set; }
    }
}
