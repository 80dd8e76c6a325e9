using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Api.Paging;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.Api.Resolvers.Resolve;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>Report, Year, Evidence and the fields every node shares (evidence, the Node and Place type resolvers).</summary>
internal static class ReportResolvers
{
    private static readonly string[] NodeTypes =
        ["Township", "Region", "Village", "Project", "Organization", "Brand", "Award", "Event", "Initiative", "Indicator", "Target", "Report", "Year"];

    public static SchemaBuilder BindReports(this SchemaBuilder schema)
    {
        foreach (var type in NodeTypes)
        {
            schema.ResolveAsync(type, "evidence", ctx => EvidenceAsync(ctx, Source(ctx).Id));
        }

        return schema
            .ResolveType("Node", (value, _) => value is NodeSource n ? Kinds.TypeName(n.Node.Kind) : null)
            .ResolveType("Place", (value, _) => value is NodeSource n ? Kinds.TypeName(n.Node.Kind) : null)
            .ResolveAsync("Evidence", "report", ctx => NodeAsync(ctx, ((EvidenceSource)ctx.Source!).Evidence.ReportId))
            .ResolveAsync("Year", "reports", ctx => NodeList.NeighboursAsync(ctx, Source(ctx).Id, EdgeKind.InYear, EdgeDirection.Incoming, [NodeKind.Report]))
            .ResolveAsync("Report", "mentions", MentionsAsync);
    }

    /// <summary>What a report can mention (MENTIONS edges): every kind but reports and years.</summary>
    private static readonly NodeKind[] Mentionable = [.. Enum.GetValues<NodeKind>().Where(k => k is not NodeKind.Report and not NodeKind.Year)];

    private static Task<object?> MentionsAsync(ResolveContext ctx)
    {
        var asked = ctx.Argument<IReadOnlyList<object?>>("kinds")?.OfType<string>().SelectMany(Kinds.FromEnumName).Distinct().ToList();
        return NodeList.NeighboursAsync(ctx, Source(ctx).Id, EdgeKind.Mentions, EdgeDirection.Outgoing, asked is { Count: > 0 } ? asked : Mentionable);
    }
}
