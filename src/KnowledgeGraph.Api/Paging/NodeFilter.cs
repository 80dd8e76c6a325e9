using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Api.Paging;

/// <summary>Evaluates a <c>NodeFilter</c> input (eq, in, contains, startsWith, ranges, and/or) against a node.</summary>
internal static class NodeFilter
{
    public static bool Matches(GraphNode node, NodeFacts facts, IReadOnlyDictionary<string, object?> where)
    {
        foreach (var (key, condition) in where)
        {
            if (condition is null)
            {
                continue;
            }

            var ok = key switch
            {
                "id" => Strings(node.Id, (IReadOnlyDictionary<string, object?>)condition),
                "name" => Strings(node.Name, (IReadOnlyDictionary<string, object?>)condition),
                "year" => facts.Years.Any(y => Ints(y, (IReadOnlyDictionary<string, object?>)condition)),
                "status" => Values(condition).Any(s => facts.Statuses.Contains(s)),
                "level" => node.Properties.GetString("level")?.ToUpperInvariant() is { } level && Values(condition).Contains(level),
                "value" => node.Properties.GetDouble("value") is { } v && Floats(v, (IReadOnlyDictionary<string, object?>)condition),
                "and" => Filters(condition).All(f => Matches(node, facts, f)),
                "or" => Filters(condition).Any(f => Matches(node, facts, f)),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> Values(object condition) => ((IEnumerable<object?>)condition).OfType<string>();

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Filters(object condition) =>
        ((IEnumerable<object?>)condition).OfType<IReadOnlyDictionary<string, object?>>();

    private static bool Strings(string value, IReadOnlyDictionary<string, object?> c) =>
        (c.GetValueOrDefault("eq") is not string eq || value == eq)
        && (c.GetValueOrDefault("in") is not IEnumerable<object?> any || any.OfType<string>().Contains(value))
        && (c.GetValueOrDefault("contains") is not string part || value.Contains(part, StringComparison.Ordinal))
        && (c.GetValueOrDefault("startsWith") is not string prefix || value.StartsWith(prefix, StringComparison.Ordinal));

    private static bool Ints(int value, IReadOnlyDictionary<string, object?> c) =>
        (c.GetValueOrDefault("eq") is not int eq || value == eq)
        && (c.GetValueOrDefault("in") is not IEnumerable<object?> any || any.OfType<int>().Contains(value))
        && (c.GetValueOrDefault("gte") is not int min || value >= min)
        && (c.GetValueOrDefault("lte") is not int max || value <= max);

    private static bool Floats(double value, IReadOnlyDictionary<string, object?> c) =>
        (c.GetValueOrDefault("eq") is not double eq || value == eq)
        && (c.GetValueOrDefault("gte") is not double min || value >= min)
        && (c.GetValueOrDefault("lte") is not double max || value <= max);
}
