using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>A report that fails part-way leaves the store exactly as it was.</summary>
public sealed class FailureTests
{
    private static ReportGraph WithMissingEndpoint() =>
        Samples.Report2024(extend: (b, n) => b.Link(EdgeKind.LocatedIn, n.Project.Id, "village:not-stored", "数字经济产业园建成投产"));

    private static ReportGraph WithForbiddenEdge() =>
        Samples.Report2024(extend: (b, n) => b.Link(EdgeKind.HasStatus, n.Township, n.Year2024, "西湖街道2024年政府工作报告"));

    /// <summary>A store holding the 2023 report, and what it showed before the failing call.</summary>
    private static async Task<(TempStore Db, StoreSnapshot Before)> PriorStoreAsync(bool with2024 = false)
    {
        var db = await TempStore.CreateAsync();
        await db.Store.IngestAsync(Samples.Report2023());
        if (with2024)
        {
            await db.Store.IngestAsync(Samples.Report2024());
        }

        return (db, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task An_edge_to_a_missing_node_rolls_the_report_back()
    {
        var (db, before) = await PriorStoreAsync();
        await using var _ = db;

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Store.IngestAsync(WithMissingEndpoint()));

        Assert.Contains("village:not-stored", ex.Message, StringComparison.Ordinal);
        var inner = Assert.IsType<SqliteException>(ex.InnerException);
        Assert.Equal(19, inner.SqliteErrorCode); // SQLITE_CONSTRAINT: the foreign key caught it
        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task A_failed_replacement_restores_the_old_version()
    {
        var (db, before) = await PriorStoreAsync(with2024: true);
        await using var _ = db;
        var broken = Samples.Report2024(extraText: "（修订）", extend: (b, n) => b.Link(EdgeKind.LocatedIn, n.Project.Id, "village:not-stored", "数字经济产业园建成投产"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Store.IngestAsync(broken));

        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task An_edge_the_catalog_forbids_rolls_the_report_back()
    {
        var (db, before) = await PriorStoreAsync();
        await using var _ = db;

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Store.IngestAsync(WithForbiddenEdge()));

        Assert.Contains("HAS_STATUS", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Township", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Year", ex.Message, StringComparison.Ordinal);
        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task Endpoint_kinds_known_only_from_the_store_are_checked_too()
    {
        var (db, before) = await PriorStoreAsync();
        await using var _ = db;
        var b = new GraphBuilder("2022-xihu.html", "西湖街道2022年政府工作报告。", "西湖街道2022年政府工作报告", 2022, 2023, null);
        var report = b.Add(new ReportNode("2022-xihu.html", b.Report.Title, 2022, 2023, null, b.Report.ContentHash, b.At("西湖街道2022年政府工作报告")));
        b.Link(EdgeKind.Owns, report.Id, Samples.TownshipId, "西湖街道2022年政府工作报告"); // the township is stored by 2023's report

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Store.IngestAsync(b.Build()));

        Assert.Contains("OWNS", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Report", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Township", ex.Message, StringComparison.Ordinal);
        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task Evidence_from_another_report_is_refused()
    {
        var (db, before) = await PriorStoreAsync();
        await using var _ = db;
        var foreign = new Evidence(NodeIds.Report(Samples.File2023), "西湖街道", 0, 4);
        var graph = Samples.Report2024(extend: (b, n) => b.Add(new GraphNode("village:x", NodeKind.Village, "某村", PropertyBag.Empty, foreign)));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Store.IngestAsync(graph));

        Assert.Contains("village:x", ex.Message, StringComparison.Ordinal);
        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task A_cancellation_part_way_through_the_nodes_rolls_the_report_back()
    {
        var (db, before) = await PriorStoreAsync();
        await using var _ = db;
        using var cts = new CancellationTokenSource();
        var written = 0;
        db.Store.NodeWritten = count =>
        {
            written = count;
            if (count == 3)
            {
                cts.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Store.IngestAsync(Samples.Report2024(), cts.Token));

        Assert.Equal(3, written);
        db.Store.NodeWritten = null;
        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task A_cancelled_replacement_restores_the_old_version()
    {
        var (db, before) = await PriorStoreAsync(with2024: true);
        await using var _ = db;
        using var cts = new CancellationTokenSource();
        db.Store.NodeWritten = count =>
        {
            if (count == 2)
            {
                cts.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Store.IngestAsync(Samples.Report2024Revised(), cts.Token));

        db.Store.NodeWritten = null;
        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_changes_nothing()
    {
        var (db, before) = await PriorStoreAsync();
        await using var _ = db;
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Store.IngestAsync(Samples.Report2024(), cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Store.DeleteReportAsync(NodeIds.Report(Samples.File2023), cts.Token));

        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task The_store_keeps_working_after_a_failure()
    {
        var (db, _) = await PriorStoreAsync();
        await using var __ = db;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Store.IngestAsync(WithMissingEndpoint()));

        var outcome = await db.Store.IngestAsync(Samples.Report2024());

        Assert.Equal(IngestStatus.Added, outcome.Status);
        Assert.Equal(2, (await db.Store.ListReportsAsync()).Count);
    }
}
