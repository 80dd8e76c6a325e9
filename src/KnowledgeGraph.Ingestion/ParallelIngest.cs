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
internal sealed class ParallelIngest(IGraphStore store, ReportReader reader, ExtractionPipeline extractors, TimeProvider clock)
{
    public const int BatchReports = 32;
    public const long BatchBytes = 4L << 20;

    private sealed record Extracted(string Path, long Bytes, ReportGraph? Graph, ReportExtraction? Extraction, string? Error);

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
                await channel.Writer.WriteAsync(Extract(files[i], sizes[i]), cancellationToken).ConfigureAwait(false);
            }
        }

        var producers = Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(ExtractAsync, cancellationToken)))
            .ContinueWith(t => channel.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        var results = new List<FileIngestResult>(files.Count);
        var batch = new List<Extracted>();
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
                FileIngestResult result = item.Error is { } error
                    ? new(item.Path, null, null, error)
                    : written is { Outcome: { } outcome }
                        ? new(item.Path, outcome, item.Extraction, null)
                        : new(item.Path, null, null, "could not be stored, nothing of it was written: " + written!.Error!.Message);
                results.Add(result);
                done += item.Bytes;
                progress?.Report(new IngestProgress(results.Count, files.Count, done, total, stopwatch.Elapsed, result));
            }

            batch.Clear();
            batchBytes = 0;
        }

        await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(item);
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

    private Extracted Extract(string path, long bytes)
    {
        try
        {
            var text = reader.ReadFileAsync(path).GetAwaiter().GetResult();
            var extraction = extractors.Extract(text);
            return new Extracted(path, bytes, GraphBuilder.Build(extraction, clock.GetUtcNow()), extraction, null);
        }
        catch (ReportReadException e)
        {
            return new Extracted(path, bytes, null, null, e.Problem);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException)
        {
            return new Extracted(path, bytes, null, null, "could not be read, nothing of it was written: " + e.Message);
        }
    }
}
