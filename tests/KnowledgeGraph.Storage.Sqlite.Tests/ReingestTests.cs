using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class ReingestTests
{
    [Fact]
    public async Task The_same_graph_twice_is_unchanged()
    {
        await using var db = await TempStore.CreateAsync();
        var graph = Samples.Report2024();
        await db.Store.IngestAsync(graph);
        var before = await StoreSnapshot.TakeAsync(db.Store);

        var again = await db.Store.IngestAsync(Samples.Report2024());

        Assert.Equal(new IngestOutcome(graph.Report.Id, IngestStatus.Unchanged, 0, 0), again);
        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task The_same_content_under_another_file_name_is_unchanged()
    {
        await using var db = await TempStore.CreateAsync();
        var graph = Samples.Report2024();
        await db.Store.IngestAsync(graph);
        var before = await StoreSnapshot.TakeAsync(db.Store);

        var copy = Samples.Report2024(fileName: "copy-of-2024.html");
        Assert.Equal(graph.Report.ContentHash, copy.Report.ContentHash);
        Assert.NotEqual(graph.Report.Id, copy.Report.Id);

        var outcome = await db.Store.IngestAsync(copy);

        Assert.Equal(IngestStatus.Unchanged, outcome.Status);
        Assert.Equal(graph.Report.Id, outcome.ReportId);
        StoreSnapshot.AssertSame(before, await StoreSnapshot.TakeAsync(db.Store));
    }

    [Fact]
    public async Task A_new_version_of_a_report_replaces_what_only_it_held()
    {
        await using var db = await TempStore.CreateAsync();
        var original = Samples.Report2024();
        await db.Store.IngestAsync(original);
        await db.Store.IngestAsync(Samples.Report2023());
        var indicatorId = Assert.Single(original.Nodes, n => n.Kind == NodeKind.Indicator).Id;
        var completedId = Assert.Single(original.Edges, e => e.Kind == EdgeKind.HasStatus).Id;

        var revised = Samples.Report2024Revised();
        var outcome = await db.Store.IngestAsync(revised);

        Assert.Equal(new IngestOutcome(original.Report.Id, IngestStatus.Replaced, 3, 2), outcome);
        Assert.Equal(revised.Report, await db.Store.GetReportAsync(original.Report.Id));
        Assert.Equal(2, (await db.Store.ListReportsAsync()).Count);

        // Held only by the old 2024 report: gone, with their edges.
        Assert.Null(await db.Store.GetNodeAsync(indicatorId));
        Assert.Null(await db.Store.GetNodeAsync(NodeIds.Year(2025)));
        Assert.Empty(await db.Store.GetEvidenceAsync(completedId));
        Assert.DoesNotContain(await db.Store.GetEdgesAsync(Samples.TownshipId), e => e.Kind == EdgeKind.Achieved);

        // Shared with the 2023 report, or in the new version: still there, with current evidence only.
        var project = await db.Store.GetNodeAsync(Samples.ProjectId);
        Assert.NotNull(project);
        Assert.Equal([NodeIds.Report(Samples.File2023)], (await db.Store.GetEvidenceAsync(Samples.ProjectId)).Select(e => e.ReportId));
        var status = Assert.Single(await db.Store.GetEdgesAsync(Samples.ProjectId), e => e.Kind == EdgeKind.HasStatus);
        Assert.Equal("signed", status.Properties.GetString("status"));

        var townshipEvidence = await db.Store.GetEvidenceAsync(Samples.TownshipId);
        Assert.Equal(2, townshipEvidence.Count);
        Assert.Contains(revised.Nodes.Single(n => n.Id == Samples.TownshipId).Evidence, townshipEvidence);
        Assert.NotNull(await db.Store.GetNodeAsync(NodeIds.Year(2024)));

        var stats = await db.Store.GetStatsAsync();
        Assert.Equal(6, stats.NodeTotal); // 2 reports, township, 2023, 2024, project
        Assert.Equal(7, stats.EdgeTotal); // 2023: 5 edges; revised 2024: 2 edges
    }

    [Fact]
    public async Task A_project_in_two_reports_is_one_node_until_one_report_is_deleted()
    {
        await using var db = await TempStore.CreateAsync();
        var report2024 = Samples.Report2024();
        var report2023 = Samples.Report2023();
        await db.Store.IngestAsync(report2024);
        await db.Store.IngestAsync(report2023);

        var project = Assert.Single(await db.Store.GetNodesAsync(NodeKind.Project));
        Assert.Equal(Samples.ProjectId, project.Id);
        Assert.Equal(Samples.Project, project.Name); // the first name stays
        Assert.Equal(
            PropertyBag.Of(("stage", "建成投产"), ("investment", 3.5), ("key", true), ("phase", 2L), ("signedBy", Samples.Township)),
            project.Properties); // 2024's properties overlaid by 2023's
        Assert.Equal(
            [report2023.Report.Id, report2024.Report.Id],
            (await db.Store.GetEvidenceAsync(project.Id)).Select(e => e.ReportId));

        var statuses = (await db.Store.GetEdgesAsync(project.Id)).Where(e => e.Kind == EdgeKind.HasStatus).ToList();
        Assert.Equal(2, statuses.Count);
        Assert.Equal(
            [(NodeIds.Year(2023), "signed"), (NodeIds.Year(2024), "completed")],
            statuses.Select(e => (e.TargetId, e.Properties.GetString("status"))).Order());
        var locatedIn = Assert.Single(await db.Store.GetEdgesAsync(project.Id), e => e.Kind == EdgeKind.LocatedIn);
        Assert.Equal(2, (await db.Store.GetEvidenceAsync(locatedIn.Id)).Count);

        Assert.True(await db.Store.DeleteReportAsync(report2024.Report.Id));

        Assert.NotNull(await db.Store.GetNodeAsync(project.Id));
        Assert.Equal([report2023.Report.Id], (await db.Store.GetEvidenceAsync(project.Id)).Select(e => e.ReportId));
        var remaining = Assert.Single(await db.Store.GetEdgesAsync(project.Id), e => e.Kind == EdgeKind.HasStatus);
        Assert.Equal(NodeIds.Year(2023), remaining.TargetId);
        Assert.Equal([report2023.Report.Id], (await db.Store.GetEvidenceAsync(locatedIn.Id)).Select(e => e.ReportId));
        Assert.Null(await db.Store.GetReportAsync(report2024.Report.Id));
        Assert.Null(await db.Store.GetNodeAsync(NodeIds.Year(2024)));
        Assert.Null(await db.Store.GetNodeAsync(report2024.Report.Id));
        Assert.Equal([report2023.Report], await db.Store.ListReportsAsync());

        var stats = await db.Store.GetStatsAsync();
        Assert.Equal(4, stats.NodeTotal); // report 2023, township, 2023, project
        Assert.Equal(5, stats.EdgeTotal);

        Assert.False(await db.Store.DeleteReportAsync(report2024.Report.Id));
        Assert.True(await db.Store.DeleteReportAsync(report2023.Report.Id));
        var empty = await db.Store.GetStatsAsync();
        Assert.Equal((0, 0, 0), (empty.NodeTotal, empty.EdgeTotal, empty.Reports));
    }

    [Fact]
    public async Task Reports_are_listed_by_file_name()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.IngestAsync(Samples.Report2024());
        await db.Store.IngestAsync(Samples.Report2023());

        Assert.Equal([Samples.File2023, Samples.File2024], (await db.Store.ListReportsAsync()).Select(r => r.FileName));
    }
}
