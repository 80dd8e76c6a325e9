using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>ProvidedRequiredArgumentsRule, after graphql-js's ProvidedRequiredArgumentsRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new ProvidedRequiredArgumentsRule(c);

    [Fact]
    public void Ignores_unknown_arguments() =>
        ExpectValid(Rule, """
            {
              dog {
                isHouseTrained(unknownArgument: true)
              }
            }
            """);

    [Fact]
    public void Arg_on_optional_arg() =>
        ExpectValid(Rule, """
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """);

    [Fact]
    public void No_arg_on_optional_arg() =>
        ExpectValid(Rule, """
            {
              dog {
                isHouseTrained
              }
            }
            """);

    [Fact]
    public void No_arg_on_non_null_field_with_default() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                nonNullFieldWithDefault
              }
            }
            """);

    [Fact]
    public void Multiple_args() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """);

    [Fact]
    public void Multiple_args_reverse_order() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
              }
            }
            """);

    [Fact]
    public void No_args_on_multiple_optional() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                multipleOpts
              }
            }
            """);

    [Fact]
    public void One_arg_on_multiple_optional() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                multipleOpts(opt1: 1)
              }
            }
            """);

    [Fact]
    public void Second_arg_on_multiple_optional() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                multipleOpts(opt2: 1)
              }
            }
            """);

    [Fact]
    public void Multiple_required_args_on_mixed_list() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4)
              }
            }
            """);

    [Fact]
    public void Multiple_required_and_one_optional_arg_on_mixed_list() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
              }
            }
            """);

    [Fact]
    public void All_required_and_optional_args_on_mixed_list() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
              }
            }
            """);

    [Fact]
    public void Missing_one_non_nullable_argument() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """,
            "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided. @3:5");

    [Fact]
    public void Missing_multiple_non_nullable_arguments() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """,
            "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided. @3:5",
            "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided. @3:5");

    [Fact]
    public void Incorrect_value_and_missing_argument() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided. @3:5");

    [Fact]
    public void Ignores_unknown_directives() =>
        ExpectValid(Rule, """
            {
              dog @unknown
            }
            """);

    [Fact]
    public void With_directives_of_valid_types() =>
        ExpectValid(Rule, """
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """);

    [Fact]
    public void With_directive_with_missing_types() =>
        ExpectErrors(Rule, """
            {
              dog @include {
                name @skip
              }
            }
            """,
            "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @2:7",
            "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @3:10");

    [Fact]
    public void Directive_errors_come_before_the_field_error() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                nonNullIntArgField @withArgs(opt: "y")
              }
            }
            """,
            "Directive \"@withArgs\" argument \"req\" of type \"Int!\" is required, but it was not provided. @3:24",
            "Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided. @3:5");

    [Fact]
    public void Missing_arguments_of_directives_defined_in_the_document() =>
        ExpectErrors(Rule, """
            type Query {
              foo: String @test @test(arg1: 1)
            }
            directive @test(arg1: String!, arg2: [Int!]!, arg3: Int! = 0, arg4: Int) on FIELD_DEFINITION
            """,
            "Directive \"@test\" argument \"arg1\" of type \"String!\" is required, but it was not provided. @2:15",
            "Directive \"@test\" argument \"arg2\" of type \"[Int!]!\" is required, but it was not provided. @2:15",
            "Directive \"@test\" argument \"arg2\" of type \"[Int!]!\" is required, but it was not provided. @2:21");

    [Fact]
    public void Missing_argument_of_a_mutation_field() =>
        ExpectErrors(Rule, """
            mutation {
              renameDog {
                name
              }
            }
            """,
            "Field \"renameDog\" argument \"name\" of type \"String!\" is required, but it was not provided. @2:3");
}
