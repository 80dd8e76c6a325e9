using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Loading;

/// <summary>
/// The request's batch loaders over the store's batched reads: every node, edge list and evidence list asked for
/// while the executor still has work is fetched in one round trip per loader.
/// </summary>
internal static class GraphLoaders
{
    public static IGraphStore Store(ResolveContext ctx) =>
        (ctx.Services ?? throw new InvalidOperationException("the request has no services")).GetRequiredService<IGraphStore>();

    public static Task<GraphNode?> NodeAsync(ResolveContext ctx, string id) =>
        ctx.Loaders.GetOrAdd<string, GraphNode>("nodes", (ids, ct) => Store(ctx).GetNodesByIdAsync(ids, ct)).LoadAsync(id);

    public static async Task<IReadOnlyList<GraphNode>> NodesAsync(ResolveContext ctx, IEnumerable<string> ids)
    {
        var nodes = await Task.WhenAll(ids.Distinct(StringComparer.Ordinal).Select(id => NodeAsync(ctx, id)));
        return [.. nodes.OfType<GraphNode>()];
    }

    public static async Task<IReadOnlyList<Evidence>> EvidenceAsync(ResolveContext ctx, string ownerId) =>
        await ctx.Loaders.GetOrAdd<string, IReadOnlyList<Evidence>>("evidence", (ids, ct) => Store(ctx).GetEvidenceOfAsync(ids, ct))
            .LoadAsync(ownerId) ?? [];

    /// <summary>The edges of <paramref name="nodeId"/> of one kind in one direction.</summary>
    public static async Task<IReadOnlyList<GraphEdge>> EdgesAsync(ResolveContext ctx, string nodeId, EdgeDirection direction, EdgeKind kind)
    {
        var loader = ctx.Loaders.GetOrAdd<string, IReadOnlyList<GraphEdge>>($"edges:{direction}:{kind}", async (ids, ct) =>
        {
            var edges = await Store(ctx).GetEdgesOfAsync(ids, direction, kind, ct);
            return edges.GroupBy(e => direction == EdgeDirection.Outgoing ? e.SourceId : e.TargetId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<GraphEdge>)[.. g], StringComparer.Ordinal);
        });
        return await loader.LoadAsync(nodeId) ?? [];
    }

    /// <summary>The ids at the other end of <paramref name="nodeId"/>'s edges of one kind and direction.</summary>
    public static async Task<IReadOnlyList<string>> NeighbourIdsAsync(ResolveContext ctx, string nodeId, EdgeDirection direction, EdgeKind kind) =>
        [.. (await EdgesAsync(ctx, nodeId, direction, kind))
            .Select(e => direction == EdgeDirection.Outgoing ? e.TargetId : e.SourceId).Distinct(StringComparer.Ordinal)];

    /// <summary>The neighbour ids of many nodes at once (one batch).</summary>
    public static async Task<IReadOnlyList<string>> NeighbourIdsAsync(ResolveContext ctx, IEnumerable<string> nodeIds, EdgeDirection direction, EdgeKind kind)
    {
        var lists = await Task.WhenAll(nodeIds.Distinct(StringComparer.Ordinal).Select(id => NeighbourIdsAsync(ctx, id, direction, kind)));
        return [.. lists.SelectMany(l => l).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The township of an extracted entity: the township of the reports that mention it.</summary>
    public static async Task<GraphNode?> TownshipOfEntityAsync(ResolveContext ctx, string entityId)
    {
        var reports = await NeighbourIdsAsync(ctx, entityId, EdgeDirection.Incoming, EdgeKind.Mentions);
        var townships = await NeighbourIdsAsync(ctx, reports, EdgeDirection.Outgoing, EdgeKind.ReportsOn);
        return townships.Count == 0 ? null : await NodeAsync(ctx, townships.Order(StringComparer.Ordinal).First());
    }
}
