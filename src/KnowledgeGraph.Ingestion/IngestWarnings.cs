using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Ingestion;

/// <summary>
/// The warnings a report is ingested with: its document profile's own (subject or years unknown or guessed) and what
/// only the store can tell, another report about the same subject for the same review and plan years
/// (DUPLICATE_SUBJECT_YEARS). A report with the same content is not a duplicate but the same report (Unchanged).
/// </summary>
public static class IngestWarnings
{
    /// <summary>The warnings found in the store for <paramref name="extraction"/> (not its profile's own).</summary>
    public static async Task<IReadOnlyList<ReportWarning>> FromStoreAsync(IGraphStore store, ReportExtraction extraction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(extraction);
        var profile = extraction.Profile;
        if (profile.Subject?.Value is not { } chain || profile.ReviewYear is null || profile.PlanYear is null)
        {
            return [];
        }

        var subjectId = chain.IsCountyLevel ? NodeIds.County(chain.County.Code) : NodeIds.Township(chain.SubjectCode);
        var self = NodeIds.Report(extraction.Report.FileName);
        var content = ContentKey.Of(extraction.Report.Text);
        var warnings = new List<ReportWarning>();
        foreach (var edge in await store.GetEdgesOfAsync([subjectId], EdgeDirection.Incoming, EdgeKind.ReportsOn, cancellationToken).ConfigureAwait(false))
        {
            if (edge.SourceId == self || await store.GetReportAsync(edge.SourceId, cancellationToken).ConfigureAwait(false) is not { } other || other.ContentHash == content)
            {
                continue;
            }

            if (other.ReviewYear == profile.ReviewYear.Value && other.PlanYear == profile.PlanYear.Value)
            {
                warnings.Add(new ReportWarning(ReportWarning.DuplicateSubjectYears,
                    $"{other.FileName} ({other.Id}) is already stored for {chain.SubjectName} {other.ReviewYear}→{other.PlanYear} with other content"));
            }
        }

        return warnings;
    }
}
