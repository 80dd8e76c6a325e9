using System.Text.Json;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Jieba;

/// <summary>One dev gold report: its text, our extraction, its sentences cut by jieba, and the gold names of the two lists.</summary>
internal sealed record DevReport(
    string GoldFile,
    ReportText Report,
    ReportExtraction Extraction,
    IReadOnlyList<CutSentence> Sentences,
    IReadOnlyList<string> GoldOrganizations,
    IReadOnlyList<string> GoldVillages)
{
    /// <summary>The county reports held out of rule tuning (README): only their totals are printed, never their names.</summary>
    public static IReadOnlySet<string> HeldOut { get; } = new HashSet<string>(StringComparer.Ordinal) { "qingyuan_2023", "shunping_2023", "boye_2024" };

    public string Stem => Path.GetFileNameWithoutExtension(Report.FileName);

    public bool IsHeldOut => HeldOut.Contains(Stem);

    public IReadOnlyList<string> Gold(string list) => list == "organizations" ? GoldOrganizations : GoldVillages;

    /// <summary>The sentence that holds a span of the report text, if any (items from the header have none).</summary>
    public CutSentence? SentenceOf(TextSpan span) =>
        Sentences.FirstOrDefault(s => s.Sentence.Start <= span.Start && span.End <= s.Sentence.End);

    /// <summary>Reads the gold files of <paramref name="goldFolder"/>, their texts (seeds in graph-seed/reports, the others in corpus-county), and extracts each.</summary>
    public static async Task<IReadOnlyList<DevReport>> LoadAsync(string goldFolder, string countyCorpus, Segmenter segmenter)
    {
        var reader = new ReportReader();
        var reports = new List<DevReport>();
        foreach (var goldFile in Directory.EnumerateFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(goldFile));
            var fileName = gold.RootElement.GetProperty("file").GetString()
                ?? throw new InvalidDataException(goldFile + " has no file name");
            var seed = Path.Combine(RepositoryPaths.SeedReports, fileName);
            var text = await reader.ReadFileAsync(File.Exists(seed) ? seed : Path.Combine(countyCorpus, fileName));
            var extraction = ExtractionPipeline.Default.Extract(text);
            var context = new ExtractionContext(text, extraction.Profile);
            var sentences = context.Sentences.Where(s => s.Part != ReportPart.Header).Select(segmenter.Cut).ToList();
            reports.Add(new DevReport(goldFile, text, extraction, sentences, Strings(gold.RootElement, "organizations"), Strings(gold.RootElement, "villages")));
        }

        return reports;
    }

    private static List<string> Strings(JsonElement doc, string list) =>
        doc.TryGetProperty(list, out var items) ? [.. items.EnumerateArray().Select(i => i.GetString() ?? "")] : [];
}
