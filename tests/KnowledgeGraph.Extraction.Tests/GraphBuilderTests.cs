using KnowledgeGraph.Domain;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class GraphBuilderTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    private static async Task<ReportGraph> BuildSeed(string prefix) =>
        GraphBuilder.Build(ExtractionPipeline.Default.Extract(await new ReportReader().ReadFileAsync(RepositoryPaths.Seed(prefix))), At);

    [Fact]
    public async Task A_report_becomes_its_township_region_chain_and_years()
    {
        var graph = await BuildSeed("002");
        var byId = graph.Nodes.ToDictionary(n => n.Id);
        Assert.Equal("凤鸣街道", byId["township:330483003"].Name);
        Assert.Equal("桐乡市", byId["county:330483"].Name);
        Assert.Equal("嘉兴市", byId["city:3304"].Name);
        Assert.Equal("浙江省", byId["province:33"].Name);
        Assert.Equal(2024L, byId["year:2024"].Properties["value"]);
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.LocatedIn && e.SourceId == "township:330483003" && e.TargetId == "county:330483");
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.LocatedIn && e.SourceId == "county:330483" && e.TargetId == "city:3304");
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.LocatedIn && e.SourceId == "city:3304" && e.TargetId == "province:33");
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.InYear && e.TargetId == "year:2025" && (string)e.Properties["role"] == "plan");
        Assert.Equal("report:002_e4180d2741e17c6f", graph.Report.Id);
        Assert.Equal(new DateOnly(2025, 1, 27), graph.Report.Published);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public async Task Every_edge_fits_the_catalog_and_every_evidence_span_points_into_the_text(string prefix)
    {
        var graph = await BuildSeed(prefix);
        var kinds = graph.Nodes.ToDictionary(n => n.Id, n => n.Kind);
        foreach (var edge in graph.Edges)
        {
            Assert.True(EdgeCatalog.Allows(edge.Kind, kinds[edge.SourceId], kinds[edge.TargetId]), $"{edge.Kind} {edge.SourceId} → {edge.TargetId}");
        }

        foreach (var evidence in graph.Nodes.Select(n => n.Evidence).Concat(graph.Edges.Select(e => e.Evidence)))
        {
            Assert.Equal(graph.Report.Id, evidence.ReportId);
            Assert.InRange(evidence.End, evidence.Start + 1, graph.Report.Text.Length);
            Assert.Contains(graph.Report.Text[evidence.Start..evidence.End], evidence.Sentence, StringComparison.Ordinal);
        }

        Assert.Equal(graph.Nodes.Count, graph.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(graph.Edges.Count, graph.Edges.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Building_twice_gives_the_same_ids()
    {
        var a = await BuildSeed("004");
        var b = await BuildSeed("004");
        Assert.Equal(a.Nodes.Select(n => n.Id), b.Nodes.Select(n => n.Id));
        Assert.Equal(a.Edges.Select(e => e.Id), b.Edges.Select(e => e.Id));
    }
}
