using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.Paging;

/// <summary>
/// A list field as one store query: its arguments (first/last/after/before, where, order) are checked and turned into a
/// <see cref="NodeQuery"/> before any store work, and the store answers the page from its indexes. Lists of a node's
/// neighbours (a project's awards) are asked for all parents of a page at once, through a batch loader.
/// </summary>
internal static class NodeList
{
    /// <summary>A list of nodes of <paramref name="kinds"/>, within <paramref name="scope"/> (a place, a report, a year) when given.</summary>
    public static async Task<object?> ConnectionAsync(ResolveContext ctx, IReadOnlyList<NodeKind> kinds, NodeCondition? scope = null)
    {
        var (query, list) = Prepare(ctx, kinds, scope);
        var store = GraphLoaders.Store(ctx);
        var page = await store.QueryNodesAsync(query, ctx.CancellationToken);
        return new Connection(page, list, () => store.CountNodesAsync(query, ctx.CancellationToken));
    }

    /// <summary>A list of the parent's neighbours by <paramref name="edge"/> of <paramref name="kinds"/>, loaded together with the same list of the page's other parents.</summary>
    public static async Task<object?> NeighboursAsync(ResolveContext ctx, string parentId, EdgeKind edge, EdgeDirection direction, IReadOnlyList<NodeKind> kinds)
    {
        var (query, list) = Prepare(ctx, kinds, null);

        // Parents share a batch when they ask the same page; a cursor belongs to one parent's list, so it gets its own.
        var batch = $"neighbours:{edge}:{direction}:{Cursors.ListKey("", ctx.ParentType.Name + "." + ctx.FieldName, ctx.Argument<object>("where"), ctx.Argument<object>("order"), new object?[] { ctx.Argument<int?>("first"), ctx.Argument<int?>("last") })}"
            + (query.After is not null || query.Before is not null ? ":" + parentId : string.Empty);
        var store = GraphLoaders.Store(ctx);
        var pages = ctx.Loaders.GetOrAdd<string, NodePage>(batch, (ids, ct) => store.QueryNeighboursAsync(query, edge, direction, ids, ct));
        var counts = ctx.Loaders.GetOrAdd<string, int>(batch + ":count", (ids, ct) => store.CountNeighboursAsync(query, edge, direction, ids, ct));
        var page = await pages.LoadAsync(parentId) ?? new NodePage([], false, false);
        return new Connection(page, list, () => counts.LoadAsync(parentId));
    }

    private static (NodeQuery Query, string List) Prepare(ResolveContext ctx, IReadOnlyList<NodeKind> kinds, NodeCondition? scope)
    {
        var first = ctx.Argument<int?>("first");
        var last = ctx.Argument<int?>("last");
        CheckSize("first", first);
        CheckSize("last", last);
        var after = ctx.Argument<string>("after");
        var before = ctx.Argument<string>("before");
        var where = ctx.Argument<IReadOnlyDictionary<string, object?>>("where");
        var orderArgument = ctx.Argument<IReadOnlyList<object?>>("order");
        var order = (orderArgument ?? []).OfType<IReadOnlyDictionary<string, object?>>().Select(SortKey).ToList();
        var filter = NodeFilter.Parse(where, kinds);
        var parent = ctx.Source is NodeSource source ? source.Id : "Query";
        var list = Cursors.ListKey(parent, ctx.ParentType.Name + "." + ctx.FieldName, where, orderArgument, new object?[] { ctx.Argument<object>("year"), ctx.Argument<object>("kinds"), ctx.Argument<object>("level") });
        var keys = Math.Max(1, order.Count);
        var conditions = new List<NodeCondition>();
        if (scope is not null)
        {
            conditions.Add(scope);
        }

        if (filter is not null)
        {
            conditions.Add(filter);
        }

        var query = new NodeQuery(
            kinds,
            conditions.Count switch { 0 => null, 1 => conditions[0], _ => new NodeCondition.AllOf(conditions) },
            order,
            after is null ? null : Cursors.Decode("after", after, list, keys),
            before is null ? null : Cursors.Decode("before", before, list, keys),
            first ?? (last is null ? Connection.DefaultPageSize : null),
            last);
        return (query, list);
    }

    private static NodeSortKey SortKey(IReadOnlyDictionary<string, object?> key) => new(
        key.GetValueOrDefault("field") switch
        {
            "YEAR" => NodeSortField.Year,
            "VALUE" => NodeSortField.Value,
            "COUNT" => NodeSortField.Count,
            _ => NodeSortField.Name,
        },
        key.GetValueOrDefault("direction") as string == "DESC");

    private static void CheckSize(string name, int? size)
    {
        if (size is < 0)
        {
            throw new GraphQLError($"`{name}` must not be negative (got {size}).").WithCode(ErrorCodes.BadUserInput);
        }

        if (size > Connection.MaxPageSize)
        {
            throw new GraphQLError($"`{name}` must be at most {Connection.MaxPageSize} (got {size}); page with `after`/`before` for more.").WithCode(ErrorCodes.BadUserInput);
        }
    }
}
