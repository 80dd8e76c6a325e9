using KnowledgeGraph.Extraction.Extractors;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The extraction pipeline: the document analyzer first, then one extractor per entity kind of
/// ANNOTATION.md, in the order listed here (later extractors may consult what earlier ones found).
/// </summary>
public sealed class ExtractionPipeline(Gazetteer.Gazetteer gazetteer)
{
    private readonly DocumentAnalyzer documents = new(gazetteer);

    /// <summary>The entity extractors, in the order they run.</summary>
    public static IReadOnlyList<IEntityExtractor> EntityExtractors { get; } =
    [
        new VillageExtractor(),
        new ProjectExtractor(),
        new OrganizationExtractor(),
        new BrandExtractor(),
        new AwardExtractor(),
        new EventExtractor(),
        new InitiativeExtractor(),
        new IndicatorExtractor(),
        new TargetExtractor(),
    ];

    /// <summary>A pipeline over the gazetteer shipped with the product.</summary>
    public static ExtractionPipeline Default { get; } = new(Gazetteer.Gazetteer.Default);

    /// <summary>
    /// Extracts a report. <paramref name="cancellationToken"/> reaches every extractor's sentence loop: cancelling it
    /// (a time budget, a request timeout) ends extraction within one sentence with an <see cref="OperationCanceledException"/>.
    /// </summary>
    public ReportExtraction Extract(ReportText report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        cancellationToken.ThrowIfCancellationRequested();
        var profile = documents.Analyze(report);
        var context = new ExtractionContext(report, profile, cancellationToken);
        var result = new ExtractionResult();
        foreach (var extractor in EntityExtractors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            extractor.Extract(context, result);
        }

        return new ReportExtraction(report, profile, result);
    }
}
