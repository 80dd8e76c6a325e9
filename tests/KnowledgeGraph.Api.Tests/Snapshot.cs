using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Committed response snapshots in <c>__snapshots__/NAME.json</c> (indented, Chinese kept readable). A missing or
/// different snapshot fails; run with <c>UPDATE_SNAPSHOTS=1</c> to write them instead.
/// </summary>
internal static class Snapshot
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.Api.Tests", "__snapshots__");

    public static void Match(string name, string json)
    {
        var actual = Indent(json);
        var path = Path.Combine(Folder, name + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"snapshot {name}.json is missing; run the tests with UPDATE_SNAPSHOTS=1 to write it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    public static string Indent(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
