using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's FragmentsOnCompositeTypesRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly RuleFactory Rule = c => new FragmentsOnCompositeTypesRule(c);

    [Fact]
    public void Object_is_valid_fragment_type() =>
        ExpectValid(Rule, """
            fragment validFragment on Dog {
              barks
            }
            """);

    [Fact]
    public void Interface_is_valid_fragment_type() =>
        ExpectValid(Rule, """
            fragment validFragment on Pet {
              name
            }
            """);

    [Fact]
    public void Object_is_valid_inline_fragment_type() =>
        ExpectValid(Rule, """
            fragment validFragment on Pet {
              ... on Dog {
                barks
              }
            }
            """);

    [Fact]
    public void Interface_is_valid_inline_fragment_type() =>
        ExpectValid(Rule, """
            fragment validFragment on Mammal {
              ... on Canine {
                name
              }
            }
            """);

    [Fact]
    public void Inline_fragment_without_type_is_valid() =>
        ExpectValid(Rule, """
            fragment validFragment on Pet {
              ... {
                name
              }
            }
            """);

    [Fact]
    public void Union_is_valid_fragment_type() =>
        ExpectValid(Rule, """
            fragment validFragment on CatOrDog {
              __typename
            }
            """);

    [Fact]
    public void Unknown_types_are_ignored() =>
        ExpectValid(Rule, """
            fragment validFragment on Unknown {
              ... on AlsoUnknown { name }
            }
            """);

    [Fact]
    public void Scalar_is_invalid_fragment_type() =>
        ExpectErrors(Rule, """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
            "Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\". @1:28");

    [Fact]
    public void Enum_is_invalid_fragment_type() =>
        ExpectErrors(Rule, """
            fragment scalarFragment on FurColor {
              bad
            }
            """,
            "Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\". @1:28");

    [Fact]
    public void Input_object_is_invalid_fragment_type() =>
        ExpectErrors(Rule, """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
            "Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\". @1:27");

    [Fact]
    public void Scalar_is_invalid_inline_fragment_type() =>
        ExpectErrors(Rule, """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            "Fragment cannot condition on non composite type \"String\". @2:10");
}
