using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's NoUnusedFragmentsRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly RuleFactory Rule = c => new NoUnusedFragmentsRule(c);

    [Fact]
    public void All_fragment_names_are_used() =>
        ExpectValid(Rule, """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """);

    [Fact]
    public void All_fragment_names_are_used_by_multiple_operations() =>
        ExpectValid(Rule, """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """);

    [Fact]
    public void Contains_unknown_fragments() =>
        ExpectErrors(Rule, """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
            }
            """,
            "Fragment \"Unused1\" is never used. @21:1",
            "Fragment \"Unused2\" is never used. @24:1");

    [Fact]
    public void Contains_unknown_fragments_with_ref_cycle() =>
        ExpectErrors(Rule, """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            "Fragment \"Unused1\" is never used. @21:1",
            "Fragment \"Unused2\" is never used. @25:1");

    [Fact]
    public void Contains_unknown_and_undefined_fragments() =>
        ExpectErrors(Rule, """
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """,
            "Fragment \"foo\" is never used. @6:1");

    [Fact]
    public void Fragments_without_operations_are_all_unused() =>
        ExpectErrors(Rule, """
            fragment foo on Human { name ...bar }
            fragment bar on Human { name }
            """,
            "Fragment \"foo\" is never used. @1:1",
            "Fragment \"bar\" is never used. @2:1");
}
