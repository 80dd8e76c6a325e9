using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public async Task A_report_graph_reads_back_as_written()
    {
        await using var db = await TempStore.CreateAsync();
        var graph = Samples.Report2024();

        var outcome = await db.Store.IngestAsync(graph);

        Assert.Equal(new IngestOutcome(graph.Report.Id, IngestStatus.Added, 6, 8), outcome);

        var report = await db.Store.GetReportAsync(graph.Report.Id);
        Assert.Equal(graph.Report, report);
        Assert.Equal(graph.Report.SourceText, report!.SourceText);
        Assert.Equal(graph.Report.Text, report.Text);
        Assert.Equal(TimeSpan.FromHours(8), report.IngestedAt.Offset);
        Assert.Equal(new DateOnly(2025, 1, 20), report.Published);
        Assert.Equal([graph.Report], await db.Store.ListReportsAsync());

        foreach (var node in graph.Nodes)
        {
            Assert.Equal(node, await db.Store.GetNodeAsync(node.Id));
            Assert.Equal([node.Evidence], await db.Store.GetEvidenceAsync(node.Id));
        }

        foreach (var edge in graph.Edges)
        {
            Assert.Contains(edge, await db.Store.GetEdgesAsync(edge.SourceId));
            Assert.Contains(edge, await db.Store.GetEdgesAsync(edge.TargetId));
            Assert.Equal([edge.Evidence], await db.Store.GetEvidenceAsync(edge.Id));
        }

        Assert.Null(await db.Store.GetNodeAsync("project:nothing"));
        Assert.Null(await db.Store.GetReportAsync("report:nothing"));
        Assert.Empty(await db.Store.GetEdgesAsync("project:nothing"));
        Assert.Empty(await db.Store.GetEvidenceAsync("project:nothing"));
    }

    [Fact]
    public async Task Properties_keep_their_types_and_Chinese_text()
    {
        await using var db = await TempStore.CreateAsync();
        var graph = Samples.Report2024();
        await db.Store.IngestAsync(graph);

        var indicator = Assert.Single(await db.Store.GetNodesAsync(NodeKind.Indicator));
        Assert.Equal(10.0, Assert.IsType<double>(indicator.Properties["value"]));
        Assert.Equal(2024L, Assert.IsType<long>(indicator.Properties["year"]));
        Assert.Equal("亿元", indicator.Properties.GetString("unit"));

        var year = await db.Store.GetNodeAsync(NodeIds.Year(2024));
        Assert.Equal(2024L, Assert.IsType<long>(year!.Properties["value"]));

        var project = await db.Store.GetNodeAsync(Samples.ProjectId);
        Assert.True(Assert.IsType<bool>(project!.Properties["key"]));
        Assert.Equal(3.0, Assert.IsType<double>(project.Properties["investment"]));
        Assert.Equal("建成投产", project.Properties.GetString("stage"));

        var achieved = Assert.Single(await db.Store.GetEdgesAsync(indicator.Id), e => e.Kind == EdgeKind.Achieved);
        Assert.Equal(10.0, Assert.IsType<double>(achieved.Properties["value"]));
        Assert.Equal(2024L, Assert.IsType<long>(achieved.Properties["year"]));
        Assert.Equal("同比增长8.5%", achieved.Properties.GetString("note"));
        Assert.Equal(Samples.TownshipId, achieved.SourceId);

        // On disk: doubles keep their decimal point, Chinese is not \u-escaped, edge kinds use the catalog's names.
        var json = (string)TempStore.Scalar(db.DatabasePath, $"SELECT properties FROM edges WHERE id = '{achieved.Id}'")!;
        Assert.Contains("\"value\":10.0", json, StringComparison.Ordinal);
        Assert.Contains("\"year\":2024}", json, StringComparison.Ordinal);
        Assert.Contains("同比增长8.5%", json, StringComparison.Ordinal);
        Assert.Equal("ACHIEVED", TempStore.Scalar(db.DatabasePath, $"SELECT kind FROM edges WHERE id = '{achieved.Id}'"));
    }

    [Fact]
    public async Task Stats_count_nodes_and_edges_by_kind()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.IngestAsync(Samples.Report2024());

        var stats = await db.Store.GetStatsAsync();

        Assert.Equal(1, stats.Reports);
        Assert.Equal(6, stats.NodeTotal);
        Assert.Equal(8, stats.EdgeTotal);
        Assert.Equal(2, stats.Nodes[NodeKind.Year]);
        Assert.Equal(1, stats.Nodes[NodeKind.Project]);
        Assert.Equal(3, stats.Edges[EdgeKind.InYear]);
        Assert.Equal(1, stats.Edges[EdgeKind.HasStatus]);
        Assert.False(stats.Nodes.ContainsKey(NodeKind.Village));
    }

    [Fact]
    public async Task The_first_evidence_is_returned_with_a_node_and_all_of_it_on_request()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.IngestAsync(Samples.Report2024());
        await db.Store.IngestAsync(Samples.Report2023());

        var evidence = await db.Store.GetEvidenceAsync(Samples.TownshipId);
        Assert.Equal([NodeIds.Report(Samples.File2023), NodeIds.Report(Samples.File2024)], evidence.Select(e => e.ReportId));

        var township = await db.Store.GetNodeAsync(Samples.TownshipId);
        Assert.Equal(evidence[0], township!.Evidence);
    }
}
