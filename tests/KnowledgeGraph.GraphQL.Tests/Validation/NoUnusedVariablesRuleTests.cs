using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>NoUnusedVariablesRule, after graphql-js's NoUnusedVariablesRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new NoUnusedVariablesRule(c);

    [Fact]
    public void Uses_all_variables() =>
        ExpectValid(Rule, """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """);

    [Fact]
    public void Uses_all_variables_deeply() =>
        ExpectValid(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) {
                field(b: $b) {
                  field(c: $c)
                }
              }
            }
            """);

    [Fact]
    public void Uses_all_variables_deeply_in_inline_fragments() =>
        ExpectValid(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              ... on Type {
                field(a: $a) {
                  field(b: $b) {
                    ... on Type {
                      field(c: $c)
                    }
                  }
                }
              }
            }
            """);

    [Fact]
    public void Uses_all_variables_in_fragments() =>
        ExpectValid(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """);

    [Fact]
    public void Variable_used_by_recursive_fragment() =>
        ExpectValid(Rule, """
            query Foo($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragA
              }
            }
            """);

    [Fact]
    public void Variable_used_in_directive_and_default_valued_position() =>
        ExpectValid(Rule, """
            query Foo($flag: Boolean = true, $n: Int) {
              dog @include(if: $flag) {
                isAtLocation(x: $n)
              }
            }
            """);

    [Fact]
    public void Variable_not_used() =>
        ExpectErrors(Rule, """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
            "Variable \"$c\" is never used. @1:32");

    [Fact]
    public void Multiple_variables_not_used() =>
        ExpectErrors(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """,
            "Variable \"$a\" is never used in operation \"Foo\". @1:11",
            "Variable \"$c\" is never used in operation \"Foo\". @1:35");

    [Fact]
    public void Variable_not_used_in_fragments() =>
        ExpectErrors(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field
            }
            """,
            "Variable \"$c\" is never used in operation \"Foo\". @1:35");

    [Fact]
    public void Variable_not_used_by_unreferenced_fragment() =>
        ExpectErrors(Rule, """
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            "Variable \"$b\" is never used in operation \"Foo\". @1:11");

    [Fact]
    public void Variable_not_used_by_fragment_used_by_other_operation() =>
        ExpectErrors(Rule, """
            query Foo($b: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            "Variable \"$b\" is never used in operation \"Foo\". @1:11",
            "Variable \"$a\" is never used in operation \"Bar\". @4:11");

    [Fact]
    public void Variable_used_only_in_its_own_default_value_position_is_unused() =>
        ExpectErrors(Rule, """
            query Foo($a: Int, $b: Int = 1) {
              dog { name }
            }
            """,
            "Variable \"$a\" is never used in operation \"Foo\". @1:11",
            "Variable \"$b\" is never used in operation \"Foo\". @1:20");
}
