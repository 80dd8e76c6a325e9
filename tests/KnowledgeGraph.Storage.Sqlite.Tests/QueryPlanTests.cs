using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The hot lists are answered from an index (SQLite's EXPLAIN QUERY PLAN): no full scan of nodes or edges, and no
/// sort of a whole kind when the order has its own index.
/// </summary>
public sealed class QueryPlanTests
{
    private static readonly NodeKeyset NameAfter = new(["m"], "project:0");

    public static TheoryData<string, NodeQuery> HotLists => new()
    {
        { "projects by name", new NodeQuery([NodeKind.Project], null, [], First: 20) },
        { "projects by name, after a cursor", new NodeQuery([NodeKind.Project], null, [], NameAfter, First: 20) },
        { "projects by name, backwards", new NodeQuery([NodeKind.Project], null, [], Last: 20) },
        { "awards by level, year descending", new NodeQuery([NodeKind.Award], new NodeCondition.AwardLevel(["national", "provincial"]), [new(NodeSortField.Year, true)], First: 20) },
        { "indicators by value descending", new NodeQuery([NodeKind.Indicator], null, [new(NodeSortField.Value, true)], First: 20) },
        { "targets by year", new NodeQuery([NodeKind.Target], null, [new(NodeSortField.Year, false)], First: 20) },
        { "a place's projects by name", new NodeQuery([NodeKind.Project], new NodeCondition.InPlace("county:330106"), [], First: 20) },
        { "a report's indicators", new NodeQuery([NodeKind.Indicator], new NodeCondition.InReport("report:2024-xihu"), [], First: 20) },
    };

    [Theory]
    [MemberData(nameof(HotLists))]
    public async Task A_hot_list_is_read_from_an_index(string name, NodeQuery query)
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.IngestAsync(Samples.Report2024());
        await using var connection = TempStore.RawConnection(temp.DatabasePath);
        var plan = await NodeListQueries.ExplainAsync(connection, query, CancellationToken.None);
        var text = string.Join(" | ", plan);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN n", StringComparison.Ordinal) && !step.Contains("USING", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN edges", StringComparison.Ordinal) || step.StartsWith("SCAN nodes", StringComparison.Ordinal));
        Assert.True(plan.Any(step => step.Contains("USING", StringComparison.Ordinal)), $"{name}: {text}");
        if (query.Where is not NodeCondition.InReport)
        {
            Assert.False(plan.Any(step => step.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)), $"{name} sorts: {text}");
        }
    }

    [Fact]
    public async Task Search_uses_the_full_text_index()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.Store.IngestAsync(Samples.Report2024());
        var hits = await temp.Store.SearchAsync(new SearchQuery("产业 园", null, null, 10));
        Assert.Contains(hits.Hits, h => h.Node.Name == Samples.Project);
        Assert.Contains("«", hits.Hits[0].Snippet, StringComparison.Ordinal);
        Assert.Empty((await temp.Store.SearchAsync(new SearchQuery("%", null, null, 10))).Hits);
    }
}
