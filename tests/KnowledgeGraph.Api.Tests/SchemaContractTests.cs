using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The served schema is exactly schema/knowledge-graph.graphql, as graphql-js prints both.</summary>
public sealed class SchemaContractTests(SeededApi api) : IClassFixture<SeededApi>
{
    private static string SchemaFile => Path.Combine(RepositoryPaths.Root, "schema", "knowledge-graph.graphql");

    [Fact]
    public async Task Served_schema_equals_the_sdl_file_by_graphql_js_print()
    {
        var expected = JsonSerializer.Deserialize<string>(await NodeOracles.RunAsync("oracle.mjs", ["--print-sdl", SchemaFile]))!;
        var output = await NodeOracles.RunAsync("oracle.mjs", ["--check-introspection", api.Server.Url], allowFailure: true);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.True(report.GetProperty("ok").GetBoolean(), report.GetProperty("errors").ToString());
        Assert.Equal(expected, report.GetProperty("printed").GetString());
    }

    [Fact]
    public void The_embedded_sdl_is_the_file()
    {
        Assert.Equal(File.ReadAllText(SchemaFile), KnowledgeGraphSchema.Sdl);
    }

    [Fact]
    public void Every_type_field_and_argument_has_a_description()
    {
        var schema = KnowledgeGraphSchema.Build();
        var missing = new List<string>();
        foreach (var type in schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not GraphQL.Types.ScalarType { IsSpecified: true }))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is GraphQL.Types.FieldsType fields)
            {
                foreach (var field in fields.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add(type.Name + "." + field.Name);
                    }

                    missing.AddRange(field.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }

            if (type is GraphQL.Types.InputObjectType input)
            {
                missing.AddRange(input.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
            }

            if (type is GraphQL.Types.EnumType enumType)
            {
                missing.AddRange(enumType.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.Empty(missing);
    }
}
