using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Ingestion;

/// <summary>
/// What a report must pass besides reading before it is stored: extraction within the time budget, and a report id
/// that belongs to no other file (ids come from file names, <see cref="NodeIds.Report"/>).
/// </summary>
/// <summary>What admission decided for an extracted report: its graph to store, or why it is refused; and its warnings.</summary>
internal sealed record Settlement(ReportGraph? Graph, IReadOnlyList<ReportWarning> Warnings, string? Error);

internal sealed class ReportAdmission(IGraphStore store, ExtractionPipeline extractors, TimeSpan budget)
{
    private readonly Dictionary<string, string> idsThisRun = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>
    /// Extracts <paramref name="report"/> within the budget: past it, extraction stops within one sentence and the report
    /// is refused (<see cref="ReportReadException"/>); a cancellation by the caller (a request timeout) propagates.
    /// </summary>
    public ReportExtraction Extract(string path, ReportText report, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(budget);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return extractors.Extract(report, linked.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ReportReadException(path, $"extraction took longer than the budget of {budget.TotalSeconds:0.#} s for one report; nothing of it was stored");
        }
    }

    /// <summary>
    /// Refuses a file whose report id is already another file's: one stored under another file name, or one ingested
    /// earlier by this ingestor from another path (x.txt and sub/dir/x.txt), naming both.
    /// </summary>
    public async Task CheckIdAsync(string path, ReportText report, CancellationToken cancellationToken)
    {
        var id = NodeIds.Report(report.FileName);
        lock (gate)
        {
            if (idsThisRun.TryGetValue(id, out var earlier) && !string.Equals(earlier, path, StringComparison.Ordinal))
            {
                throw new ReportReadException(path, $"{path} maps to report id {id}, as does {earlier}, ingested before it; report ids come from the file name's stem, so rename one of them");
            }

            idsThisRun[id] = path;
        }

        var stored = await store.GetNodeAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored?.Properties.GetString("fileName") is { } storedName && !string.Equals(storedName, report.FileName, StringComparison.Ordinal))
        {
            lock (gate)
            {
                idsThisRun.Remove(id);
            }

            throw new ReportReadException(path, $"{report.FileName} maps to report id {id}, which already holds the stored report {storedName}; report ids come from the file name's stem, so rename one of them (or delete {id} first)");
        }
    }

    /// <summary>
    /// The warnings <paramref name="extraction"/> is stored with (its profile's, the store's and <paramref name="fromRun"/>,
    /// those of reports of the same run not yet committed) and its graph; or its refusal, when <paramref name="refuse"/>
    /// is set and it has any.
    /// </summary>
    public async Task<Settlement> SettleAsync(ReportExtraction extraction, IReadOnlyList<ReportWarning> fromRun, bool refuse, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<ReportWarning> fromStore = [.. await IngestWarnings.FromStoreAsync(store, extraction, cancellationToken).ConfigureAwait(false), .. fromRun];
        IReadOnlyList<ReportWarning> warnings = [.. extraction.Profile.Warnings, .. fromStore];
        return refuse && warnings.Count > 0
            ? new Settlement(null, warnings, "refused because of its warnings (nothing was stored): " + string.Join("; ", warnings))
            : new Settlement(GraphBuilder.Build(extraction, now, fromStore), warnings, null);
    }
}
