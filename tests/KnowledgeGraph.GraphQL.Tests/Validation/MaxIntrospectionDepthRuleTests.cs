using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new MaxIntrospectionDepthRule(c);

    [Fact]
    public void Two_nested_list_levels_are_allowed() =>
        ExpectValid(Rule, "{ __schema { types { fields { type { fields { name } } } } } }");

    [Fact]
    public void Three_nested_list_levels_are_refused_at_the_introspection_field() =>
        ExpectErrors(Rule, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            "Maximum introspection depth exceeded @1:3");

    [Fact]
    public void Fragments_count_toward_the_depth() =>
        ExpectErrors(Rule, """
            { __type(name: "Dog") { ...A } }
            fragment A on __Type { interfaces { ...B } }
            fragment B on __Type { possibleTypes { interfaces { name } } }
            """,
            "Maximum introspection depth exceeded @1:3");

    [Fact]
    public void Recursive_fragments_do_not_loop() =>
        ExpectValid(Rule, "{ __type(name: \"Dog\") { ...A } } fragment A on __Type { ofType { ...A } }");

    [Fact]
    public void Ordinary_fields_named_like_introspection_lists_do_not_count() =>
        ExpectValid(Rule, "{ dog { name } }");
}
