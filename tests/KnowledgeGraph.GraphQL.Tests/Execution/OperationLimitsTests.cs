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

    [Fact]
    public void Fragment_cycles_do_not_loop() =>
        Assert.Empty(Check("{ dog { ...A } } fragment A on Dog { mother { ...A } }", new OperationLimitOptions()));
}
