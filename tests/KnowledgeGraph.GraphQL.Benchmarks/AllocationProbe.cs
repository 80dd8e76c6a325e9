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

            // each rule alone (beyond an empty rule list's walk), to see where validation allocates
            var document1 = Parser.Parse(text);
            long Measure(IReadOnlyList<RuleFactory> rules)
            {
                long bytes = 0;
                for (var round = 0; round < 10; round++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    _ = Validator.Validate(schema, document1, rules);
                    bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                }

                return bytes;
            }

            var walk = Measure([]);
            var perRule = SpecifiedRules.All.Select((rule, i) => (Index: i, Bytes: Measure([rule]) - walk)).Where(r => r.Bytes > 0).OrderByDescending(r => r.Bytes);
            output.WriteLine($"{name}: validation walk without rules {walk:N0} B; rules by bytes (index in SpecifiedRules): {string.Join(", ", perRule.Select(r => $"#{r.Index} {r.Bytes:N0}"))}");
            output.WriteLine($"{name}: cached engine request (no JSON) {cached:N0} B (of which selecting the operation {select:N0} B)");
            output.WriteLine($"{name}: parse {parse:N0} B, validate {validate:N0} B, execute {execute:N0} B, JSON {json:N0} B, total {parse + validate + execute + json:N0} B");
        }
    }
}
