using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>
/// Field groupings are kept with a parsed document across executions when no @skip/@include is involved; the same
/// document executed again (as the engine's document cache does) must still follow each request's own variables and data.
/// </summary>
public sealed class FieldPlanReuseTests
{
    private static readonly Types.Schema Schema = SchemaBuilder.BuildSchema("""
        type Query { items: [Item!]! }
        interface Named { name: String! }
        type Item implements Named { id: ID! name: String! children: [Item!]! }
        """);

    private static object Data(string prefix) => JsonValues.Parse($$"""
        {"items":[{"__typename":"Item","id":"{{prefix}}1","name":"one","children":[{"__typename":"Item","id":"{{prefix}}1.1","name":"child","children":[]}]}]}
        """)!;

    private static async Task<string> Run(DocumentNode document, object data, Dictionary<string, object?>? variables = null) =>
        ResultJson.ToJson(await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Document = document, RootValue = data, VariableValues = variables }));

    [Fact]
    public async Task The_same_document_with_skip_and_include_follows_each_requests_variables()
    {
        var document = Parser.Parse("query($withName: Boolean!, $skipKids: Boolean!) { items { id name @include(if: $withName) children @skip(if: $skipKids) { id ... on Named { name @skip(if: $withName) } } } }");
        var data = Data("a");
        Assert.Equal("""{"data":{"items":[{"id":"a1","name":"one"}]}}""",
            await Run(document, data, new() { ["withName"] = true, ["skipKids"] = true }));
        Assert.Equal("""{"data":{"items":[{"id":"a1","children":[{"id":"a1.1","name":"child"}]}]}}""",
            await Run(document, data, new() { ["withName"] = false, ["skipKids"] = false }));
        Assert.Equal("""{"data":{"items":[{"id":"a1","name":"one","children":[{"id":"a1.1"}]}]}}""",
            await Run(document, data, new() { ["withName"] = true, ["skipKids"] = false }));
    }

    [Fact]
    public async Task The_same_document_without_directives_answers_each_requests_data()
    {
        var document = Parser.Parse("{ items { id ...F children { id ...F } } } fragment F on Named { name }");
        Assert.Equal("""{"data":{"items":[{"id":"a1","name":"one","children":[{"id":"a1.1","name":"child"}]}]}}""", await Run(document, Data("a")));
        Assert.Equal("""{"data":{"items":[{"id":"b1","name":"one","children":[{"id":"b1.1","name":"child"}]}]}}""", await Run(document, Data("b")));
    }
}
