using System.Diagnostics;
using System.Threading.Channels;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Ingestion;

/// <summary>How far an ingest run is: files and bytes done of the total, and the time so far.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, TimeSpan Elapsed, FileIngestResult? Last)
{
    /// <summary>Bytes of report files per second so far.</summary>
    public double BytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesDone / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Many files at disk speed: reading and extraction run on every core, and one writer stores the graphs in batched
/// transactions (<see cref="IGraphStore.IngestBatchAsync"/>: a savepoint per report, so each report is still all or
/// nothing and a failing one is named while the others go in). A batch closes at <see cref="BatchReports"/> reports or
/// <see cref="BatchBytes"/> bytes of text, whichever comes first.
/// </summary>
/// <remarks>
/// Each report passes the same admission as one ingested alone (<see cref="ReportAdmission"/>: its id, the extraction
/// budget) on the workers; its warnings, including another report of this run or of the store with the same subject
/// and years, are settled by the single writer, which also refuses it when <paramref name="refuseOnWarning"/> is set.
/// </remarks>
internal sealed class ParallelIngest(IGraphStore store, ReportReader reader, ReportAdmission admission, TimeProvider clock, bool refuseOnWarning)
{
    public const int BatchReports = 32;
    public const long BatchBytes = 4L << 20;

    private sealed record Extracted(string Path, long Bytes, ReportExtraction? Extraction, string? Error);

    private sealed record Settled(Extracted Item, ReportGraph? Graph, IReadOnlyList<ReportWarning> Warnings, string? Error);

    public async Task<IReadOnlyList<FileIngestResult>> RunAsync(IReadOnlyList<string> files, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var sizes = files.Select(Length).ToArray();
        var total = sizes.Sum();
        var stopwatch = Stopwatch.StartNew();
        var workers = Math.Max(1, Environment.ProcessorCount);
        var channel = Channel.CreateBounded<Extracted>(new BoundedChannelOptions(workers * 4) { SingleReader = true });
        var next = -1;

        async Task ExtractAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < files.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await channel.Writer.WriteAsync(await ReadAndExtractAsync(files[i], sizes[i], cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }
        }

        var producers = Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(ExtractAsync, cancellationToken)))
            .ContinueWith(t => channel.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        var results = new List<FileIngestResult>(files.Count);
        var batch = new List<Settled>();
        var run = new RunDuplicates();
        long done = 0;
        long batchBytes = 0;

        async Task FlushAsync()
        {
            var graphs = batch.Where(b => b.Graph is not null).ToList();
            var stored = graphs.Count == 0 ? [] : await store.IngestBatchAsync([.. graphs.Select(g => g.Graph!)], cancellationToken).ConfigureAwait(false);
            var position = 0;
            foreach (var item in batch)
            {
                var written = item.Graph is null ? null : stored[position++];
                var path = item.Item.Path;
                FileIngestResult result = item.Error is { } error
                    ? new(path, null, item.Item.Extraction, error, item.Warnings)
                    : written is { Outcome: { } outcome }
                        ? new(path, outcome, item.Item.Extraction, null, item.Warnings)
                        : new(path, null, null, "could not be stored, nothing of it was written: " + written!.Error!.Message);
                results.Add(result);
                done += item.Item.Bytes;
                progress?.Report(new IngestProgress(results.Count, files.Count, done, total, stopwatch.Elapsed, result));
            }

            batch.Clear();
            batchBytes = 0;
            run.Committed();
        }

        await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(await SettleAsync(item, run, cancellationToken).ConfigureAwait(false));
            batchBytes += item.Bytes;
            if (batch.Count >= BatchReports || batchBytes >= BatchBytes || channel.Reader.Count == 0)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        await producers.ConfigureAwait(false);
        await channel.Reader.Completion.ConfigureAwait(false);
        if (batch.Count > 0)
        {
            await FlushAsync().ConfigureAwait(false);
        }

        var order = files.Select((f, i) => (f, i)).GroupBy(x => x.f, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return [.. results.OrderBy(r => order.GetValueOrDefault(r.Path))];
    }

    /// <summary>The size of a file in bytes (of its target, for a symbolic link); 0 when it cannot be read (the read names the problem).</summary>
    private static long Length(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            return RandomAccess.GetLength(handle);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    private async Task<Extracted> ReadAndExtractAsync(string path, long bytes, CancellationToken cancellationToken)
    {
        try
        {
            var text = await reader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            await admission.CheckIdAsync(path, text, cancellationToken).ConfigureAwait(false);
            return new Extracted(path, bytes, admission.Extract(path, text, cancellationToken), null);
        }
        catch (ReportReadException e)
        {
            return new Extracted(path, bytes, null, e.Problem);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException or System.Data.Common.DbException)
        {
            return new Extracted(path, bytes, null, "could not be read, nothing of it was written: " + e.Message);
        }
    }

    /// <summary>The writer's part: the warnings only the store and this run can tell, the refusal, the graph.</summary>
    private async Task<Settled> SettleAsync(Extracted item, RunDuplicates run, CancellationToken cancellationToken)
    {
        if (item.Extraction is not { } extraction)
        {
            return new Settled(item, null, [], item.Error);
        }

        var settled = await admission.SettleAsync(extraction, run.Check(extraction), refuseOnWarning, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new Settled(item, settled.Graph, settled.Warnings, settled.Error);
    }

    /// <summary>
    /// Reports of the batch not yet committed about the same subject and years: the store cannot see them yet, and sees
    /// those of committed batches itself (<see cref="IngestWarnings"/>), so each other report is named once.
    /// </summary>
    private sealed class RunDuplicates
    {
        private readonly Dictionary<(string Subject, int Review, int Plan), (string FileName, string Content)> pending = [];

        /// <summary>The batch was committed: the store answers for its reports from now on.</summary>
        public void Committed() => pending.Clear();

        public IReadOnlyList<ReportWarning> Check(ReportExtraction extraction)
        {
            var profile = extraction.Profile;
            if (profile.Subject?.Value is not { } chain || profile.ReviewYear is null || profile.PlanYear is null)
            {
                return [];
            }

            var key = (chain.SubjectCode, profile.ReviewYear.Value, profile.PlanYear.Value);
            var content = ContentKey.Of(extraction.Report.Text);
            if (pending.TryGetValue(key, out var other))
            {
                return other.Content == content || other.FileName == extraction.Report.FileName
                    ? []
                    : [new ReportWarning(ReportWarning.DuplicateSubjectYears, $"{other.FileName} is ingested in the same run for {chain.SubjectName} {key.Item2}→{key.Item3} with other content")];
            }

            pending[key] = (extraction.Report.FileName, content);
            return [];
        }
    }
}
