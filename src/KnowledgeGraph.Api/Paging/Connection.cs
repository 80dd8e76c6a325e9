using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.Paging;

/// <summary>
/// A Relay cursor connection over a page the store answered: edges (with keyset cursors tied to the list), nodes,
/// pageInfo; <c>totalCount</c> is a separate count query, run only when the field is selected.
/// </summary>
internal sealed class Connection(NodePage page, string list, Func<Task<int>> count) : IFieldSource
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    private Task<int>? total;

    public object? Resolve(string fieldName) => fieldName switch
    {
        "edges" => page.Rows.Select(r => (object)new ConnectionEdge(Cursors.Encode(list, r.Keyset), new NodeSource(r.Node))).ToList(),
        "nodes" => page.Rows.Select(r => (object)new NodeSource(r.Node)).ToList(),
        "pageInfo" => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["hasNextPage"] = page.HasNext,
            ["hasPreviousPage"] = page.HasPrevious,
            ["startCursor"] = page.Rows.Count > 0 ? Cursors.Encode(list, page.Rows[0].Keyset) : null,
            ["endCursor"] = page.Rows.Count > 0 ? Cursors.Encode(list, page.Rows[^1].Keyset) : null,
        },
        _ => null,
    };

    /// <summary>The list's size across all pages (after its filter): counted once, when asked for.</summary>
    public Task<int> TotalCountAsync() => total ??= count();
}

/// <summary>One edge of a connection.</summary>
internal sealed record ConnectionEdge(string Cursor, object Node) : IFieldSource
{
    public object? Resolve(string fieldName) => fieldName switch
    {
        "cursor" => Cursor,
        "node" => Node,
        _ => null,
    };
}
