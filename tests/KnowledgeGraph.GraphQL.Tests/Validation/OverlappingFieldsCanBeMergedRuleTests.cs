using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// Field Selection Merging (spec §5.3.2), after graphql-js's OverlappingFieldsCanBeMergedRule-test.ts. The expected
/// messages and locations are graphql-js 16.15's for the same documents. Split by concern: fields and arguments
/// here, deep conflicts and fragments in <c>.Nested.cs</c>, return types in <c>.ReturnTypes.cs</c>, the bounds on
/// messages and work in <c>.Limits.cs</c>.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly RuleFactory Rule = c => new OverlappingFieldsCanBeMergedRule(c);

    private static void ExpectErrorsWithSchema(Schema schema, string document, params string[] expected) =>
        Assert.Equal(expected, ValidationHarness.Errors(Rule, document, schema));

    [Fact]
    public void Unique_fields() =>
        ExpectValid(Rule, """
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """);

    [Fact]
    public void Identical_fields() =>
        ExpectValid(Rule, """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """);

    [Fact]
    public void Identical_fields_with_identical_args() =>
        ExpectValid(Rule, """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """);

    [Fact]
    public void Identical_fields_with_identical_directives() =>
        ExpectValid(Rule, """
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """);

    [Fact]
    public void Different_args_with_different_aliases() =>
        ExpectValid(Rule, """
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """);

    [Fact]
    public void Different_directives_with_different_aliases() =>
        ExpectValid(Rule, """
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            """);

    [Fact]
    public void Different_skip_and_include_directives_accepted() =>
        ExpectValid(Rule, """
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """);

    [Fact]
    public void Same_aliases_with_different_field_targets() =>
        ExpectErrors(Rule, """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
            "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:3");

    [Fact]
    public void Same_aliases_allowed_on_non_overlapping_fields() =>
        ExpectValid(Rule, """
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """);

    [Fact]
    public void Alias_masking_direct_field_access() =>
        ExpectErrors(Rule, """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """,
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:3");

    [Fact]
    public void Different_args_second_adds_an_argument() =>
        ExpectErrors(Rule, """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:3");

    [Fact]
    public void Different_args_second_missing_an_argument() =>
        ExpectErrors(Rule, """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:3");

    [Fact]
    public void Conflicting_arg_values() =>
        ExpectErrors(Rule, """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:3");

    [Fact]
    public void Conflicting_arg_names() =>
        ExpectErrors(Rule, """
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """,
            "Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:3");

    [Fact]
    public void Allows_different_args_where_no_conflict_is_possible() =>
        ExpectValid(Rule, """
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """);

    [Fact]
    public void Allows_different_order_of_args() =>
        ExpectValid(Rule, """
            {
              someField(a: null, b: null)
              someField(b: null, a: null)
            }
            """, SchemaBuilder.BuildSchema("type Query { someField(a: String, b: String): String }"));

    [Fact]
    public void Allows_different_order_of_input_object_fields_in_arg_values() =>
        ExpectValid(Rule, """
            {
              someField(arg: { a: null, b: null })
              someField(arg: { b: null, a: null })
            }
            """, SchemaBuilder.BuildSchema("input SomeInput { a: String b: String } type Query { someField(arg: SomeInput): String }"));

    [Fact]
    public void Same_variables_are_the_same_arguments() =>
        ExpectValid(Rule, """
            query ($command: DogCommand) {
              dog {
                doesKnowCommand(dogCommand: $command)
                doesKnowCommand(dogCommand: $command)
              }
            }
            """);

    [Fact]
    public void Different_variables_are_different_arguments() =>
        ExpectErrors(Rule, """
            query ($command1: DogCommand, $command2: DogCommand) {
              dog {
                doesKnowCommand(dogCommand: $command1)
                doesKnowCommand(dogCommand: $command2)
              }
            }
            """,
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @3:5, 4:5");

    [Fact]
    public void A_variable_differs_from_a_literal() =>
        ExpectErrors(Rule, """
            query ($command: DogCommand) {
              dog {
                doesKnowCommand(dogCommand: $command)
                doesKnowCommand(dogCommand: SIT)
              }
            }
            """,
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @3:5, 4:5");

    [Fact]
    public void Equal_lists_and_nested_objects_are_the_same_arguments() =>
        ExpectValid(Rule, """
            {
              field(arg: [1, { b: "x", a: [true, null] }], other: ENUM)
              field(other: ENUM, arg: [1, { a: [true, null], b: "x" }])
            }
            """);

    [Fact]
    public void Literals_of_different_kinds_are_different_arguments() =>
        ExpectErrors(Rule, """"
            {
              a: field(arg: 1)
              a: field(arg: 1.0)
              b: field(arg: "SIT")
              b: field(arg: SIT)
              c: field(arg: "text")
              c: field(arg: """text""")
              d: field(arg: [1, 2])
              d: field(arg: [2, 1])
            }
            """",
            "Fields \"a\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:3",
            "Fields \"b\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @4:3, 5:3",
            "Fields \"c\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @6:3, 7:3",
            "Fields \"d\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @8:3, 9:3");

    [Fact]
    public void Repeated_argument_names_compare_by_the_last_value() =>
        ExpectErrors(Rule, """
            {
              field(arg: 1, arg: 2)
              field(arg: 2, arg: 2)
            }
            """,
            "Fields \"field\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @2:3, 3:3");

    [Fact]
    public void Conflicts_in_an_inline_fragment_are_reported_once() =>
        ExpectErrors(Rule, """
            {
              dog {
                ... on Dog {
                  name: nickname
                  name
                }
              }
            }
            """,
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @4:7, 5:7");

    [Fact]
    public void Typename_merges_across_union_members() =>
        ExpectValid(Rule, """
            {
              catOrDog {
                __typename
                ... on Dog { __typename name }
                ... on Cat { __typename name }
              }
            }
            """);

    [Fact]
    public void Typename_aliased_over_another_field_conflicts() =>
        ExpectErrors(Rule, """
            {
              dog {
                name: __typename
                name
              }
            }
            """,
            "Fields \"name\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @3:5, 4:5");

    [Fact]
    public void Fields_of_interfaces_may_not_differ_in_arguments() =>
        ExpectErrors(Rule, """
            {
              pet {
                ... on Pet { name(surname: true) }
                ... on Canine { name(surname: false) }
              }
            }
            """,
            "Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @3:18, 4:21");
}
