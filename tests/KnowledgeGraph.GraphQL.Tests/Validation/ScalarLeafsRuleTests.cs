using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The main cases of graphql-js's ScalarLeafsRule-test.ts, ported to the shared test schema (or a small
/// schema of the case), expecting the messages and locations graphql-js 16.15 gives.
/// </summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly RuleFactory Rule = c => new ScalarLeafsRule(c);

    [Fact]
    public void Valid_scalar_selection() =>
        ExpectValid(Rule, """
            fragment scalarSelection on Dog {
              barks
            }
            """);

    [Fact]
    public void Object_type_missing_selection() =>
        ExpectErrors(Rule, """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? @2:3");

    [Fact]
    public void Interface_type_missing_selection() =>
        ExpectErrors(Rule, """
            {
              human { pets }
            }
            """,
            "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"? @2:11");

    [Fact]
    public void Union_type_missing_selection() =>
        ExpectErrors(Rule, """
            {
              catOrDog
            }
            """,
            "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"? @2:3");

    [Fact]
    public void Non_null_list_type_missing_selection() =>
        ExpectErrors(Rule, """
            {
              human { relatives }
            }
            """,
            "Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"? @2:11");

    [Fact]
    public void Valid_scalar_selection_with_args() =>
        ExpectValid(Rule, """
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """);

    [Fact]
    public void Scalar_selection_not_allowed_on_Boolean() =>
        ExpectErrors(Rule, """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """,
            "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields. @2:9");

    [Fact]
    public void Scalar_selection_not_allowed_on_Enum() =>
        ExpectErrors(Rule, """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """,
            "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields. @2:12");

    [Fact]
    public void Scalar_selection_not_allowed_with_args() =>
        ExpectErrors(Rule, """
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            """,
            "Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields. @2:36");

    [Fact]
    public void Scalar_selection_not_allowed_with_directives() =>
        ExpectErrors(Rule, """
            fragment scalarSelectionsNotAllowedWithDirectives on Dog {
              name @include(if: true) { isAlsoHumanName }
            }
            """,
            "Field \"name\" must not have a selection since type \"String\" has no subfields. @2:27");

    [Fact]
    public void Scalar_selection_not_allowed_with_directives_and_args() =>
        ExpectErrors(Rule, """
            fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
            }
            """,
            "Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields. @2:55");

    [Fact]
    public void Typename_and_unknown_fields_are_ignored_or_leaves() =>
        ExpectErrors(Rule, """
            {
              __typename { name }
              unknown
              dog { unknown { x } }
            }
            """,
            "Field \"__typename\" must not have a selection since type \"String!\" has no subfields. @2:14");

    [Fact]
    public void Object_type_with_an_empty_selection_set()
    {
        // the parser rejects "{}", so the empty selection set is made by hand
        var document = Parser.Parse("{ dog { name } }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var dog = (FieldNode)operation.SelectionSet.Selections[0];
        var emptied = dog with { SelectionSet = dog.SelectionSet! with { Selections = [] } };
        document = document with { Definitions = [operation with { SelectionSet = operation.SelectionSet with { Selections = [emptied] } }] };
        var error = Assert.Single(Validator.Validate(TestSchema, document, [Rule]));
        Assert.Equal("Field \"dog\" of type \"Dog\" must have at least one field selected.", error.Message);
        Assert.Equal([new KnowledgeGraph.GraphQL.Errors.SourceLocation(1, 3)], error.Locations);
    }
}
