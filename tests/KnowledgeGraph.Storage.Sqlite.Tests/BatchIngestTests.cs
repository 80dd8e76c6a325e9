using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>A batch is one transaction with a savepoint per report: a failing report goes alone, the others stay.</summary>
public sealed class BatchIngestTests
{
    [Fact]
    public async Task A_failing_report_of_a_batch_is_rolled_back_alone()
    {
        await using var db = await TempStore.CreateAsync();
        var broken = Samples.Report2024(extend: (b, n) => b.Link(EdgeKind.LocatedIn, n.Project.Id, "village:not-stored", "数字经济产业园建成投产"));
        var results = await db.Store.IngestBatchAsync([Samples.Report2023(), broken]);

        Assert.Equal(IngestStatus.Added, results[0].Outcome?.Status);
        Assert.Null(results[1].Outcome);
        Assert.Contains("village:not-stored", results[1].Error?.Message, StringComparison.Ordinal);
        var reports = await db.Store.ListReportsAsync();
        Assert.Equal([Samples.File2023], reports.Select(r => r.FileName));

        // What the batch kept is exactly what ingesting the good report alone gives.
        await using var alone = await TempStore.CreateAsync();
        await alone.Store.IngestAsync(Samples.Report2023());
        StoreSnapshot.AssertSame(await StoreSnapshot.TakeAsync(alone.Store), await StoreSnapshot.TakeAsync(db.Store));
        Assert.Equal((await alone.Store.GetStatsAsync()).NodeTotal, (await db.Store.GetStatsAsync()).NodeTotal);
    }

    [Fact]
    public async Task Deleting_a_report_leaves_its_places_and_counters_as_if_it_never_came()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.IngestAsync(Samples.Report2023());
        var before = await db.Store.GetStatsAsync();
        var inPlace = new NodeQuery([NodeKind.Project], new NodeCondition.InPlace(Samples.TownshipId), []);
        var projectsBefore = await db.Store.CountNodesAsync(inPlace);

        await db.Store.IngestAsync(Samples.Report2024());
        Assert.True(await db.Store.CountNodesAsync(inPlace) >= projectsBefore);
        Assert.True(await db.Store.DeleteReportAsync(NodeIds.Report(Samples.File2024)));

        var after = await db.Store.GetStatsAsync();
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Edges, after.Edges);
        Assert.Equal(before.Reports, after.Reports);
        Assert.Equal(projectsBefore, await db.Store.CountNodesAsync(inPlace));
    }
}
