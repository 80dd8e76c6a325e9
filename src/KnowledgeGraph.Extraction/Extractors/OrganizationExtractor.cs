using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>Extracts organizations (see ANNOTATION.md). Not written yet: finds nothing.</summary>
public sealed class OrganizationExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractionResult result)
    {
    }
}
