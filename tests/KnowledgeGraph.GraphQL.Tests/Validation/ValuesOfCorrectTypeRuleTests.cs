using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>ValuesOfCorrectTypeRule, after graphql-js's ValuesOfCorrectTypeRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new ValuesOfCorrectTypeRule(c);

    [Fact]
    public void Good_int_value() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: 2)
              }
            }
            """);

    [Fact]
    public void Good_negative_int_value() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: -2)
              }
            }
            """);

    [Fact]
    public void Good_boolean_value() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                booleanArgField(booleanArg: true)
              }
            }
            """);

    [Fact]
    public void Good_string_value() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                stringArgField(stringArg: "foo")
              }
            }
            """);

    [Fact]
    public void Good_block_string_value() =>
        ExpectValid(Rule, """"
            {
              complicatedArgs {
                stringArgField(stringArg: """foo""")
              }
            }
            """");

    [Fact]
    public void Good_float_value() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                floatArgField(floatArg: 1.1)
              }
            }
            """);

    [Fact]
    public void Good_negative_float_value() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                floatArgField(floatArg: -1.1)
              }
            }
            """);

    [Fact]
    public void Int_into_Float() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                floatArgField(floatArg: 1)
              }
            }
            """);

    [Fact]
    public void Int_into_ID() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                idArgField(idArg: 1)
              }
            }
            """);

    [Fact]
    public void String_into_ID() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                idArgField(idArg: "someIdString")
              }
            }
            """);

    [Fact]
    public void Good_enum_value() =>
        ExpectValid(Rule, """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
            """);

    [Fact]
    public void Enum_with_other_values() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                enumArgField(enumArg: NO_FUR)
              }
            }
            """);

    [Fact]
    public void Null_into_nullable_type() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: null)
              }
            }
            """);

    [Fact]
    public void Null_into_nullable_input_fields_and_unknown_arguments() =>
        ExpectValid(Rule, """
            {
              dog(a: null, b: null, c: { requiredField: true, intField: null }) {
                name
              }
            }
            """);

    [Fact]
    public void Int_into_String() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                stringArgField(stringArg: 1)
              }
            }
            """,
            "String cannot represent a non string value: 1 @3:31");

    [Fact]
    public void Float_into_String() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                stringArgField(stringArg: 1.0)
              }
            }
            """,
            "String cannot represent a non string value: 1.0 @3:31");

    [Fact]
    public void Boolean_into_String() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                stringArgField(stringArg: true)
              }
            }
            """,
            "String cannot represent a non string value: true @3:31");

    [Fact]
    public void Unquoted_String_into_String() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                stringArgField(stringArg: BAR)
              }
            }
            """,
            "String cannot represent a non string value: BAR @3:31");

    [Fact]
    public void String_into_Int() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: "3")
              }
            }
            """,
            "Int cannot represent non-integer value: \"3\" @3:25");

    [Fact]
    public void Big_Int_into_Int() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: 829384293849283498239482938)
              }
            }
            """,
            "Int cannot represent non 32-bit signed integer value: 829384293849283498239482938 @3:25");

    [Fact]
    public void Int_just_above_the_32_bit_range_into_Int() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: 2147483648)
              }
            }
            """,
            "Int cannot represent non 32-bit signed integer value: 2147483648 @3:25");

    [Fact]
    public void Unquoted_String_into_Int() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: FOO)
              }
            }
            """,
            "Int cannot represent non-integer value: FOO @3:25");

    [Fact]
    public void Simple_Float_into_Int() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: 3.0)
              }
            }
            """,
            "Int cannot represent non-integer value: 3.0 @3:25");

    [Fact]
    public void Float_into_Int() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: 3.333)
              }
            }
            """,
            "Int cannot represent non-integer value: 3.333 @3:25");

    [Fact]
    public void String_into_Float() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                floatArgField(floatArg: "3.333")
              }
            }
            """,
            "Float cannot represent non numeric value: \"3.333\" @3:29");

    [Fact]
    public void Boolean_into_Float() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                floatArgField(floatArg: true)
              }
            }
            """,
            "Float cannot represent non numeric value: true @3:29");

    [Fact]
    public void Unquoted_into_Float() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                floatArgField(floatArg: FOO)
              }
            }
            """,
            "Float cannot represent non numeric value: FOO @3:29");

    [Fact]
    public void Int_into_Boolean() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 2)
              }
            }
            """,
            "Boolean cannot represent a non boolean value: 2 @3:33");

    [Fact]
    public void Float_into_Boolean() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 1.0)
              }
            }
            """,
            "Boolean cannot represent a non boolean value: 1.0 @3:33");

    [Fact]
    public void String_into_Boolean() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                booleanArgField(booleanArg: "true")
              }
            }
            """,
            "Boolean cannot represent a non boolean value: \"true\" @3:33");

    [Fact]
    public void Unquoted_into_Boolean() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                booleanArgField(booleanArg: TRUE)
              }
            }
            """,
            "Boolean cannot represent a non boolean value: TRUE @3:33");

    [Fact]
    public void Float_into_ID() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                idArgField(idArg: 1.0)
              }
            }
            """,
            "ID cannot represent a non-string and non-integer value: 1.0 @3:23");

    [Fact]
    public void Boolean_into_ID() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                idArgField(idArg: true)
              }
            }
            """,
            "ID cannot represent a non-string and non-integer value: true @3:23");

    [Fact]
    public void Unquoted_into_ID() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                idArgField(idArg: SOMETHING)
              }
            }
            """,
            "ID cannot represent a non-string and non-integer value: SOMETHING @3:23");

    [Fact]
    public void Int_into_Enum() =>
        ExpectErrors(Rule, """
            {
              dog {
                doesKnowCommand(dogCommand: 2)
              }
            }
            """,
            "Enum \"DogCommand\" cannot represent non-enum value: 2. @3:33");

    [Fact]
    public void Float_into_Enum() =>
        ExpectErrors(Rule, """
            {
              dog {
                doesKnowCommand(dogCommand: 1.0)
              }
            }
            """,
            "Enum \"DogCommand\" cannot represent non-enum value: 1.0. @3:33");

    [Fact]
    public void String_into_Enum() =>
        ExpectErrors(Rule, """
            {
              dog {
                doesKnowCommand(dogCommand: "SIT")
              }
            }
            """,
            "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"? @3:33");

    [Fact]
    public void Boolean_into_Enum() =>
        ExpectErrors(Rule, """
            {
              dog {
                doesKnowCommand(dogCommand: true)
              }
            }
            """,
            "Enum \"DogCommand\" cannot represent non-enum value: true. @3:33");

    [Fact]
    public void Unknown_Enum_Value_into_Enum() =>
        ExpectErrors(Rule, """
            {
              dog {
                doesKnowCommand(dogCommand: JUGGLE)
              }
            }
            """,
            "Value \"JUGGLE\" does not exist in \"DogCommand\" enum. @3:33");

    [Fact]
    public void Different_case_Enum_Value_into_Enum() =>
        ExpectErrors(Rule, """
            {
              dog {
                doesKnowCommand(dogCommand: sit)
              }
            }
            """,
            "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"? @3:33");

    [Fact]
    public void List_and_object_into_Enum() =>
        ExpectErrors(Rule, """
            {
              dog {
                doesKnowCommand(dogCommand: [SIT])
                other: doesKnowCommand(dogCommand: {a: SIT})
              }
            }
            """,
            "Enum \"DogCommand\" cannot represent non-enum value: [SIT]. Did you mean the enum value \"SIT\"? @3:33",
            "Enum \"DogCommand\" cannot represent non-enum value: {a: SIT}. @4:40");

    [Fact]
    public void Misspelled_enum_value_has_several_suggestions() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                enumArgField(enumArg: BLAK)
                second: enumArgField(enumArg: TANN)
              }
            }
            """,
            "Value \"BLAK\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BLACK\"? @3:27",
            "Value \"TANN\" does not exist in \"FurColor\" enum. Did you mean the enum value \"TAN\"? @4:35");

    [Fact]
    public void Good_list_value() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", null, "two"])
              }
            }
            """);

    [Fact]
    public void Empty_list_value() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                stringListArgField(stringListArg: [])
              }
            }
            """);

    [Fact]
    public void Null_list_value() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                stringListArgField(stringListArg: null)
              }
            }
            """);

    [Fact]
    public void Single_value_into_List() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                stringListArgField(stringListArg: "one")
              }
            }
            """);

    [Fact]
    public void Incorrect_item_type() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """,
            "String cannot represent a non string value: 2 @3:47");

    [Fact]
    public void Single_value_of_incorrect_type() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                stringListArgField(stringListArg: 1)
              }
            }
            """,
            "String cannot represent a non string value: 1 @3:39");

    [Fact]
    public void Nested_list_into_a_list_of_strings() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                stringListArgField(stringListArg: [["one"], {a: "two"}])
              }
            }
            """,
            "String cannot represent a non string value: [\"one\"] @3:40",
            "String cannot represent a non string value: {a: \"two\"} @3:49");

    [Fact]
    public void Null_item_into_list_of_non_null_items() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: ["one", null])
              }
            }
            """,
            "Expected value of type \"String!\", found null. @3:61");

    [Fact]
    public void List_into_a_scalar() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: [1, 2])
              }
            }
            """,
            "Int cannot represent non-integer value: [1, 2] @3:25");

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
    public void Incorrect_value_type() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                multipleReqs(req2: "two", req1: "one")
              }
            }
            """,
            "Int cannot represent non-integer value: \"two\" @3:24",
            "Int cannot represent non-integer value: \"one\" @3:37");

    [Fact]
    public void Incorrect_value_and_missing_argument() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            "Int cannot represent non-integer value: \"one\" @3:24");

    [Fact]
    public void Null_value_into_non_null_argument() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                multipleReqs(req1: null)
              }
            }
            """,
            "Expected value of type \"Int!\", found null. @3:24");

    [Fact]
    public void Optional_arg_despite_required_field_in_type() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                complexArgField
              }
            }
            """);

    [Fact]
    public void Partial_object_only_required() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true })
              }
            }
            """);

    [Fact]
    public void Partial_object_required_field_can_be_falsy() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: false })
              }
            }
            """);

    [Fact]
    public void Partial_object_including_required() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 4 })
              }
            }
            """);

    [Fact]
    public void Full_object() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  intField: 4,
                  stringField: "foo",
                  booleanField: false,
                  stringListField: ["one", "two"]
                })
              }
            }
            """);

    [Fact]
    public void Partial_object_missing_required() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """,
            "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. @3:33");

    [Fact]
    public void Partial_object_invalid_field_type() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                })
              }
            }
            """,
            "String cannot represent a non string value: 2 @4:32");

    [Fact]
    public void Partial_object_null_to_non_null_field() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  nonNullField: null,
                })
              }
            }
            """,
            "Expected value of type \"Boolean!\", found null. @5:21");

    [Fact]
    public void Partial_object_unknown_field_arg() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                })
              }
            }
            """,
            "Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"? @5:7");

    [Fact]
    public void Unknown_field_with_several_suggestions() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, field: 1, StringField: "x" })
              }
            }
            """,
            "Field \"field\" is not defined by type \"ComplexInput\". Did you mean \"intField\"? @3:56",
            "Field \"StringField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"? @3:66");

    [Fact]
    public void Scalar_into_input_object() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                complexArgField(complexArg: "NotVeryComplex")
                two: complexArgField(complexArg: [{ requiredField: true }, 1])
              }
            }
            """,
            "Expected value of type \"ComplexInput\", found \"NotVeryComplex\". @3:33",
            "Expected value of type \"ComplexInput\", found [{requiredField: true}, 1]. @4:38");

    [Fact]
    public void Exactly_one_field_of_a_oneOf_input_object() =>
        ExpectValid(Rule, """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
                second: oneOfArgField(oneOfArg: { intField: 123 })
              }
            }
            """);

    [Fact]
    public void OneOf_input_object_with_a_variable_field() =>
        ExpectValid(Rule, """
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """);

    [Fact]
    public void OneOf_input_object_with_a_field_of_the_wrong_type() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: 2 })
              }
            }
            """,
            "String cannot represent a non string value: 2 @3:44");

    [Fact]
    public void OneOf_input_object_with_no_fields() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: {})
              }
            }
            """,
            "OneOf Input Object \"OneOfInput\" must specify exactly one key. @3:29");

    [Fact]
    public void OneOf_input_object_with_two_fields() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              }
            }
            """,
            "OneOf Input Object \"OneOfInput\" must specify exactly one key. @3:29");

    [Fact]
    public void OneOf_input_object_with_a_null_field() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """,
            "Field \"OneOfInput.stringField\" must be non-null. @3:29");

    [Fact]
    public void OneOf_input_object_with_a_null_field_and_another_field() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null, intField: 1 })
              }
            }
            """,
            "OneOf Input Object \"OneOfInput\" must specify exactly one key. @3:29");

    [Fact]
    public void OneOf_input_object_with_an_unknown_field() =>
        ExpectErrors(Rule, """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { unknownField: "abc" })
              }
            }
            """,
            "Field \"unknownField\" is not defined by type \"OneOfInput\". @3:31");

    [Fact]
    public void OneOf_input_object_in_a_variable_default_value() =>
        ExpectErrors(Rule, """
            query ($a: OneOfInput = { stringField: "abc" }, $b: OneOfInput = { stringField: "abc", intField: 1 }, $c: OneOfInput = {}) {
              complicatedArgs {
                a: oneOfArgField(oneOfArg: $a)
                b: oneOfArgField(oneOfArg: $b)
                c: oneOfArgField(oneOfArg: $c)
              }
            }
            """,
            "OneOf Input Object \"OneOfInput\" must specify exactly one key. @1:66",
            "OneOf Input Object \"OneOfInput\" must specify exactly one key. @1:120");

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
    public void With_directive_with_incorrect_types() =>
        ExpectErrors(Rule, """
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """,
            "Boolean cannot represent a non boolean value: \"yes\" @2:20",
            "Boolean cannot represent a non boolean value: ENUM @3:20");

    [Fact]
    public void Variables_with_valid_default_values() =>
        ExpectValid(Rule, """
            query WithDefaultValues(
              $a: Int = 1,
              $b: String = "ok",
              $c: ComplexInput = { requiredField: true, intField: 3 }
              $d: Int! = 123
            ) {
              dog { name }
            }
            """);

    [Fact]
    public void Variables_with_valid_default_null_values() =>
        ExpectValid(Rule, """
            query WithDefaultValues(
              $a: Int = null,
              $b: String = null,
              $c: ComplexInput = { requiredField: true, intField: null }
            ) {
              dog { name }
            }
            """);

    [Fact]
    public void Variables_with_invalid_default_null_values() =>
        ExpectErrors(Rule, """
            query WithDefaultValues(
              $a: Int! = null,
              $b: String! = null,
              $c: ComplexInput = { requiredField: null, intField: null }
            ) {
              dog { name }
            }
            """,
            "Expected value of type \"Int!\", found null. @2:14",
            "Expected value of type \"String!\", found null. @3:17",
            "Expected value of type \"Boolean!\", found null. @4:39");

    [Fact]
    public void Variables_with_invalid_default_values() =>
        ExpectErrors(Rule, """
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = "NotVeryComplex"
            ) {
              dog { name }
            }
            """,
            "Int cannot represent non-integer value: \"one\" @2:13",
            "String cannot represent a non string value: 4 @3:16",
            "Expected value of type \"ComplexInput\", found \"NotVeryComplex\". @4:22");

    [Fact]
    public void Variables_with_complex_invalid_default_values() =>
        ExpectErrors(Rule, """
            query WithDefaultValues(
              $a: ComplexInput = { requiredField: 123, intField: "abc" }
            ) {
              dog { name }
            }
            """,
            "Boolean cannot represent a non boolean value: 123 @2:39",
            "Int cannot represent non-integer value: \"abc\" @2:54");

    [Fact]
    public void Complex_variables_missing_required_field() =>
        ExpectErrors(Rule, """
            query MissingRequiredField($a: ComplexInput = {intField: 3}) {
              dog { name }
            }
            """,
            "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. @1:47");

    [Fact]
    public void List_variables_with_invalid_item() =>
        ExpectErrors(Rule, """
            query InvalidItem($a: [String] = ["one", 2]) {
              dog { name }
            }
            """,
            "String cannot represent a non string value: 2 @1:42");

    [Fact]
    public void Descriptions_of_variables_are_not_values() =>
        ExpectValid(Rule, """"
            query Q("A description" $a: Int = 1, """Block""" $b: Boolean) {
              dog { name }
            }
            """");

    [Fact]
    public void Reports_original_error_for_custom_scalar_which_throws()
    {
        var schema = CustomScalarSchema("Invalid", (node, _) => throw new InvalidOperationException($"Invalid scalar is always invalid: {Printer.Print(node)}"));
        var error = Assert.Single(Validator.Validate(schema, Parser.Parse("{ invalidArg(arg: 123) }"), [Rule]));
        Assert.Equal("Expected value of type \"Invalid\", found 123; Invalid scalar is always invalid: 123", error.Message);
        Assert.Equal([new SourceLocation(1, 19)], error.Locations);
        Assert.Equal("Invalid scalar is always invalid: 123", error.OriginalError?.Message);
    }

    [Fact]
    public void Reports_error_for_custom_scalar_that_returns_no_value() =>
        Assert.Equal(
            ["Expected value of type \"CustomScalar\", found 123. @1:19"],
            ValidationHarness.Errors(Rule, "{ invalidArg(arg: 123) }", CustomScalarSchema("CustomScalar", (_, _) => null)));

    [Fact]
    public void Reports_the_error_of_custom_scalar_which_throws_a_GraphQL_error() =>
        Assert.Equal(
            ["Not a custom value: 123 @1:19"],
            ValidationHarness.Errors(Rule, "{ invalidArg(arg: 123) }",
                CustomScalarSchema("Custom", (node, _) => throw GraphQLError.At($"Not a custom value: {Printer.Print(node)}", node))));

    [Fact]
    public void Allows_custom_scalar_to_accept_complex_literals() =>
        Assert.Empty(ValidationHarness.Errors(Rule, """
            {
              test1: invalidArg(arg: 123)
              test2: invalidArg(arg: "abc")
              test3: invalidArg(arg: [123, "abc"])
              test4: invalidArg(arg: {deep: [123, "abc"]})
            }
            """, SchemaBuilder.BuildSchema("scalar Any type Query { invalidArg(arg: Any): String }")));

    private static Schema CustomScalarSchema(string name, Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> parseLiteral)
    {
        var schema = SchemaBuilder.BuildSchema($"scalar {name} type Query {{ invalidArg(arg: {name}): String }}");
        ((ScalarType)schema.GetType(name)!).ParseLiteral = parseLiteral;
        return schema;
    }
}
