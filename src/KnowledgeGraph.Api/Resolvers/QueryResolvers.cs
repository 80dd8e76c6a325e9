using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Api.Paging;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.Api.Resolvers.Resolve;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>The Query root: node(s), the lists of every kind, search.</summary>
internal static class QueryResolvers
{
    public static SchemaBuilder BindQuery(this SchemaBuilder schema)
    {
        foreach (var (field, kinds) in new (string, NodeKind[])[]
        {
            ("townships", [NodeKind.Township]), ("villages", [NodeKind.Village]), ("projects", [NodeKind.Project]),
            ("organizations", [NodeKind.Organization]), ("brands", [NodeKind.Brand]), ("awards", [NodeKind.Award]), ("events", [NodeKind.Event]),
            ("initiatives", [NodeKind.Initiative]), ("indicators", [NodeKind.Indicator]), ("targets", [NodeKind.Target]),
            ("reports", [NodeKind.Report]), ("years", [NodeKind.Year]),
        })
        {
            schema.ResolveAsync("Query", field, ctx => NodeList.ConnectionAsync(ctx, kinds));
        }

        foreach (var type in new[]
        {
            "Township", "Region", "Village", "Project", "Organization", "Brand", "Award", "Event", "Initiative", "Indicator", "Target", "Report", "Year", "Node",
        })
        {
            schema.ResolveAsync(type + "Connection", "totalCount", async ctx => await ((Connection)ctx.Source!).TotalCountAsync());
        }

        return schema
            .ResolveAsync("Query", "regions", ctx => NodeList.ConnectionAsync(ctx, ctx.Argument<string>("level") is { } level
                ? [Enum.Parse<NodeKind>(level, ignoreCase: true)]
                : [NodeKind.Province, NodeKind.City, NodeKind.County]))
            .ResolveAsync("Query", "node", ctx => NodeAsync(ctx, ctx.Argument<string>("id")))
            .ResolveAsync("Query", "nodes", NodesAsync)
            .ResolveAsync("Query", "search", SearchAsync)
            .ResolveAsync("Query", "searchConnection", SearchConnectionAsync);
    }

    private static async Task<object?> NodesAsync(ResolveContext ctx)
    {
        var ids = ctx.Argument<IReadOnlyList<object?>>("ids")?.OfType<string>().ToList() ?? [];
        if (ids.Count > Connection.MaxPageSize)
        {
            throw new GraphQLError($"`ids` may hold at most {Connection.MaxPageSize} ids (got {ids.Count}).").WithCode(ErrorCodes.BadUserInput);
        }

        var nodes = await Task.WhenAll(ids.Select(id => GraphLoaders.NodeAsync(ctx, id)));
        return nodes.Select(Wrap).ToList();
    }

    /// <summary>The longest search text accepted, in characters (a search is a few words, not a document).</summary>
    public const int MaxSearchLength = 200;

    private static async Task<object?> SearchAsync(ResolveContext ctx)
    {
        var query = SearchQueryOf(ctx, ctx.Argument<int?>("first") ?? Connection.DefaultPageSize, null);
        var page = await GraphLoaders.Store(ctx).SearchAsync(query, ctx.CancellationToken);
        return page.Hits.Select((hit, i) => (object)Hit(hit, i + 1)).ToList();
    }

    private static async Task<object?> SearchConnectionAsync(ResolveContext ctx)
    {
        var after = ctx.Argument<string>("after");
        var list = Cursors.ListKey("Query", "searchConnection", ctx.Argument<object>("text"), ctx.Argument<object>("kinds"), ctx.Argument<object>("place"));
        SearchPosition? position = null;
        if (after is not null)
        {
            var keyset = Cursors.Decode("after", after, list, 2);
            position = keyset.Values is [double score, long rank] ? new SearchPosition(score, keyset.Id) : null;
            if (position is null)
            {
                throw new GraphQLError($"Invalid cursor \"{after}\": use a cursor this API returned.").WithCode(ErrorCodes.BadUserInput);
            }
        }

        var first = ctx.Argument<int?>("first") ?? Connection.DefaultPageSize;
        var query = SearchQueryOf(ctx, first, position);
        var page = await GraphLoaders.Store(ctx).SearchAsync(query, ctx.CancellationToken);
        var offset = position is null ? 0 : (int)(long)Cursors.Decode("after", after!, list, 2).Values[1]!;
        var edges = page.Hits.Select((hit, i) =>
        {
            var edge = Hit(hit, offset + i + 1);
            edge["cursor"] = Cursors.Encode(list, new NodeKeyset([hit.Score, (long)(offset + i + 1)], hit.Node.Id));
            return edge;
        }).ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["edges"] = edges,
            ["nodes"] = page.Hits.Select(h => (object)new NodeSource(h.Node)).ToList(),
            ["pageInfo"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["hasNextPage"] = page.HasNext,
                ["hasPreviousPage"] = position is not null,
                ["startCursor"] = edges.Count > 0 ? edges[0]["cursor"] : null,
                ["endCursor"] = edges.Count > 0 ? edges[^1]["cursor"] : null,
            },
        };
    }

    /// <summary>The search's arguments, checked before any store work: a text of 1 to <see cref="MaxSearchLength"/> characters, a page size, a place id.</summary>
    private static SearchQuery SearchQueryOf(ResolveContext ctx, int first, SearchPosition? after)
    {
        var text = ctx.Argument<string>("text") ?? "";
        if (text.Length > MaxSearchLength)
        {
            throw new GraphQLError($"`text` is {text.Length} characters long; a search takes at most {MaxSearchLength}.").WithCode(ErrorCodes.BadUserInput);
        }

        if (text.Trim().Length == 0)
        {
            throw new GraphQLError("`text` must hold at least one non-blank character.").WithCode(ErrorCodes.BadUserInput);
        }

        if (first is < 1 or > Connection.MaxPageSize)
        {
            throw new GraphQLError($"`first` must be between 1 and {Connection.MaxPageSize} (got {first}).").WithCode(ErrorCodes.BadUserInput);
        }

        var kinds = ctx.Argument<IReadOnlyList<object?>>("kinds")?.OfType<string>().SelectMany(Kinds.FromEnumName).ToList();
        var place = ctx.Argument<string>("place") is { } id ? NodeFilter.PlaceId(id) : null;
        return new SearchQuery(text.Trim(), kinds, place, first, after);
    }

    private static Dictionary<string, object?> Hit(SearchHit hit, int rank) => new(StringComparer.Ordinal)
    {
        ["node"] = new NodeSource(hit.Node),
        ["kind"] = Kinds.EnumName(hit.Node.Kind),
        ["rank"] = rank,
        ["score"] = -hit.Score,
        ["snippet"] = hit.Snippet,
    };
}
