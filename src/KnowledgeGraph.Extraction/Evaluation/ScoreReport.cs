using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>Precision, recall and F1.</summary>
public readonly record struct Prf(double Precision, double Recall, double F1);

/// <summary>The score of one entity list: item counts, matched items and P/R/F1, strict and lenient.</summary>
public sealed record ListScore(string Name, int Gold, int Predicted, int StrictHits, int LenientHits, Prf Strict, Prf Lenient);

/// <summary>
/// What score.py reports: per list strict and lenient P/R/F1, the award (title, recipient) pairs, the document fields
/// right, the overall lenient macro F1 (the mean of the lists' lenient F1), and the misses. <see cref="TableLines"/>
/// and <see cref="ToJson"/> print it character for character as score.py does without and with --json.
/// </summary>
public sealed record ScoreReport(
    IReadOnlyList<ListScore> Lists,
    int DocumentFieldsRight,
    int DocumentFieldsTotal,
    Prf AwardRecipientPairs,
    double OverallLenientF1,
    IReadOnlyList<string> Misses)
{
    /// <summary>The share of document fields right (0 when there were none).</summary>
    public double DocumentFieldAccuracy => DocumentFieldsTotal != 0 ? (double)DocumentFieldsRight / DocumentFieldsTotal : 0.0;

    /// <summary>The score of the list named <paramref name="name"/> (villages, projects …).</summary>
    public ListScore List(string name) =>
        Lists.FirstOrDefault(l => l.Name == name) ?? throw new ArgumentException($"no list '{name}'", nameof(name));

    /// <summary>The lines score.py prints without --json (with --show-misses, the misses and a blank line first).</summary>
    public IReadOnlyList<string> TableLines(bool showMisses = false)
    {
        var lines = new List<string>();
        if (showMisses)
        {
            lines.Add(string.Join("\n", Misses));
            lines.Add("");
        }

        lines.Add($"{"list",-14}{"gold",6}{"pred",6}   strict P/R/F1        lenient P/R/F1");
        foreach (var l in Lists)
        {
            lines.Add($"{l.Name,-14}{Int(l.Gold),6}{Int(l.Predicted),6}   {F2(l.Strict)}       {F2(l.Lenient)}");
        }

        lines.Add($"award (title, recipient) pairs P/R/F1: {F2(AwardRecipientPairs)}");
        lines.Add($"document fields right: {Int(DocumentFieldsRight)}/{Int(DocumentFieldsTotal)}");
        lines.Add($"overall lenient F1: {PyFormat.Fixed(OverallLenientF1, 3)}");
        return lines;
    }

    /// <summary>The table as one text, lines ended by \n, as score.py writes it to standard output.</summary>
    public string ToTable(bool showMisses = false) => string.Concat(TableLines(showMisses).Select(l => l + "\n"));

    /// <summary>score.py's --json report: <c>json.dumps(report, ensure_ascii=False, indent=2)</c>, without the final line break.</summary>
    public string ToJson()
    {
        var sb = new StringBuilder();
        sb.Append("{\n  \"lists\": {\n");
        for (var i = 0; i < Lists.Count; i++)
        {
            var l = Lists[i];
            sb.Append("    ").Append(PyFormat.JsonString(l.Name)).Append(": {\n");
            sb.Append("      \"gold\": ").Append(Int(l.Gold)).Append(",\n");
            sb.Append("      \"pred\": ").Append(Int(l.Predicted)).Append(",\n");
            sb.Append("      \"strict\": ").Append(Triple(l.Strict, "      ")).Append(",\n");
            sb.Append("      \"lenient\": ").Append(Triple(l.Lenient, "      ")).Append('\n');
            sb.Append("    }").Append(i + 1 < Lists.Count ? ",\n" : "\n");
        }

        sb.Append("  },\n");
        sb.Append("  \"documentFieldAccuracy\": ").Append(PyFormat.FloatRepr(DocumentFieldAccuracy)).Append(",\n");
        sb.Append("  \"awardRecipientPairs\": ").Append(Triple(AwardRecipientPairs, "  ")).Append(",\n");
        sb.Append("  \"overallLenientF1\": ").Append(PyFormat.FloatRepr(OverallLenientF1)).Append("\n}");
        return sb.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F2(Prf s) => $"{PyFormat.Fixed(s.Precision, 2)} {PyFormat.Fixed(s.Recall, 2)} {PyFormat.Fixed(s.F1, 2)}";

    private static string Triple(Prf s, string indent) =>
        $"[\n{indent}  {Json(s.Precision)},\n{indent}  {Json(s.Recall)},\n{indent}  {Json(s.F1)}\n{indent}]";

    private static string Json(double value) => new PyFloat(value).Dumps();
}
