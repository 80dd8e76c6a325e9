using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.Resolvers;

/// <summary>Query.stats: counts by kind, by year, by award level, by project status and per township.</summary>
internal static class StatsResolvers
{
    private static readonly string[] StageOrder = ["planned", "signed", "landed", "started", "building", "completed", "operating"];

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
        .ResolveAsync("Stats", "byAwardLevel", async ctx => Labels((await GraphLoaders.AllAsync(ctx, [NodeKind.Award]))
            .Select(a => a.Properties.GetString("level")?.ToUpperInvariant() ?? "OTHER")))
        .ResolveAsync("Stats", "byProjectStatus", ByProjectStatusAsync)
        .ResolveAsync("Stats", "perTownship", PerTownshipAsync);

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

    private static async Task<object?> ByYearAsync(ResolveContext ctx)
    {
        var years = await GraphLoaders.AllAsync(ctx, [NodeKind.Year]);
        var counts = new List<object>();
        foreach (var year in years.OrderBy(y => NodeSource.YearOfId(y.Id)))
        {
            var dated = await GraphLoaders.EdgesAsync(ctx, year.Id, EdgeDirection.Incoming, EdgeKind.InYear);
            var stages = await GraphLoaders.EdgesAsync(ctx, year.Id, EdgeDirection.Incoming, EdgeKind.HasStatus);
            var count = dated.Count(e => !Kinds.IdIs(e.SourceId, NodeKind.Report)) + stages.Count;
            counts.Add(new Dictionary<string, object?> { ["year"] = NodeSource.YearOfId(year.Id), ["count"] = count });
        }

        return counts;
    }

    private static async Task<object?> ByProjectStatusAsync(ResolveContext ctx)
    {
        var projects = await GraphLoaders.AllAsync(ctx, [NodeKind.Project]);
        var current = await Task.WhenAll(projects.Select(async p =>
            (await GraphLoaders.EdgesAsync(ctx, p.Id, EdgeDirection.Outgoing, EdgeKind.HasStatus))
                .OrderBy(e => NodeSource.YearOfId(e.TargetId) ?? 0).ThenBy(e => Array.IndexOf(StageOrder, e.Properties.GetString("status") ?? ""))
                .LastOrDefault()?.Properties.GetString("status")?.ToUpperInvariant()));
        return Labels(current.OfType<string>());
    }

    private static async Task<object?> PerTownshipAsync(ResolveContext ctx)
    {
        var townships = await GraphLoaders.AllAsync(ctx, [NodeKind.Township]);
        var rows = await Task.WhenAll(townships.Select(async t =>
        {
            var reports = await GraphLoaders.NeighbourIdsAsync(ctx, t.Id, EdgeDirection.Incoming, EdgeKind.ReportsOn);
            var mentioned = await GraphLoaders.NeighbourIdsAsync(ctx, reports, EdgeDirection.Outgoing, EdgeKind.Mentions);
            return (Township: t, Reports: reports.Count, Entities: mentioned.Count);
        }));
        return rows.OrderBy(r => r.Township.Name, StringComparer.Ordinal).ThenBy(r => r.Township.Id, StringComparer.Ordinal)
            .Select(r => (object)new Dictionary<string, object?>
            {
                ["township"] = new NodeSource(r.Township),
                ["reports"] = r.Reports,
                ["entities"] = r.Entities,
            }).ToList();
    }

    private static List<object> Labels(IEnumerable<string> labels) =>
        [.. labels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (object)new Dictionary<string, object?> { ["label"] = g.Key, ["count"] = g.Count() })];
}
