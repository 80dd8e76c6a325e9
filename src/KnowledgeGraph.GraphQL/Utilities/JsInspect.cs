using System.Collections;
using System.Text;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>Renders a value as graphql-js's inspect() does, for error messages: "abc" quoted, { a: 1 }, [1, 2].</summary>
public static class JsInspect
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth) => value switch
    {
        null => "null",
        string s => Language.Printer.PrintString(s),
        bool b => b ? "true" : "false",
        double or float or int or long or decimal or short or byte => JsNumber.Format(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        IEnumerable<KeyValuePair<string, object?>> map => InspectObject(map.ToList(), depth),
        IEnumerable list => InspectList(list.Cast<object?>().ToList(), depth),
        _ => value.ToString() ?? "null",
    };

    private static string InspectObject(List<KeyValuePair<string, object?>> entries, int depth)
    {
        if (entries.Count == 0)
        {
            return "{}";
        }

        if (depth > MaxDepth)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", entries.Select(e => e.Key + ": " + Inspect(e.Value, depth + 1))) + " }";
    }

    private static string InspectList(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth > MaxDepth)
        {
            return "[Array]";
        }

        var sb = new StringBuilder("[");
        for (var i = 0; i < Math.Min(items.Count, MaxItems); i++)
        {
            sb.Append(i == 0 ? string.Empty : ", ").Append(Inspect(items[i], depth + 1));
        }

        if (items.Count > MaxItems)
        {
            var remaining = items.Count - MaxItems;
            sb.Append(", ... ").Append(remaining).Append(remaining == 1 ? " more item" : " more items");
        }

        return sb.Append(']').ToString();
    }
}
