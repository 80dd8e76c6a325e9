using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.Api.Resolvers.Resolve;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>Indicator and Target, and whether a later report shows a target met.</summary>
internal static class QuantityResolvers
{
    public static SchemaBuilder BindQuantities(this SchemaBuilder schema) => schema
        .ResolveAsync("Target", "outcome", OutcomeAsync);

    /// <summary>
    /// The township's report reviewing the target's year, and its indicator of the same metric and unit in that year.
    /// Every step is a batched load, so a page of targets costs a fixed number of round trips.
    /// </summary>
    private static async Task<object?> OutcomeAsync(ResolveContext ctx)
    {
        var target = Source(ctx).Node;
        if (target.Properties.GetLong("year") is not { } year)
        {
            return null;
        }

        var townships = await GraphLoaders.NeighbourIdsAsync(ctx, target.Id, EdgeDirection.Incoming, EdgeKind.SetsTarget);
        var reportIds = await GraphLoaders.NeighbourIdsAsync(ctx, townships, EdgeDirection.Incoming, EdgeKind.ReportsOn);
        var report = (await GraphLoaders.NodesAsync(ctx, reportIds))
            .Where(r => r.Properties.GetLong("reviewYear") == year).OrderBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault();
        if (report is null)
        {
            return null;
        }

        var indicatorIds = await GraphLoaders.NeighbourIdsAsync(ctx, townships, EdgeDirection.Outgoing, EdgeKind.Achieved);
        var indicator = (await GraphLoaders.NodesAsync(ctx, indicatorIds))
            .Where(i => i.Properties.GetLong("year") == year && i.Name == target.Name
                && i.Properties.GetString("unit") == target.Properties.GetString("unit"))
            .OrderBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["report"] = new NodeSource(report),
            ["indicator"] = Wrap(indicator),
            ["met"] = indicator is null ? null : Met(target, indicator),
        };
    }

    private static bool? Met(GraphNode target, GraphNode indicator)
    {
        if (target.Properties.GetDouble("value") is not { } goal || indicator.Properties.GetDouble("value") is not { } actual)
        {
            return null;
        }

        return target.Properties.GetString("comparator") switch
        {
            "<=" => actual <= goal,
            "~" => Math.Abs(actual - goal) <= Math.Abs(goal) * 0.1,
            _ => actual >= goal,
        };
    }
}
