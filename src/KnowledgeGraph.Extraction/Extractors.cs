using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The extraction pipeline: the document analyzer first, then (from the next milestone) one extractor per
/// entity kind of ANNOTATION.md, listed here in the order they run.
/// </summary>
public sealed class Extractors(Gazetteer.Gazetteer gazetteer)
{
    private readonly DocumentAnalyzer documents = new(gazetteer);

    /// <summary>A pipeline over the gazetteer shipped with the product.</summary>
    public static Extractors Default { get; } = new(Gazetteer.Gazetteer.Default);

    public ReportExtraction Extract(ReportText report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportExtraction(report, documents.Analyze(report));
    }
}
