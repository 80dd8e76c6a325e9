using BenchmarkDotNet.Attributes;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Server;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Benchmarks;

/// <summary>Parse, validate and execute of the introspection query and of a nested list query.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Schema schema = null!;
    private object? data;
    private DocumentNode introspection = null!;
    private DocumentNode nested = null!;
    private GraphQLEngine engine = null!;

    public static string IntrospectionQuery { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "introspection-query.graphql"));

    [GlobalSetup]
    public void Setup()
    {
        schema = SchemaBuilder.BuildSchema(File.ReadAllText(BenchData.SchemaPath));
        data = BenchData.Load();
        introspection = Parser.Parse(IntrospectionQuery);
        nested = Parser.Parse(BenchData.NestedListQuery);
        engine = new GraphQLEngine(schema);
    }

    [Benchmark]
    public DocumentNode ParseIntrospection() => Parser.Parse(IntrospectionQuery);

    [Benchmark]
    public DocumentNode ParseNestedList() => Parser.Parse(BenchData.NestedListQuery);

    [Benchmark]
    public int ValidateIntrospection() => Validator.Validate(schema, introspection).Count;

    [Benchmark]
    public int ValidateNestedList() => Validator.Validate(schema, nested).Count;

    [Benchmark]
    public async Task<string> ExecuteIntrospection() =>
        ResultJson.ToJson(await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = introspection }));

    [Benchmark]
    public async Task<string> ExecuteNestedList() =>
        ResultJson.ToJson(await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = nested, RootValue = data }));

    /// <summary>The whole request path with the document cache warm: what a repeated query costs.</summary>
    [Benchmark]
    public async Task<string> EngineNestedListCached() =>
        ResultJson.ToJson((await engine.ExecuteAsync(new GraphQLRequest(BenchData.NestedListQuery), rootValue: data)).Result);
}
