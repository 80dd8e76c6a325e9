using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Neo4j;

/// <summary>One node or relationship to MERGE: its id, its endpoints (relationships only) and its typed properties.</summary>
internal sealed record PushRow(string Id, string? From, string? To, IReadOnlyList<KeyValuePair<string, object>> Props);

/// <summary>Rows sharing one statement: the nodes of one label, or the relationships of one type between two labels.</summary>
internal sealed record PushGroup(string Key, string Statement, IReadOnlyList<PushRow> Rows);

/// <summary>The graph as Neo4j write groups: nodes by label, relationships by (type, start label, end label).</summary>
internal sealed record PushGraph(IReadOnlyList<PushGroup> Nodes, IReadOnlyList<PushGroup> Relationships)
{
    public static string NodeStatement(string label) =>
        $"UNWIND $rows AS row MERGE (n:`{label}` {{id: row.id}}) SET n += row.props";

    public static string RelationshipStatement(string type, string fromLabel, string toLabel) =>
        $"UNWIND $rows AS row MATCH (a:`{fromLabel}` {{id: row.from}}) MATCH (b:`{toLabel}` {{id: row.to}}) " +
        $"MERGE (a)-[r:`{type}` {{id: row.id}}]->(b) SET r += row.props";

    public static string NodeIdsStatement(string label) => $"MATCH (n:`{label}`) RETURN n.id AS id";

    public static string RelationshipIdsStatement(string type) => $"MATCH ()-[r:`{type}`]->() RETURN r.id AS id";

    public static string DeleteNodesStatement(string label) => $"UNWIND $ids AS id MATCH (n:`{label}` {{id: id}}) DETACH DELETE n";

    public static string DeleteRelationshipsStatement(string type) => $"UNWIND $ids AS id MATCH ()-[r:`{type}` {{id: id}}]->() DELETE r";

    /// <summary>The request body <c>{"statement": …, "parameters": {"ids": […]}, "includeCounters": true}</c>.</summary>
    public static byte[] IdsBody(string statement, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("statement", statement);
            json.WriteStartObject("parameters");
            json.WriteStartArray("ids");
            foreach (var id in ids)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteBoolean("includeCounters", true);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The groups of a <see cref="GraphSnapshot"/>, the model the Cypher and CSV exports write, so a push stores the same
    /// labels (Region for provinces, cities and counties, with <c>level</c>), properties and property types as they do.
    /// </summary>
    public static PushGraph From(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var nodes = snapshot.Labels
            .Select(label => new PushGroup(
                label,
                NodeStatement(label),
                [.. snapshot.NodesByLabel[label].Select(n => Neo4jMapping.ToPushRow(n, TypesOf(snapshot.NodePropertyTypes[label])))]))
            .ToList();
        var relationships = snapshot.Groups
            .Select(g => new PushGroup(
                g.Type,
                RelationshipStatement(g.Type, g.StartLabel, g.EndLabel),
                [.. snapshot.EdgesByGroup[g].Select(e => Neo4jMapping.ToPushRow(e, TypesOf(snapshot.EdgePropertyTypes[g])))]))
            .ToList();
        return new PushGraph(nodes, relationships);
    }

    private static Dictionary<string, PropertyType> TypesOf(IReadOnlyList<KeyValuePair<string, PropertyType>> types) =>
        types.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    /// <summary>The request body <c>{"statement": …, "parameters": {"rows": […]}, "includeCounters": true}</c>.</summary>
    public static byte[] Body(string statement, IReadOnlyList<PushRow>? rows)
    {
        ArgumentNullException.ThrowIfNull(statement);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("statement", statement);
            json.WriteStartObject("parameters");
            if (rows is not null)
            {
                json.WriteStartArray("rows");
                foreach (var row in rows)
                {
                    WriteRow(json, row);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteBoolean("includeCounters", true);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteRow(Utf8JsonWriter json, PushRow row)
    {
        json.WriteStartObject();
        json.WriteString("id", row.Id);
        if (row.From is not null)
        {
            json.WriteString("from", row.From);
        }

        if (row.To is not null)
        {
            json.WriteString("to", row.To);
        }

        json.WriteStartObject("props");
        foreach (var (key, value) in row.Props)
        {
            if (value is double d && !double.IsFinite(d))
            {
                continue; // JSON has no NaN or infinity
            }

            json.WritePropertyName(key);
            WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string s: json.WriteStringValue(s); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteRawValue(Float(d)); break;
            case bool b: json.WriteBooleanValue(b); break;
            default: throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>A double as JSON that Neo4j reads back as a float: always with a fraction or exponent (12 → 12.0).</summary>
    public static string Float(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".Ee") >= 0 ? text : text + ".0";
    }
}
