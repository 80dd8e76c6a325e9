using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class ZzScratch(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var line in File.ReadAllLines("/tmp/tune/scratch.txt"))
        {
            var r = new ExtractionResult();
            var ctx = KnowledgeGraph.Extraction.Tests.Extractors.InitiativeExtractorTests.Context(line);
            new InitiativeExtractor().Extract(ctx, r);
            output.WriteLine(line + " => " + string.Join(" | ", r.Initiatives.Select(i => i.Name)));
            var q = InitiativeQuotes.Find(ctx.Normalized);
            output.WriteLine("   quotes: " + string.Join(" | ", q.Select(x => ctx.Normalized[x.Start..x.End] + (x.Reconstructed ? "(R)" : ""))));
        }
    }
}
