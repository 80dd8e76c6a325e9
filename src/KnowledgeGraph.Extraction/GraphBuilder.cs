using KnowledgeGraph.Domain;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Turns an extraction into the nodes and edges of the graph, each with its evidence: the report, its
/// township and region chain (township → county → city → province), its review and plan years.
/// </summary>
public static class GraphBuilder
{
    public static ReportGraph Build(ReportExtraction extraction, DateTimeOffset ingestedAt)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var report = extraction.Report;
        var profile = extraction.Profile;
        var reportId = NodeIds.Report(report.FileName);
        var text = report.Text;
        Evidence At(TextSpan span) => Evidence.FromSpan(reportId, text, span.Start, span.End);

        var nodes = new List<Node>();
        var edges = new List<GraphEdge>();
        var titleSpan = profile.Title?.Span is { End: > 0 } s ? s : FirstLine(text);
        var reportNode = new ReportNode(report.FileName, profile.Title?.Value, profile.ReviewYear?.Value, profile.PlanYear?.Value,
            profile.Published?.Value, report.ContentHash, At(titleSpan));
        nodes.Add(reportNode);

        string? townshipId = null;
        if (profile.Township is { } located)
        {
            var chain = located.Value;
            var evidence = At(located.Span);
            var township = new TownshipNode(chain.Township.Code, chain.Township.Name, chain.Township.Kind, evidence);
            var county = new CountyNode(chain.County.Code, chain.County.Name, evidence);
            var province = new ProvinceNode(chain.Province.Code, chain.Province.Name, evidence);
            nodes.AddRange([township, county, province]);
            edges.Add(GraphEdge.Create(EdgeKind.LocatedIn, township.Id, county.Id, evidence));
            if (chain.City is { IsPlaceholder: false } c)
            {
                var city = new CityNode(c.Code, c.Name, evidence);
                nodes.Add(city);
                edges.Add(GraphEdge.Create(EdgeKind.LocatedIn, county.Id, city.Id, evidence));
                edges.Add(GraphEdge.Create(EdgeKind.LocatedIn, city.Id, province.Id, evidence));
            }
            else
            {
                edges.Add(GraphEdge.Create(EdgeKind.LocatedIn, county.Id, province.Id, evidence));
            }

            edges.Add(GraphEdge.Create(EdgeKind.ReportsOn, reportId, township.Id, evidence));
            edges.Add(GraphEdge.Create(EdgeKind.Mentions, reportId, township.Id, evidence));
            townshipId = township.Id;
        }

        foreach (var (role, year) in new[] { ("review", profile.ReviewYear), ("plan", profile.PlanYear) })
        {
            if (year is null)
            {
                continue;
            }

            var evidence = At(year.Span.End > 0 ? year.Span : titleSpan);
            var node = new YearNode(year.Value, evidence);
            if (!nodes.Any(n => n.Id == node.Id))
            {
                nodes.Add(node);
            }

            edges.Add(GraphEdge.Create(EdgeKind.InYear, reportId, node.Id, evidence, PropertyBag.Of(("role", role)), role));
        }

        var stored = new StoredReport(reportId, report.FileName, report.ContentHash, report.Source, text, profile.Title?.Value,
            townshipId, profile.ReviewYear?.Value, profile.PlanYear?.Value, profile.Published?.Value, ingestedAt);
        return new ReportGraph(stored, [.. nodes.Select(n => n.ToGraphNode())], edges);
    }

    private static TextSpan FirstLine(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.IndexOf('\n', start);
        return new TextSpan(start, end < 0 ? text.Length : end);
    }
}
