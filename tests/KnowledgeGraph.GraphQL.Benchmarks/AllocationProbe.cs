using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
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

            output.WriteLine($"{name}: parse {parse:N0} B, validate {validate:N0} B, execute {execute:N0} B, JSON {json:N0} B, total {parse + validate + execute + json:N0} B");
        }
    }
}
