using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private const string Sdl = """
        type Query { projects(count: Int = 3): [Project!]! slow(ms: Int!): String boom: String date: Date }
        type Mutation { append(text: String!): [String!]! }
        type Project { id: ID! township: Township }
        type Township { name: String! }
        scalar Date
        """;

    private static Task<ExecutionResult> Run(Schema schema, string query, ExecutionOptions? options = null, CancellationToken ct = default) =>
        Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(query) }, options, ct);

    [Fact]
    public async Task A_lists_children_load_in_one_batch()
    {
        var batches = new List<IReadOnlyList<int>>();
        var schema = new SchemaBuilder(Sdl)
            .Resolve("Query", "projects", c => Enumerable.Range(1, c.Argument<int>("count")).Select(i => (object)i).ToList())
            .Resolve("Project", "id", c => c.Source)
            .Resolve("Project", "township", async c =>
            {
                var loader = c.Loaders.GetOrAdd<int, string>("township", async (keys, ct) =>
                {
                    batches.Add(keys);
                    await Task.Delay(10, ct);
                    return keys.ToDictionary(k => k, k => $"township of {k}");
                });
                return await loader.LoadAsync((int)c.Source!);
            })
            .Resolve("Township", "name", c => c.Source)
            .Build();
        var result = await Run(schema, "{ projects(count: 100) { id township { name } } }");
        Assert.Empty(result.Errors);
        Assert.Single(batches);
        Assert.Equal(100, batches[0].Count);
        var projects = (List<object?>)result.Data!["projects"]!;
        Assert.Equal("township of 100", ((ResultMap)((ResultMap)projects[99]!)["township"]!)["name"]);
    }

    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        // Each field waits until all three have started: run one after another, the first would wait forever.
        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder(Sdl).ResolveAsync("Query", "slow", async c =>
        {
            if (Interlocked.Increment(ref started) == 3)
            {
                allStarted.SetResult();
            }

            await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), c.CancellationToken);
            return "done";
        }).Build();
        var result = await Run(schema, "{ a: slow(ms: 1) b: slow(ms: 1) c: slow(ms: 1) }");
        Assert.Empty(result.Errors);
        Assert.Equal(3, started);
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        var log = new List<string>();
        var schema = new SchemaBuilder(Sdl).ResolveAsync("Mutation", "append", async c =>
        {
            var text = c.Argument<string>("text")!;
            await Task.Delay(text == "first" ? 100 : 1);
            log.Add(text);
            return log.ToList();
        }).Build();
        var result = await Run(schema, "mutation { a: append(text: \"first\") b: append(text: \"second\") }");
        Assert.Equal(["first", "second"], log);
        Assert.Equal("{\"data\":{\"a\":[\"first\"],\"b\":[\"first\",\"second\"]}}", ResultJson.ToJson(result));
    }

    [Fact]
    public async Task Unexpected_exceptions_are_masked_with_a_correlation_id_that_is_logged()
    {
        var logged = new List<(Exception, string)>();
        var schema = new SchemaBuilder(Sdl).Resolve("Query", "boom", _ => throw new InvalidOperationException("secret connection string")).Build();
        var result = await Run(schema, "{ boom }", new ExecutionOptions { MaskUnexpectedErrors = true, OnUnexpectedError = (e, id) => logged.Add((e, id)) });
        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected error.", error.Message);
        Assert.Equal(ErrorCodes.InternalError, error.Code);
        Assert.Equal(logged.Single().Item2, error.Extensions!["correlationId"]);
        Assert.DoesNotContain("secret", ResultJson.ToJson(result), StringComparison.Ordinal);
        Assert.Equal(["boom"], error.Path!);
    }

    [Fact]
    public async Task Unmasked_errors_keep_their_message_path_and_location()
    {
        var schema = new SchemaBuilder(Sdl).Resolve("Query", "boom", _ => throw new GraphQLError("no boom today")).Build();
        var json = ResultJson.ToJson(await Run(schema, "{\n  boom\n}"));
        Assert.Equal("{\"errors\":[{\"message\":\"no boom today\",\"locations\":[{\"line\":2,\"column\":3}],\"path\":[\"boom\"],\"extensions\":{\"code\":\"FIELD_ERROR\"}}],\"data\":{\"boom\":null}}", json);
    }

    [Fact]
    public async Task A_timeout_stops_execution_with_a_TIMEOUT_error()
    {
        var schema = new SchemaBuilder(Sdl).ResolveAsync("Query", "slow", async c =>
        {
            await Task.Delay(c.Argument<int>("ms"), c.CancellationToken);
            return "done";
        }).Build();
        var result = await Run(schema, "{ slow(ms: 5000) }", new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        Assert.Null(result.Data);
        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Custom_scalars_coerce_inputs_and_results()
    {
        var schema = new SchemaBuilder(Sdl)
            .Scalar("Date", s =>
            {
                s.Serialize = v => v is DateOnly d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : throw new GraphQLError("Date cannot represent " + v);
            })
            .Resolve("Query", "date", _ => new DateOnly(2025, 1, 20))
            .Build();
        Assert.Equal("{\"data\":{\"date\":\"2025-01-20\"}}", ResultJson.ToJson(await Run(schema, "{ date }")));
    }

    [Fact]
    public void Binding_a_resolver_to_a_missing_field_is_a_clear_build_error()
    {
        var e = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder(Sdl).Resolve("Query", "nope", _ => null).Build());
        Assert.Contains("Cannot bind a resolver to \"Query.nope\": type \"Query\" has no field \"nope\".", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_schema_lists_every_problem()
    {
        var e = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.BuildSchema("""
            type Query { a: Missing, b: In }
            input In { x: Int }
            interface I { f: Int }
            type T implements I { g: Int }
            """));
        Assert.Contains("Unknown type \"Missing\".", e.Message, StringComparison.Ordinal);
        Assert.Single(e.Errors);
        var e2 = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.BuildSchema("type Query { b: In } input In { x: Int } interface I { f: Int } type T implements I { g: Int }"));
        Assert.Contains("The type of Query.b must be Output Type but got: In.", e2.Message, StringComparison.Ordinal);
        Assert.Contains("Interface field I.f expected but T does not provide it.", e2.Message, StringComparison.Ordinal);
    }
}
