using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>One extractor per entity kind of the annotation guide; <see cref="ExtractionPipeline"/> runs them in order.</summary>
public interface IEntityExtractor
{
    /// <summary>Adds what this extractor finds in the report to <paramref name="result"/> (which holds what earlier extractors found).</summary>
    void Extract(ExtractionContext context, ExtractionResult result);
}
