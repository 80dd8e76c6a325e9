using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts indicators (see ANNOTATION.md): every quantity of the review part, with its metric, tied to
/// the review year (a 预计 total of a report written in January included). A clause that speaks of what is
/// still to come (即将, 在即, 力争, 拟, or one naming a later year), one that denies reaching it (还未达到…目标, 尚未完成)
/// and a figure that is the goal beside a result (完成X亿元(年度目标Y亿元), 超额完成50微克/立方米年度目标) give no indicator.
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
                var clause = sentence.Text[mention.ClauseStart..mention.ClauseEnd];
                if (QuantityClauses.SpeaksOfFuture(clause, year) || Modality.IsModal(clause) || Modality.DeniesAchievement(clause)
                    || QuantityClauses.NamesYearAfter(sentence.Text[..mention.Quantity.Start], year)
                    || QuantityClauses.IsGoalFigure(sentence.Text, mention.Quantity) || QuantityClauses.IsFrequency(mention.Metric)
                    || (context.PlanYear is int planYear && QuantityClauses.IsGoal(sentence.Text[..mention.Quantity.Start], planYear, context.DeliveredInPlanYear)))
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
