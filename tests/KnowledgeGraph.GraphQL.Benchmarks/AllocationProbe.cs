using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Server;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Benchmarks;

/// <summary>Bytes allocated by each phase of one request on this thread (execution over in-memory data completes synchronously).</summary>
public static class AllocationProbe
{
    public static void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var schema = SchemaBuilder.BuildSchema(File.ReadAllText(BenchData.SchemaPath));
        var data = BenchData.Load();
        var engine = new GraphQLEngine(schema);
        foreach (var (name, text) in new[] { ("nested", BenchData.NestedListQuery), ("small", PeerComparisonBenchmarks.SmallQuery) })
        {
            long parse = 0, validate = 0, execute = 0, json = 0;
            for (var round = 0; round < 20; round++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var document = Parser.Parse(text);
                var parsed = GC.GetAllocatedBytesForCurrentThread();
                _ = Validator.Validate(schema, document);
                var validated = GC.GetAllocatedBytesForCurrentThread();
                var result = Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document, RootValue = data }).GetAwaiter().GetResult();
                var executed = GC.GetAllocatedBytesForCurrentThread();
                _ = ResultJson.ToJson(result);
                var written = GC.GetAllocatedBytesForCurrentThread();
                (parse, validate, execute, json) = (parsed - before, validated - parsed, executed - validated, written - executed);
            }

            long cached = 0, select = 0;
            var parsedOnce = Parser.Parse(text);
            for (var round = 0; round < 20; round++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                _ = engine.ExecuteAsync(new GraphQLRequest(text), rootValue: data).GetAwaiter().GetResult();
                var executed = GC.GetAllocatedBytesForCurrentThread();
                _ = Executor.SelectOperation(parsedOnce, null);
                (cached, select) = (executed - before, GC.GetAllocatedBytesForCurrentThread() - executed);
            }

            output.WriteLine($"{name}: cached engine request (no JSON) {cached:N0} B (of which selecting the operation {select:N0} B)");
            output.WriteLine($"{name}: parse {parse:N0} B, validate {validate:N0} B, execute {execute:N0} B, JSON {json:N0} B, total {parse + validate + execute + json:N0} B");
        }
    }
}
