using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The documented deviations (Oracle/DEVIATIONS.md) hold: graphql-js accepts, we reject, for the stated reason.</summary>
public sealed class DeviationTests
{
    private static string Dir => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.GraphQL.Tests", "Oracle", "deviations");

    [Fact]
    public async Task Operations_without_a_root_type_are_invalid_here_and_valid_in_graphql_js()
    {
        var output = Path.Combine(Path.GetTempPath(), $"kg-deviations-{Guid.NewGuid():N}.json");
        await NodeOracles.RunAsync("oracle.mjs", ["--sdl", Path.Combine(Dir, "query-only.graphql"), "--data", Path.Combine(Dir, "..", "data.json"), "--corpus", Dir, "--out", output]);
        var graphqlJs = JsonDocument.Parse(await File.ReadAllTextAsync(output)).RootElement;
        File.Delete(output);
        var schema = SchemaBuilder.BuildSchema(await File.ReadAllTextAsync(Path.Combine(Dir, "query-only.graphql")));
        var documents = Directory.EnumerateFiles(Dir, "KnownOperationTypesRule.invalid.*.graphql").ToList();
        Assert.True(documents.Count >= 5);
        foreach (var file in documents)
        {
            Assert.True(graphqlJs.GetProperty(Path.GetFileName(file)).GetProperty("valid").GetBoolean(), file);
            var errors = Validator.Validate(schema, Parser.Parse(await File.ReadAllTextAsync(file)));
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.Matches("^The (mutation|subscription) operation is not supported by the schema\\.$", e.Message));
        }
    }
}
