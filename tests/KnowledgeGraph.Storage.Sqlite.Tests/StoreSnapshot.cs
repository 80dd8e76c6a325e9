using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>Everything the store's read API shows, to compare a store before and after an operation.</summary>
internal sealed record StoreSnapshot(
    IReadOnlyList<KeyValuePair<NodeKind, int>> NodeCounts,
    IReadOnlyList<KeyValuePair<EdgeKind, int>> EdgeCounts,
    int Reports,
    IReadOnlyList<StoredReport> ReportList,
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphEdge> Edges,
    IReadOnlyList<(string Id, Evidence Evidence)> Evidence)
{
    public static async Task<StoreSnapshot> TakeAsync(IGraphStore store)
    {
        var stats = await store.GetStatsAsync();
        var nodes = new List<GraphNode>();
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            nodes.AddRange(await store.GetNodesAsync(kind));
        }

        var edges = new SortedDictionary<string, GraphEdge>(StringComparer.Ordinal);
        var evidence = new List<(string, Evidence)>();
        foreach (var node in nodes)
        {
            foreach (var edge in await store.GetEdgesAsync(node.Id))
            {
                edges[edge.Id] = edge;
            }

            evidence.AddRange((await store.GetEvidenceAsync(node.Id)).Select(e => (node.Id, e)));
        }

        foreach (var id in edges.Keys)
        {
            evidence.AddRange((await store.GetEvidenceAsync(id)).Select(e => (id, e)));
        }

        return new StoreSnapshot(
            [.. stats.Nodes], [.. stats.Edges], stats.Reports, await store.ListReportsAsync(), nodes, [.. edges.Values], evidence);
    }

    public static void AssertSame(StoreSnapshot expected, StoreSnapshot actual)
    {
        Assert.Equal(expected.NodeCounts, actual.NodeCounts);
        Assert.Equal(expected.EdgeCounts, actual.EdgeCounts);
        Assert.Equal(expected.Reports, actual.Reports);
        Assert.Equal(expected.ReportList, actual.ReportList);
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Edges, actual.Edges);
        Assert.Equal(expected.Evidence, actual.Evidence);
    }
}
