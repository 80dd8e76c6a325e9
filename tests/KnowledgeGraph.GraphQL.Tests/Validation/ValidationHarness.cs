using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>The shared test schema of the rule tests (Oracle/schema.graphql) and helpers to run one rule.</summary>
public static class ValidationHarness
{
    private static readonly Lazy<Schema> Schema = new(() =>
        SchemaBuilder.BuildSchema(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Oracle", "schema.graphql"))));

    public static Schema TestSchema => Schema.Value;

    /// <summary>The errors of one rule on a document, as "message @line:column[, line:column]" strings.</summary>
    public static IReadOnlyList<string> Errors(RuleFactory rule, string document, Schema? schema = null) =>
        [.. Validator.Validate(schema ?? TestSchema, Parser.Parse(document), [rule])
            .Select(e => e.Message + " @" + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}")))];

    public static void ExpectValid(RuleFactory rule, string document, Schema? schema = null) =>
        Assert.Empty(Errors(rule, document, schema));

    public static void ExpectErrors(RuleFactory rule, string document, params string[] expected) =>
        Assert.Equal(expected, Errors(rule, document));
}
