using System.Globalization;
using System.Text;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.Paging;

/// <summary>A Relay cursor connection over a fully ordered list: edges, nodes, pageInfo, totalCount.</summary>
internal sealed class Connection(IReadOnlyList<object> page, int offset, int total) : IFieldSource
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public object? Resolve(string fieldName) => fieldName switch
    {
        "edges" => page.Select((node, i) => (object)new ConnectionEdge(Cursor(offset + i), node)).ToList(),
        "nodes" => page,
        "totalCount" => total,
        "pageInfo" => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["hasNextPage"] = offset + page.Count < total,
            ["hasPreviousPage"] = offset > 0,
            ["startCursor"] = page.Count > 0 ? Cursor(offset) : null,
            ["endCursor"] = page.Count > 0 ? Cursor(offset + page.Count - 1) : null,
        },
        _ => null,
    };

    /// <summary>Slices <paramref name="items"/> by the field's first/after/last/before arguments (Relay's algorithm).</summary>
    public static Connection Of<T>(IReadOnlyList<T> items, ResolveContext ctx)
        where T : class
    {
        var first = ctx.Argument<int?>("first");
        var last = ctx.Argument<int?>("last");
        Check("first", first);
        Check("last", last);
        var start = 0;
        var end = items.Count;
        if (ctx.Argument<string>("after") is { } after)
        {
            start = Math.Clamp(Decode(after) + 1, 0, items.Count);
        }

        if (ctx.Argument<string>("before") is { } before)
        {
            end = Math.Clamp(Decode(before), start, items.Count);
        }

        if (first is null && last is null)
        {
            first = DefaultPageSize;
        }

        if (first is { } f && end - start > f)
        {
            end = start + f;
        }

        if (last is { } l && end - start > l)
        {
            start = end - l;
        }

        return new Connection([.. items.Skip(start).Take(end - start)], start, items.Count);
    }

    private static void Check(string name, int? size)
    {
        if (size is < 0)
        {
            throw new GraphQLError($"`{name}` must not be negative (got {size}).").WithCode(ErrorCodes.BadUserInput);
        }

        if (size > MaxPageSize)
        {
            throw new GraphQLError($"`{name}` must be at most {MaxPageSize} (got {size}); page with `after`/`before` for more.").WithCode(ErrorCodes.BadUserInput);
        }
    }

    private static string Cursor(int index) => Convert.ToBase64String(Encoding.ASCII.GetBytes("idx:" + index.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("idx:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return index;
            }
        }
        catch (FormatException)
        {
        }

        throw new GraphQLError($"Invalid cursor \"{cursor}\": use a cursor this API returned.").WithCode(ErrorCodes.BadUserInput);
    }
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
