namespace KnowledgeGraph.Reading;

/// <summary>The format a report was read from.</summary>
public enum ReportFormat
{
    Text,
    Html,
}

/// <summary>
/// A decoded report: its file name, the SHA-256 of its bytes, the encoding it was found in, the source
/// as decoded, and the plain text (line breaks normalised to \n; for HTML, the page's visible text) that
/// every later offset points into.
/// </summary>
public sealed record ReportText(string FileName, string ContentHash, string Encoding, ReportFormat Format, string Source, string Text, string? HtmlTitle);
