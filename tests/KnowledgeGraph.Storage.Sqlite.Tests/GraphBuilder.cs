using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>Builds a small report graph by hand, with evidence pointing at mentions in the report text.</summary>
internal sealed class GraphBuilder
{
    private readonly List<GraphNode> nodes = [];
    private readonly List<GraphEdge> edges = [];

    public GraphBuilder(string fileName, string text, string? title, int? reviewYear, int? planYear, DateOnly? published, string? townshipId = Samples.TownshipId)
    {
        Report = new StoredReport(
            NodeIds.Report(fileName),
            fileName,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            "<html><head><title>" + title + "</title></head><body><p>" + text + "</p></body></html>",
            text,
            title,
            townshipId,
            reviewYear,
            planYear,
            published,
            new DateTimeOffset(2025, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(8)));
    }

    public StoredReport Report { get; }

    public Evidence At(string mention)
    {
        var start = Report.Text.IndexOf(mention, StringComparison.Ordinal);
        return start < 0
            ? throw new ArgumentException($"'{mention}' is not in the report text", nameof(mention))
            : Evidence.FromSpan(Report.Id, Report.Text, start, start + mention.Length);
    }

    public GraphNode Add(Node node)
    {
        var graphNode = node.ToGraphNode();
        nodes.Add(graphNode);
        return graphNode;
    }

    public GraphNode Add(GraphNode node)
    {
        nodes.Add(node);
        return node;
    }

    public GraphEdge Link(EdgeKind kind, string sourceId, string targetId, string mention, PropertyBag? properties = null, string? discriminator = null)
    {
        var edge = GraphEdge.Create(kind, sourceId, targetId, At(mention), properties, discriminator);
        edges.Add(edge);
        return edge;
    }

    public GraphEdge Link(EdgeKind kind, GraphNode source, GraphNode target, string mention, PropertyBag? properties = null, string? discriminator = null) =>
        Link(kind, source.Id, target.Id, mention, properties, discriminator);

    public ReportGraph Build() => new(Report, [.. nodes], [.. edges]);
}
