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
            schema.ResolveAsync("Query", field, async ctx => await NodeList.ConnectionAsync(ctx, await GraphLoaders.AllAsync(ctx, kinds)));
        }

        return schema
            .ResolveAsync("Query", "regions", async ctx =>
                await NodeList.ConnectionAsync(ctx, await GraphLoaders.AllAsync(ctx, ctx.Argument<string>("level") is { } level
                    ? [Enum.Parse<NodeKind>(level, ignoreCase: true)]
                    : [NodeKind.Province, NodeKind.City, NodeKind.County])))
            .ResolveAsync("Query", "node", ctx => NodeAsync(ctx, ctx.Argument<string>("id")))
            .ResolveAsync("Query", "nodes", NodesAsync)
            .ResolveAsync("Query", "search", SearchAsync);
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

    private static async Task<object?> SearchAsync(ResolveContext ctx)
    {
        var text = ctx.Argument<string>("text") ?? "";
        var first = ctx.Argument<int?>("first") ?? Connection.DefaultPageSize;
        if (text.Trim().Length == 0)
        {
            throw new GraphQLError("`text` must hold at least one non-blank character.").WithCode(ErrorCodes.BadUserInput);
        }

        if (first is < 1 or > Connection.MaxPageSize)
        {
            throw new GraphQLError($"`first` must be between 1 and {Connection.MaxPageSize} (got {first}).").WithCode(ErrorCodes.BadUserInput);
        }

        var kinds = ctx.Argument<IReadOnlyList<object?>>("kinds")?.OfType<string>().SelectMany(Kinds.FromEnumName).ToList();
        var hits = await GraphLoaders.Store(ctx).SearchNodesAsync(text.Trim(), kinds, first, ctx.CancellationToken);
        return hits.Select((node, i) => (object)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["node"] = new NodeSource(node),
            ["kind"] = Kinds.EnumName(node.Kind),
            ["rank"] = i + 1,
        }).ToList();
    }
}
