using KnowledgeGraph.Api.Loading;
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
            .ResolveAsync("Report", "mentions", MentionsAsync)
            .ResolveAsync("Year", "reports", async ctx =>
                await ConnectionAsync(ctx, (await GraphLoaders.NeighbourIdsAsync(ctx, Source(ctx).Id, EdgeDirection.Incoming, EdgeKind.InYear))
                    .Where(id => Kinds.IdIs(id, NodeKind.Report))));
    }

    private static async Task<object?> MentionsAsync(ResolveContext ctx)
    {
        var kinds = ctx.Argument<IReadOnlyList<object?>>("kinds")?.OfType<string>().SelectMany(Kinds.FromEnumName).ToHashSet();
        var ids = await GraphLoaders.NeighbourIdsAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.Mentions);
        return await ConnectionAsync(ctx, ids.Where(id => kinds is null || kinds.Any(k => Kinds.IdIs(id, k))));
    }
}
