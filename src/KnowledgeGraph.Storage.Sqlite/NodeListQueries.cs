using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// A node list as one SQL statement: the filter as a WHERE clause, the order as ORDER BY over the columns the list
/// indexes serve (ix_nodes_by_name/year/value, and place_members' key for a place's names), keyset paging as a
/// comparison with the cursor's values, and a LIMIT of the page size plus one (to tell whether more follow).
/// A list filtered by a place reads from place_members, which holds each place's nodes by kind and name.
/// </summary>
internal sealed class NodeListQueries
{
    private const string NullYearLast = "2147483647";
    private const string NullYearFirst = "-2147483648";
    private readonly SqliteCommand command;
    private readonly StringBuilder where = new();
    private int parameters;

    private NodeListQueries(SqliteCommand command) => this.command = command;

    public static async Task<NodePage> PageAsync(SqliteConnection connection, NodeQuery query, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var (keys, backwards, size) = new NodeListQueries(command).BuildPage(query);
        var keysets = new List<NodeKeyset>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var values = new object?[keys.Count - 1];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(1 + i) ? null : reader.GetValue(1 + i);
                }

                keysets.Add(new NodeKeyset(values, reader.GetString(0)));
            }
        }

        var byId = await StoreQueries.GetNodesByIdAsync(connection, [.. keysets.Select(k => k.Id)], cancellationToken).ConfigureAwait(false);
        var nodes = keysets.Where(k => byId.ContainsKey(k.Id)).Select(k => byId[k.Id]).ToList();
        keysets = keysets.Where(k => byId.ContainsKey(k.Id)).ToList();
        var more = nodes.Count > size;
        var rows = nodes.Take(size).Select((n, i) => new NodeRow(n, keysets[i])).ToList();
        if (backwards)
        {
            rows.Reverse();
            return new NodePage(rows, HasNext: query.Before is not null, HasPrevious: more);
        }

        if (query.First is not null && query.Last is { } last && rows.Count > last)
        {
            rows = rows.Skip(rows.Count - last).ToList();
            return new NodePage(rows, HasNext: more, HasPrevious: true);
        }

        return new NodePage(rows, HasNext: more, HasPrevious: query.After is not null);
    }

    /// <summary>The query plan of a page's statement (EXPLAIN QUERY PLAN), one line per step: for the tests of the hot lists.</summary>
    internal static async Task<IReadOnlyList<string>> ExplainAsync(SqliteConnection connection, NodeQuery query, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        new NodeListQueries(command).BuildPage(query);
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    private (List<Key> Keys, bool Backwards, int Size) BuildPage(NodeQuery query)
    {
        var backwards = query.First is null && query.Last is not null;
        var size = backwards ? query.Last!.Value : query.First ?? query.Last ?? 20;
        var (from, place) = Source(query);
        var keys = Keys(query.Order, place is not null);
        Filter(query.Where, top: true, skipPlace: place);
        if (query.After is { } after)
        {
            Keyset(keys, after, greater: true);
        }

        if (query.Before is { } before)
        {
            Keyset(keys, before, greater: false);
        }

        var order = string.Join(", ", keys.Select(k => k.Sql + ((k.Descending ^ backwards) ? " DESC" : string.Empty)));
        var select = string.Join(", ", keys.Select((k, i) => k.Sql + " AS k" + i.ToString(CultureInfo.InvariantCulture)));

        // The page's ids and sort values first (the ORDER BY may sort many rows: keep them narrow), then its nodes by id.
        command.CommandText = $"""
            SELECT n.id, {select}
            FROM {from}
            WHERE {where}
            ORDER BY {order}
            LIMIT {(size + 1).ToString(CultureInfo.InvariantCulture)};
            """;
        return (keys, backwards, size);
    }

    /// <summary>
    /// The same page for many parents at once, the list of each being the nodes at the other end of its edges of one kind
    /// (a project's awards, a village's projects): one statement, row_number() per parent.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, NodePage>> PageByParentsAsync(
        SqliteConnection connection, NodeQuery query, EdgeKind edge, EdgeDirection direction, IReadOnlyCollection<string> parents, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var builder = new NodeListQueries(command);
        var backwards = query.First is null && query.Last is not null;
        var size = backwards ? query.Last!.Value : query.First ?? query.Last ?? 20;
        var (parent, child) = direction == EdgeDirection.Outgoing ? ("x.source_id", "x.target_id") : ("x.target_id", "x.source_id");
        builder.where.Append($"{parent} IN (SELECT value FROM json_each({builder.Param(JsonArray(parents))})) AND x.kind = {builder.Param(EdgeCatalog.Name(edge))} AND ");
        builder.where.Append($"n.kind IN (SELECT value FROM json_each({builder.Param(JsonArray(query.Kinds.Select(KindNames.Of)))}))");
        var keys = builder.Keys(query.Order, fromPlace: false);
        builder.Filter(query.Where, top: true, skipPlace: null);
        if (query.After is { } after)
        {
            builder.Keyset(keys, after, greater: true);
        }

        if (query.Before is { } before)
        {
            builder.Keyset(keys, before, greater: false);
        }

        var order = string.Join(", ", keys.Select(k => k.Sql + ((k.Descending ^ backwards) ? " DESC" : string.Empty)));
        var select = string.Join(", ", keys.Take(keys.Count - 1).Select((k, i) => k.Sql + " AS k" + i.ToString(CultureInfo.InvariantCulture)));
        command.CommandText = $"""
            SELECT parent, id{(keys.Count > 1 ? ", " + string.Join(", ", Enumerable.Range(0, keys.Count - 1).Select(i => "k" + i.ToString(CultureInfo.InvariantCulture))) : string.Empty)} FROM (
                SELECT {parent} AS parent, n.id AS id{(select.Length > 0 ? ", " + select : string.Empty)},
                       row_number() OVER (PARTITION BY {parent} ORDER BY {order}) AS rn
                FROM edges x JOIN nodes n ON n.id = {child}
                WHERE {builder.where})
            WHERE rn <= {(size + 1).ToString(CultureInfo.InvariantCulture)}
            ORDER BY parent, rn;
            """;
        var rowsByParent = new Dictionary<string, List<NodeKeyset>>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var values = new object?[keys.Count - 1];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(2 + i) ? null : reader.GetValue(2 + i);
                }

                var owner = reader.GetString(0);
                if (!rowsByParent.TryGetValue(owner, out var list))
                {
                    rowsByParent[owner] = list = [];
                }

                list.Add(new NodeKeyset(values, reader.GetString(1)));
            }
        }

        var byId = await StoreQueries.GetNodesByIdAsync(connection, [.. rowsByParent.Values.SelectMany(l => l.Select(k => k.Id)).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        var pages = new Dictionary<string, NodePage>(StringComparer.Ordinal);
        foreach (var id in parents)
        {
            var keysets = rowsByParent.GetValueOrDefault(id) ?? [];
            var more = keysets.Count > size;
            var rows = keysets.Take(size).Where(k => byId.ContainsKey(k.Id)).Select(k => new NodeRow(byId[k.Id], k)).ToList();
            if (backwards)
            {
                rows.Reverse();
                pages[id] = new NodePage(rows, HasNext: query.Before is not null, HasPrevious: more);
            }
            else
            {
                if (query.First is not null && query.Last is { } last && rows.Count > last)
                {
                    rows = rows.Skip(rows.Count - last).ToList();
                }

                pages[id] = new NodePage(rows, HasNext: more, HasPrevious: query.After is not null);
            }
        }

        return pages;
    }

    /// <summary>How many nodes each parent's list holds (see <see cref="PageByParentsAsync"/>), in one statement.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountByParentsAsync(
        SqliteConnection connection, NodeQuery query, EdgeKind edge, EdgeDirection direction, IReadOnlyCollection<string> parents, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var builder = new NodeListQueries(command);
        var (parent, child) = direction == EdgeDirection.Outgoing ? ("x.source_id", "x.target_id") : ("x.target_id", "x.source_id");
        builder.where.Append($"{parent} IN (SELECT value FROM json_each({builder.Param(JsonArray(parents))})) AND x.kind = {builder.Param(EdgeCatalog.Name(edge))} AND ");
        builder.where.Append($"n.kind IN (SELECT value FROM json_each({builder.Param(JsonArray(query.Kinds.Select(KindNames.Of)))}))");
        builder.Filter(query.Where, top: true, skipPlace: null);
        command.CommandText = $"SELECT {parent}, count(DISTINCT n.id) FROM edges x JOIN nodes n ON n.id = {child} WHERE {builder.where} GROUP BY {parent};";
        var counts = parents.ToDictionary(p => p, _ => 0, StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    public static async Task<int> CountAsync(SqliteConnection connection, NodeQuery query, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var builder = new NodeListQueries(command);
        if (query.Where is null && query.Kinds.Count > 0)
        {
            // A whole kind: the counter the triggers keep.
            command.CommandText = "SELECT coalesce(sum(n), 0) FROM counts WHERE facet = 'node' AND key IN (SELECT value FROM json_each($kinds));";
            command.Parameter("$kinds", "[" + string.Join(",", query.Kinds.Select(k => "\"" + KindNames.Of(k) + "\"")) + "]");
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var (from, place) = builder.Source(query);
        builder.Filter(query.Where, top: true, skipPlace: place);
        command.CommandText = $"SELECT count(*) FROM {from} WHERE {builder.where};";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>The FROM clause: place_members of the place when the filter names one at its top level, else nodes by kind.</summary>
    private (string From, NodeCondition.InPlace? Place) Source(NodeQuery query)
    {
        var place = TopLevel(query.Where).OfType<NodeCondition.InPlace>().FirstOrDefault();
        var kinds = Param(JsonArray(query.Kinds.Select(KindNames.Of)));
        if (place is null)
        {
            where.Append(query.Kinds.Count == 1
                ? $"n.kind = {Param(KindNames.Of(query.Kinds[0]))}"
                : $"n.kind IN (SELECT value FROM json_each({kinds}))");
            return ("nodes n", null);
        }

        where.Append($"m.place_id = {Param(place.PlaceId)} AND ");
        where.Append(query.Kinds.Count == 1
            ? $"m.kind = {Param(KindNames.Of(query.Kinds[0]))}"
            : $"m.kind IN (SELECT value FROM json_each({kinds}))");
        return ("place_members m JOIN nodes n ON n.id = m.node_id", place);
    }

    private static IEnumerable<NodeCondition> TopLevel(NodeCondition? condition) => condition switch
    {
        null => [],
        NodeCondition.AllOf all => all.Conditions.SelectMany(TopLevel),
        _ => [condition],
    };

    private sealed record Key(string Sql, bool Descending);

    /// <summary>The ORDER BY terms: never null (a missing value sorts last either way), the id last and ascending.</summary>
    private List<Key> Keys(IReadOnlyList<NodeSortKey> order, bool fromPlace)
    {
        var keys = new List<Key>();
        foreach (var key in order.Count > 0 ? order : [new NodeSortKey(NodeSortField.Name, false)])
        {
            keys.Add(key.Field switch
            {
                NodeSortField.Name => new Key(fromPlace ? "m.name" : "n.name", key.Descending),
                NodeSortField.Year => new Key($"coalesce(n.year, {(key.Descending ? NullYearFirst : NullYearLast)})", key.Descending),
                NodeSortField.Value => new Key($"coalesce(n.value, {(key.Descending ? "-1e308" : "1e308")})", key.Descending),
                NodeSortField.Count => new Key("n.mentions", key.Descending),
                _ => throw new ArgumentOutOfRangeException(nameof(order), key.Field, "unknown sort field"),
            });
        }

        keys.Add(new Key(fromPlace ? "m.node_id" : "n.id", false));
        return keys;
    }

    /// <summary>Rows strictly after (or before) the keyset in list order.</summary>
    private void Keyset(List<Key> keys, NodeKeyset keyset, bool greater)
    {
        if (keyset.Values.Count != keys.Count - 1)
        {
            throw new ArgumentException("the cursor's values do not match the list's order", nameof(keyset));
        }

        var values = keyset.Values.Append(keyset.Id).Select(v => Param(v)).ToList();
        if (keys.All(k => !k.Descending))
        {
            // One row-value comparison: SQLite serves it from the order's index.
            where.Append($" AND ({string.Join(", ", keys.Select(k => k.Sql))}) {(greater ? ">" : "<")} ({string.Join(", ", values)})");
            return;
        }

        var first = keys[0];
        where.Append($" AND {first.Sql} {((greater ^ first.Descending) ? ">=" : "<=")} {values[0]} AND (");
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                where.Append(" OR ");
            }

            where.Append('(');
            for (var j = 0; j < i; j++)
            {
                where.Append($"{keys[j].Sql} = {values[j]} AND ");
            }

            where.Append($"{keys[i].Sql} {((greater ^ keys[i].Descending) ? ">" : "<")} {values[i]})");
        }

        where.Append(')');
    }

    private void Filter(NodeCondition? condition, bool top, NodeCondition.InPlace? skipPlace)
    {
        if (condition is null)
        {
            return;
        }

        foreach (var part in top ? TopLevel(condition) : [condition])
        {
            if (ReferenceEquals(part, skipPlace))
            {
                continue;
            }

            where.Append(" AND ").Append(Sql(part));
        }
    }

    private string Sql(NodeCondition condition) => condition switch
    {
        NodeCondition.AllOf all => all.Conditions.Count == 0 ? "1" : "(" + string.Join(" AND ", all.Conditions.Select(Sql)) + ")",
        NodeCondition.AnyOf any => any.Conditions.Count == 0 ? "0" : "(" + string.Join(" OR ", any.Conditions.Select(Sql)) + ")",
        NodeCondition.KindIn kinds => $"n.kind IN (SELECT value FROM json_each({Param(JsonArray(kinds.Kinds.Select(KindNames.Of)))}))",
        NodeCondition.IdIn ids => $"n.id IN (SELECT value FROM json_each({Param(JsonArray(ids.Ids))}))",
        NodeCondition.Text text => Strings(text.Field switch
        {
            TextField.Name => "n.name",
            TextField.Unit => "json_extract(n.properties, '$.unit')",
            _ => "json_extract(n.properties, '$.kind')",
        }, text.Condition),
        NodeCondition.Year year => $"""
            (CASE n.kind
                WHEN 'Project' THEN EXISTS (SELECT 1 FROM edges s WHERE s.source_id = n.id AND s.kind = 'HAS_STATUS' AND {Ints("CAST(substr(s.target_id, 6) AS INTEGER)", year.Condition)})
                WHEN 'Report' THEN ({Ints("json_extract(n.properties, '$.reviewYear')", year.Condition)}) OR ({Ints("json_extract(n.properties, '$.planYear')", year.Condition)})
                ELSE {Ints("n.year", year.Condition)} END)
            """,
        NodeCondition.Stage stage => $"""
            EXISTS (SELECT 1 FROM edges s WHERE s.source_id = n.id AND s.kind = 'HAS_STATUS'
                AND json_extract(s.properties, '$.status') IN (SELECT value FROM json_each({Param(JsonArray(stage.Statuses))}))
                {(stage.InYear is { } y ? " AND " + Ints("CAST(substr(s.target_id, 6) AS INTEGER)", y) : string.Empty)})
            """,
        NodeCondition.AwardLevel level => $"n.level IN (SELECT value FROM json_each({Param(JsonArray(level.Levels))}))",
        NodeCondition.Value value => Floats("n.value", value),
        NodeCondition.InPlace place => $"n.id IN (SELECT node_id FROM place_members WHERE place_id = {Param(place.PlaceId)})",
        NodeCondition.InReport report => $"n.id IN (SELECT node_id FROM node_evidence WHERE report_id = {Param(report.ReportId)})",
        NodeCondition.Neighbour { Direction: EdgeDirection.Outgoing } nb =>
            $"n.id IN (SELECT target_id FROM edges WHERE source_id = {Param(nb.NodeId)} AND kind = {Param(EdgeCatalog.Name(nb.Kind))})",
        NodeCondition.Neighbour nb =>
            $"n.id IN (SELECT source_id FROM edges WHERE target_id = {Param(nb.NodeId)} AND kind = {Param(EdgeCatalog.Name(nb.Kind))})",
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "unknown condition"),
    };

    private string Strings(string column, StringCondition c)
    {
        var parts = new List<string> { $"{column} IS NOT NULL" };
        if (c.Eq is { } eq)
        {
            parts.Add($"{column} = {Param(eq)}");
        }

        if (c.In is { } any)
        {
            parts.Add($"{column} IN (SELECT value FROM json_each({Param(JsonArray(any))}))");
        }

        if (c.Contains is { } part)
        {
            parts.Add($"instr({column}, {Param(part)}) > 0");
        }

        if (c.StartsWith is { } prefix)
        {
            var p = Param(prefix);
            parts.Add($"{column} >= {p} AND substr({column}, 1, length({p})) = {p}");
        }

        return "(" + string.Join(" AND ", parts) + ")";
    }

    private string Ints(string column, IntCondition c)
    {
        var parts = new List<string> { $"{column} IS NOT NULL" };
        if (c.Eq is { } eq)
        {
            parts.Add($"{column} = {Param((long)eq)}");
        }

        if (c.In is { } any)
        {
            parts.Add($"{column} IN (SELECT value FROM json_each({Param("[" + string.Join(",", any.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]")}))");
        }

        if (c.Gte is { } min)
        {
            parts.Add($"{column} >= {Param((long)min)}");
        }

        if (c.Lte is { } max)
        {
            parts.Add($"{column} <= {Param((long)max)}");
        }

        return "(" + string.Join(" AND ", parts) + ")";
    }

    private string Floats(string column, NodeCondition.Value c)
    {
        var parts = new List<string> { $"{column} IS NOT NULL" };
        if (c.Eq is { } eq)
        {
            parts.Add($"{column} = {Param(eq)}");
        }

        if (c.Gte is { } min)
        {
            parts.Add($"{column} >= {Param(min)}");
        }

        if (c.Lte is { } max)
        {
            parts.Add($"{column} <= {Param(max)}");
        }

        return "(" + string.Join(" AND ", parts) + ")";
    }

    private string Param(object? value)
    {
        var name = "$p" + (parameters++).ToString(CultureInfo.InvariantCulture);
        command.Parameter(name, value);
        return name;
    }

    private static string JsonArray(IEnumerable<string> values) =>
        System.Text.Json.JsonSerializer.Serialize(values.ToList(), StoreJsonContext.Default.IReadOnlyCollectionString);
}
