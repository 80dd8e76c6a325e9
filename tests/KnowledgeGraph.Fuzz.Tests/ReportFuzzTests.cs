using System.Text;
using CsCheck;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Fuzz.Tests;

/// <summary>
/// Report reading and extraction on mutated reports (seeds and the corpus, as bytes in every encoding the reader knows):
/// reading either succeeds or fails with a <see cref="ReportReadException"/>; extraction and graph building of what was
/// read never throw.
/// </summary>
public sealed class ReportFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Mutated_reports_are_read_and_extracted_or_refused_with_a_reading_error()
    {
        var corpus = Fuzz.Corpus("reports", [.. RepositoryPaths.SeedReportFiles]);
        var reader = new ReportReader();
        var runs = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            Interlocked.Increment(ref runs);
            var bytes = Mutator.Mutate(corpus, seed);
            if (seed % 4 == 0)
            {
                bytes = TextDecoder.Gb18030.GetBytes(Encoding.UTF8.GetString(bytes));
            }

            ReportText report;
            try
            {
                report = reader.Read(seed % 3 == 0 ? "fuzz.html" : "fuzz.txt", bytes);
            }
            catch (ReportReadException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Problem));
                return;
            }

            var extraction = ExtractionPipeline.Default.Extract(report);
            _ = GraphBuilder.Build(extraction, DateTimeOffset.UnixEpoch);
        }, time: Fuzz.Seconds(15), threads: 1);
        output.WriteLine($"{runs} inputs");
        Assert.True(runs >= 20, $"only {runs} inputs ran"); // each is a whole report read and extracted
    }
}
