using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.Api.Resolvers.Resolve;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>Project, Organization, Brand, Award, Event, Initiative: extracted entities and their relations.</summary>
internal static class EntityResolvers
{
    private static readonly string[] StageOrder = ["planned", "signed", "landed", "started", "building", "completed", "operating"];

    public static SchemaBuilder BindEntities(this SchemaBuilder schema)
    {
        foreach (var type in new[] { "Village", "Project", "Organization", "Brand", "Award", "Event", "Initiative", "Indicator", "Target" })
        {
            if (type != "Village")
            {
                schema.ResolveAsync(type, "township", async ctx => Wrap(await GraphLoaders.TownshipOfEntityAsync(ctx, Source(ctx).Id)));
            }
        }

        return schema
            .ResolveAsync("Project", "place", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.LocatedIn))
            .ResolveAsync("Project", "statuses", StatusesAsync)
            .ResolveAsync("Project", "currentStatus", async ctx =>
                (await StagesAsync(ctx)).LastOrDefault() is { } last ? last.Properties.GetString("status")?.ToUpperInvariant() : null)
            .ResolveAsync("Project", "awards", ctx => NeighboursAsync(ctx, EdgeDirection.Outgoing, EdgeKind.Received, NodeKind.Award))
            .ResolveAsync("Organization", "awards", ctx => NeighboursAsync(ctx, EdgeDirection.Outgoing, EdgeKind.Received, NodeKind.Award))
            .ResolveAsync("Organization", "brands", ctx => NeighboursAsync(ctx, EdgeDirection.Outgoing, EdgeKind.Owns, NodeKind.Brand))
            .ResolveAsync("Brand", "owner", ctx => FirstNeighbourAsync(ctx, Source(ctx).Id, EdgeDirection.Incoming, EdgeKind.Owns))
            .ResolveAsync("Brand", "awards", ctx => NeighboursAsync(ctx, EdgeDirection.Outgoing, EdgeKind.Received, NodeKind.Award))
            .ResolveAsync("Award", "year", ctx => YearAsync(ctx))
            .ResolveAsync("Award", "recipients", async ctx =>
                await NodesAsync(ctx, await GraphLoaders.NeighbourIdsAsync(ctx, Source(ctx).Id, EdgeDirection.Incoming, EdgeKind.Received)))
            .ResolveAsync("Event", "year", ctx => Source(ctx).Resolve("year") is { } own ? Task.FromResult<object?>(own) : YearAsync(ctx));
    }

    private static async Task<object?> YearAsync(ResolveContext ctx) =>
        (await GraphLoaders.NeighbourIdsAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.InYear))
            .Select(NodeSource.YearOfId).OfType<int>().Order().Select(y => (object?)y).FirstOrDefault();

    /// <summary>The project's HAS_STATUS edges by year, then by stage order.</summary>
    private static async Task<IReadOnlyList<GraphEdge>> StagesAsync(ResolveContext ctx) =>
        [.. (await GraphLoaders.EdgesAsync(ctx, Source(ctx).Id, EdgeDirection.Outgoing, EdgeKind.HasStatus))
            .OrderBy(e => NodeSource.YearOfId(e.TargetId) ?? 0)
            .ThenBy(e => Array.IndexOf(StageOrder, e.Properties.GetString("status") ?? ""))];

    private static async Task<object?> StatusesAsync(ResolveContext ctx)
    {
        var stages = new List<object>();
        foreach (var edge in await StagesAsync(ctx))
        {
            stages.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["status"] = edge.Properties.GetString("status")?.ToUpperInvariant(),
                ["year"] = NodeSource.YearOfId(edge.TargetId),
                ["evidence"] = await EvidenceAsync(ctx, edge.Id),
            });
        }

        return stages;
    }
}
