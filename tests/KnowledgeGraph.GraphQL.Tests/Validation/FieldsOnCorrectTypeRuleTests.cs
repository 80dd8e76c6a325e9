using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's FieldsOnCorrectTypeRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly RuleFactory Rule = c => new FieldsOnCorrectTypeRule(c);

    private static readonly Schema TypeSuggestionsSchema = SchemaBuilder.BuildSchema("""
        union T = A | B
        type Query { t: T }
        type A { f: String }
        type B { f: String }
        """);

    private static readonly Schema FieldSuggestionsSchema = SchemaBuilder.BuildSchema("""
        type T { y: String z: String }
        type Query { t: T }
        """);

    private static readonly Schema PreferTypesSchema = SchemaBuilder.BuildSchema("""
        interface T { y: String z: String }
        type Query { t: T }
        type A implements T { f: String y: String z: String }
        type B implements T { f: String y: String z: String }
        """);

    private static readonly Schema InheritanceInterfacesSchema = SchemaBuilder.BuildSchema("""
        interface T { bar: String }
        type Query { t: T }
        interface Z implements T { foo: String bar: String }
        interface Y implements Z & T { foo: String bar: String }
        type X implements Y & Z & T { foo: String bar: String }
        """);

    private static readonly Schema InheritanceUnionSchema = SchemaBuilder.BuildSchema("""
        interface Animal { name: String }
        interface Mammal implements Animal { name: String }
        interface Canine implements Animal & Mammal { name: String }
        type Dog implements Animal & Mammal & Canine { name: String }
        interface Feline implements Animal & Mammal { name: String }
        type Cat implements Animal & Mammal & Feline { name: String }
        union CatOrDog = Cat | Dog
        type Query { catOrDog: CatOrDog }
        """);

    private static readonly Schema ManyTypesSchema = SchemaBuilder.BuildSchema("""
        union T = A | B | C | D | E | F
        type Query { t: T }
        type A { f: String }
        type B { f: String }
        type C { f: String }
        type D { f: String }
        type E { f: String }
        type F { f: String }
        """);

    private static readonly Schema DigitTypesSchema = SchemaBuilder.BuildSchema("""
        union T = B10 | B9 | B010 | B2 | A
        type Query { t: T }
        type A { g: String }
        type B10 { f: String }
        type B9 { f: String }
        type B010 { f: String }
        type B2 { f: String }
        """);

    private static readonly Schema ManyFieldsSchema = SchemaBuilder.BuildSchema("""
        type T { u: String v: String w: String x: String y: String z: String }
        type Query { t: T }
        """);

    [Fact]
    public void Object_field_selection() =>
        ExpectValid(Rule, """
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """);

    [Fact]
    public void Aliased_object_field_selection() =>
        ExpectValid(Rule, """
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """);

    [Fact]
    public void Interface_field_selection() =>
        ExpectValid(Rule, """
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """);

    [Fact]
    public void Aliased_interface_field_selection() =>
        ExpectValid(Rule, """
            fragment interfaceFieldSelection on Pet {
              otherName : name
            }
            """);

    [Fact]
    public void Lying_alias_selection() =>
        ExpectValid(Rule, """
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """);

    [Fact]
    public void Ignores_fields_on_unknown_type() =>
        ExpectValid(Rule, """
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """);

    [Fact]
    public void Reports_errors_when_type_is_known_again() =>
        ExpectErrors(Rule, """
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            }
            """,
            "Cannot query field \"unknown_pet_field\" on type \"Pet\". @2:3",
            "Cannot query field \"unknown_cat_field\" on type \"Cat\". @4:7");

    [Fact]
    public void Field_not_defined_on_fragment() =>
        ExpectErrors(Rule, """
            fragment fieldNotDefined on Dog {
              meowsVolume
            }
            """,
            "Cannot query field \"meowsVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @2:3");

    [Fact]
    public void Ignores_deeply_unknown_field() =>
        ExpectErrors(Rule, """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            "Cannot query field \"unknown_field\" on type \"Dog\". @2:3");

    [Fact]
    public void Sub_field_not_defined() =>
        ExpectErrors(Rule, """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """,
            "Cannot query field \"unknown_field\" on type \"Pet\". @3:5");

    [Fact]
    public void Field_not_defined_on_inline_fragment() =>
        ExpectErrors(Rule, """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowsVolume
              }
            }
            """,
            "Cannot query field \"meowsVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @3:5");

    [Fact]
    public void Aliased_field_target_not_defined() =>
        ExpectErrors(Rule, """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """,
            "Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @2:3");

    [Fact]
    public void Aliased_lying_field_target_not_defined() =>
        ExpectErrors(Rule, """
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """,
            "Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @2:3");

    [Fact]
    public void Not_defined_on_interface() =>
        ExpectErrors(Rule, """
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """,
            "Cannot query field \"tailLength\" on type \"Pet\". @2:3");

    [Fact]
    public void Defined_on_implementors_but_not_on_interface() =>
        ExpectErrors(Rule, """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """,
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? @2:3");

    [Fact]
    public void Defined_on_an_implementor_and_its_interfaces() =>
        ExpectErrors(Rule, """
            fragment definedOnImplementorAndInterfaces on Mammal {
              name
            }
            """,
            "Cannot query field \"name\" on type \"Mammal\". Did you mean to use an inline fragment on \"Canine\", \"Pet\", or \"Dog\"? @2:3");

    [Fact]
    public void Meta_field_selection_on_union() =>
        ExpectValid(Rule, """
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """);

    [Fact]
    public void Direct_field_selection_on_union() =>
        ExpectErrors(Rule, """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
            "Cannot query field \"directField\" on type \"CatOrDog\". @2:3");

    [Fact]
    public void Defined_on_implementors_queried_on_union() =>
        ExpectErrors(Rule, """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """,
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"? @2:3");

    [Fact]
    public void Valid_field_in_inline_fragment() =>
        ExpectValid(Rule, """
            fragment objectFieldSelection on Pet {
              ... on Dog {
                name
              }
              ... {
                name
              }
            }
            """);

    [Fact]
    public void Schema_meta_fields_only_on_the_query_root() =>
        ExpectErrors(Rule, """
            {
              __schema { queryType { name } }
              __type(name: "Dog") { name }
              dog { __schema { queryType { name } } __type(name: "Dog") { name } }
            }
            """,
            "Cannot query field \"__schema\" on type \"Dog\". @4:9",
            "Cannot query field \"__type\" on type \"Dog\". @4:41");

    [Fact]
    public void Root_fields_of_mutations_and_subscriptions() =>
        ExpectErrors(Rule, """
            mutation { renameDog(name: "Rex") { name } renameCat(name: "Tom") { name } }
            subscription { dogBarked { name } dogbarked { name } }
            """,
            "Cannot query field \"renameCat\" on type \"MutationRoot\". Did you mean \"renameDog\"? @1:44",
            "Cannot query field \"dogbarked\" on type \"SubscriptionRoot\". Did you mean \"dogBarked\"? @2:35");

    [Fact]
    public void Works_with_no_suggestions() =>
        ExpectErrors(Rule, """
            { human { f } }
            """,
            "Cannot query field \"f\" on type \"Human\". @1:11");

    [Fact]
    public void Works_with_small_numbers_of_type_suggestions() =>
        Assert.Equal(["Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"? @1:7"], ValidationHarness.Errors(Rule, """
            { t { f } }
            """, TypeSuggestionsSchema));

    [Fact]
    public void Works_with_small_numbers_of_field_suggestions() =>
        Assert.Equal(["Cannot query field \"f\" on type \"T\". Did you mean \"y\" or \"z\"? @1:7"], ValidationHarness.Errors(Rule, """
            { t { f } }
            """, FieldSuggestionsSchema));

    [Fact]
    public void Only_shows_one_set_of_suggestions_at_a_time_preferring_types() =>
        Assert.Equal(["Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"? @1:7"], ValidationHarness.Errors(Rule, """
            { t { f } }
            """, PreferTypesSchema));

    [Fact]
    public void Sort_type_suggestions_based_on_inheritance_order_interfaces() =>
        Assert.Equal(["Cannot query field \"foo\" on type \"T\". Did you mean to use an inline fragment on \"Z\", \"Y\", or \"X\"? @1:7"], ValidationHarness.Errors(Rule, """
            { t { foo } }
            """, InheritanceInterfacesSchema));

    [Fact]
    public void Sort_type_suggestions_based_on_inheritance_order_union() =>
        Assert.Equal(["Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Animal\", \"Mammal\", \"Canine\", \"Dog\", or \"Feline\"? @1:14"], ValidationHarness.Errors(Rule, """
            { catOrDog { name } }
            """, InheritanceUnionSchema));

    [Fact]
    public void Limits_lots_of_type_suggestions() =>
        Assert.Equal(["Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"? @1:7"], ValidationHarness.Errors(Rule, """
            { t { f } }
            """, ManyTypesSchema));

    [Fact]
    public void Type_suggestions_compare_digits_by_value() =>
        Assert.Equal(["Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"B010\", \"B2\", \"B9\", or \"B10\"? @1:7"], ValidationHarness.Errors(Rule, """
            { t { f } }
            """, DigitTypesSchema));

    [Fact]
    public void Limits_lots_of_field_suggestions() =>
        Assert.Equal(["Cannot query field \"f\" on type \"T\". Did you mean \"u\", \"v\", \"w\", \"x\", or \"y\"? @1:7"], ValidationHarness.Errors(Rule, """
            { t { f } }
            """, ManyFieldsSchema));
}
