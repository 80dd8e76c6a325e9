using KnowledgeGraph.Extraction.Evaluation;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

/// <summary>
/// The floors the dev score (the seeds against tests/fixtures/gold) must stay at or above: all in one place.
/// </summary>
public sealed record DevScoreFloors(int DocumentFieldsRight, double OverallLenientF1, IReadOnlyDictionary<string, double> ListLenientF1)
{
    // TODO(lead): raise these as the extractors land; they are 0.0 while the extractors are being written.
    public static DevScoreFloors Current { get; } = new(
        DocumentFieldsRight: 24,
        OverallLenientF1: 0.0,
        ListLenientF1: new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["villages"] = 0.0,
            ["projects"] = 0.0,
            ["organizations"] = 0.0,
            ["brands"] = 0.0,
            ["awards"] = 0.0,
            ["events"] = 0.0,
            ["initiatives"] = 0.0,
            ["indicators"] = 0.0,
            ["targets"] = 0.0,
        });
}

public sealed class DevScoreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_seeds_score_at_or_above_the_floors_against_the_dev_gold()
    {
        var reader = new ReportReader();
        var extractions = new List<ReportExtraction>();
        foreach (var file in RepositoryPaths.SeedReportFiles)
        {
            extractions.Add(ExtractionPipeline.Default.Extract(await reader.ReadFileAsync(file)));
        }

        var gold = GoldDocuments.Load([Path.Combine(RepositoryPaths.Fixtures, "gold")]);
        var report = Scorer.Score(gold, GoldDocuments.FromExtractions(extractions));
        var table = report.ToTable();
        output.WriteLine(table);

        var floors = DevScoreFloors.Current;
        var failures = new List<string>();
        if (report.DocumentFieldsRight != floors.DocumentFieldsRight || report.DocumentFieldsTotal != floors.DocumentFieldsRight)
        {
            failures.Add($"document fields right: {report.DocumentFieldsRight}/{report.DocumentFieldsTotal}, expected {floors.DocumentFieldsRight}/{floors.DocumentFieldsRight}");
        }

        if (report.OverallLenientF1 < floors.OverallLenientF1)
        {
            failures.Add($"overall lenient F1 {report.OverallLenientF1:0.000} is under the floor {floors.OverallLenientF1:0.000}");
        }

        Assert.Equal(Scorer.Lists.Order(StringComparer.Ordinal), floors.ListLenientF1.Keys.Order(StringComparer.Ordinal));
        foreach (var list in report.Lists)
        {
            if (list.Lenient.F1 < floors.ListLenientF1[list.Name])
            {
                failures.Add($"{list.Name}: lenient F1 {list.Lenient.F1:0.000} is under the floor {floors.ListLenientF1[list.Name]:0.000}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\n" + report.ToTable(showMisses: true));
    }
}
