using Mapster;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The Neo4j assembly's object mappings, configured in one place (Mapster): exported nodes and relationships
/// (<see cref="ExportNode"/>, <see cref="ExportEdge"/>) to the rows a push sends (<see cref="PushRow"/>), each property
/// converted to its key's exported type, which comes in as the run-time parameter <see cref="PropertyTypes"/>.
/// </summary>
internal static class Neo4jMapping
{
    public const string PropertyTypes = "types";

    public static TypeAdapterConfig Config { get; } = Create();

    public static PushRow ToPushRow(ExportNode node, IReadOnlyDictionary<string, PropertyType> types) =>
        node.BuildAdapter(Config).AddParameters(PropertyTypes, types).AdaptToType<PushRow>();

    public static PushRow ToPushRow(ExportEdge edge, IReadOnlyDictionary<string, PropertyType> types) =>
        edge.BuildAdapter(Config).AddParameters(PropertyTypes, types).AdaptToType<PushRow>();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<ExportNode, PushRow>()
            .MapToConstructor(true)
            .Map(row => row.From, node => (string?)null)
            .Map(row => row.To, node => (string?)null)
            .Map(row => row.Props, node => Typed(node.Properties, Types()));
        config.NewConfig<ExportEdge, PushRow>()
            .MapToConstructor(true)
            .Map(row => row.From, edge => edge.StartId)
            .Map(row => row.To, edge => edge.EndId)
            .Map(row => row.Props, edge => Typed(edge.Properties, Types()));
        config.Compile();
        return config;
    }

    private static IReadOnlyDictionary<string, PropertyType> Types() =>
        (IReadOnlyDictionary<string, PropertyType>)MapContext.Current!.Parameters[PropertyTypes];

    private static List<KeyValuePair<string, object>> Typed(IReadOnlyList<KeyValuePair<string, object>> props, IReadOnlyDictionary<string, PropertyType> types) =>
        [.. props.Select(p => new KeyValuePair<string, object>(p.Key, types.TryGetValue(p.Key, out var t) ? GraphSnapshot.Convert(p.Value, t) : p.Value))];
}
