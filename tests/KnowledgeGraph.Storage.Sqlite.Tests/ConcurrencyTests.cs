using System.Collections.Concurrent;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class ConcurrencyTests
{
    private const int ExtraProjects = 2000;
    private const int Readers = 4;
    private const int ReadsWhileHeld = 10;

    private static ReportGraph BigReport() =>
        Samples.Report2024(extend: (b, n) =>
        {
            for (var i = 0; i < ExtraProjects; i++)
            {
                var project = b.Add(new EntityNode(NodeKind.Project, Samples.TownshipId, $"项目{i}", b.At("数字经济产业园建成投产"),
                    PropertyBag.Of(("index", (long)i), ("share", i / 10.0))));
                b.Link(EdgeKind.Mentions, n.Report, project, "数字经济产业园建成投产");
                b.Link(EdgeKind.LocatedIn, project, n.Township, "数字经济产业园建成投产");
            }
        });

    [Fact]
    public async Task Readers_run_while_a_write_is_in_progress()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.IngestAsync(Samples.Report2023());
        var before = (await db.Store.GetStatsAsync()).NodeTotal;
        var graph = BigReport();
        var after = before + graph.Nodes.Count - 2; // the township and the shared project were already stored

        // The store's async calls complete synchronously (SQLite does blocking I/O), so the writer and the readers get
        // threads of their own: on a small machine the thread pool would otherwise starve while the writer is held.
        using var writerInside = new ManualResetEventSlim();
        using var readersDone = new CountdownEvent(Readers);
        db.Store.NodeWritten = count =>
        {
            if (count == 50)
            {
                // Hold the write transaction open until every reader has read a few times.
                writerInside.Set();
                if (!readersDone.Wait(TimeSpan.FromSeconds(60)))
                {
                    throw new TimeoutException("readers did not get through while the write was open");
                }
            }
        };

        var writer = Task.Factory.StartNew(
            () => db.Store.IngestAsync(graph), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        var seen = new ConcurrentBag<int>();

        async Task ReadAsync()
        {
            for (var i = 0; !writer.IsCompleted || i < ReadsWhileHeld; i++)
            {
                seen.Add((await db.Store.GetStatsAsync()).NodeTotal);
                Assert.NotEmpty(await db.Store.ListReportsAsync());
                Assert.NotEmpty(await db.Store.GetNodesAsync(NodeKind.Project));
                Assert.NotNull(await db.Store.GetNodeAsync(Samples.TownshipId));
                Assert.NotEmpty(await db.Store.GetEdgesAsync(Samples.ProjectId));
                Assert.NotEmpty(await db.Store.GetEvidenceAsync(Samples.TownshipId));
                if (i == ReadsWhileHeld - 1)
                {
                    readersDone.Signal();
                }
            }
        }

        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                if (!writerInside.Wait(TimeSpan.FromSeconds(60)))
                {
                    throw new TimeoutException("the writer never started");
                }

                return ReadAsync();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap()).ToList();

        await Task.WhenAll([writer, .. readers]);

        Assert.Equal(IngestStatus.Added, (await writer).Status);
        Assert.Equal(after, (await db.Store.GetStatsAsync()).NodeTotal);
        Assert.All(seen, total => Assert.True(total == before || total == after, $"a reader saw {total} nodes, neither {before} nor {after}"));
        Assert.True(seen.Count(total => total == before) >= Readers * ReadsWhileHeld, "readers should have read the committed state while the write was open");
    }

    [Fact]
    public async Task Concurrent_writes_are_serialised()
    {
        await using var db = await TempStore.CreateAsync();

        var outcomes = await Task.WhenAll(
            Task.Run(() => db.Store.IngestAsync(Samples.Report2024())),
            Task.Run(() => db.Store.IngestAsync(Samples.Report2023())),
            Task.Run(() => db.Store.IngestAsync(Samples.Report2024())));

        Assert.Equal(1, outcomes.Count(o => o.Status == IngestStatus.Unchanged));
        Assert.Equal(2, (await db.Store.ListReportsAsync()).Count);
    }
}
