using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>UniqueDirectivesPerLocationRule, after graphql-js's UniqueDirectivesPerLocationRule-test.ts on the shared test schema (expectations checked against graphql-js 16.15).</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly KnowledgeGraph.GraphQL.Validation.RuleFactory Rule = c => new UniqueDirectivesPerLocationRule(c);

    [Fact]
    public void No_directives() =>
        ExpectValid(Rule, """
            fragment Test on Type {
              field
            }
            """);

    [Fact]
    public void Unique_directives_in_different_locations() =>
        ExpectValid(Rule, """
            fragment Test on Type @directiveA {
              field @directiveB
            }
            """);

    [Fact]
    public void Unique_directives_in_same_locations() =>
        ExpectValid(Rule, """
            fragment Test on Type @directiveA @directiveB {
              field @directiveA @directiveB
            }
            """);

    [Fact]
    public void Same_directives_in_different_locations() =>
        ExpectValid(Rule, """
            fragment Test on Type @onFragmentDefinition {
              field @onField
            }
            """);

    [Fact]
    public void Same_directives_in_similar_locations() =>
        ExpectValid(Rule, """
            fragment Test on Type {
              field @onField
              field @onField
            }
            """);

    [Fact]
    public void Repeatable_directives_in_same_location() =>
        ExpectValid(Rule, """
            fragment Test on Type @repeatableOnField @repeatableOnField {
              field @repeatableOnField @repeatableOnField
            }
            """);

    [Fact]
    public void Unknown_directives_must_be_ignored() =>
        ExpectValid(Rule, """
            type Test @unknown @unknown {
              field: String! @unknown @unknown
            }

            extend type Test @unknown {
              anotherField: String!
            }
            """);

    [Fact]
    public void Duplicate_directives_in_one_location() =>
        ExpectErrors(Rule, """
            fragment Test on Type {
              field @onField @onField
            }
            """,
            "The directive \"@onField\" can only be used once at this location. @2:9, 2:18");

    [Fact]
    public void Many_duplicate_directives_in_one_location() =>
        ExpectErrors(Rule, """
            fragment Test on Type {
              field @onField @onField @onField
            }
            """,
            "The directive \"@onField\" can only be used once at this location. @2:9, 2:18",
            "The directive \"@onField\" can only be used once at this location. @2:9, 2:27");

    [Fact]
    public void Different_duplicate_directives_in_one_location() =>
        ExpectErrors(Rule, """
            fragment Test on Type {
              field @onField @withArgs(req: 1) @onField @withArgs(req: 2)
            }
            """,
            "The directive \"@onField\" can only be used once at this location. @2:9, 2:36",
            "The directive \"@withArgs\" can only be used once at this location. @2:18, 2:45");

    [Fact]
    public void Duplicate_directives_in_many_locations() =>
        ExpectErrors(Rule, """
            query ($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
              ...Test @include(if: true) @include(if: false)
              ... @skip(if: true) @skip(if: false) { __typename }
            }
            fragment Test on QueryRoot @onFragmentDefinition @onFragmentDefinition {
              field @onField @onField
            }
            """,
            "The directive \"@onQuery\" can only be used once at this location. @1:61, 1:70",
            "The directive \"@onVariableDefinition\" can only be used once at this location. @1:16, 1:38",
            "The directive \"@include\" can only be used once at this location. @2:11, 2:30",
            "The directive \"@skip\" can only be used once at this location. @3:7, 3:23",
            "The directive \"@onFragmentDefinition\" can only be used once at this location. @5:28, 5:50",
            "The directive \"@onField\" can only be used once at this location. @6:9, 6:18");

    [Fact]
    public void Directives_defined_in_the_document_follow_their_repeatable_flag() =>
        ExpectErrors(Rule, """
            {
              dog @once @once @many @many { name }
            }
            directive @once on FIELD
            directive @many repeatable on FIELD
            """,
            "The directive \"@once\" can only be used once at this location. @2:7, 2:13");

    [Fact]
    public void Duplicate_directives_on_a_type_and_its_extensions() =>
        ExpectErrors(Rule, """
            directive @nonRepeatable on SCHEMA | OBJECT | SCALAR | ENUM
            type TestObject @nonRepeatable
            extend type TestObject @nonRepeatable
            scalar TestScalar @nonRepeatable
            extend scalar TestScalar @nonRepeatable
            enum TestEnum @nonRepeatable
            extend enum TestEnum @nonRepeatable
            schema @nonRepeatable { query: TestObject }
            extend schema @nonRepeatable
            """,
            "The directive \"@nonRepeatable\" can only be used once at this location. @2:17, 3:24",
            "The directive \"@nonRepeatable\" can only be used once at this location. @4:19, 5:26",
            "The directive \"@nonRepeatable\" can only be used once at this location. @6:15, 7:22",
            "The directive \"@nonRepeatable\" can only be used once at this location. @8:8, 9:15");
}
