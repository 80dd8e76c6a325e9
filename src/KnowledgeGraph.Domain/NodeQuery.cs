namespace KnowledgeGraph.Domain;

/// <summary>
/// One page of a node list, answered by the store from its indexes: the kinds, a filter, an order (ties always by id
/// ascending), a keyset position (after / before) and a page size from the front (first) or the back (last).
/// </summary>
public sealed record NodeQuery(
    IReadOnlyList<NodeKind> Kinds,
    NodeCondition? Where,
    IReadOnlyList<NodeSortKey> Order,
    NodeKeyset? After = null,
    NodeKeyset? Before = null,
    int? First = null,
    int? Last = null);

/// <summary>What a list can be sorted by. Nodes without the value sort last in either direction.</summary>
public enum NodeSortField
{
    Name,
    Year,
    Value,
    Count,
}

public sealed record NodeSortKey(NodeSortField Field, bool Descending);

/// <summary>A position in an ordered list: the sort values of a row (one per <see cref="NodeQuery.Order"/> key) and its id.</summary>
public sealed record NodeKeyset(IReadOnlyList<object?> Values, string Id);

/// <summary>A row of a page: the node and its keyset (to make its cursor from).</summary>
public sealed record NodeRow(GraphNode Node, NodeKeyset Keyset);

/// <summary>A page: its rows in list order, and whether rows exist beyond each end of it (within after/before).</summary>
public sealed record NodePage(IReadOnlyList<NodeRow> Rows, bool HasNext, bool HasPrevious);

/// <summary>A filter on nodes. Leaves test one thing; <see cref="AllOf"/> and <see cref="AnyOf"/> combine.</summary>
public abstract record NodeCondition
{
    public sealed record AllOf(IReadOnlyList<NodeCondition> Conditions) : NodeCondition;

    public sealed record AnyOf(IReadOnlyList<NodeCondition> Conditions) : NodeCondition;

    /// <summary>The node is of one of these kinds (a region list by level).</summary>
    public sealed record KindIn(IReadOnlyList<NodeKind> Kinds) : NodeCondition;

    /// <summary>The id is one of these.</summary>
    public sealed record IdIn(IReadOnlyList<string> Ids) : NodeCondition;

    /// <summary>The name (or, with <see cref="Property"/>, a string property such as unit) matches.</summary>
    public sealed record Text(TextField Field, StringCondition Condition) : NodeCondition;

    /// <summary>One of the node's years matches (own year, stage years of a project, review/plan years of a report).</summary>
    public sealed record Year(IntCondition Condition) : NodeCondition;

    /// <summary>A project has a stage of one of these statuses (lower case), in a year matching <see cref="InYear"/> when given.</summary>
    public sealed record Stage(IReadOnlyList<string> Statuses, IntCondition? InYear) : NodeCondition;

    /// <summary>An award's level (lower case, as stored: national, provincial …; other matches none set).</summary>
    public sealed record AwardLevel(IReadOnlyList<string> Levels) : NodeCondition;

    /// <summary>An indicator's or target's value is in the range.</summary>
    public sealed record Value(double? Eq, double? Gte, double? Lte) : NodeCondition;

    /// <summary>Lies in (is named by a report about) this place: a township, or a region including everything beneath it.</summary>
    public sealed record InPlace(string PlaceId) : NodeCondition;

    /// <summary>Is named by this report.</summary>
    public sealed record InReport(string ReportId) : NodeCondition;

    /// <summary>Is at the other end of an edge of <paramref name="Kind"/> from <paramref name="NodeId"/> (outgoing: NodeId is the source).</summary>
    public sealed record Neighbour(string NodeId, EdgeKind Kind, EdgeDirection Direction) : NodeCondition;
}

/// <summary>The text fields a filter can test.</summary>
public enum TextField
{
    Name,
    Unit,
    Measure,
}

public sealed record StringCondition(string? Eq, IReadOnlyList<string>? In, string? Contains, string? StartsWith);

public sealed record IntCondition(int? Eq, IReadOnlyList<int>? In, int? Gte, int? Lte);

/// <summary>
/// A full-text search: every word of <see cref="Text"/> (split at white space) must occur in a node's name or first
/// evidence sentence; optionally only some kinds, only in a place; ranked by relevance, paged after a position.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlyCollection<NodeKind>? Kinds, string? PlaceId, int First, SearchPosition? After = null);

/// <summary>A position in a search's ranking: the score (lower is better) and the id.</summary>
public sealed record SearchPosition(double Score, string Id);

/// <summary>A hit: the node, its score (bm25, lower is better; the name weighs ten times the sentence) and the matching text with the words marked «».</summary>
public sealed record SearchHit(GraphNode Node, double Score, string Snippet);

public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, bool HasNext);
