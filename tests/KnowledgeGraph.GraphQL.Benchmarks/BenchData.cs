using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Benchmarks;

/// <summary>The benchmark schema and data (Data/), shared by the micro benchmarks and the load host.</summary>
public static class BenchData
{
    public static string SchemaPath => Path.Combine(AppContext.BaseDirectory, "Data", "bench-schema.graphql");

    public static string DataPath => Path.Combine(AppContext.BaseDirectory, "Data", "bench-data.json");

    public static object? Load() => JsonValues.Parse(File.ReadAllText(DataPath));

    /// <summary>The nested list query of the benchmarks and the load script: 100 items with 10 children each.</summary>
    public const string NestedListQuery = "{ items { id name score tags children { id name score } } }";
}
