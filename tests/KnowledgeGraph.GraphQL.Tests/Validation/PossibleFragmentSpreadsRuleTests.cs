using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's PossibleFragmentSpreadsRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly RuleFactory Rule = c => new PossibleFragmentSpreadsRule(c);

    private static readonly Schema BeingsSchema = SchemaBuilder.BuildSchema("""
        interface Being { name: String }
        interface Pet implements Being { name: String }
        type Dog implements Being & Pet { name: String barkVolume: Int }
        type Cat implements Being & Pet { name: String meowVolume: Int }
        union CatOrDog = Cat | Dog
        interface Intelligent { iq: Int }
        type Human implements Being & Intelligent { name: String pets: [Pet] iq: Int }
        type Alien implements Being & Intelligent { name: String iq: Int }
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien
        type Query { catOrDog: CatOrDog dogOrHuman: DogOrHuman humanOrAlien: HumanOrAlien }
        """);

    [Fact]
    public void Of_the_same_object() =>
        ExpectValid(Rule, """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);

    [Fact]
    public void Of_the_same_object_with_inline_fragment() =>
        ExpectValid(Rule, """
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """);

    [Fact]
    public void Object_into_an_implemented_interface() =>
        ExpectValid(Rule, """
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);

    [Fact]
    public void Object_into_containing_union() =>
        ExpectValid(Rule, """
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);

    [Fact]
    public void Union_into_contained_object() =>
        ExpectValid(Rule, """
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """);

    [Fact]
    public void Union_into_overlapping_interface() =>
        ExpectValid(Rule, """
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """);

    [Fact]
    public void Interface_into_implemented_object() =>
        ExpectValid(Rule, """
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """);

    [Fact]
    public void Interface_into_overlapping_interface() =>
        ExpectValid(Rule, """
            fragment interfaceWithinInterface on Pet { ...canineFragment }
            fragment canineFragment on Canine { name }
            """);

    [Fact]
    public void Interface_into_overlapping_interface_in_inline_fragment() =>
        ExpectValid(Rule, """
            fragment interfaceWithinInterface on Pet { ... on Mammal { mother { __typename } } }
            """);

    [Fact]
    public void Interface_into_overlapping_union() =>
        ExpectValid(Rule, """
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """);

    [Fact]
    public void Ignores_incorrect_type() =>
        ExpectValid(Rule, """
            fragment petFragment on Pet { ...badInADifferentWay }
            fragment badInADifferentWay on String { name }
            """);

    [Fact]
    public void Ignores_unknown_fragments() =>
        ExpectValid(Rule, """
            fragment petFragment on Pet { ...UnknownFragment }
            """);

    [Fact]
    public void Different_object_into_object() =>
        ExpectErrors(Rule, """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            "Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". @1:45");

    [Fact]
    public void Different_object_into_object_in_inline_fragment() =>
        ExpectErrors(Rule, """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """,
            "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". @2:3");

    [Fact]
    public void Object_into_not_implementing_interface() =>
        ExpectErrors(Rule, """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            "Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\". @1:48");

    [Fact]
    public void Object_into_not_containing_union() =>
        ExpectErrors(Rule, """
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            "Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\". @1:49");

    [Fact]
    public void Union_into_not_contained_object() =>
        ExpectErrors(Rule, """
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """,
            "Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\". @1:46");

    [Fact]
    public void Interface_into_non_implementing_object() =>
        ExpectErrors(Rule, """
            fragment invalidInterfaceWithinObject on Cat { ...mammalFragment }
            fragment mammalFragment on Mammal { mother { __typename } }
            """,
            "Fragment \"mammalFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Mammal\". @1:48");

    [Fact]
    public void Interface_into_non_implementing_object_in_inline_fragment() =>
        ExpectErrors(Rule, """
            fragment invalidInterfaceWithinObjectAnon on Cat {
              ...on Canine { name }
            }
            """,
            "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Canine\". @2:3");

    [Fact]
    public void Union_into_non_overlapping_interface() =>
        Assert.Equal(["Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\". @1:47"], ValidationHarness.Errors(Rule, """
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """, BeingsSchema));

    [Fact]
    public void Union_into_non_overlapping_union() =>
        Assert.Equal(["Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\". @1:48"], ValidationHarness.Errors(Rule, """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """, BeingsSchema));

    [Fact]
    public void Interface_into_non_overlapping_interface() =>
        Assert.Equal(["Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\". @2:3"], ValidationHarness.Errors(Rule, """
            fragment invalidInterfaceWithinInterface on Pet {
              ...intelligentFragment
            }
            fragment intelligentFragment on Intelligent { iq }
            """, BeingsSchema));

    [Fact]
    public void Interface_into_non_overlapping_interface_in_inline_fragment() =>
        Assert.Equal(["Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\". @2:3"], ValidationHarness.Errors(Rule, """
            fragment invalidInterfaceWithinInterfaceAnon on Pet {
              ...on Intelligent { iq }
            }
            """, BeingsSchema));

    [Fact]
    public void Interface_into_non_overlapping_union() =>
        Assert.Equal(["Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\". @1:56"], ValidationHarness.Errors(Rule, """
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """, BeingsSchema));
}
