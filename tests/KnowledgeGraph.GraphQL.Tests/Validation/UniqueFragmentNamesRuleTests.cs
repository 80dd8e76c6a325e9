using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's UniqueFragmentNamesRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly RuleFactory Rule = c => new UniqueFragmentNamesRule(c);

    [Fact]
    public void No_fragments() =>
        ExpectValid(Rule, """
            {
              dog { name }
            }
            """);

    [Fact]
    public void One_fragment() =>
        ExpectValid(Rule, """
            {
              ...fragA
            }

            fragment fragA on QueryRoot {
              dog { name }
            }
            """);

    [Fact]
    public void Many_fragments() =>
        ExpectValid(Rule, """
            {
              dog { ...fragA ...fragB ...fragC }
            }
            fragment fragA on Dog {
              name
            }
            fragment fragB on Dog {
              nickname
            }
            fragment fragC on Dog {
              barkVolume
            }
            """);

    [Fact]
    public void Inline_fragments_are_always_unique() =>
        ExpectValid(Rule, """
            {
              dog {
                ...on Dog {
                  name
                }
                ...on Dog {
                  nickname
                }
              }
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
    public void Fragments_named_the_same() =>
        ExpectErrors(Rule, """
            {
              dog { ...fragA }
            }
            fragment fragA on Dog {
              name
            }
            fragment fragA on Dog {
              nickname
            }
            """,
            "There can be only one fragment named \"fragA\". @4:10, 7:10");

    [Fact]
    public void Fragments_named_the_same_without_being_referenced() =>
        ExpectErrors(Rule, """
            fragment fragA on Dog {
              name
            }
            fragment fragA on Dog {
              nickname
            }
            fragment fragA on Cat {
              meows
            }
            """,
            "There can be only one fragment named \"fragA\". @1:10, 4:10",
            "There can be only one fragment named \"fragA\". @1:10, 7:10");
}
