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
    // A little under what the extractors reach (dev overall 0.962 on 2026-11-22): a fall is a regression.
    public static DevScoreFloors Current { get; } = new(
        DocumentFieldsRight: 24,
        OverallLenientF1: 0.94,
        ListLenientF1: new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["villages"] = 0.95,
            ["projects"] = 0.90,
            ["organizations"] = 0.85,
            ["brands"] = 0.85,
            ["awards"] = 0.95,
            ["events"] = 0.95,
            ["initiatives"] = 0.88,
            ["indicators"] = 0.94,
            ["targets"] = 0.94,
        });

    /// <summary>Floor of the overall score on the independent annotations of seeds 001 and 003 (0.829 reached).</summary>
    public const double HeldOutOverallLenientF1 = 0.80;

    /// <summary>The county dev reports with gold in ../shared/eval/gold: the tuning half, then the held-out half.</summary>
    public static IReadOnlyList<string> CountyTuning { get; } = ["dingxing_2022", "anguo_2022", "mancheng_2022"];

    public static IReadOnlyList<string> CountyHeldOut { get; } = ["qingyuan_2023", "shunping_2023", "boye_2024"];

    /// <summary>
    /// Floors of the overall lenient F1 on the two halves (reached on 2026-12-07: see README, What is extracted). Document
    /// fields are not held here: the report subject of a county report is the subject resolver's work.
    /// </summary>
    public const double CountyTuningOverallLenientF1 = 0.76; // 0.784 measured on 2026-12-08 (0.665 the session before)

    public const double CountyHeldOutOverallLenientF1 = 0.60; // 0.618 measured on 2026-12-08 (0.587 the session before)
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

    [SharedDataTheory]
    [InlineData("tuning")]
    [InlineData("held-out")]
    public async Task The_county_dev_reports_stay_above_their_floors_when_the_shared_data_is_there(string half)
    {
        var (stems, floor) = half == "tuning"
            ? (DevScoreFloors.CountyTuning, DevScoreFloors.CountyTuningOverallLenientF1)
            : (DevScoreFloors.CountyHeldOut, DevScoreFloors.CountyHeldOutOverallLenientF1);
        var reader = new ReportReader();
        var extractions = new List<ReportExtraction>();
        foreach (var stem in stems)
        {
            extractions.Add(ExtractionPipeline.Default.Extract(await reader.ReadFileAsync(SharedData.CountyReport(stem))));
        }

        var gold = GoldDocuments.Load([.. stems.Select(s => Path.Combine(SharedData.Gold, s + ".json"))]);
        var report = Scorer.Score(gold, GoldDocuments.FromExtractions(extractions));
        output.WriteLine(report.ToTable());
        Assert.True(report.OverallLenientF1 >= floor, $"{half}: overall lenient F1 {report.OverallLenientF1:0.000} is under the floor {floor:0.000}");
    }

    [Fact]
    public async Task The_two_held_out_seeds_stay_above_their_floor()
    {
        var reader = new ReportReader();
        var extractions = new List<ReportExtraction>();
        foreach (var file in RepositoryPaths.SeedReportFiles)
        {
            extractions.Add(ExtractionPipeline.Default.Extract(await reader.ReadFileAsync(file)));
        }

        var gold = GoldDocuments.Load([Path.Combine(RepositoryPaths.Fixtures, "heldout")]);
        var report = Scorer.Score(gold, GoldDocuments.FromExtractions(extractions));
        output.WriteLine(report.ToTable());
        Assert.Equal((16, 16), (report.DocumentFieldsRight, report.DocumentFieldsTotal));
        Assert.True(report.OverallLenientF1 >= DevScoreFloors.HeldOutOverallLenientF1, report.ToTable(showMisses: true));
    }
}
