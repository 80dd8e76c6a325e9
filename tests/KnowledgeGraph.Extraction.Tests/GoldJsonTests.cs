using System.Text.Json;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class GoldJsonTests
{
    [Fact]
    public async Task The_seeds_print_in_the_gold_shape_with_every_document_field_right()
    {
        var reader = new ReportReader();
        var extractions = new List<ReportExtraction>();
        foreach (var file in RepositoryPaths.SeedReportFiles)
        {
            extractions.Add(ExtractionPipeline.Default.Extract(await reader.ReadFileAsync(file)));
        }

        using var buffer = new MemoryStream();
        GoldJson.Write(buffer, extractions);
        using var json = JsonDocument.Parse(buffer.ToArray());
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(5, documents.Count);
        var shape = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Fixtures, "gold-format.json"))).RootElement;
        foreach (var doc in documents)
        {
            var file = doc.GetProperty("file").GetString()!;
            foreach (var key in shape.EnumerateObject())
            {
                Assert.True(doc.TryGetProperty(key.Name, out _), $"{file} lacks '{key.Name}'");
            }

            var expected = ExpectedDocuments.For(file);
            foreach (var field in ExpectedDocuments.Fields)
            {
                Assert.Equal($"{file} {field}={ExpectedDocuments.Field(expected, field)}", $"{file} {field}={ExpectedDocuments.Field(doc, field)}");
            }
        }
    }
}
