using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>UniqueArgumentNamesRule, after graphql-js's UniqueArgumentNamesRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new UniqueArgumentNamesRule(c);

    [Fact]
    public void No_arguments_on_field() =>
        ExpectValid(Rule, """
            {
              field
            }
            """);

    [Fact]
    public void No_arguments_on_directive() =>
        ExpectValid(Rule, """
            {
              field @directive
            }
            """);

    [Fact]
    public void Argument_on_field() =>
        ExpectValid(Rule, """
            {
              field(arg: "value")
            }
            """);

    [Fact]
    public void Same_argument_on_two_fields() =>
        ExpectValid(Rule, """
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """);

    [Fact]
    public void Same_argument_on_field_and_directive() =>
        ExpectValid(Rule, """
            {
              field(arg: "value") @directive(arg: "value")
            }
            """);

    [Fact]
    public void Same_argument_on_two_directives() =>
        ExpectValid(Rule, """
            {
              field @directive1(arg: "value") @directive2(arg: "value")
            }
            """);

    [Fact]
    public void Multiple_field_arguments() =>
        ExpectValid(Rule, """
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """);

    [Fact]
    public void Duplicate_field_arguments() =>
        ExpectErrors(Rule, """
            {
              field(arg1: "value", arg1: "value")
            }
            """,
            "There can be only one argument named \"arg1\". @2:9, 2:24");

    [Fact]
    public void Many_duplicate_field_arguments() =>
        ExpectErrors(Rule, """
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            "There can be only one argument named \"arg1\". @2:9, 2:24, 2:39");

    [Fact]
    public void Duplicate_directive_arguments() =>
        ExpectErrors(Rule, """
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """,
            "There can be only one argument named \"arg1\". @2:20, 2:35");

    [Fact]
    public void Many_duplicate_directive_arguments() =>
        ExpectErrors(Rule, """
            {
              field @directive(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            "There can be only one argument named \"arg1\". @2:20, 2:35, 2:50");

    [Fact]
    public void Several_duplicated_names_are_reported_in_order_of_first_use() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                multipleReqs(req2: 1, req1: 2, req2: 3, req1: 4)
              }
            }
            """,
            "There can be only one argument named \"req2\". @3:18, 3:36",
            "There can be only one argument named \"req1\". @3:27, 3:45");
}
