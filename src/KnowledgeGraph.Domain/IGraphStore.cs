namespace KnowledgeGraph.Domain;

/// <summary>
/// Everything read from one report, ready to store: the report's record (with its source text) and
/// the nodes and edges extracted from it.
/// </summary>
public sealed record ReportGraph(StoredReport Report, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>
/// A report as stored: its id and file name, the content key of its text (SHA-256 of the normalised text), the decoded source as read
/// (HTML kept as HTML), the plain text that evidence offsets point into, and its document fields.
/// </summary>
public sealed record StoredReport(
    string Id,
    string FileName,
    string ContentHash,
    string SourceText,
    string Text,
    string? Title,
    string? TownshipId,
    int? ReviewYear,
    int? PlanYear,
    DateOnly? Published,
    DateTimeOffset IngestedAt);

/// <summary>What ingesting one report did.</summary>
public enum IngestStatus
{
    /// <summary>A new report: its facts were added.</summary>
    Added,

    /// <summary>A report of the same file name with other content: its old facts were replaced.</summary>
    Replaced,

    /// <summary>The same content was already stored (by hash): nothing changed.</summary>
    Unchanged,
}

public sealed record IngestOutcome(string ReportId, IngestStatus Status, int Nodes, int Edges);

/// <summary>One report of a batch: its outcome, or the error that kept it out (the rest of the batch still went in).</summary>
public sealed record BatchIngestResult(IngestOutcome? Outcome, Exception? Error);

/// <summary>Node and edge counts by kind.</summary>
public sealed record GraphStats(IReadOnlyDictionary<NodeKind, int> Nodes, IReadOnlyDictionary<EdgeKind, int> Edges, int Reports)
{
    public int NodeTotal => Nodes.Values.Sum();

    public int EdgeTotal => Edges.Values.Sum();
}

/// <summary>
/// The graph store. Each report is ingested in one transaction: fully in or not at all. Nodes shared
/// by several reports (a township, a project named in two years' reports) are one row whose
/// evidence lists every report; replacing or deleting a report removes only what no other report holds.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    Task<IngestOutcome> IngestAsync(ReportGraph graph, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ingests several reports in one transaction (fewer commits, the same guarantee per report): each report goes in
    /// whole or not at all (a savepoint each); a report that fails is rolled back alone and returned with its error.
    /// </summary>
    Task<IReadOnlyList<BatchIngestResult>> IngestBatchAsync(IReadOnlyList<ReportGraph> graphs, CancellationToken cancellationToken = default);

    Task<bool> DeleteReportAsync(string reportId, CancellationToken cancellationToken = default);

    Task<StoredReport?> GetReportAsync(string reportId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredReport>> ListReportsAsync(CancellationToken cancellationToken = default);

    Task<GraphNode?> GetNodeAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GraphNode>> GetNodesAsync(NodeKind kind, CancellationToken cancellationToken = default);

    /// <summary>Edges leaving or entering <paramref name="nodeId"/>.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(string nodeId, CancellationToken cancellationToken = default);

    /// <summary>Every piece of evidence (one per report and mention) behind a node or an edge.</summary>
    Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string nodeOrEdgeId, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A number that changes whenever a change to the store is committed, by this process or another; while it
    /// stays the same, nothing changed (caches of query results key on it). Cheap: no query of the data.
    /// </summary>
    long ChangeVersion { get; }

    // Batched reads: one round trip for many ids, so a list's children load together (the API's data loaders).

    /// <summary>The nodes with the given ids (missing ids are absent from the result), in one round trip.</summary>
    Task<IReadOnlyDictionary<string, GraphNode>> GetNodesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// The edges touching any of <paramref name="nodeIds"/> in the given direction (outgoing: the node is the
    /// source; incoming: the target), optionally of one kind, in one round trip; ordered by edge id.
    /// </summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesOfAsync(IReadOnlyCollection<string> nodeIds, EdgeDirection direction, EdgeKind? kind = null, CancellationToken cancellationToken = default);

    /// <summary>All evidence rows of the given nodes or edges, in one round trip, by owner id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceOfAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Nodes holding every word of <paramref name="text"/> in their name or first evidence sentence (after NFKC,
    /// case-insensitive), optionally of some kinds, best first (see <see cref="SearchAsync"/>); at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<GraphNode>> SearchNodesAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int limit, CancellationToken cancellationToken = default);

    // The query layer: every list is one query over the store's indexes, the same cost at 10 reports as at 10,000.

    /// <summary>One page of a filtered, ordered node list (keyset paging: see <see cref="NodeQuery"/>).</summary>
    Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many nodes the list of <paramref name="query"/> holds (its kinds and filter; paging ignored).</summary>
    Task<int> CountNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same page of many small lists at once, in one round trip: for each parent, the nodes at the other end of its
    /// edges of <paramref name="edge"/> (outgoing: the parent is the source), filtered, ordered and paged by <paramref name="query"/>.
    /// </summary>
    Task<IReadOnlyDictionary<string, NodePage>> QueryNeighboursAsync(NodeQuery query, EdgeKind edge, EdgeDirection direction, IReadOnlyCollection<string> parents, CancellationToken cancellationToken = default);

    /// <summary>How many nodes each parent's list of <see cref="QueryNeighboursAsync"/> holds, in one round trip.</summary>
    Task<IReadOnlyDictionary<string, int>> CountNeighboursAsync(NodeQuery query, EdgeKind edge, EdgeDirection direction, IReadOnlyCollection<string> parents, CancellationToken cancellationToken = default);

    /// <summary>A page of a full-text search, ranked by relevance (bm25, the name above the sentence).</summary>
    Task<SearchPage> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts over the whole graph by a key (see <see cref="GraphAggregate"/>), computed in the store.</summary>
    Task<IReadOnlyList<KeyCount>> AggregateAsync(GraphAggregate aggregate, CancellationToken cancellationToken = default);
}

/// <summary>The aggregates of <see cref="IGraphStore.AggregateAsync"/>.</summary>
public enum GraphAggregate
{
    /// <summary>Awards by level (lower case; a missing level counts as other). Kept by counters.</summary>
    AwardLevels,

    /// <summary>Dated facts (IN_YEAR edges of anything but reports, and project stages) by year. Kept by counters.</summary>
    Years,

    /// <summary>Projects by their current status: the furthest stage of their latest year.</summary>
    ProjectStatuses,

    /// <summary>Report subjects (townships, county-level regions) by the number of reports about them; not the places above them.</summary>
    SubjectReports,

    /// <summary>Townships (and other report subjects) by the number of distinct nodes their reports name.</summary>
    SubjectEntities,
}

public sealed record KeyCount(string Key, int Count);

/// <summary>Which edges of a node: those it starts (outgoing) or those it ends (incoming).</summary>
public enum EdgeDirection
{
    Outgoing,
    Incoming,
}
