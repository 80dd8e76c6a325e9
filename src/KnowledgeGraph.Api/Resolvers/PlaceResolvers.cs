using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.Api.Resolvers.Resolve;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>
/// Township, Region and Village: the places and what their reports name. A report's subject (ReportSubject) is a
/// Township or, for a county-level report, the Region of its county: both answer the same lists by the place's id
/// (the reports about it, what they mention, what it set and achieved), so one set of resolvers serves both.
/// </summary>
internal static class PlaceResolvers
{
    public static SchemaBuilder BindPlaces(this SchemaBuilder schema)
    {
        schema
            .ResolveAsync("Township", "county", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.LocatedIn))
            .ResolveAsync("Township", "regions", ChainAsync)
            .ResolveAsync("Region", "parent", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.LocatedIn))
            .ResolveAsync("Region", "townships", RegionTownshipsAsync)
            .ResolveAsync("Village", "township", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.LocatedIn, id => Kinds.IdIs(id, NodeKind.Township)))
            .ResolveAsync("Village", "subject", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.LocatedIn, id => Kinds.IdIs(id, NodeKind.Township) || Kinds.IdIs(id, NodeKind.County)))
            .ResolveAsync("Village", "projects", ctx => NeighboursAsync(ctx, EdgeDirection.Incoming, EdgeKind.LocatedIn, NodeKind.Project))
            .ResolveAsync("Village", "awards", ctx => NeighboursAsync(ctx, EdgeDirection.Outgoing, EdgeKind.Received, NodeKind.Award));
        foreach (var subject in new[] { "Township", "Region" })
        {
            schema
                .ResolveAsync(subject, "targets", ctx => QuantitiesAsync(ctx, EdgeKind.SetsTarget))
                .ResolveAsync(subject, "indicators", ctx => QuantitiesAsync(ctx, EdgeKind.Achieved))
                .ResolveAsync(subject, "reports", ctx => PlaceListAsync(ctx, NodeKind.Report));
            foreach (var (field, kind) in new[]
            {
                ("villages", NodeKind.Village), ("projects", NodeKind.Project), ("organizations", NodeKind.Organization), ("brands", NodeKind.Brand),
                ("awards", NodeKind.Award), ("events", NodeKind.Event), ("initiatives", NodeKind.Initiative),
            })
            {
                schema.ResolveAsync(subject, field, ctx => MentionedAsync(ctx, kind));
            }
        }

        return schema
            .ResolveType("ReportSubject", (value, _) => value is NodeSource n ? Kinds.TypeName(n.Node.Kind) : null)
            .ResolveAsync("Report", "subject", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.ReportsOn))
            .ResolveAsync("Report", "township", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.ReportsOn, id => Kinds.IdIs(id, NodeKind.Township)))
            .Resolve("Report", "warnings", ctx => Warnings(ReportWarning.Split(Source(ctx).StringProperty("warnings"))));
    }

    /// <summary>Warnings as GraphQL ReportWarning values (the report's stored ones, or an ingest's).</summary>
    public static List<object> Warnings(IEnumerable<ReportWarning> warnings) =>
        [.. warnings.Select(w => (object)new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = w.Code, ["message"] = w.Message })];

    /// <summary>The nodes of <paramref name="kind"/> that the township's reports mention.</summary>
    private static Task<object?> MentionedAsync(ResolveContext ctx, NodeKind kind) => PlaceListAsync(ctx, kind);

    private static Task<object?> QuantitiesAsync(ResolveContext ctx, EdgeKind edge) =>
        PlaceListAsync(ctx, edge == EdgeKind.SetsTarget ? NodeKind.Target : NodeKind.Indicator, ctx.Argument<int?>("year"));

    /// <summary>County, city, province: one batched step per level.</summary>
    private static async Task<object?> ChainAsync(ResolveContext ctx)
    {
        var chain = new List<object>();
        var current = Source(ctx).Id;
        for (var level = 0; level < 4; level++)
        {
            var up = (await GraphLoaders.NeighbourIdsAsync(ctx, current, EdgeDirection.Outgoing, EdgeKind.LocatedIn))
                .Where(id => !Kinds.IdIs(id, NodeKind.Village)).Order(StringComparer.Ordinal).FirstOrDefault();
            if (up is null || await GraphLoaders.NodeAsync(ctx, up) is not { } node)
            {
                break;
            }

            chain.Add(new NodeSource(node));
            current = up;
        }

        return chain;
    }

    /// <summary>The townships below a region (directly or through its counties and cities).</summary>
    private static Task<object?> RegionTownshipsAsync(ResolveContext ctx) => PlaceListAsync(ctx, NodeKind.Township);
}
