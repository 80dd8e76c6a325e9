using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts targets (see ANNOTATION.md): every quantity of the plan part, tied to the plan year, with the
/// comparator its bound words give (以上 / 不少于 / 突破 → &gt;=, 以内 / 控制在 → &lt;=, 左右 → ~). Whether a
/// modal verb (力争, 确保, 预计) stands next to the number or at the head of the sentence makes no
/// difference; a quantity that only names a resource already there (依托…, 发挥…作用) or a goal of a later
/// year (到2027年…) is no target, nor is a property of a single project (占地, 建筑面积, 总投资) or a frequency (每周…). In the
/// review part, a clause that names the plan year (2022年, 明年, or 今年 in a report delivered in the plan year) with a
/// goal word (目标, 力争, 计划 …) sets a target too.
/// </summary>
public sealed class TargetExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        if (context.PlanYear is not int planYear)
        {
            return;
        }

        string? previous = null;
        foreach (var sentence in context.Sentences)
        {
            var part = sentence.Part;
            if (part == ReportPart.Header)
            {
                continue;
            }

            var inPlan = part == ReportPart.Plan;
            if (!inPlan && !QuantityClauses.NamesPlanYear(sentence.Text, planYear, context.DeliveredInPlanYear))
            {
                continue;
            }

            var mentions = QuantityReader.Read(sentence.Text, previous);
            foreach (var mention in mentions)
            {
                var before = sentence.Text[mention.ClauseStart..mention.Quantity.Start];
                var upToNumber = sentence.Text[..mention.Quantity.Start];
                if (QuantityClauses.NamesResource(before) || QuantityClauses.NamesYearAfter(upToNumber, planYear)
                    || QuantityClauses.IsProjectAttribute(mention.Metric) || QuantityClauses.IsFrequency(mention.Metric)
                    || (!inPlan && !QuantityClauses.IsGoal(upToNumber, planYear, context.DeliveredInPlanYear)))
                {
                    continue;
                }

                var q = mention.Quantity;
                result.AddTarget(new ExtractedTarget(mention.Metric, q.Value, q.Unit, mention.Comparator, planYear, sentence.SpanOf(q.NumberStart, q.UnitEnd)));
            }

            previous = mentions.LastOrDefault(m => m.Kind != QuantityKind.Growth)?.Metric;
        }
    }
}
