using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Server;
using KnowledgeGraph.GraphQL.Tests.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class OperationLimitsTests
{
    private static IReadOnlyList<string> Check(string query, OperationLimitOptions limits)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().First();
        return [.. OperationLimits.Check(ValidationHarness.TestSchema, document, operation, null, limits).Select(e => e.Message)];
    }

    [Fact]
    public void Depth_counts_nesting_through_fragments() =>
        Assert.Equal(["The operation is nested deeper than the limit of 3 levels."],
            Check("{ dog { ...M } } fragment M on Dog { mother { mother { name } } }", new OperationLimitOptions { MaxDepth = 3 }));

    [Fact]
    public void Aliases_and_fields_are_counted() =>
        Assert.Equal(["The operation selects more than the limit of 3 fields.", "The operation uses 4 aliases, over the limit of 2."],
            Check("{ a: dog { b: name c: nickname d: barks } }", new OperationLimitOptions { MaxFields = 3, MaxAliases = 2 }));

    [Fact]
    public void Cost_multiplies_by_list_sizes_and_introspection_is_free()
    {
        Assert.Equal(["The operation cost is 112, over the limit of 100."],
            Check("{ human { relatives { relatives { name } } } }", new OperationLimitOptions { MaxCost = 100 }));
        Assert.Empty(Check("{ __schema { types { fields { name type { name } } } } }", new OperationLimitOptions { MaxCost = 1, MaxFields = 1 }));
    }

    private const string ConnectionSdl = """
        directive @cost(weight: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        type Query {
          towns(first: Int, last: Int, after: String): TownConnection!
          stats: Stats! @cost(weight: "5000")
          search(text: String!, first: Int = 20): [Town!]! @cost(weight: "200")
          byIds(ids: [ID!]!): [Town]! @listSize(assumedSize: 100)
          sample(take: Int, filter: String @cost(weight: "50")): [Town!]! @listSize(slicingArguments: ["take"])
          only(first: Int): OnlyNodes! @listSize(sizedFields: ["nodes"])
        }
        type Stats { total: Int! byKind: [Int!]! }
        type OnlyNodes { nodes: [Town!]! others: [Town!]! }
        type TownConnection { edges: [TownEdge!]! nodes: [Town!]! totalCount: Int! @cost(weight: "10") }
        type TownEdge { cursor: String! node: Town! }
        type Town { id: ID! name: String! projects(first: Int): TownConnection! }
        """;

    private static readonly Types.Schema Connections = new Utilities.SchemaBuilder(ConnectionSdl).Build();

    private static double? Cost(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().First();
        return OperationLimits.Cost(Connections, document, operation, variables, new OperationLimitOptions { DefaultListSize = 20 });
    }

    [Fact]
    public void A_connections_first_sizes_its_nodes_and_edges_down_the_tree()
    {
        // issue 11: two aliases of townships(first:100){nodes{projects(first:100){nodes{…}}}} were counted at 10 per list
        Assert.Equal(1 + 1 + 100 + 100 + (10_000 * 2), Cost("{ towns(first: 100) { nodes { projects(first: 100) { nodes { id name } } } } }"));
        Assert.Equal(2 * 20_202, Cost("{ a: towns(first: 100) { nodes { projects(first: 100) { nodes { id name } } } } b: towns(first: 100) { nodes { projects(first: 100) { nodes { id name } } } } }"));
        Assert.Equal(1 + 1 + 100 + 100 + 100, Cost("{ towns(last: 100) { edges { cursor node { id } } } }"));
        Assert.Equal(1 + 1 + 20, Cost("{ towns { nodes { id } } }")); // no first/last: the default page size
        Assert.Equal(1 + 1 + 7, Cost("query($n: Int) { towns(first: $n) { nodes { id } } }", new Dictionary<string, object?> { ["n"] = 7L }));
    }

    [Fact]
    public void Directives_price_aggregates_arguments_and_lists()
    {
        Assert.Equal(10 * (5000 + 1), Cost("{ " + string.Concat(Enumerable.Range(0, 10).Select(i => $"s{i}: stats {{ total }} ")) + "}"));
        Assert.Equal(1 + 10, Cost("{ towns(first: 5) { totalCount } }"));
        Assert.Equal(200 + 20, Cost("{ search(text: \"x\") { id } }")); // the slicing argument's default value
        Assert.Equal(200 + 3, Cost("{ search(text: \"x\", first: 3) { id } }"));
        Assert.Equal(1 + 100, Cost("{ byIds(ids: [\"a\"]) { id } }"));
        Assert.Equal(1 + 50 + 4, Cost("{ sample(take: 4, filter: \"x\") { id } }"));
        Assert.Equal(1 + 1 + 6 + 1 + 20, Cost("{ only(first: 6) { nodes { id } others { id } } }"));
    }

    [Fact]
    public void Fragment_cycles_do_not_loop() =>
        Assert.Empty(Check("{ dog { ...A } } fragment A on Dog { mother { ...A } }", new OperationLimitOptions()));
}
