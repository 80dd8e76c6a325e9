using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's SingleFieldSubscriptionsRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly RuleFactory Rule = c => new SingleFieldSubscriptionsRule(c);

    private static readonly Schema QueryOnlySchema = SchemaBuilder.BuildSchema("""
        type Query { dog: Dog }
        type Dog { name: String }
        """);

    [Fact]
    public void Valid_subscription() =>
        ExpectValid(Rule, """
            subscription ImportantBarks {
              dogBarked { name }
            }
            """);

    [Fact]
    public void Valid_subscription_with_fragment() =>
        ExpectValid(Rule, """
            subscription sub {
              ...barkFields
            }

            fragment barkFields on SubscriptionRoot {
              dogBarked { name barkVolume }
            }
            """);

    [Fact]
    public void Valid_subscription_with_fragment_and_field() =>
        ExpectValid(Rule, """
            subscription sub {
              dogBarked { name }
              ...barkFields
            }

            fragment barkFields on SubscriptionRoot {
              dogBarked { name barkVolume }
            }
            """);

    [Fact]
    public void Fails_with_more_than_one_root_field() =>
        ExpectErrors(Rule, """
            subscription ImportantBarks {
              dogBarked { name }
              catMeowed { name }
            }
            """,
            "Subscription \"ImportantBarks\" must select only one top level field. @3:3");

    [Fact]
    public void Fails_with_more_than_one_root_field_including_introspection() =>
        ExpectErrors(Rule, """
            subscription ImportantBarks {
              dogBarked { name }
              __typename
            }
            """,
            "Subscription \"ImportantBarks\" must select only one top level field. @3:3",
            "Subscription \"ImportantBarks\" must not select an introspection top level field. @3:3");

    [Fact]
    public void Fails_with_more_than_one_root_field_including_aliases() =>
        ExpectErrors(Rule, """
            subscription ImportantBarks {
              dogBarked { name }
              again: dogBarked { name }
              catMeowed { name }
            }
            """,
            "Subscription \"ImportantBarks\" must select only one top level field. @3:3, 4:3");

    [Fact]
    public void Fails_with_many_more_than_one_root_field_via_fragments() =>
        ExpectErrors(Rule, """
            subscription ImportantBarks {
              dogBarked { name }
              ... {
                catMeowed { name }
              }
              ...MoreBarks
            }
            fragment MoreBarks on SubscriptionRoot {
              loud: dogBarked { barkVolume }
              ...Meows
            }
            fragment Meows on SubscriptionRoot {
              meows: catMeowed { meows }
            }
            """,
            "Subscription \"ImportantBarks\" must select only one top level field. @4:5, 9:3, 13:3");

    [Fact]
    public void Fails_with_more_than_one_root_field_in_anonymous_subscriptions() =>
        ExpectErrors(Rule, """
            subscription {
              dogBarked { name }
              catMeowed { name }
            }
            """,
            "Anonymous Subscription must select only one top level field. @3:3");

    [Fact]
    public void Fails_with_introspection_field() =>
        ExpectErrors(Rule, """
            subscription ImportantBarks {
              __typename
            }
            """,
            "Subscription \"ImportantBarks\" must not select an introspection top level field. @2:3");

    [Fact]
    public void Fails_with_introspection_field_in_anonymous_subscription() =>
        ExpectErrors(Rule, """
            subscription {
              __typename
            }
            """,
            "Anonymous Subscription must not select an introspection top level field. @2:3");

    [Fact]
    public void Skipped_fields_are_not_collected() =>
        ExpectValid(Rule, """
            subscription Barks {
              dogBarked { name }
              catMeowed @skip(if: true) { name }
              __typename @include(if: false)
              ... on SubscriptionRoot @skip(if: true) { other: dogBarked { name } }
            }
            """);

    [Fact]
    public void Included_fields_are_collected() =>
        ExpectErrors(Rule, """
            subscription Barks {
              dogBarked { name }
              catMeowed @include(if: true) { name }
            }
            """,
            "Subscription \"Barks\" must select only one top level field. @3:3");

    [Fact]
    public void Does_not_check_queries_and_mutations() =>
        ExpectValid(Rule, """
            query Q {
              dog { name }
              cat { name }
              __typename
            }
            mutation M {
              renameDog(name: "Rex") { name }
              adoptPet { name }
            }
            """);

    [Fact]
    public void Not_checked_when_the_schema_has_no_subscription_type() =>
        ExpectValid(Rule, """
            subscription S {
              dog { name }
              __typename
            }
            """, QueryOnlySchema);

    [Fact]
    public void Fragments_on_other_types_are_not_collected() =>
        ExpectValid(Rule, """
            subscription Barks {
              dogBarked { name }
              ... on QueryRoot { dog { name } }
              ...Unknown
            }
            """);

    [Fact]
    public void A_variable_condition_is_reported_where_graphql_js_throws() =>
        ExpectErrors(Rule, """
            subscription Barks($skip: Boolean!) {
              dogBarked @skip(if: $skip) { name }
              catMeowed { name }
            }
            """,
            "Argument \"if\" of required type \"Boolean!\" was provided the variable \"$skip\" which was not provided a runtime value. @2:23");
}
