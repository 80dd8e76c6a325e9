using System.Text.Json;
using CsCheck;
using KnowledgeGraph.Api;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Server;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.Fuzz.Tests;

/// <summary>
/// The lexer, parser, validator and operation limits on mutated documents, and the JSON reading of request parameters:
/// the only failures allowed are a syntax error and a JSON error; anything else (an exception of another type, a hang)
/// fails the run with the seed to reproduce it.
/// </summary>
public sealed class LanguageFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly KnowledgeGraph.GraphQL.Types.Schema Schema = KnowledgeGraphSchema.Build();

    [Fact]
    public void Mutated_documents_parse_validate_and_are_priced_or_fail_with_a_syntax_error()
    {
        var corpus = Fuzz.Corpus("graphql");
        var runs = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            Interlocked.Increment(ref runs);
            var text = Mutator.MutateText(corpus, seed);
            DocumentNode document;
            try
            {
                document = Parser.Parse(text, new ParserOptions { MaxTokens = 15_000 });
            }
            catch (GraphQLSyntaxException)
            {
                return;
            }

            var errors = Validator.Validate(Schema, document, SpecifiedRules.All, Validator.DefaultMaxErrors);
            Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.Message)));
            foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
            {
                _ = OperationLimits.Check(Schema, document, operation, null, new OperationLimitOptions());
            }

            _ = Printer.Print(document);
        }, time: Fuzz.Seconds(15), threads: 1);
        output.WriteLine($"{runs} inputs");
        Assert.True(runs >= 100, $"only {runs} inputs ran");
    }

    [Fact]
    public void Mutated_request_json_is_read_or_refused_as_json()
    {
        var corpus = Fuzz.Corpus("requests");
        var runs = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            Interlocked.Increment(ref runs);
            var bytes = Mutator.Mutate(corpus, seed);
            try
            {
                using var document = JsonDocument.Parse(bytes);
                _ = JsonValues.From(document.RootElement);
            }
            catch (JsonException)
            {
            }
        }, time: Fuzz.Seconds(5), threads: 1);
        output.WriteLine($"{runs} inputs");
        Assert.True(runs >= 100, $"only {runs} inputs ran");
    }
}
