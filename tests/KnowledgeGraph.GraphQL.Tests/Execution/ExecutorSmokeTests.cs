using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class ExecutorSmokeTests
{
    private const string Sdl = """
        type Query { hello: String, items: [Item!]!, first: Item, node(id: ID!): Node }
        interface Node { id: ID! }
        type Item implements Node { id: ID!, name: String, score: Float, tags: [String] }
        """;

    private static async Task<string> Run(string query, string data = """{"hello":"world","items":[{"__typename":"Item","id":"1","name":"a","score":1.0,"tags":["x"]},{"__typename":"Item","id":2,"name":null,"score":2.5}]}""")
    {
        var schema = SchemaBuilder.BuildSchema(Sdl);
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(query), RootValue = JsonValues.Parse(data) });
        return ResultJson.ToJson(result, includeExtensions: false);
    }

    [Fact]
    public async Task Executes_fields_aliases_and_lists_in_order() =>
        Assert.Equal("""{"data":{"hello":"world","all":[{"id":"1","name":"a","score":1,"tags":["x"]},{"id":"2","name":null,"score":2.5,"tags":null}]}}""",
            await Run("{ hello all: items { id name score tags } }"));

    [Fact]
    public async Task Null_propagates_to_the_nearest_nullable_parent() =>
        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Query.items.","locations":[{"line":1,"column":3}],"path":["items"]}],"data":null}""",
            await Run("{ items { id } }", """{"items":null}"""));

    [Fact]
    public async Task Introspection_answers_typename_and_types() =>
        Assert.Equal("""{"data":{"__typename":"Query","__type":{"name":"Item","kind":"OBJECT","interfaces":[{"name":"Node"}]}}}""",
            await Run("{ __typename __type(name: \"Item\") { name kind interfaces { name } } }"));
}
