using System.Text.Json;

namespace KnowledgeGraph.Testing;

/// <summary>The expected document fields of a seed report: its gold file if there is one, else the hand-read fixture.</summary>
public static class ExpectedDocuments
{
    /// <summary>The document-level fields, in the scorer's order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["township.name", "township.kind", "township.county", "township.city", "township.province", "reviewYear", "planYear", "published"];

    public static JsonElement For(string reportFileName)
    {
        var stem = Path.GetFileNameWithoutExtension(reportFileName);
        foreach (var folder in new[] { "gold", "documents" })
        {
            var path = Path.Combine(RepositoryPaths.Fixtures, folder, stem + ".json");
            if (File.Exists(path))
            {
                return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
            }
        }

        throw new FileNotFoundException("no expected document fields for " + reportFileName);
    }

    /// <summary>A field by dotted path, as text ("" for null or missing), the way the scorer compares them.</summary>
    public static string Field(JsonElement doc, string path)
    {
        var current = doc;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return "";
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            JsonValueKind.String => current.GetString()!,
            _ => current.GetRawText(),
        };
    }
}
