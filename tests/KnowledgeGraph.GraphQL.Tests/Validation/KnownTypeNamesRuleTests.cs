using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's KnownTypeNamesRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly RuleFactory Rule = c => new KnownTypeNamesRule(c);

    private static readonly Schema StringOnlySchema = SchemaBuilder.BuildSchema("""
        type Query { foo: String }
        """);

    [Fact]
    public void Known_type_names_are_valid() =>
        ExpectValid(Rule, """
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              human(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """);

    [Fact]
    public void Unknown_type_names_are_invalid() =>
        ExpectErrors(Rule, """
            query Foo($var: [JumbledUpLetters!]!) {
              human(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            "Unknown type \"JumbledUpLetters\". @1:18",
            "Unknown type \"Badger\". @4:19",
            "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"? @7:23");

    [Fact]
    public void Suggestions_include_close_schema_types() =>
        ExpectErrors(Rule, """
            query Foo($a: Strin, $b: DogComand, $c: __type) {
              dog { ... on Dgo { name } }
            }
            """,
            "Unknown type \"Strin\". Did you mean \"String\"? @1:15",
            "Unknown type \"DogComand\". Did you mean \"DogCommand\"? @1:26",
            "Unknown type \"__type\". Did you mean \"__Type\"? @1:41",
            "Unknown type \"Dgo\". Did you mean \"Dog\"? @2:16");

    [Fact]
    public void References_to_standard_scalars_that_are_missing_in_schema() =>
        Assert.Equal(["Unknown type \"ID\". @1:13", "Unknown type \"Float\". @1:25"], ValidationHarness.Errors(Rule, """
            query ($id: ID, $float: Float) {
              __typename
            }
            """, StringOnlySchema));

    [Fact]
    public void Type_definitions_in_the_document_are_known_and_may_use_standard_types() =>
        ExpectErrors(Rule, """
            query Foo($a: Custom) { dog { name } }
            scalar Custom
            type Extra { id: ID, f: Float, t: __Type, c: Custom, u: Unknwn }
            """,
            "Unknown type \"Unknwn\". @3:57");

    [Fact]
    public void Type_extensions_in_the_document_may_use_standard_types() =>
        ExpectErrors(Rule, """
            { dog { name } }
            extend type Dog { id: ID, other: Other }
            """,
            "Unknown type \"Other\". @2:34");
}
