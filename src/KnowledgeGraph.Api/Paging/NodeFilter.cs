using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Domain;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.Api.Paging;

/// <summary>
/// Turns a <c>NodeFilter</c> input into the store's <see cref="NodeCondition"/>, checking first that every condition
/// applies to the list's kinds: a condition that cannot hold for any of them (status on awards, value on villages) is a
/// BAD_USER_INPUT error, never an empty result.
/// </summary>
internal static class NodeFilter
{
    private static readonly NodeKind[] Quantities = [NodeKind.Indicator, NodeKind.Target];
    private static readonly NodeKind[] Regions = [NodeKind.Province, NodeKind.City, NodeKind.County];

    private static readonly NodeKind[] Dated =
        [NodeKind.Award, NodeKind.Event, NodeKind.Indicator, NodeKind.Target, NodeKind.Project, NodeKind.Report, NodeKind.Year];

    public static NodeCondition? Parse(IReadOnlyDictionary<string, object?>? where, IReadOnlyList<NodeKind> kinds)
    {
        if (where is null)
        {
            return null;
        }

        var parts = new List<NodeCondition>();
        foreach (var (key, condition) in where)
        {
            if (condition is null)
            {
                continue;
            }

            parts.Add(key switch
            {
                "id" => Ids(Map(condition)),
                "name" => new NodeCondition.Text(TextField.Name, Strings(Map(condition))),
                "metric" => Applies(key, kinds, Quantities, new NodeCondition.Text(TextField.Name, Strings(Map(condition)))),
                "unit" => Applies(key, kinds, Quantities, new NodeCondition.Text(TextField.Unit, Strings(Map(condition)))),
                "measure" => Applies(key, kinds, Quantities, new NodeCondition.Text(TextField.Measure, new StringCondition(null, [.. List(condition).OfType<string>()], null, null))),
                "year" => Applies(key, kinds, Dated, new NodeCondition.Year(Ints(Map(condition)))),
                "status" => Applies(key, kinds, [NodeKind.Project], new NodeCondition.Stage([.. List(condition).OfType<string>().Select(s => s.ToLowerInvariant())], null)),
                "stage" => Applies(key, kinds, [NodeKind.Project], Stage(Map(condition))),
                "level" => Applies(key, kinds, [NodeKind.Award], new NodeCondition.AwardLevel([.. List(condition).OfType<string>().Select(s => s.ToLowerInvariant())])),
                "regionLevel" => Applies(key, kinds, Regions, new NodeCondition.KindIn([.. List(condition).OfType<string>().Select(l => Enum.Parse<NodeKind>(l, ignoreCase: true))])),
                "value" => Applies(key, kinds, Quantities, Floats(Map(condition))),
                "place" => new NodeCondition.InPlace(PlaceId((string)condition)),
                "report" => new NodeCondition.InReport(ReportId((string)condition)),
                "and" => new NodeCondition.AllOf([.. List(condition).OfType<IReadOnlyDictionary<string, object?>>().Select(f => Parse(f, kinds) ?? new NodeCondition.AllOf([]))]),
                "or" => new NodeCondition.AnyOf([.. List(condition).OfType<IReadOnlyDictionary<string, object?>>().Select(f => Parse(f, kinds) ?? new NodeCondition.AllOf([]))]),
                _ => throw Error($"`where.{key}` is not a filter this API knows."),
            });
        }

        return parts.Count == 1 ? parts[0] : new NodeCondition.AllOf(parts);
    }

    /// <summary>A place filter takes a township or region id (township:…, county:…, city:…, province:…).</summary>
    public static string PlaceId(string id) =>
        Kinds.IdIs(id, NodeKind.Township) || Kinds.IdIs(id, NodeKind.County) || Kinds.IdIs(id, NodeKind.City) || Kinds.IdIs(id, NodeKind.Province)
            ? id
            : throw Error($"`place` takes a township or region id (township:…, county:…, city:…, province:…), not \"{Short(id)}\".");

    private static string ReportId(string id) =>
        Kinds.IdIs(id, NodeKind.Report) ? id : throw Error($"`report` takes a report id (report:…), not \"{Short(id)}\".");

    private static NodeCondition Applies(string key, IReadOnlyList<NodeKind> kinds, NodeKind[] to, NodeCondition condition) =>
        kinds.Any(to.Contains)
            ? condition
            : throw Error($"`where.{key}` does not apply to this list (of {string.Join(", ", kinds.Select(Kinds.EnumName).Distinct())}); it applies to {string.Join(", ", to.Select(Kinds.EnumName).Distinct())}.");

    private static NodeCondition Stage(IReadOnlyDictionary<string, object?> stage) =>
        new NodeCondition.Stage(
            [.. (stage.GetValueOrDefault("status") is { } s ? List(s).OfType<string>() : []).Select(x => x.ToLowerInvariant())],
            stage.GetValueOrDefault("year") is IReadOnlyDictionary<string, object?> year ? Ints(year) : null);

    private static NodeCondition Ids(IReadOnlyDictionary<string, object?> c)
    {
        var parts = new List<NodeCondition>();
        if (c.GetValueOrDefault("eq") is string eq)
        {
            parts.Add(new NodeCondition.IdIn([eq]));
        }

        if (c.GetValueOrDefault("in") is { } any)
        {
            parts.Add(new NodeCondition.IdIn([.. List(any).OfType<string>()]));
        }

        return parts.Count == 1 ? parts[0] : new NodeCondition.AllOf(parts);
    }

    private static StringCondition Strings(IReadOnlyDictionary<string, object?> c) => new(
        c.GetValueOrDefault("eq") as string,
        c.GetValueOrDefault("in") is { } any ? [.. List(any).OfType<string>()] : null,
        c.GetValueOrDefault("contains") as string,
        c.GetValueOrDefault("startsWith") as string);

    private static IntCondition Ints(IReadOnlyDictionary<string, object?> c) => new(
        c.GetValueOrDefault("eq") as int?,
        c.GetValueOrDefault("in") is { } any ? [.. List(any).OfType<int>()] : null,
        c.GetValueOrDefault("gte") as int?,
        c.GetValueOrDefault("lte") as int?);

    private static NodeCondition.Value Floats(IReadOnlyDictionary<string, object?> c) =>
        new(Number(c.GetValueOrDefault("eq")), Number(c.GetValueOrDefault("gte")), Number(c.GetValueOrDefault("lte")));

    private static double? Number(object? value) => value switch
    {
        double d => d,
        int i => i,
        long l => l,
        _ => null,
    };

    private static IReadOnlyDictionary<string, object?> Map(object condition) => (IReadOnlyDictionary<string, object?>)condition;

    private static IEnumerable<object?> List(object condition) => (IEnumerable<object?>)condition;

    private static string Short(string text) => text.Length <= 64 ? text : text[..64] + "…";

    private static GraphQLError Error(string message) => new GraphQLError(message).WithCode(ErrorCodes.BadUserInput);
}
