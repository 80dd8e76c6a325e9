using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>VariablesInAllowedPositionRule, after graphql-js's VariablesInAllowedPositionRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new VariablesInAllowedPositionRule(c);

    [Fact]
    public void Boolean_to_Boolean() =>
        ExpectValid(Rule, """
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """);

    [Fact]
    public void Boolean_to_Boolean_within_fragment() =>
        ExpectValid(Rule, """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """);

    [Fact]
    public void Boolean_non_null_to_Boolean() =>
        ExpectValid(Rule, """
            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }
            }
            """);

    [Fact]
    public void Boolean_non_null_to_Boolean_within_fragment() =>
        ExpectValid(Rule, """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $nonNullBooleanArg)
            }

            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """);

    [Fact]
    public void List_of_String_to_list_of_String() =>
        ExpectValid(Rule, """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """);

    [Fact]
    public void List_of_String_non_null_to_list_of_String() =>
        ExpectValid(Rule, """
            query Query($stringListVar: [String!])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """);

    [Fact]
    public void String_to_list_of_String_in_item_position() =>
        ExpectValid(Rule, """
            query Query($stringVar: String)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """);

    [Fact]
    public void String_non_null_to_list_of_String_in_item_position() =>
        ExpectValid(Rule, """
            query Query($stringVar: String!)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """);

    [Fact]
    public void ComplexInput_to_ComplexInput() =>
        ExpectValid(Rule, """
            query Query($complexVar: ComplexInput)
            {
              complicatedArgs {
                complexArgField(complexArg: $complexVar)
              }
            }
            """);

    [Fact]
    public void ComplexInput_to_ComplexInput_in_field_position() =>
        ExpectValid(Rule, """
            query Query($boolVar: Boolean = false)
            {
              complicatedArgs {
                complexArgField(complexArg: {requiredArg: $boolVar})
              }
            }
            """);

    [Fact]
    public void Boolean_non_null_to_Boolean_non_null_in_directive() =>
        ExpectValid(Rule, """
            query Query($boolVar: Boolean!)
            {
              dog @include(if: $boolVar)
            }
            """);

    [Fact]
    public void Int_to_Int_non_null() =>
        ExpectErrors(Rule, """
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """,
            "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\". @1:13, 3:39");

    [Fact]
    public void Int_to_Int_non_null_within_fragment() =>
        ExpectErrors(Rule, """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
            }
            """,
            "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\". @5:13, 2:37");

    [Fact]
    public void Int_to_Int_non_null_within_nested_fragment() =>
        ExpectErrors(Rule, """
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }

            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """,
            "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\". @9:13, 6:37");

    [Fact]
    public void String_over_Boolean() =>
        ExpectErrors(Rule, """
            query Query($stringVar: String) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
              }
            }
            """,
            "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\". @1:13, 3:33");

    [Fact]
    public void String_to_list_of_String() =>
        ExpectErrors(Rule, """
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """,
            "Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\". @1:13, 3:39");

    [Fact]
    public void Boolean_to_Boolean_non_null_in_directive() =>
        ExpectErrors(Rule, """
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """,
            "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\". @1:13, 2:20");

    [Fact]
    public void String_to_Boolean_non_null_in_directive() =>
        ExpectErrors(Rule, """
            query Query($stringVar: String) {
              dog @include(if: $stringVar)
            }
            """,
            "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\". @1:13, 2:20");

    [Fact]
    public void List_of_String_to_list_of_String_non_null() =>
        ExpectErrors(Rule, """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """,
            "Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\". @1:13, 4:53");

    [Fact]
    public void Int_to_Int_non_null_fails_when_variable_provides_null_default_value() =>
        ExpectErrors(Rule, """
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """,
            "Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\". @1:13, 3:39");

    [Fact]
    public void Int_to_Int_non_null_when_variable_provides_non_null_default_value() =>
        ExpectValid(Rule, """
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """);

    [Fact]
    public void Int_to_Int_non_null_when_optional_argument_provides_default_value() =>
        ExpectValid(Rule, """
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """);

    [Fact]
    public void Int_to_Int_non_null_with_default_value_still_needs_matching_types() =>
        ExpectErrors(Rule, """
            query Query($stringVar: String = "a") {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $stringVar)
                nonNullIntArgField(nonNullIntArg: $stringVar)
              }
            }
            """,
            "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Int!\". @1:13, 3:34",
            "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Int!\". @1:13, 4:39");

    [Fact]
    public void Non_null_input_field_with_default_accepts_a_nullable_variable() =>
        ExpectValid(Rule, """
            query Query($boolVar: Boolean) {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, nonNullField: $boolVar })
              }
            }
            """);

    [Fact]
    public void Non_null_input_field_without_default_rejects_a_nullable_variable() =>
        ExpectErrors(Rule, """
            query Query($boolVar: Boolean) {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: $boolVar })
              }
            }
            """,
            "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\". @1:13, 3:50");

    [Fact]
    public void Boolean_to_Boolean_non_null_in_directive_with_default_value_with_option() =>
        ExpectValid(Rule, """
            query Query($boolVar: Boolean = false) {
              dog @include(if: $boolVar)
            }
            """);

    [Fact]
    public void Undefined_in_directive_with_default_value_with_option() =>
        ExpectValid(Rule, """
            {
              dog @include(if: $x)
            }
            """);

    [Fact]
    public void Directive_argument_with_a_default_value_accepts_a_nullable_variable() =>
        ExpectErrors(Rule, """
            query Query($s: String, $i: Int) {
              dog @withArgs(req: $i, opt: $s)
            }
            """,
            "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\". @1:25, 2:22");

    [Fact]
    public void OneOf_allows_exactly_one_non_nullable_variable() =>
        ExpectValid(Rule, """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """);

    [Fact]
    public void OneOf_undefined_variable_in_oneOf_input_object() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $undefinedVariable })
              }
            }
            """);

    [Fact]
    public void OneOf_forbids_one_nullable_variable() =>
        ExpectErrors(Rule, """
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            "Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\". @1:8, 3:44");

    [Fact]
    public void OneOf_nullable_variable_with_a_default_is_still_forbidden() =>
        ExpectErrors(Rule, """
            query ($string: String = "abc") {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            "Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\". @1:8, 3:44");

    [Fact]
    public void OneOf_a_nullable_variable_of_the_wrong_type_reports_both_errors() =>
        ExpectErrors(Rule, """
            query ($int: Int) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $int })
              }
            }
            """,
            "Variable \"$int\" of type \"Int\" used in position expecting type \"String\". @1:8, 3:44",
            "Variable \"$int\" is of type \"Int\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\". @1:8, 3:44");

    [Fact]
    public void OneOf_the_whole_input_object_may_be_a_nullable_variable() =>
        ExpectValid(Rule, """
            query ($oneOf: OneOfInput) {
              complicatedArgs {
                oneOfArgField(oneOfArg: $oneOf)
              }
            }
            """);
}
