using System.Text;
using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Tricky string literals, as <see cref="CypherLiteral"/> writes them, parse with Neo4j's own parser.</summary>
public sealed class EscapingParserTests
{
    private static readonly string[] Tricky =
    [
        "it's", "\"quoted\"", @"back\slash\", @"ends in a backslash \", "\\'", "line\nbreak\r\ttab", "“两山”理念,桐乡市·乌镇",
        "\u0000\u0007\u001b", "\u2028\u2029", "𠀀 emoji 🚜", "\ud800 lone", "; on its own\n;\n", "// not a comment", "/* nor this */", "`backtick`", "{id: 'x'}",
    ];

    [Fact]
    public async Task Tricky_literals_parse()
    {
        using var folder = new TempDirectory();
        var script = new StringBuilder();
        foreach (var value in Tricky)
        {
            script.Append("RETURN ").Append(CypherLiteral.String(value)).Append(" AS ").Append(CypherLiteral.Name("a value")).Append("\n;\n");
        }

        script.Append("RETURN {").Append(CypherLiteral.Name("odd`key")).Append(": ").Append(CypherLiteral.Float(1e21)).Append("} AS m\n;\n");
        var file = folder.File("tricky.cypher");
        await File.WriteAllTextAsync(file, script.ToString(), new UTF8Encoding(false));
        using var report = JsonDocument.Parse(await NodeOracles.RunAsync("cypher-lint.mjs", [file]));
        var errors = report.RootElement[0].GetProperty("errors");
        Assert.True(errors.GetArrayLength() == 0, errors.ToString());
    }
}
