using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Benchmarks;

/// <summary>
/// Extraction throughput: <see cref="ExtractionPipeline.Extract"/> over the five seeds' text (read once, outside the
/// measurement). To convert a mean time to throughput: MB/s = <see cref="SeedTexts.Utf8Bytes"/> / 10^6 / (mean in
/// seconds), which the MB/s column of the summary prints. The goal is at least 1 MB/s on one core.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<ReportText> reports = [];

    [GlobalSetup]
    public void Setup()
    {
        reports = SeedTexts.All;
        _ = ExtractionPipeline.Default.Extract(reports[0]); // load the gazetteer outside the measurement
    }

    [Benchmark(Description = "Extract all seeds")]
    public int ExtractAllSeeds()
    {
        var found = 0;
        foreach (var report in reports)
        {
            var entities = ExtractionPipeline.Default.Extract(report).Entities;
            found += entities.Villages.Count + entities.Projects.Count + entities.Organizations.Count + entities.Brands.Count + entities.Awards.Count
                + entities.Events.Count + entities.Initiatives.Count + entities.Indicators.Count + entities.Targets.Count;
        }

        return found;
    }
}
