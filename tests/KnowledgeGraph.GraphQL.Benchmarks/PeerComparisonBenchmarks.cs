using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQLDotnetPeer;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Server;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using DotnetSchema = GraphQL.Types.ISchema;

namespace KnowledgeGraph.GraphQL.Benchmarks;

/// <summary>
/// This engine against graphql-dotnet 8.8.5 (schema-first, the same SDL and data as tests/load): a request's
/// work from query text to JSON text. "Full" is parse + validate + execute + serialize; "Cached" is what a
/// server pays for a repeated query (ours: <see cref="GraphQLEngine"/>'s document cache; graphql-dotnet:
/// the peer's document cache, which skips parse and runs the cached-document rules only).
/// </summary>
[MemoryDiagnoser]
public class PeerComparisonBenchmarks
{
    public const string SmallQuery = "{ item(id: \"1\") { id name tags } }";

    private Schema schema = null!;
    private object? data;
    private GraphQLEngine engine = null!;
    private DotnetSchema peerSchema = null!;
    private object? peerData;
    private DocumentExecuter peerExecuter = null!;
    private DocumentExecuter peerCachedExecuter = null!;
    private readonly GraphQLSerializer peerSerializer = new();

    [Params("nested", "small")]
    public string Query { get; set; } = "nested";

    private string Text => Query == "nested" ? BenchData.NestedListQuery : SmallQuery;

    [GlobalSetup]
    public void Setup()
    {
        var sdl = File.ReadAllText(BenchData.SchemaPath);
        schema = SchemaBuilder.BuildSchema(sdl);
        data = BenchData.Load();
        engine = new GraphQLEngine(schema);
        peerSchema = PeerSchema.Build(sdl);
        peerData = PeerSchema.LoadData(File.ReadAllText(BenchData.DataPath));
        peerExecuter = new DocumentExecuter();
        peerCachedExecuter = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(), [new PeerDocumentCache()]);
        if (Ours().Result != Dotnet().Result || OursCached().Result != DotnetCached().Result)
        {
            throw new InvalidOperationException("The engines disagree on " + Text);
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<string> Ours()
    {
        var document = Parser.Parse(Text);
        if (Validator.Validate(schema, document).Count > 0)
        {
            throw new InvalidOperationException("invalid");
        }

        return ResultJson.ToJson(await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document, RootValue = data }));
    }

    [Benchmark]
    public async Task<string> Dotnet() =>
        peerSerializer.Serialize(await peerExecuter.ExecuteAsync(o =>
        {
            o.Schema = peerSchema;
            o.Query = Text;
            o.Root = peerData;
        }));

    [Benchmark]
    public async Task<string> OursCached() =>
        ResultJson.ToJson((await engine.ExecuteAsync(new GraphQLRequest(Text), rootValue: data)).Result);

    [Benchmark]
    public async Task<string> DotnetCached() =>
        peerSerializer.Serialize(await peerCachedExecuter.ExecuteAsync(o =>
        {
            o.Schema = peerSchema;
            o.Query = Text;
            o.Root = peerData;
        }));
}
