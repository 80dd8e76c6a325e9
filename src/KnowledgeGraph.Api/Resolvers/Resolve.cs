using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Api.Paging;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>Small building blocks the resolver families share.</summary>
internal static class Resolve
{
    public static NodeSource Source(ResolveContext ctx) => (NodeSource)ctx.Source!;

    public static object? Wrap(GraphNode? node) => node is null ? null : new NodeSource(node);

    public static async Task<object?> NodeAsync(ResolveContext ctx, string? id) =>
        id is null ? null : Wrap(await GraphLoaders.NodeAsync(ctx, id));

    public static async Task<object?> NodesAsync(ResolveContext ctx, IEnumerable<string> ids) =>
        (await GraphLoaders.NodesAsync(ctx, ids)).OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => (object)new NodeSource(n)).ToList();

    /// <summary>A connection over the neighbours of the parent node of the given kind (batched with the page's other parents).</summary>
    public static Task<object?> NeighboursAsync(ResolveContext ctx, EdgeDirection direction, EdgeKind edge, NodeKind kind) =>
        NodeList.NeighboursAsync(ctx, Source(ctx).Id, edge, direction, [kind]);

    /// <summary>
    /// A connection over the nodes of <paramref name="kind"/> that lie in the parent place (a township, or a region with
    /// everything beneath it): those the place's reports name. With <paramref name="year"/>, only those of that year.
    /// </summary>
    public static Task<object?> PlaceListAsync(ResolveContext ctx, NodeKind kind, int? year = null) =>
        NodeList.ConnectionAsync(ctx, [kind], year is { } y
            ? new NodeCondition.AllOf([new NodeCondition.InPlace(Source(ctx).Id), new NodeCondition.Year(new IntCondition(y, null, null, null))])
            : new NodeCondition.InPlace(Source(ctx).Id));

    /// <summary>The first neighbour (by id) of the parent node.</summary>
    public static async Task<object?> FirstNeighbourAsync(ResolveContext ctx, string nodeId, EdgeDirection direction, EdgeKind edge, Func<string, bool>? accept = null)
    {
        var ids = await GraphLoaders.NeighbourIdsAsync(ctx, nodeId, direction, edge);
        return await NodeAsync(ctx, ids.Where(accept ?? (_ => true)).Order(StringComparer.Ordinal).FirstOrDefault());
    }

    public static async Task<object?> EvidenceAsync(ResolveContext ctx, string ownerId) =>
        (await GraphLoaders.EvidenceAsync(ctx, ownerId))
            .OrderBy(e => e.ReportId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)
            .Select(e => (object)new EvidenceSource(e)).ToList();
}

/// <summary>An evidence row as a parent value.</summary>
internal sealed record EvidenceSource(Evidence Evidence) : IFieldSource
{
    public object? Resolve(string fieldName) => fieldName switch
    {
        "reportId" => Evidence.ReportId,
        "sentence" => Evidence.Sentence,
        "start" => Evidence.Start,
        "end" => Evidence.End,
        _ => null,
    };
}
