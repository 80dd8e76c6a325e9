using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Ingestion;

/// <summary>The result of ingesting one file: the outcome, or the error that kept it out of the store; and its warnings.</summary>
public sealed record FileIngestResult(string Path, IngestOutcome? Outcome, ReportExtraction? Extraction, string? Error, IReadOnlyList<ReportWarning>? Warnings = null)
{
    public bool Succeeded => Error is null;

    /// <summary>What could not be determined or was guessed (stored with the report, or the reason it was refused).</summary>
    public IReadOnlyList<ReportWarning> AllWarnings => Warnings ?? [];
}

/// <summary>
/// Reads, extracts and stores reports. Each file goes in whole or not at all; a file that fails is
/// reported with a clear reason while the other files still go in.
/// </summary>
public sealed class ReportIngestor(IGraphStore store, ReportReader? reader = null, ExtractionPipeline? extractors = null, TimeProvider? clock = null,
    TimeSpan? extractionBudget = null)
{
    /// <summary>The longest extraction of one report may take before the report is refused (a report of 2 MiB takes about 2 s).</summary>
    public static readonly TimeSpan DefaultExtractionBudget = TimeSpan.FromSeconds(20);

    private readonly ReportReader reader = reader ?? new ReportReader();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly ReportAdmission admission = new(store, extractors ?? ExtractionPipeline.Default, extractionBudget ?? DefaultExtractionBudget);

    /// <summary>Refuse (store nothing of) a report that has warnings, instead of storing it with them.</summary>
    public bool RefuseOnWarning { get; init; }

    /// <summary>The report files <paramref name="paths"/> stand for (folders expanded).</summary>
    public IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths) => reader.ExpandPaths(paths);

    public Task<FileIngestResult> IngestFileAsync(string path, CancellationToken cancellationToken = default) =>
        GuardedAsync(path, () => reader.ReadFileAsync(path, cancellationToken), cancellationToken);

    /// <summary>Ingests a report held in memory (an upload), named <paramref name="fileName"/>.</summary>
    public Task<FileIngestResult> IngestBytesAsync(string fileName, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
        GuardedAsync(fileName, () => Task.FromResult(reader.Read(fileName, bytes.Span)), cancellationToken);

    /// <summary>Ingests every file <paramref name="paths"/> stand for, reporting after each one.</summary>
    public async Task<IReadOnlyList<FileIngestResult>> IngestPathsAsync(IEnumerable<string> paths, IProgress<FileIngestResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<FileIngestResult>();
        foreach (var file in ExpandPaths(paths))
        {
            var result = await IngestFileAsync(file, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            progress?.Report(result);
        }

        return results;
    }

    /// <summary>
    /// Ingests every file <paramref name="paths"/> stand for at disk speed: extraction on every core, one writer in
    /// batched transactions (each report still all or nothing); progress after each file, with bytes for a rate.
    /// </summary>
    public Task<IReadOnlyList<FileIngestResult>> IngestManyAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new ParallelIngest(store, reader, admission, clock, RefuseOnWarning).RunAsync(ExpandPaths(paths), progress, cancellationToken);

    // A failure of one file becomes its result, so the files after it still go in.
    private async Task<FileIngestResult> GuardedAsync(string path, Func<Task<ReportText>> read, CancellationToken cancellationToken)
    {
        try
        {
            var text = await read().ConfigureAwait(false);
            return await IngestAsync(path, text, cancellationToken).ConfigureAwait(false);
        }
        catch (ReportReadException e)
        {
            return new FileIngestResult(path, null, null, e.Problem);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            return new FileIngestResult(path, null, null, "could not be stored, nothing of it was written: " + e.Message);
        }
    }

    private async Task<FileIngestResult> IngestAsync(string path, ReportText text, CancellationToken cancellationToken)
    {
        await admission.CheckIdAsync(path, text, cancellationToken).ConfigureAwait(false);
        var extraction = admission.Extract(path, text, cancellationToken);
        var settled = await admission.SettleAsync(extraction, [], RefuseOnWarning, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (settled.Graph is not { } graph)
        {
            return new FileIngestResult(path, null, extraction, settled.Error, settled.Warnings);
        }

        var outcome = await store.IngestAsync(graph, cancellationToken).ConfigureAwait(false);
        return new FileIngestResult(path, outcome, extraction, null, settled.Warnings);
    }
}
