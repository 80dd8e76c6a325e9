using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's LoneAnonymousOperationRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly RuleFactory Rule = c => new LoneAnonymousOperationRule(c);

    [Fact]
    public void No_operations() =>
        ExpectValid(Rule, """
            fragment fragA on Dog {
              name
            }
            """);

    [Fact]
    public void One_anonymous_operation() =>
        ExpectValid(Rule, """
            {
              dog { name }
            }
            """);

    [Fact]
    public void Multiple_named_operations() =>
        ExpectValid(Rule, """
            query Foo {
              dog { name }
            }

            query Bar {
              dog { name }
            }
            """);

    [Fact]
    public void Anonymous_operation_with_fragment() =>
        ExpectValid(Rule, """
            {
              ...Foo
            }
            fragment Foo on QueryRoot {
              dog { name }
            }
            """);

    [Fact]
    public void Multiple_anonymous_operations() =>
        ExpectErrors(Rule, """
            {
              dog { name }
            }
            {
              cat { name }
            }
            """,
            "This anonymous operation must be the only defined operation. @1:1",
            "This anonymous operation must be the only defined operation. @4:1");

    [Fact]
    public void Anonymous_operation_with_a_mutation() =>
        ExpectErrors(Rule, """
            {
              dog { name }
            }
            mutation Foo {
              renameDog(name: "Rex") { name }
            }
            """,
            "This anonymous operation must be the only defined operation. @1:1");

    [Fact]
    public void Anonymous_operation_with_a_subscription() =>
        ExpectErrors(Rule, """
            {
              dog { name }
            }
            subscription Foo {
              dogBarked { name }
            }
            """,
            "This anonymous operation must be the only defined operation. @1:1");

    [Fact]
    public void Anonymous_mutation_with_a_named_query() =>
        ExpectErrors(Rule, """
            mutation {
              renameDog(name: "Rex") { name }
            }
            query Foo {
              dog { name }
            }
            """,
            "This anonymous operation must be the only defined operation. @1:1");
}
