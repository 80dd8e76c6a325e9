using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.Paging;

/// <summary>
/// A list field over nodes: applies the field's <c>where</c> filter and <c>order</c> (ties broken by id), then pages
/// it as a connection. Years of awards and stages of projects come from their edges, counts from their evidence,
/// loaded in batches and only when the filter or order needs them.
/// </summary>
internal static class NodeList
{
    public static async Task<object?> ConnectionAsync(ResolveContext ctx, IEnumerable<GraphNode> nodes, int? year = null)
    {
        var where = ctx.Argument<IReadOnlyDictionary<string, object?>>("where");
        var order = ctx.Argument<IReadOnlyList<object?>>("order")?.OfType<IReadOnlyDictionary<string, object?>>().ToList() ?? [];
        var list = nodes.DistinctBy(n => n.Id).ToList();
        var needs = Needs.Of(where, order, year);
        var facts = await FactsAsync(ctx, list, needs);
        var kept = list.Where(n => (year is null || facts[n.Id].Years.Contains(year.Value)) && (where is null || NodeFilter.Matches(n, facts[n.Id], where))).ToList();
        kept.Sort((a, b) => Compare(a, facts[a.Id], b, facts[b.Id], order));
        return Connection.Of<object>([.. kept.Select(n => (object)new NodeSource(n))], ctx);
    }

    private static int Compare(GraphNode a, NodeFacts fa, GraphNode b, NodeFacts fb, List<IReadOnlyDictionary<string, object?>> order)
    {
        foreach (var key in order.Count > 0 ? order : [NameAscending])
        {
            var descending = key.GetValueOrDefault("direction") as string == "DESC";
            var field = key.GetValueOrDefault("field") as string;
            var c = field switch
            {
                "NAME" => string.CompareOrdinal(a.Name, b.Name),
                "YEAR" => NullsLast<int>(fa.Years.Count > 0 ? fa.Years.Min() : null, fb.Years.Count > 0 ? fb.Years.Min() : null, descending),
                "VALUE" => NullsLast(a.Properties.GetDouble("value"), b.Properties.GetDouble("value"), descending),
                "COUNT" => fa.Count.CompareTo(fb.Count),
                _ => 0,
            };
            if (c != 0)
            {
                return descending && field is "NAME" or "COUNT" ? -c : c;
            }
        }

        return string.CompareOrdinal(a.Id, b.Id);
    }

    private static readonly IReadOnlyDictionary<string, object?> NameAscending = new Dictionary<string, object?> { ["field"] = "NAME", ["direction"] = "ASC" };

    /// <summary>Compares with nulls last in either direction; the result already accounts for <paramref name="descending"/>.</summary>
    private static int NullsLast<T>(T? a, T? b, bool descending)
        where T : struct, IComparable<T> => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => descending ? b!.Value.CompareTo(a!.Value) : a!.Value.CompareTo(b!.Value),
        };

    private static async Task<Dictionary<string, NodeFacts>> FactsAsync(ResolveContext ctx, List<GraphNode> nodes, Needs needs)
    {
        var tasks = nodes.Select(async n =>
        {
            var years = OwnYears(n);
            var statuses = new List<string>();
            if (needs.Edges && n.Kind is NodeKind.Award or NodeKind.Event)
            {
                years.AddRange((await GraphLoaders.NeighbourIdsAsync(ctx, n.Id, EdgeDirection.Outgoing, EdgeKind.InYear))
                    .Select(NodeSource.YearOfId).OfType<int>());
            }

            if (needs.Edges && n.Kind == NodeKind.Project)
            {
                foreach (var e in await GraphLoaders.EdgesAsync(ctx, n.Id, EdgeDirection.Outgoing, EdgeKind.HasStatus))
                {
                    years.AddRange(NodeSource.YearOfId(e.TargetId) is { } y ? [y] : []);
                    statuses.Add((e.Properties.GetString("status") ?? "").ToUpperInvariant());
                }
            }

            var count = needs.Count ? (await GraphLoaders.EvidenceAsync(ctx, n.Id)).Count : 0;
            return (n.Id, Facts: new NodeFacts([.. years.Distinct()], statuses, count));
        });
        var all = await Task.WhenAll(tasks);
        return all.ToDictionary(x => x.Id, x => x.Facts, StringComparer.Ordinal);
    }

    private static List<int> OwnYears(GraphNode n)
    {
        var years = new List<int>();
        foreach (var key in n.Kind == NodeKind.Report ? ["reviewYear", "planYear"] : n.Kind == NodeKind.Year ? ["value"] : new[] { "year" })
        {
            if (n.Properties.GetLong(key) is { } y)
            {
                years.Add((int)y);
            }
        }

        return years;
    }

    private sealed record Needs(bool Edges, bool Count)
    {
        public static Needs Of(IReadOnlyDictionary<string, object?>? where, List<IReadOnlyDictionary<string, object?>> order, int? year) =>
            new(year is not null || order.Any(o => o.GetValueOrDefault("field") as string == "YEAR") || Mentions(where, "year") || Mentions(where, "status"),
                order.Any(o => o.GetValueOrDefault("field") as string == "COUNT"));

        private static bool Mentions(IReadOnlyDictionary<string, object?>? where, string key) =>
            where is not null && (where.GetValueOrDefault(key) is not null
                || new[] { "and", "or" }.Any(k => where.GetValueOrDefault(k) is IEnumerable<object?> list && list.OfType<IReadOnlyDictionary<string, object?>>().Any(w => Mentions(w, key))));
    }
}

/// <summary>What filters and orders read beyond a node's own properties.</summary>
internal sealed record NodeFacts(IReadOnlyList<int> Years, IReadOnlyList<string> Statuses, int Count);
