using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>Query.stats: counts by kind, by year, by award level, by project status and per report subject (or township).</summary>
internal static class StatsResolvers
{
    public static SchemaBuilder BindStats(this SchemaBuilder schema) => schema
        .Resolve("Query", "stats", _ => new Dictionary<string, object?>(StringComparer.Ordinal))
        .ResolveAsync("Stats", "reports", async ctx => (await StatsAsync(ctx)).Reports)
        .ResolveAsync("Stats", "nodes", async ctx => (await StatsAsync(ctx)).NodeTotal)
        .ResolveAsync("Stats", "edges", async ctx => (await StatsAsync(ctx)).EdgeTotal)
        .ResolveAsync("Stats", "byKind", async ctx => (await StatsAsync(ctx)).Nodes
            .GroupBy(kv => Kinds.EnumName(kv.Key)).Select(g => (Kind: g.Key, Count: g.Sum(kv => kv.Value), Order: g.Min(kv => (int)kv.Key)))
            .Where(x => x.Count > 0).OrderBy(x => x.Order == (int)NodeKind.Township ? -1 : x.Order)
            .Select(x => (object)new Dictionary<string, object?> { ["kind"] = x.Kind, ["count"] = x.Count }).ToList())
        .ResolveAsync("Stats", "byYear", ByYearAsync)
        .ResolveAsync("Stats", "byAwardLevel", async ctx => Labels(await AggregateAsync(ctx, GraphAggregate.AwardLevels)))
        .ResolveAsync("Stats", "byProjectStatus", ByProjectStatusAsync)
        .ResolveAsync("Stats", "perTownship", ctx => PerSubjectAsync(ctx, "township", id => Kinds.IdIs(id, NodeKind.Township)))
        .ResolveAsync("Stats", "perSubject", ctx => PerSubjectAsync(ctx, "subject", _ => true));

    private static Task<GraphStats> StatsAsync(ResolveContext ctx)
    {
        if (ctx.Items.TryGetValue("stats", out var cached) && cached is Task<GraphStats> task)
        {
            return task;
        }

        var load = GraphLoaders.Store(ctx).GetStatsAsync(ctx.CancellationToken);
        ctx.Items["stats"] = load;
        return load;
    }

    private static Task<IReadOnlyList<KeyCount>> AggregateAsync(ResolveContext ctx, GraphAggregate aggregate) =>
        GraphLoaders.Store(ctx).AggregateAsync(aggregate, ctx.CancellationToken);

    private static async Task<object?> ByYearAsync(ResolveContext ctx) =>
        (await AggregateAsync(ctx, GraphAggregate.Years))
            .Select(c => (Year: int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture), c.Count)).OrderBy(c => c.Year)
            .Select(c => (object)new Dictionary<string, object?> { ["year"] = c.Year, ["count"] = c.Count }).ToList();

    private static async Task<object?> ByProjectStatusAsync(ResolveContext ctx) =>
        Labels(await AggregateAsync(ctx, GraphAggregate.ProjectStatuses));

    /// <summary>Per report subject (every one, or only townships): its reports and the distinct nodes they mention.</summary>
    private static async Task<object?> PerSubjectAsync(ResolveContext ctx, string field, Func<string, bool> include)
    {
        var reports = (await AggregateAsync(ctx, GraphAggregate.SubjectReports)).Where(c => include(c.Key)).ToList();
        var entities = (await AggregateAsync(ctx, GraphAggregate.SubjectEntities)).ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal);
        var subjects = await GraphLoaders.NodesAsync(ctx, reports.Select(r => r.Key));
        var counts = reports.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
        return subjects.OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => (object)new Dictionary<string, object?>
            {
                [field] = new NodeSource(t),
                ["reports"] = counts.GetValueOrDefault(t.Id),
                ["entities"] = entities.GetValueOrDefault(t.Id),
            }).ToList();
    }

    private static List<object> Labels(IReadOnlyList<KeyCount> counts) =>
        [.. counts.Select(c => (Label: c.Key.ToUpperInvariant(), c.Count)).GroupBy(c => c.Label).Select(g => (Label: g.Key, Count: g.Sum(c => c.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal)
            .Select(c => (object)new Dictionary<string, object?> { ["label"] = c.Label, ["count"] = c.Count })];
}
