using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's UniqueOperationNamesRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly RuleFactory Rule = c => new UniqueOperationNamesRule(c);

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
    public void One_named_operation() =>
        ExpectValid(Rule, """
            query Foo {
              dog { name }
            }
            """);

    [Fact]
    public void Multiple_operations() =>
        ExpectValid(Rule, """
            query Foo {
              dog { name }
            }

            query Bar {
              dog { name }
            }
            """);

    [Fact]
    public void Multiple_operations_of_different_types() =>
        ExpectValid(Rule, """
            query Foo {
              dog { name }
            }

            mutation Bar {
              renameDog(name: "Rex") { name }
            }

            subscription Baz {
              dogBarked { name }
            }
            """);

    [Fact]
    public void Fragment_and_operation_named_the_same() =>
        ExpectValid(Rule, """
            query Foo {
              ...Foo
            }
            fragment Foo on QueryRoot {
              dog { name }
            }
            """);

    [Fact]
    public void Multiple_operations_of_same_name() =>
        ExpectErrors(Rule, """
            query Foo {
              dog { name }
            }
            query Foo {
              cat { name }
            }
            """,
            "There can be only one operation named \"Foo\". @1:7, 4:7");

    [Fact]
    public void Multiple_ops_of_same_name_of_different_types_mutation() =>
        ExpectErrors(Rule, """
            query Foo {
              dog { name }
            }
            mutation Foo {
              renameDog(name: "Rex") { name }
            }
            """,
            "There can be only one operation named \"Foo\". @1:7, 4:10");

    [Fact]
    public void Multiple_ops_of_same_name_of_different_types_subscription() =>
        ExpectErrors(Rule, """
            query Foo {
              dog { name }
            }
            subscription Foo {
              dogBarked { name }
            }
            """,
            "There can be only one operation named \"Foo\". @1:7, 4:14");

    [Fact]
    public void Three_operations_of_same_name_report_each_repeat_against_the_first() =>
        ExpectErrors(Rule, """
            query Foo { dog { name } }
            query Foo { cat { name } }
            mutation Foo { renameDog(name: "Rex") { name } }
            """,
            "There can be only one operation named \"Foo\". @1:7, 2:7",
            "There can be only one operation named \"Foo\". @1:7, 3:10");
}
