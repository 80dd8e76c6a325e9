namespace KnowledgeGraph.Domain;

/// <summary>
/// A doubt about a report, stored with it: a short stable code and a clear message. A report is stored with its
/// warnings instead of under a silent guess (or refused, when the ingest is told to refuse reports with warnings).
/// </summary>
public sealed record ReportWarning(string Code, string Message)
{
    /// <summary>No township or county-level place the report is about could be determined.</summary>
    public const string SubjectUnknown = "SUBJECT_UNKNOWN";

    /// <summary>The subject's name fits several places and one was guessed.</summary>
    public const string SubjectAmbiguous = "SUBJECT_AMBIGUOUS";

    /// <summary>The review and plan years could not be read from the report.</summary>
    public const string YearsUnknown = "YEARS_UNKNOWN";

    /// <summary>The years were inferred from the page's date only, not from the report itself.</summary>
    public const string YearsUncertain = "YEARS_UNCERTAIN";

    /// <summary>Another stored report has the same subject, review year and plan year.</summary>
    public const string DuplicateSubjectYears = "DUPLICATE_SUBJECT_YEARS";

    public override string ToString() => Code + ": " + Message;

    /// <summary>Warnings as one text, one <c>CODE: message</c> per line (how a report node keeps them as a property).</summary>
    public static string? Join(IReadOnlyCollection<ReportWarning>? warnings) =>
        warnings is null || warnings.Count == 0 ? null : string.Join('\n', warnings.Select(w => w.ToString()));

    /// <summary>The warnings of <see cref="Join"/>'s text (none for null or empty).</summary>
    public static IReadOnlyList<ReportWarning> Split(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : [.. text.Split('\n').Select(line => line.Split(": ", 2) is [var code, var message] ? new ReportWarning(code, message) : new ReportWarning(line, line))];
}
