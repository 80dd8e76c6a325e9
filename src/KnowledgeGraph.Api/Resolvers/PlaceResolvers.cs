using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.Api.Resolvers.Resolve;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>Township, Region and Village: the places and what their reports name.</summary>
internal static class PlaceResolvers
{
    public static SchemaBuilder BindPlaces(this SchemaBuilder schema)
    {
        schema
            .ResolveAsync("Township", "county", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.LocatedIn))
            .ResolveAsync("Township", "regions", ChainAsync)
            .ResolveAsync("Township", "targets", ctx => QuantitiesAsync(ctx, EdgeKind.SetsTarget))
            .ResolveAsync("Township", "indicators", ctx => QuantitiesAsync(ctx, EdgeKind.Achieved))
            .ResolveAsync("Township", "reports", ctx => PlaceListAsync(ctx, NodeKind.Report))
            .ResolveAsync("Region", "parent", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.LocatedIn))
            .ResolveAsync("Region", "townships", RegionTownshipsAsync)
            .ResolveAsync("Village", "township", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.LocatedIn, id => Kinds.IdIs(id, NodeKind.Township)))
            .ResolveAsync("Village", "projects", ctx => NeighboursAsync(ctx, EdgeDirection.Incoming, EdgeKind.LocatedIn, NodeKind.Project))
            .ResolveAsync("Village", "awards", ctx => NeighboursAsync(ctx, EdgeDirection.Outgoing, EdgeKind.Received, NodeKind.Award));
        foreach (var (field, kind) in new[]
        {
            ("villages", NodeKind.Village), ("projects", NodeKind.Project), ("organizations", NodeKind.Organization), ("brands", NodeKind.Brand),
            ("awards", NodeKind.Award), ("events", NodeKind.Event), ("initiatives", NodeKind.Initiative),
        })
        {
            schema.ResolveAsync("Township", field, ctx => MentionedAsync(ctx, kind));
        }

        return schema;
    }

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
