using System.Text.Json;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

/// <summary>graphql-js judges the served schema: introspection builds a valid client schema, and both printers agree.</summary>
public sealed class SchemaOracleTests(OracleServer server) : IClassFixture<OracleServer>
{
    private static string PrinterSchemaPath => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.GraphQL.Tests", "Oracle", "printer-schema.graphql");

    [Fact]
    public async Task Introspection_builds_a_valid_client_schema_whose_print_equals_ours()
    {
        var output = await NodeOracles.RunAsync("oracle.mjs", ["--check-introspection", server.Url], allowFailure: true);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.True(report.GetProperty("ok").GetBoolean(), report.GetProperty("errors").ToString());
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        Assert.Equal(report.GetProperty("printed").GetString(), SchemaPrinter.Print(server.Schema));
    }

    [Fact]
    public async Task Our_printer_equals_graphql_js_printSchema_on_a_schema_of_every_feature()
    {
        var output = await NodeOracles.RunAsync("oracle.mjs", ["--print-sdl", PrinterSchemaPath]);
        var expected = JsonSerializer.Deserialize<string>(output)!;
        var ours = SchemaPrinter.Print(SchemaBuilder.BuildSchema(await File.ReadAllTextAsync(PrinterSchemaPath)));
        Assert.Equal(expected, ours);
    }

    [Fact]
    public async Task The_sdl_route_serves_the_printed_schema()
    {
        using var http = new HttpClient();
        var sdl = await http.GetStringAsync(server.Url + "?sdl");
        Assert.Equal(SchemaPrinter.Print(server.Schema) + "\n", sdl);
    }
}
