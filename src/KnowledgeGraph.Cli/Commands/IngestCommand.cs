using System.CommandLine;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Ingestion;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest PATH...</c>: reads, extracts and stores reports; one failed file fails the run but not the others.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files (.txt, .html) or folders of them", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Read reports into the embedded graph store") { paths };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await context.OpenStoreAsync(parse, ct).ConfigureAwait(false);
            var results = await RunAsync(context, new ReportIngestor(store), parse.GetValue(paths) ?? [], ct).ConfigureAwait(false);
            return results.All(r => r.Succeeded) ? 0 : 1;
        });
        return command;
    }

    /// <summary>Ingests with a progress bar, then prints a summary table and each failure on the error writer.</summary>
    public static async Task<IReadOnlyList<FileIngestResult>> RunAsync(CliContext context, ReportIngestor ingestor, IEnumerable<string> paths, CancellationToken ct)
    {
        IReadOnlyList<FileIngestResult> results = [];
        IngestProgress? last = null;

        // Bytes of report files as the unit: the bar shows MB/s and the time left.
        await context.Console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("ingesting reports", maxValue: 1);
                results = await ingestor.IngestManyAsync(paths, new SynchronousProgress(p =>
                {
                    last = p;
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = p.BytesDone;
                    task.Description = $"ingesting reports ({p.FilesDone}/{p.FilesTotal})";
                }), ct).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);

        var table = new Table().AddColumns("file", "result", "township", "years", "nodes", "edges");
        foreach (var r in results)
        {
            var profile = r.Extraction?.Profile;
            table.AddRow(
                Markup.Escape(Path.GetFileName(r.Path)),
                r.Outcome is { } o ? o.Status.ToString() : "[red]failed[/]",
                Markup.Escape(profile?.Township?.Value.Township.Name ?? "-"),
                profile is null ? "-" : $"{profile.ReviewYear?.Value}→{profile.PlanYear?.Value}",
                r.Outcome?.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                r.Outcome?.Edges.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
        }

        context.Console.Write(table);
        foreach (var failed in results.Where(r => !r.Succeeded))
        {
            context.Error.WriteLine($"kg: {failed.Path}: {failed.Error}");
        }

        if (last is { } done)
        {
            context.Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{done.BytesDone / 1e6:0.0} MB of reports in {done.Elapsed.TotalSeconds:0.0} s: {done.BytesPerSecond / 1e6:0.00} MB/s"));
        }

        var counts = results.Where(r => r.Succeeded).GroupBy(r => r.Outcome!.Status).ToDictionary(g => g.Key, g => g.Count());
        context.Console.WriteLine(
            $"{results.Count} file(s): {counts.GetValueOrDefault(IngestStatus.Added)} added, {counts.GetValueOrDefault(IngestStatus.Replaced)} replaced, " +
            $"{counts.GetValueOrDefault(IngestStatus.Unchanged)} unchanged, {results.Count(r => !r.Succeeded)} failed");
        return results;
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (the console's progress display is thread-safe).</summary>
internal sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
{
    public void Report(IngestProgress value) => report(value);
}
