using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// JSON to the plain values the engine works with: objects as ordered string maps, arrays as lists,
/// integral numbers as long (double beyond ±2^53), other numbers as double, strings, booleans, null.
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
        JsonValueKind.String => element.GetString(),
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
            map[property.Name] = From(property.Value);
        }

        return map;
    }
}
