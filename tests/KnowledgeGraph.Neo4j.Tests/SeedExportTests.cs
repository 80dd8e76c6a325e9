using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// The committed graph-seed/knowledge-graph.cypher is what exporting the seed reports gives (UPDATE_SEED=1 rewrites
/// it), both Cypher files parse with Neo4j's parser, and the Cypher and CSV exports hold the store's counts.
/// </summary>
public sealed class SeedExportTests(SeedStoreFixture seed) : IClassFixture<SeedStoreFixture>
{
    [Fact]
    public async Task Seed_cypher_file_is_what_the_export_gives()
    {
        var script = await ExportAsync();
        if (Environment.GetEnvironmentVariable("UPDATE_SEED") == "1")
        {
            await File.WriteAllTextAsync(SeedStoreFixture.SeedCypherPath, script, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(SeedStoreFixture.SeedCypherPath), "graph-seed/knowledge-graph.cypher is missing: run the tests with UPDATE_SEED=1");
        var committed = await File.ReadAllTextAsync(SeedStoreFixture.SeedCypherPath, Encoding.UTF8);
        Assert.True(committed == script, "graph-seed/knowledge-graph.cypher is stale: run the tests with UPDATE_SEED=1 and commit it");
        Assert.Equal(script, await ExportAsync()); // deterministic
    }

    [Fact]
    public async Task Both_cypher_files_pass_the_neo4j_parser()
    {
        var exported = seed.Folder.File("lint.cypher");
        await File.WriteAllTextAsync(exported, await ExportAsync(), new UTF8Encoding(false));
        var schema = Path.Combine(RepositoryPaths.Root, "schema", "neo4j.cypher");
        var json = await NodeOracles.RunAsync("cypher-lint.mjs", [schema, exported]);
        using var report = JsonDocument.Parse(json);
        Assert.Equal(2, report.RootElement.GetArrayLength());
        foreach (var file in report.RootElement.EnumerateArray())
        {
            var warnings = file.GetProperty("warnings").EnumerateArray().Select(w => w.ToString()).ToList();
            Console.WriteLine($"{file.GetProperty("file")}: {warnings.Count} warning(s){string.Concat(warnings.Select(w => "\n  " + w))}");
            Assert.True(file.GetProperty("errors").GetArrayLength() == 0, $"{file.GetProperty("file")}: {file.GetProperty("errors")}");
        }
    }

    [Fact]
    public async Task Linter_does_report_a_syntax_error()
    {
        var broken = seed.Folder.File("broken.cypher");
        await File.WriteAllTextAsync(broken, "UNWIND [{id: 'a\\'} AS row\nMERGE (n:Township {id: row.id})\n;\n");
        using var report = JsonDocument.Parse(await NodeOracles.RunAsync("cypher-lint.mjs", [broken]));
        Assert.NotEqual(0, report.RootElement[0].GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Cypher_and_csv_hold_the_store_counts()
    {
        var stats = await seed.Store.GetStatsAsync();
        var expectedNodes = stats.Nodes.Where(kv => kv.Value > 0).GroupBy(kv => Neo4jLabels.Of(kv.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
        var expectedRels = stats.Edges.Where(kv => kv.Value > 0).ToDictionary(kv => EdgeCatalog.Name(kv.Key), kv => kv.Value, StringComparer.Ordinal);
        Assert.NotEmpty(expectedNodes);

        var cypher = ExportParsing.CountCypher(await ExportAsync()); // the seed file equals this (Seed_cypher_file_is_what_the_export_gives)
        Assert.Equal(Sorted(expectedNodes), Sorted(cypher.Nodes));
        Assert.Equal(Sorted(expectedRels), Sorted(cypher.Relationships));

        var result = await CsvExport.WriteAsync(seed.Store, seed.Folder.File("csv"));
        var csv = ExportParsing.CountCsv([.. result.NodeFiles, .. result.RelationshipFiles]);
        Assert.Equal(Sorted(expectedNodes), Sorted(csv.Nodes));
        Assert.Equal(Sorted(expectedRels), Sorted(csv.Relationships));
        Assert.StartsWith("neo4j-admin database import full ", result.ImportCommand, StringComparison.Ordinal);
        Assert.All(result.NodeFiles, f => Assert.Contains("--nodes=" + f, result.ImportCommand, StringComparison.Ordinal));
        Assert.All(result.RelationshipFiles, f => Assert.Contains("--relationships=" + f, result.ImportCommand, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_headers_are_typed_with_one_id_space_per_label()
    {
        var result = await CsvExport.WriteAsync(seed.Store, seed.Folder.File("csv-headers"));
        var indicator = ExportParsing.ReadCsv(await File.ReadAllTextAsync(result.NodeFiles.Single(f => f.EndsWith("nodes-Indicator.csv", StringComparison.Ordinal))))[0];
        Assert.Equal("id:ID(Indicator)", indicator[0]);
        Assert.Contains("value:double", indicator);
        Assert.Contains("year:long", indicator);
        Assert.Contains("evidence_start:long", indicator);
        Assert.Contains("evidence_sentence", indicator);
        Assert.Equal(":LABEL", indicator[^1]);
        var mentions = ExportParsing.ReadCsv(await File.ReadAllTextAsync(result.RelationshipFiles.Single(f => f.EndsWith("relationships-MENTIONS-Report-Township.csv", StringComparison.Ordinal))))[0];
        Assert.Equal([":START_ID(Report)", ":END_ID(Township)", "id"], mentions.Take(3));
        Assert.Equal(":TYPE", mentions[^1]);
    }

    private async Task<string> ExportAsync()
    {
        using var writer = new StringWriter();
        await CypherExport.WriteAsync(seed.Store, writer);
        return writer.ToString();
    }

    private static List<KeyValuePair<string, int>> Sorted(Dictionary<string, int> counts) =>
        [.. counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)];
}
