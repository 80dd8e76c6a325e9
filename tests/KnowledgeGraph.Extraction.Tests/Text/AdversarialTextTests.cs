using System.Text;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Tests.Text;

/// <summary>
/// Adversarial reports (issue 11): runs without any sentence end are cut so extraction stays linear (the speed itself
/// is measured in the benchmarks, <c>AdversarialBenchmarks</c>), and cancellation stops extraction.
/// </summary>
public sealed class AdversarialTextTests
{
    private static ReportText Report(string body) =>
        new ReportReader().Read("adversarial.txt", Encoding.UTF8.GetBytes("2024年凤鸣街道工作报告\n一、2024年工作回顾\n" + body + "\n"));

    [Fact]
    public void A_run_of_digits_is_cut_into_sentences_of_bounded_length_covering_it_all()
    {
        var report = Report("全年完成" + new string('7', 25_000) + "元。");
        var extraction = ExtractionPipeline.Default.Extract(report);
        var context = new KnowledgeGraph.Extraction.Text.ExtractionContext(report, extraction.Profile);
        Assert.All(context.Sentences, s => Assert.True(s.Text.Length <= KnowledgeGraph.Extraction.Text.ExtractionContext.MaxSentenceLength));
        Assert.Equal(25_000, context.Sentences.Sum(s => s.Text.Count(c => c == '7')));
    }

    [Fact]
    public void A_long_run_without_punctuation_is_cut_after_a_comma_when_there_is_one()
    {
        var report = Report(string.Concat(Enumerable.Repeat("建设美丽乡村项目，", 500)));
        var context = new KnowledgeGraph.Extraction.Text.ExtractionContext(report, ExtractionPipeline.Default.Extract(report).Profile);
        var body = context.Sentences.Where(s => s.Text.StartsWith("建设", StringComparison.Ordinal)).ToList();
        Assert.True(body.Count >= 8);
        Assert.All(body.SkipLast(1), s => Assert.EndsWith(",", s.Text, StringComparison.Ordinal)); // full-width commas read as ASCII
    }

    [Fact]
    public void Real_sentences_are_never_cut()
    {
        var report = new ReportReader().Read("000.txt", File.ReadAllBytes(KnowledgeGraph.Testing.RepositoryPaths.Seed("000")));
        var context = new KnowledgeGraph.Extraction.Text.ExtractionContext(report, ExtractionPipeline.Default.Extract(report).Profile);
        Assert.All(context.Sentences, s => Assert.True(s.Text.Length < 500));
    }

    [Fact]
    public void A_cancelled_token_stops_extraction()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var report = Report("全年完成投资3亿元。" + new string('1', 10_000));
        Assert.ThrowsAny<OperationCanceledException>(() => ExtractionPipeline.Default.Extract(report, cancelled.Token));
    }

    [Fact]
    public void Cancellation_during_extraction_is_seen_within_a_sentence()
    {
        // Long enough (about 8 s of work, under the 2 MB report limit) that the timer fires mid-extraction even when a busy test host runs it late.
        var report = Report(string.Concat(Enumerable.Repeat("全年完成固定资产投资3.5亿元，同比增长12%。", 30_000)));
        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => ExtractionPipeline.Default.Extract(report, soon.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "cancellation was not seen");
    }
}
