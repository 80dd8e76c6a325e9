using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's KnownFragmentNamesRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly RuleFactory Rule = c => new KnownFragmentNamesRule(c);

    [Fact]
    public void Known_fragment_names_are_valid() =>
        ExpectValid(Rule, """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
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
    public void Unknown_fragment_names_are_invalid() =>
        ExpectErrors(Rule, """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            "Unknown fragment \"UnknownFragment1\". @3:8",
            "Unknown fragment \"UnknownFragment2\". @5:10",
            "Unknown fragment \"UnknownFragment3\". @11:6");
}
