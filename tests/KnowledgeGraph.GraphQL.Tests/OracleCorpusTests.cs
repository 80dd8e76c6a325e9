using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Tests.Validation;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// graphql-js 16 as the oracle: every document of Oracle/corpus goes through graphql-js and through this
/// engine, which must agree on validity, on the validation messages, and for valid documents on the exact
/// JSON result (key order included). Deliberate deviations are listed in Oracle/DEVIATIONS.md.
/// </summary>
public sealed class OracleCorpusTests
{
    private static string OracleDir => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.GraphQL.Tests", "Oracle");

    private static readonly Lazy<Task<JsonElement>> GraphQLJs = new(async () =>
    {
        var output = Path.Combine(Path.GetTempPath(), $"kg-oracle-{Guid.NewGuid():N}.json");
        await NodeOracles.RunAsync("oracle.mjs", ["--sdl", Path.Combine(OracleDir, "schema.graphql"), "--data", Path.Combine(OracleDir, "data.json"),
            "--corpus", Path.Combine(OracleDir, "corpus"), "--out", output]);
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(output)).RootElement.Clone();
        File.Delete(output);
        return json;
    });

    public static TheoryData<string> Documents() =>
        [.. Directory.EnumerateFiles(Path.Combine(OracleDir, "corpus"), "*.graphql").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_corpus_has_five_invalid_documents_for_every_rule()
    {
        var files = Directory.EnumerateFiles(Path.Combine(OracleDir, "corpus"), "*.graphql").Select(f => Path.GetFileName(f)).ToList();
        foreach (var rule in typeof(ValidationRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ValidationRule))).Select(t => t.Name).Where(n => n is not "ExecutableDefinitionsRule" and not "KnownOperationTypesRule"))
        {
            Assert.True(files.Count(f => f.StartsWith(rule + ".invalid.", StringComparison.Ordinal)) >= 5, $"{rule} has fewer than five invalid documents");
        }

        Assert.True(files.Count(f => f.Contains(".valid.", StringComparison.Ordinal)) >= 40, "fewer than 40 valid documents");
    }

    /// <summary>JSON text without white space, keys and number texts as they are, strings escaped one way.</summary>
    internal static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Agrees_with_graphql_js(string file)
    {
        var expected = (await GraphQLJs.Value).GetProperty(file);
        var path = Path.Combine(OracleDir, "corpus", file);
        var text = await File.ReadAllTextAsync(path);
        var schema = ValidationHarness.TestSchema;
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLSyntaxException e)
        {
            Assert.False(expected.GetProperty("valid").GetBoolean(), $"graphql-js parsed what we refused: {e.Message}");
            Assert.Equal(expected.GetProperty("errors")[0].GetString(), e.Message);
            return;
        }

        var errors = Validator.Validate(schema, document).Select(e => e.Message).ToList();
        Assert.Equal(expected.GetProperty("errors").EnumerateArray().Select(e => e.GetString() ?? "").ToList(), errors);
        Assert.Equal(expected.GetProperty("valid").GetBoolean(), errors.Count == 0);
        if (errors.Count > 0)
        {
            return;
        }

        var variablesFile = Path.ChangeExtension(path, ".variables.json");
        var firstLine = text.Split('\n')[0];
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            RootValue = JsonValues.Parse(await File.ReadAllTextAsync(Path.Combine(OracleDir, "data.json"))),
            VariableValues = File.Exists(variablesFile) ? (IReadOnlyDictionary<string, object?>?)JsonValues.Parse(await File.ReadAllTextAsync(variablesFile)) : null,
            OperationName = firstLine.StartsWith("# operation:", StringComparison.Ordinal) ? firstLine["# operation:".Length..].Trim() : null,
        });
        Assert.Equal(Compact(expected.GetProperty("result")), Compact(JsonDocument.Parse(ResultJson.ToJson(result, includeExtensions: false)).RootElement));
    }
}
