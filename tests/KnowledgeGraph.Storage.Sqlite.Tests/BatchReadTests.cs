using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>The batched reads the API's data loaders use: many ids, one statement.</summary>
public sealed class BatchReadTests : IAsyncLifetime
{
    private TempStore temp = null!;

    public async Task InitializeAsync()
    {
        temp = await TempStore.CreateAsync();
        await temp.Store.IngestAsync(Samples.Report2024());
        await temp.Store.IngestAsync(Samples.Report2023());
    }

    public async Task DisposeAsync() => await temp.DisposeAsync();

    [Fact]
    public async Task Nodes_by_id_return_the_known_ones()
    {
        var nodes = await temp.Store.GetNodesByIdAsync([Samples.TownshipId, Samples.ProjectId, "nope:1"]);
        Assert.Equal([Samples.ProjectId, Samples.TownshipId], nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Samples.Township, nodes[Samples.TownshipId].Name);
    }

    [Fact]
    public async Task Edges_of_many_nodes_by_direction_and_kind()
    {
        var outgoing = await temp.Store.GetEdgesOfAsync([Samples.ProjectId], EdgeDirection.Outgoing, EdgeKind.HasStatus);
        Assert.NotEmpty(outgoing);
        Assert.All(outgoing, e => Assert.Equal((EdgeKind.HasStatus, Samples.ProjectId), (e.Kind, e.SourceId)));
        var incoming = await temp.Store.GetEdgesOfAsync([Samples.TownshipId], EdgeDirection.Incoming);
        Assert.All(incoming, e => Assert.Equal(Samples.TownshipId, e.TargetId));
        Assert.Equal(incoming.Select(e => e.Id).Order(StringComparer.Ordinal), incoming.Select(e => e.Id));
        var each = (await temp.Store.GetEdgesAsync(Samples.TownshipId)).Count(e => e.TargetId == Samples.TownshipId);
        Assert.Equal(each, incoming.Count);
    }

    [Fact]
    public async Task Evidence_of_many_owners_lists_every_report()
    {
        var evidence = await temp.Store.GetEvidenceOfAsync([Samples.ProjectId, "nope:1"]);
        Assert.Equal(2, evidence[Samples.ProjectId].Select(e => e.ReportId).Distinct().Count());
        Assert.False(evidence.ContainsKey("nope:1"));
    }

    [Fact]
    public async Task Search_ranks_exact_then_prefix_then_shorter_names_and_filters_kinds()
    {
        var hits = await temp.Store.SearchNodesAsync("产业园", null, 10);
        Assert.Contains(hits, n => n.Id == Samples.ProjectId);
        var exact = await temp.Store.SearchNodesAsync(Samples.Township, null, 10);
        Assert.Equal(Samples.TownshipId, exact[0].Id);
        Assert.Empty(await temp.Store.SearchNodesAsync("产业园", [NodeKind.Township], 10));
        Assert.Empty(await temp.Store.SearchNodesAsync("%", null, 10));
        Assert.Single(await temp.Store.SearchNodesAsync("街道", [NodeKind.Township], 1));
    }
}

/// <summary>The change version moves on every commit, of this store or of another one on the same file (another process).</summary>
public sealed class ChangeVersionTests
{
    [Fact]
    public async Task Commits_from_any_connection_move_the_version_and_reads_do_not()
    {
        await using var temp = await TempStore.CreateAsync();
        var before = temp.Store.ChangeVersion;
        Assert.Equal(before, temp.Store.ChangeVersion);
        await temp.Store.GetStatsAsync();
        Assert.Equal(before, temp.Store.ChangeVersion);

        await temp.Store.IngestAsync(Samples.Report2024());
        var afterOwnWrite = temp.Store.ChangeVersion;
        Assert.NotEqual(before, afterOwnWrite);

        await using (var other = await SqliteGraphStore.OpenAsync(temp.DatabasePath))
        {
            await other.IngestAsync(Samples.Report2023());
        }

        Assert.NotEqual(afterOwnWrite, temp.Store.ChangeVersion);
    }
}
