using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Everything extracted from one report: the text it was read from and its document-level profile.
/// The entity lists of the annotation guide are filled by the entity extractors (<see cref="Extractors"/>).
/// </summary>
public sealed record ReportExtraction(ReportText Report, DocumentProfile Profile);
