using System.CommandLine;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Ingestion;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg ingest PATH...</c>: reads, extracts and stores reports; one failed file fails the run but not the others.
/// Exit code: 0 all stored without warnings; 1 a file failed or was refused; 2 all stored, some with warnings
/// (<c>--accept-warnings</c> makes that 0; <c>--refuse-on-warning</c> refuses such reports instead, exit 1).
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files (.txt, .html) or folders of them", Arity = ArgumentArity.OneOrMore };
        var refuse = new Option<bool>("--refuse-on-warning") { Description = "Store nothing of a report that has warnings (subject or years unknown or guessed, a duplicate); such a file counts as failed" };
        var accept = new Option<bool>("--accept-warnings") { Description = "Exit 0 when reports were stored with warnings (by default such a run exits 2)" };
        var command = new Command("ingest", "Read reports into the embedded graph store") { paths, refuse, accept };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await context.OpenStoreAsync(parse, ct).ConfigureAwait(false);
            var ingestor = new ReportIngestor(store) { RefuseOnWarning = parse.GetValue(refuse) };
            var results = await RunAsync(context, ingestor, parse.GetValue(paths) ?? [], ct).ConfigureAwait(false);
            return !results.All(r => r.Succeeded) ? 1 : results.Any(r => r.AllWarnings.Count > 0) && !parse.GetValue(accept) ? 2 : 0;
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

        var table = new Table().AddColumns("file", "result", "subject", "years", "nodes", "edges", "warnings");
        foreach (var r in results)
        {
            var profile = r.Extraction?.Profile;
            table.AddRow(
                Markup.Escape(Path.GetFileName(r.Path)),
                r.Outcome is { } o ? o.Status.ToString() : "[red]failed[/]",
                Markup.Escape(profile?.Subject?.Value.SubjectName ?? "-"),
                profile is null ? "-" : $"{profile.ReviewYear?.Value}→{profile.PlanYear?.Value}",
                r.Outcome?.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                r.Outcome?.Edges.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                r.AllWarnings.Count == 0 ? "-" : "[yellow]" + Markup.Escape(string.Join(", ", r.AllWarnings.Select(w => w.Code).Distinct())) + "[/]");
        }

        context.Console.Write(table);
        foreach (var failed in results.Where(r => !r.Succeeded))
        {
            context.Error.WriteLine($"kg: {failed.Path}: {failed.Error}");
        }

        foreach (var warned in results.Where(r => r.Succeeded && r.AllWarnings.Count > 0))
        {
            foreach (var warning in warned.AllWarnings)
            {
                context.Error.WriteLine($"kg: warning: {warned.Path}: {warning}");
            }
        }

        if (last is { } done)
        {
            context.Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{done.BytesDone / 1e6:0.0} MB of reports in {done.Elapsed.TotalSeconds:0.0} s: {done.BytesPerSecond / 1e6:0.00} MB/s"));
        }

        var counts = results.Where(r => r.Succeeded).GroupBy(r => r.Outcome!.Status).ToDictionary(g => g.Key, g => g.Count());
        context.Console.WriteLine(
            $"{results.Count} file(s): {counts.GetValueOrDefault(IngestStatus.Added)} added, {counts.GetValueOrDefault(IngestStatus.Replaced)} replaced, " +
            $"{counts.GetValueOrDefault(IngestStatus.Unchanged)} unchanged, {results.Count(r => !r.Succeeded)} failed, {results.Count(r => r.Succeeded && r.AllWarnings.Count > 0)} with warnings");
        return results;
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (the console's progress display is thread-safe).</summary>
internal sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
{
    public void Report(IngestProgress value) => report(value);
}
