using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Everything extracted from one report: the text it was read from, its document-level profile, and the
/// entity lists of the annotation guide with the evidence span of each item.
/// </summary>
public sealed record ReportExtraction(ReportText Report, DocumentProfile Profile, ExtractionResult Entities)
{
    public ReportExtraction(ReportText report, DocumentProfile profile)
        : this(report, profile, new ExtractionResult())
    {
    }
}
