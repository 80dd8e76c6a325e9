using System.Text.RegularExpressions;
using NodeKind = KnowledgeGraph.Domain.NodeKind;
using KnowledgeGraph.GraphQL.Language;

using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// One vocabulary: the values analysts see in the committed Cypher seed and the CSVs are spelled as the enums of
/// schema/knowledge-graph.graphql, and one property name means one thing.
/// </summary>
public sealed partial class VocabularyTests(SeedStoreFixture seed) : IClassFixture<SeedStoreFixture>
{
    private static readonly Dictionary<string, List<string>> Enums = Parser
        .Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "knowledge-graph.graphql")))
        .Definitions.OfType<EnumTypeDefinitionNode>()
        .ToDictionary(e => e.Name.Value, e => e.Values.Select(v => v.Name.Value).ToList(), StringComparer.Ordinal);

    /// <summary>(label or relationship type, property) → the GraphQL enum its values must belong to.</summary>
    private static readonly (string Owner, string Key, string Enum)[] Checked =
    [
        ("Region", "level", "RegionLevel"),
        ("Award", "level", "AwardLevel"),
        ("Project", "status", "ProjectStatus"),
        ("HAS_STATUS", "status", "ProjectStatus"),
    ];

    [Fact]
    public void Seed_cypher_values_are_spelled_as_the_graphql_enums()
    {
        var values = SeedValues(File.ReadAllText(SeedStoreFixture.SeedCypherPath));
        foreach (var (owner, key, name) in Checked)
        {
            var seen = values.GetValueOrDefault((owner, key)) ?? [];
            Assert.True(seen.Count > 0, $"the seed has no {owner}.{key}");
            Assert.All(seen, v => Assert.True(Enums[name].Contains(v), $"{owner}.{key} = '{v}' is not a value of the GraphQL enum {name} ({string.Join(", ", Enums[name])})"));
        }

        // one meaning per property name: kind was 镇/街道 on Township and amount/growth on Indicator
        Assert.False(values.ContainsKey(("Township", "kind")));
        Assert.False(values.ContainsKey(("Indicator", "kind")));
        Assert.Subset(new HashSet<string>(["镇", "街道", "乡"]), values[("Township", "townshipType")]);
        Assert.Contains("amount", values[("Indicator", "measure")]);
    }

    [Fact]
    public void The_vocabulary_lists_are_the_graphql_enums_in_their_order()
    {
        Assert.Equal(Enums["ProjectStatus"], AnalystVocabulary.ProjectStatuses);
        Assert.Equal(Enums["AwardLevel"], AnalystVocabulary.AwardLevels);
        Assert.Equal(Enums["RegionLevel"], AnalystVocabulary.RegionLevels);
        Assert.All(Enum.GetValues<NodeKind>(), k => Assert.Contains(AnalystVocabulary.Kind(k), Enums["NodeKind"]));
        var grass = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "graph-seed", "neo4j-browser.grass"));
        Assert.All(AnalystVocabulary.ProjectStatuses, s => Assert.Contains($"node.Project.{s} {{", grass, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_values_and_project_status_labels_use_the_same_spelling()
    {
        var result = await CsvExport.WriteAsync(seed.Store, seed.Folder.File("csv-vocabulary"));
        var projects = ExportParsing.ReadCsv(await File.ReadAllTextAsync(result.NodeFiles.Single(f => f.EndsWith("nodes-Project.csv", StringComparison.Ordinal))));
        var status = projects[0].IndexOf("status");
        var year = projects[0].IndexOf("statusYear:long");
        Assert.True(status > 0 && year > 0, string.Join(",", projects[0]));
        foreach (var row in projects.Skip(1).Where(r => r[status].Length > 0))
        {
            Assert.Contains(row[status], Enums["ProjectStatus"]);
            Assert.Equal("Project;" + row[status], row[^1]);
            Assert.InRange(long.Parse(row[year], System.Globalization.CultureInfo.InvariantCulture), 2000, 2100);
        }

        var awards = ExportParsing.ReadCsv(await File.ReadAllTextAsync(result.NodeFiles.Single(f => f.EndsWith("nodes-Award.csv", StringComparison.Ordinal))));
        var level = awards[0].IndexOf("level");
        Assert.All(awards.Skip(1), row => Assert.Contains(row[level], Enums["AwardLevel"]));
        var township = ExportParsing.ReadCsv(await File.ReadAllTextAsync(result.NodeFiles.Single(f => f.EndsWith("nodes-Township.csv", StringComparison.Ordinal))));
        Assert.Contains("townshipType", township[0]);
        Assert.DoesNotContain("kind", township[0]);
    }

    /// <summary>Every <c>key: 'value'</c> of the seed's rows, by the label or relationship type of the statement.</summary>
    private static Dictionary<(string Owner, string Key), HashSet<string>> SeedValues(string script)
    {
        var values = new Dictionary<(string, string), HashSet<string>>();
        foreach (var statement in script.Split("\n;\n"))
        {
            var owner = Owner().Match(statement);
            if (!owner.Success)
            {
                continue;
            }

            var name = owner.Groups[1].Success ? owner.Groups[1].Value : owner.Groups[2].Value;
            foreach (Match m in Property().Matches(statement))
            {
                var key = (name, m.Groups[1].Value);
                if (!values.TryGetValue(key, out var set))
                {
                    values[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(m.Groups[2].Value);
            }
        }

        return values;
    }

    [GeneratedRegex(@"MERGE \(n:(\w+) |MERGE \(a\)-\[r:(\w+) ")]
    private static partial Regex Owner();

    [GeneratedRegex(@"[{,] ?(level|status|townshipType|measure|kind): '([^']*)'")]
    private static partial Regex Property();
}
