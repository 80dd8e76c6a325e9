using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>UniqueVariableNamesRule, after graphql-js's UniqueVariableNamesRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new UniqueVariableNamesRule(c);

    [Fact]
    public void Unique_variable_names() =>
        ExpectValid(Rule, """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """);

    [Fact]
    public void Duplicate_variable_names() =>
        ExpectErrors(Rule, """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            "There can be only one variable named \"$x\". @1:10, 1:19, 1:28",
            "There can be only one variable named \"$x\". @2:10, 2:22",
            "There can be only one variable named \"$x\". @3:10, 3:19");

    [Fact]
    public void Duplicates_reported_per_name_in_order_of_first_definition() =>
        ExpectErrors(Rule, """
            query Q($b: Int, $a: Int, $b: Int, $a: String, $c: Int) { __typename }
            """,
            "There can be only one variable named \"$b\". @1:10, 1:28",
            "There can be only one variable named \"$a\". @1:19, 1:37");

    [Fact]
    public void Same_name_in_different_operations_is_allowed() =>
        ExpectValid(Rule, """
            query A($atOtherHomes: Boolean) { ...HouseTrained }
            query B($atOtherHomes: Boolean) { ...HouseTrained }
            fragment HouseTrained on QueryRoot { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
            """);
}
