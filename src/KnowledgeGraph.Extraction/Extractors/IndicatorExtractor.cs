using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts indicators (see ANNOTATION.md): every quantity of the review part, with its metric, tied to
/// the review year (a 预计 total of a report written in January included). A clause that speaks of what is
/// still to come (即将, 在即, 力争, or one naming a later year) gives no indicator.
/// </summary>
public sealed class IndicatorExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        string? previous = null;
        foreach (var sentence in context.Sentences)
        {
            if (sentence is not { Part: ReportPart.Review, Year: int year })
            {
                continue;
            }

            var mentions = QuantityReader.Read(sentence.Text, previous);
            foreach (var mention in mentions)
            {
                if (QuantityClauses.SpeaksOfFuture(sentence.Text[mention.ClauseStart..mention.ClauseEnd], year)
                    || QuantityClauses.NamesYearAfter(sentence.Text[..mention.Quantity.Start], year))
                {
                    continue;
                }

                var q = mention.Quantity;
                result.AddIndicator(new ExtractedIndicator(
                    mention.Metric, q.Value, q.Unit, QuantityLexicon.Name(mention.Kind), year, sentence.SpanOf(q.NumberStart, q.UnitEnd)));
            }

            previous = mentions.LastOrDefault(m => m.Kind != QuantityKind.Growth)?.Metric;
        }
    }
}
