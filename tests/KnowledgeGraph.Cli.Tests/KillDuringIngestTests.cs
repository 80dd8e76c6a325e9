using System.Diagnostics;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// kill -9 during <c>kg ingest</c> (issue 11: crash safety must keep holding): every report in the store afterwards is
/// whole (its text and its edges), and a second run completes the rest.
/// </summary>
public sealed class KillDuringIngestTests
{
    [Fact]
    public async Task A_killed_ingest_leaves_only_whole_reports_and_a_rerun_completes()
    {
        using var temp = new TempDirectory();
        var inbox = temp.File("inbox");
        Directory.CreateDirectory(inbox);
        var sources = RepositoryPaths.SeedReportFiles;
        for (var i = 0; i < 40; i++)
        {
            // distinct content per copy: the same content under another name would be a no-op (copies of one seed are
            // flagged DUPLICATE_SUBJECT_YEARS, accepted here)
            File.WriteAllText(Path.Combine(inbox, $"r{i:00}.txt"), File.ReadAllText(sources[i % sources.Count]) + $"\n附件{i}。\n");
        }

        var kg = Path.Combine(AppContext.BaseDirectory, "kg.dll");
        var data = temp.File("data");
        using (var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", kg, "ingest", inbox, "--data-dir", data, "--accept-warnings"]) { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var db = Path.Combine(data, "knowledge-graph.db");
            var watch = Stopwatch.StartNew();
            while (!File.Exists(db) && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20);
            }

            await Task.Delay(1500);
            process.Kill(entireProcessTree: true); // SIGKILL on Linux
            await process.WaitForExitAsync();
        }

        await using (var store = await SqliteGraphStore.OpenAsync(Path.Combine(data, "knowledge-graph.db")))
        {
            var reports = await store.ListReportsAsync();
            Assert.InRange(reports.Count, 0, 39);
            foreach (var report in reports)
            {
                Assert.Equal((await File.ReadAllTextAsync(Path.Combine(inbox, report.FileName))).ReplaceLineEndings("\n"), report.Text);
                var edges = await store.GetEdgesAsync(report.Id);
                Assert.Contains(edges, e => e.Kind == EdgeKind.Mentions);
            }
        }

        using var rerun = Process.Start(new ProcessStartInfo("dotnet", ["exec", kg, "ingest", inbox, "--data-dir", data, "--accept-warnings"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = rerun.StandardOutput.ReadToEndAsync();
        var error = await rerun.StandardError.ReadToEndAsync();
        await rerun.WaitForExitAsync();
        Assert.True(rerun.ExitCode == 0, error + await output);
        await using var done = await SqliteGraphStore.OpenAsync(Path.Combine(data, "knowledge-graph.db"));
        Assert.Equal(40, (await done.ListReportsAsync()).Count);
    }
}
