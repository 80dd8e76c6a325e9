namespace KnowledgeGraph.Domain;

/// <summary>
/// Where a fact was read: the report, the sentence that states it, and the character offsets
/// (<see cref="Start"/> inclusive, <see cref="End"/> exclusive) of the mention in the report's
/// stored plain text.
/// </summary>
public sealed record Evidence(string ReportId, string Sentence, int Start, int End)
{
    /// <summary>Builds evidence for the span [start, end) of <paramref name="text"/>, quoting its sentence.</summary>
    public static Evidence FromSpan(string reportId, string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        var (from, to) = SentenceBounds.Around(text, start, end);
        return new Evidence(reportId, text[from..to].Trim(), start, end);
    }
}
