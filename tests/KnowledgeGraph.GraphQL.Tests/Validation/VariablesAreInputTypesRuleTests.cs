using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's VariablesAreInputTypesRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly RuleFactory Rule = c => new VariablesAreInputTypesRule(c);

    [Fact]
    public void Unknown_types_are_ignored() =>
        ExpectValid(Rule, """
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              dog { name }
            }
            """);

    [Fact]
    public void Input_types_are_valid() =>
        ExpectValid(Rule, """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor = BROWN) {
              dog { name }
            }
            """);

    [Fact]
    public void Output_types_are_invalid() =>
        ExpectErrors(Rule, """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              dog { name }
            }
            """,
            "Variable \"$a\" cannot be non-input type \"Dog\". @1:15",
            "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\". @1:24",
            "Variable \"$c\" cannot be non-input type \"Pet\". @1:44");

    [Fact]
    public void Output_types_are_invalid_in_every_operation() =>
        ExpectErrors(Rule, """
            mutation M($dog: Dog!) { renameDog(name: "x") { name } }
            subscription S($h: [Human]) { dogBarked { name } }
            """,
            "Variable \"$dog\" cannot be non-input type \"Dog!\". @1:18",
            "Variable \"$h\" cannot be non-input type \"[Human]\". @2:20");
}
