using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>NoUndefinedVariablesRule, after graphql-js's NoUndefinedVariablesRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new NoUndefinedVariablesRule(c);

    [Fact]
    public void All_variables_defined_by_operation() =>
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
    public void All_variables_deeply_defined_in_inline_fragments() =>
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
    public void All_variables_in_fragments_deeply_defined() =>
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
    public void Variable_within_single_fragment_defined_in_multiple_operations() =>
        ExpectValid(Rule, """
            query Foo($a: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """);

    [Fact]
    public void Variable_within_recursive_fragment_defined() =>
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
    public void Variable_not_defined() =>
        ExpectErrors(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            "Variable \"$d\" is not defined by operation \"Foo\". @2:33, 1:1");

    [Fact]
    public void Variable_not_defined_by_un_named_query() =>
        ExpectErrors(Rule, """
            {
              field(a: $a)
            }
            """,
            "Variable \"$a\" is not defined. @2:12, 1:1");

    [Fact]
    public void Multiple_variables_not_defined() =>
        ExpectErrors(Rule, """
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            "Variable \"$a\" is not defined by operation \"Foo\". @2:12, 1:1",
            "Variable \"$c\" is not defined by operation \"Foo\". @2:26, 1:1");

    [Fact]
    public void Variable_in_fragment_not_defined_by_un_named_query() =>
        ExpectErrors(Rule, """
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """,
            "Variable \"$a\" is not defined. @5:12, 1:1");

    [Fact]
    public void Variable_in_fragment_not_defined_by_operation() =>
        ExpectErrors(Rule, """
            query Foo($a: String, $b: String) {
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
            """,
            "Variable \"$c\" is not defined by operation \"Foo\". @15:12, 1:1");

    [Fact]
    public void Multiple_undefined_variables_produce_multiple_errors() =>
        ExpectErrors(Rule, """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field1(a: $a, b: $b)
              ...FragC
              field3(a: $a, b: $b)
            }
            fragment FragC on Type {
              field2(c: $c)
            }
            """,
            "Variable \"$a\" is not defined by operation \"Foo\". @8:13, 1:1",
            "Variable \"$a\" is not defined by operation \"Foo\". @10:13, 1:1",
            "Variable \"$c\" is not defined by operation \"Foo\". @13:13, 1:1",
            "Variable \"$b\" is not defined by operation \"Bar\". @8:20, 4:1",
            "Variable \"$b\" is not defined by operation \"Bar\". @10:20, 4:1",
            "Variable \"$c\" is not defined by operation \"Bar\". @13:13, 4:1");

    [Fact]
    public void Variables_in_directives_and_nested_values_must_be_defined() =>
        ExpectErrors(Rule, """
            query Q($flag: Boolean!) {
              dog @include(if: $flag) @skip(if: $other) {
                name
              }
              complicatedArgs {
                complexArgField(complexArg: { requiredField: $req, stringListField: [$item] })
              }
            }
            """,
            "Variable \"$other\" is not defined by operation \"Q\". @2:37, 1:1",
            "Variable \"$req\" is not defined by operation \"Q\". @6:50, 1:1",
            "Variable \"$item\" is not defined by operation \"Q\". @6:74, 1:1");
}
