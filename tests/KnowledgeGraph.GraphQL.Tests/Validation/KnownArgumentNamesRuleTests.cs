using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>KnownArgumentNamesRule, after graphql-js's KnownArgumentNamesRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new KnownArgumentNamesRule(c);

    [Fact]
    public void Single_arg_is_known() =>
        ExpectValid(Rule, """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """);

    [Fact]
    public void Multiple_args_are_known() =>
        ExpectValid(Rule, """
            fragment multipleArgs on ComplicatedArgs {
              multipleReqs(req1: 1, req2: 2)
            }
            """);

    [Fact]
    public void Ignores_args_of_unknown_fields() =>
        ExpectValid(Rule, """
            fragment argOnUnknownField on Dog {
              unknownField(unknownArg: SIT)
            }
            """);

    [Fact]
    public void Multiple_args_in_reverse_order_are_known() =>
        ExpectValid(Rule, """
            fragment multipleArgsReverseOrder on ComplicatedArgs {
              multipleReqs(req2: 2, req1: 1)
            }
            """);

    [Fact]
    public void No_args_on_optional_arg() =>
        ExpectValid(Rule, """
            fragment noArgOnOptionalArg on Dog {
              isHouseTrained
            }
            """);

    [Fact]
    public void Args_are_known_deeply() =>
        ExpectValid(Rule, """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
              human {
                pets {
                  ... on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
                }
              }
            }
            """);

    [Fact]
    public void Directive_args_are_known() =>
        ExpectValid(Rule, """
            {
              dog @skip(if: true) @withArgs(req: 1, opt: "y")
            }
            """);

    [Fact]
    public void Field_args_are_invalid() =>
        ExpectErrors(Rule, """
            {
              dog @skip(unless: true)
            }
            """,
            "Unknown argument \"unless\" on directive \"@skip\". @2:13");

    [Fact]
    public void Directive_without_args_is_valid() =>
        ExpectValid(Rule, """
            {
              dog @onField
            }
            """);

    [Fact]
    public void Arg_passed_to_directive_without_arg_is_reported() =>
        ExpectErrors(Rule, """
            {
              dog @onField(if: true)
            }
            """,
            "Unknown argument \"if\" on directive \"@onField\". @2:16");

    [Fact]
    public void Misspelled_directive_args_are_reported() =>
        ExpectErrors(Rule, """
            {
              dog @skip(iff: true)
            }
            """,
            "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @2:13");

    [Fact]
    public void Invalid_arg_name() =>
        ExpectErrors(Rule, """
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """,
            "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\". @2:19");

    [Fact]
    public void Misspelled_arg_name_is_reported() =>
        ExpectErrors(Rule, """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """,
            "Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? @2:19");

    [Fact]
    public void Unknown_args_amongst_known_args() =>
        ExpectErrors(Rule, """
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """,
            "Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\". @2:19",
            "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\". @2:49");

    [Fact]
    public void Unknown_args_deeply() =>
        ExpectErrors(Rule, """
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pets {
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """,
            "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\". @3:21",
            "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\". @8:25");

    [Fact]
    public void Several_suggestions_are_listed() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                multipleOptAndReq(req: 1, opt: 2)
              }
            }
            """,
            "Unknown argument \"req\" on field \"ComplicatedArgs.multipleOptAndReq\". Did you mean \"req1\" or \"req2\"? @3:23",
            "Unknown argument \"opt\" on field \"ComplicatedArgs.multipleOptAndReq\". Did you mean \"opt1\" or \"opt2\"? @3:31");

    [Fact]
    public void Arguments_of_directives_defined_in_the_document() =>
        ExpectErrors(Rule, """
            type Query {
              foo: String @test(arg: "") @test(agr: "") @test(unknown: "") @deprecated(unknown: "")
            }
            directive @test(arg: String) on FIELD_DEFINITION
            """,
            "Unknown argument \"agr\" on directive \"@test\". Did you mean \"arg\"? @2:36",
            "Unknown argument \"unknown\" on directive \"@test\". @2:51",
            "Unknown argument \"unknown\" on directive \"@deprecated\". @2:76");

    [Fact]
    public void Unknown_arg_on_overridden_standard_directive() =>
        ExpectErrors(Rule, """
            {
              dog @skip(if: true)
            }
            directive @skip(unless: Boolean) on FIELD
            """,
            "Unknown argument \"if\" on directive \"@skip\". @2:13");
}
