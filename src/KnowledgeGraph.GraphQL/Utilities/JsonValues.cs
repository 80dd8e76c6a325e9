using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// JSON to the plain values the engine works with: objects as ordered string maps, arrays as lists,
/// integral numbers as long (double beyond ±2^53), other numbers as double, strings, booleans, null.
/// A string or property name holding invalid UTF-8 or an unpaired surrogate escape (<c>"\ud800"</c>) is a
/// <see cref="JsonException"/> naming where it is, never an exception of another type.
/// </summary>
public static class JsonValues
{
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement);
    }

    public static object? From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => FromObject(element),
        JsonValueKind.Array => element.EnumerateArray().Select(From).ToList(),
        JsonValueKind.String => Text(element, "a string"),
        JsonValueKind.Number => element.TryGetInt64(out var l) && Math.Abs(l) <= 9007199254740991L ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static Dictionary<string, object?> FromObject(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                throw new JsonException("A key of a JSON object holds invalid UTF-8 or an unpaired surrogate (\\uD800-\\uDFFF without its pair); send valid Unicode.");
            }

            try
            {
                map[name] = From(property.Value);
            }
            catch (JsonException e)
            {
                throw new JsonException(e.Message, "$." + name + (e.Path is { Length: > 1 } inner ? inner[1..] : ""), null, null);
            }
        }

        return map;
    }

    private static string Text(JsonElement element, string what)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException($"{char.ToUpperInvariant(what[0])}{what[1..]} in the JSON holds invalid UTF-8 or an unpaired surrogate (\\uD800-\\uDFFF without its pair); send valid Unicode.");
        }
    }
}
