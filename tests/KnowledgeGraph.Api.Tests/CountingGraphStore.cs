using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Api.Tests;

/// <summary>A store decorator that counts round trips (every call).</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public void Reset() => Interlocked.Exchange(ref calls, 0);

    /// <summary>Not a round trip to the data (a pragma on an open connection), so not counted.</summary>
    public long ChangeVersion => inner.ChangeVersion;

    private T Count<T>(T value)
    {
        Interlocked.Increment(ref calls);
        return value;
    }

    public Task<IngestOutcome> IngestAsync(ReportGraph graph, CancellationToken cancellationToken = default) => Count(inner.IngestAsync(graph, cancellationToken));

    public Task<bool> DeleteReportAsync(string reportId, CancellationToken cancellationToken = default) => Count(inner.DeleteReportAsync(reportId, cancellationToken));

    public Task<StoredReport?> GetReportAsync(string reportId, CancellationToken cancellationToken = default) => Count(inner.GetReportAsync(reportId, cancellationToken));

    public Task<IReadOnlyList<StoredReport>> ListReportsAsync(CancellationToken cancellationToken = default) => Count(inner.ListReportsAsync(cancellationToken));

    public Task<GraphNode?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => Count(inner.GetNodeAsync(id, cancellationToken));

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(NodeKind kind, CancellationToken cancellationToken = default) => Count(inner.GetNodesAsync(kind, cancellationToken));

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(string nodeId, CancellationToken cancellationToken = default) => Count(inner.GetEdgesAsync(nodeId, cancellationToken));

    public Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string nodeOrEdgeId, CancellationToken cancellationToken = default) => Count(inner.GetEvidenceAsync(nodeOrEdgeId, cancellationToken));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => Count(inner.GetStatsAsync(cancellationToken));

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(inner.GetNodesByIdAsync(ids, cancellationToken));

    public Task<IReadOnlyList<GraphEdge>> GetEdgesOfAsync(IReadOnlyCollection<string> nodeIds, EdgeDirection direction, EdgeKind? kind = null, CancellationToken cancellationToken = default) =>
        Count(inner.GetEdgesOfAsync(nodeIds, direction, kind, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceOfAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(inner.GetEvidenceOfAsync(ids, cancellationToken));

    public Task<IReadOnlyList<GraphNode>> SearchNodesAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int limit, CancellationToken cancellationToken = default) =>
        Count(inner.SearchNodesAsync(text, kinds, limit, cancellationToken));

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    public Task<IReadOnlyList<BatchIngestResult>> IngestBatchAsync(IReadOnlyList<ReportGraph> graphs, CancellationToken cancellationToken = default) =>
        Count(inner.IngestBatchAsync(graphs, cancellationToken));

    public Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => Count(inner.QueryNodesAsync(query, cancellationToken));

    public Task<int> CountNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => Count(inner.CountNodesAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, NodePage>> QueryNeighboursAsync(NodeQuery query, EdgeKind edge, EdgeDirection direction, IReadOnlyCollection<string> parents, CancellationToken cancellationToken = default) =>
        Count(inner.QueryNeighboursAsync(query, edge, direction, parents, cancellationToken));

    public Task<IReadOnlyDictionary<string, int>> CountNeighboursAsync(NodeQuery query, EdgeKind edge, EdgeDirection direction, IReadOnlyCollection<string> parents, CancellationToken cancellationToken = default) =>
        Count(inner.CountNeighboursAsync(query, edge, direction, parents, cancellationToken));

    public Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Count(inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<KeyCount>> AggregateAsync(GraphAggregate aggregate, CancellationToken cancellationToken = default) => Count(inner.AggregateAsync(aggregate, cancellationToken));
}
