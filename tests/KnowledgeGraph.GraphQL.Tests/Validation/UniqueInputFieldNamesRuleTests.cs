using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>UniqueInputFieldNamesRule, after graphql-js's UniqueInputFieldNamesRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new UniqueInputFieldNamesRule(c);

    [Fact]
    public void Input_object_with_fields() =>
        ExpectValid(Rule, """
            {
              field(arg: { f: true })
            }
            """);

    [Fact]
    public void Same_input_object_within_two_args() =>
        ExpectValid(Rule, """
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """);

    [Fact]
    public void Multiple_input_object_fields() =>
        ExpectValid(Rule, """
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """);

    [Fact]
    public void Allows_for_nested_input_objects_with_similar_fields() =>
        ExpectValid(Rule, """
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """);

    [Fact]
    public void Duplicate_input_object_fields() =>
        ExpectErrors(Rule, """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """,
            "There can be only one input field named \"f1\". @2:16, 2:29");

    [Fact]
    public void Many_duplicate_input_object_fields() =>
        ExpectErrors(Rule, """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """,
            "There can be only one input field named \"f1\". @2:16, 2:29",
            "There can be only one input field named \"f1\". @2:16, 2:42");

    [Fact]
    public void Nested_duplicate_input_object_fields() =>
        ExpectErrors(Rule, """
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """,
            "There can be only one input field named \"f2\". @2:21, 2:34");

    [Fact]
    public void Duplicates_in_lists_directives_and_default_values() =>
        ExpectErrors(Rule, """
            query ($v: ComplexInput = { requiredField: true, requiredField: false }) {
              field(arg: [{ a: 1 }, { a: 1, a: 2 }]) @dir(arg: { b: 1, b: 2 })
            }
            """,
            "There can be only one input field named \"requiredField\". @1:29, 1:50",
            "There can be only one input field named \"a\". @2:27, 2:33",
            "There can be only one input field named \"b\". @2:54, 2:60");
}
