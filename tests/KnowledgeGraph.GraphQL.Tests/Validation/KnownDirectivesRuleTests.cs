using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>KnownDirectivesRule, after graphql-js's KnownDirectivesRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new KnownDirectivesRule(c);

    // The type system directives of graphql-js's KnownDirectivesRule tests, one per type system location.
    private static readonly Lazy<Schema> SdlSchema = new(() => SchemaBuilder.BuildSchema("""
        type Query {
          dummy: String
        }

        directive @onSchema on SCHEMA
        directive @onScalar on SCALAR
        directive @onObject on OBJECT
        directive @onFieldDefinition on FIELD_DEFINITION
        directive @onArgumentDefinition on ARGUMENT_DEFINITION
        directive @onInterface on INTERFACE
        directive @onUnion on UNION
        directive @onEnum on ENUM
        directive @onEnumValue on ENUM_VALUE
        directive @onInputObject on INPUT_OBJECT
        directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
        """));

    [Fact]
    public void With_no_directives() =>
        ExpectValid(Rule, """
            query Foo {
              name
              ...Frag
            }
            fragment Frag on Dog {
              name
            }
            """);

    [Fact]
    public void With_standard_directives() =>
        ExpectValid(Rule, """
            {
              human @skip(if: false) {
                name
                pets {
                  ... on Dog @include(if: true) {
                    name
                  }
                }
              }
            }
            """);

    [Fact]
    public void With_unknown_directive() =>
        ExpectErrors(Rule, """
            {
              human @unknown(directive: "value") {
                name
              }
            }
            """,
            "Unknown directive \"@unknown\". @2:9");

    [Fact]
    public void With_many_unknown_directives() =>
        ExpectErrors(Rule, """
            {
              __typename @unknown
              human @unknown {
                name
                pets @unknown {
                  name
                }
              }
            }
            """,
            "Unknown directive \"@unknown\". @2:14",
            "Unknown directive \"@unknown\". @3:9",
            "Unknown directive \"@unknown\". @5:10");

    [Fact]
    public void With_well_placed_directives() =>
        ExpectValid(Rule, """
            query ($var: Boolean @onVariableDefinition) @onQuery {
              human @onField {
                ...Frag @withArgs(req: 1)
                ... @withArgs(req: 2) {
                  name @onField
                }
              }
            }
            mutation @onMutation {
              someField @onField
            }
            fragment Frag on Human @onFragmentDefinition {
              name @onField @repeatableOnField @repeatableOnField
            }
            """);

    [Fact]
    public void With_misplaced_directives() =>
        ExpectErrors(Rule, """
            query ($var: Boolean @onQuery) @onMutation {
              human @onQuery {
                ...Frag @onQuery
                ... @onQuery {
                  name @onQuery
                }
              }
            }
            mutation @onQuery {
              someField @onQuery
            }
            subscription @onQuery {
              someField @onQuery
            }
            fragment Frag on Human @onQuery {
              name @onQuery
            }
            """,
            "Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION. @1:22",
            "Directive \"@onMutation\" may not be used on QUERY. @1:32",
            "Directive \"@onQuery\" may not be used on FIELD. @2:9",
            "Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD. @3:13",
            "Directive \"@onQuery\" may not be used on INLINE_FRAGMENT. @4:9",
            "Directive \"@onQuery\" may not be used on FIELD. @5:12",
            "Directive \"@onQuery\" may not be used on MUTATION. @9:10",
            "Directive \"@onQuery\" may not be used on FIELD. @10:13",
            "Directive \"@onQuery\" may not be used on SUBSCRIPTION. @12:14",
            "Directive \"@onQuery\" may not be used on FIELD. @13:13",
            "Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION. @15:24",
            "Directive \"@onQuery\" may not be used on FIELD. @16:8");

    [Fact]
    public void Skip_and_include_are_not_allowed_on_operations_and_fragment_definitions() =>
        ExpectErrors(Rule, """
            query Q @skip(if: true) {
              ...F
            }
            fragment F on QueryRoot @include(if: true) {
              dog { name }
            }
            """,
            "Directive \"@skip\" may not be used on QUERY. @1:9",
            "Directive \"@include\" may not be used on FRAGMENT_DEFINITION. @4:25");

    [Fact]
    public void Directives_defined_in_the_document_are_known() =>
        ExpectErrors(Rule, """
            query Q @local {
              dog @local { name }
            }
            directive @local on QUERY
            """,
            "Directive \"@local\" may not be used on FIELD. @2:7");

    [Fact]
    public void Directive_defined_in_the_document_replaces_the_schema_one() =>
        ExpectErrors(Rule, """
            {
              dog @onField { name }
            }
            directive @onField on QUERY
            """,
            "Directive \"@onField\" may not be used on FIELD. @2:7");

    [Fact]
    public void With_well_placed_type_system_directives() =>
        Assert.Equal(
            [],
            ValidationHarness.Errors(Rule, """
            type MyObj implements MyInterface @onObject {
              myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
            }

            extend type MyObj @onObject

            scalar MyScalar @onScalar

            extend scalar MyScalar @onScalar

            interface MyInterface @onInterface {
              myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
            }

            extend interface MyInterface @onInterface

            union MyUnion @onUnion = MyObj | Other

            extend union MyUnion @onUnion

            enum MyEnum @onEnum {
              MY_VALUE @onEnumValue
            }

            extend enum MyEnum @onEnum

            input MyInput @onInputObject {
              myField: Int @onInputFieldDefinition
            }

            extend input MyInput @onInputObject

            schema @onSchema {
              query: MyQuery
            }

            extend schema @onSchema
            """, SdlSchema.Value));

    [Fact]
    public void With_misplaced_type_system_directives() =>
        Assert.Equal(
            [
                "Directive \"@onInterface\" may not be used on OBJECT. @1:35",
                "Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION. @2:22",
                "Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION. @2:55",
                "Directive \"@onEnum\" may not be used on SCALAR. @5:17",
                "Directive \"@onObject\" may not be used on INTERFACE. @7:23",
                "Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION. @8:22",
                "Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION. @8:55",
                "Directive \"@onEnumValue\" may not be used on UNION. @11:15",
                "Directive \"@onScalar\" may not be used on ENUM. @13:13",
                "Directive \"@onUnion\" may not be used on ENUM_VALUE. @14:12",
                "Directive \"@onEnum\" may not be used on INPUT_OBJECT. @17:15",
                "Directive \"@onArgumentDefinition\" may not be used on INPUT_FIELD_DEFINITION. @18:16",
                "Directive \"@onObject\" may not be used on SCHEMA. @21:8",
                "Directive \"@onObject\" may not be used on SCHEMA. @25:15"
            ],
            ValidationHarness.Errors(Rule, """
            type MyObj implements MyInterface @onInterface {
              myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
            }

            scalar MyScalar @onEnum

            interface MyInterface @onObject {
              myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
            }

            union MyUnion @onEnumValue = MyObj | Other

            enum MyEnum @onScalar {
              MY_VALUE @onUnion
            }

            input MyInput @onEnum {
              myField: Int @onArgumentDefinition
            }

            schema @onObject {
              query: MyQuery
            }

            extend schema @onObject
            """, SdlSchema.Value));

    [Fact]
    public void Input_extension_fields_count_as_argument_definitions_as_in_graphql_js() =>
        Assert.Equal(
            [
                "Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION. @2:16",
                "Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION. @5:45"
            ],
            ValidationHarness.Errors(Rule, """
            extend input MyInput {
              myField: Int @onInputFieldDefinition @onArgumentDefinition
            }
            directive @onDirectiveArg on ARGUMENT_DEFINITION
            directive @withArg(arg: Int @onDirectiveArg @onInputFieldDefinition) on FIELD
            """, SdlSchema.Value));
}
