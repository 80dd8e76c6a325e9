using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.Api.Paging;

/// <summary>
/// Keyset cursors: base64url of a small JSON array [list, values, id], where list is a hash of the list the cursor
/// came from (the field, its parent, its filter and its order). A cursor is checked before any store work: one that
/// does not decode, or that belongs to another list, is a BAD_USER_INPUT error naming the problem.
/// </summary>
internal static class Cursors
{
    /// <summary>The longest cursor accepted (this API's cursors are far shorter); longer ones are refused unread.</summary>
    public const int MaxLength = 1024;

    public static string Encode(string list, NodeKeyset keyset)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            json.WriteStringValue(list);
            json.WriteStartArray();
            foreach (var value in keyset.Values)
            {
                switch (value)
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case string s:
                        json.WriteStringValue(s);
                        break;
                    case long l:
                        json.WriteNumberValue(l);
                        break;
                    case double d:
                        // Doubles keep a marker so they come back as doubles, not longs.
                        json.WriteStartArray();
                        json.WriteNumberValue(d);
                        json.WriteEndArray();
                        break;
                    default:
                        json.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndArray();
            json.WriteStringValue(keyset.Id);
            json.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>The keyset of <paramref name="cursor"/>, checked to belong to <paramref name="list"/> and to hold <paramref name="keys"/> values.</summary>
    public static NodeKeyset Decode(string argument, string cursor, string list, int keys)
    {
        var keyset = TryDecode(cursor, out var cursorList);
        if (keyset is null || keyset.Values.Count != keys)
        {
            throw Error($"Invalid cursor \"{Shorten(cursor)}\": use a cursor this API returned.");
        }

        if (cursorList != list)
        {
            throw Error($"The cursor in `{argument}` belongs to another list (another field, parent, filter or order); use a cursor this list returned.");
        }

        return keyset;
    }

    /// <summary>A short hash naming a list: the parent, the field and its filter and order arguments.</summary>
    public static string ListKey(string parentId, string field, object? where, object? order, object? extra)
    {
        var text = new StringBuilder().Append(parentId).Append('\u001f').Append(field).Append('\u001f');
        Canonical(text, where);
        text.Append('\u001f');
        Canonical(text, order);
        text.Append('\u001f');
        Canonical(text, extra);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 6);
    }

    private static void Canonical(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case IReadOnlyDictionary<string, object?> map:
                sb.Append('{');
                foreach (var (k, v) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    sb.Append(k).Append(':');
                    Canonical(sb, v);
                    sb.Append(',');
                }

                sb.Append('}');
                break;
            case string s:
                sb.Append('"').Append(s.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case System.Collections.IEnumerable list:
                sb.Append('[');
                foreach (var item in list)
                {
                    Canonical(sb, item);
                    sb.Append(',');
                }

                sb.Append(']');
                break;
            default:
                sb.Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static NodeKeyset? TryDecode(string cursor, out string? list)
    {
        list = null;
        if (cursor.Length is 0 or > MaxLength)
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 3
                || root[0].ValueKind != JsonValueKind.String || root[1].ValueKind != JsonValueKind.Array || root[2].ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var values = new List<object?>();
            foreach (var v in root[1].EnumerateArray())
            {
                values.Add(v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Number when v.TryGetInt64(out var l) => l,
                    JsonValueKind.Array when v.GetArrayLength() == 1 && v[0].ValueKind == JsonValueKind.Number => v[0].GetDouble(),
                    JsonValueKind.Null => null,
                    _ => throw new FormatException("unexpected cursor value"),
                });
            }

            list = root[0].GetString();
            return new NodeKeyset(values, root[2].GetString()!);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Shorten(string cursor) => cursor.Length <= 64 ? cursor : cursor[..64] + "…";

    private static GraphQLError Error(string message) => new GraphQLError(message).WithCode(ErrorCodes.BadUserInput);
}
