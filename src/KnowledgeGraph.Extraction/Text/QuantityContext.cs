namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Completes metrics from the sentence around them: a short metric from the list it continues, the
/// quantity before it or the topic an earlier clause opens; values listed together from the listed metrics
/// or the quantities before them.
/// </summary>
internal static class QuantityContext
{
    /// <summary>
    /// Completes a short metric from its context: an empty one repeats the previous metric of its list
    /// (10处、1万方); a short one continuing a list takes what it shares with the previous one (示范村, 竣工);
    /// a bare verb or noun (受益, 面积) takes the previous quantity's object; a short one after a clause that
    /// names what the sentence is about (实施X工程, 累计入库项目32个) takes that topic.
    /// </summary>
    public static string InContext(string sentence, string metric, bool continuesList, List<QuantityMention> mentions, int clauseStart)
    {
        var lastMetric = mentions.Count > 0 ? mentions[^1].Metric : null;
        if (lastMetric is not null && continuesList)
        {
            return metric.Length == 0 ? lastMetric : metric.Length <= 4 ? QuantityLists.Continue(metric, lastMetric) : metric;
        }

        if (metric.Length == 0)
        {
            return metric;
        }

        if (lastMetric is not null && metric.Length <= 2)
        {
            return QuantityLists.Attach(metric, lastMetric);
        }

        var shortMetric = metric.Length <= 4 || (metric.Length <= 8 && QuantityLexicon.EffectVerbs.Contains(metric[..2]));
        return shortMetric && Topic(sentence, clauseStart, mentions) is { } topic && !metric.Contains(topic, StringComparison.Ordinal)
            ? topic + metric
            : metric;
    }

    /// <summary>
    /// The object of the nearest clause before <paramref name="clauseStart"/> that has no quantity and opens
    /// with an action verb (深入实施旅游业微改精提工程 → 旅游业微改精提工程), passing over clauses with quantities.
    /// </summary>
    private static string? Topic(string sentence, int clauseStart, List<QuantityMention> mentions)
    {
        var end = clauseStart - 1;
        string? passedOver = null;
        while (end > 0)
        {
            var (start, _) = QuantityClauses.Bounds(sentence, end, end);
            var inClause = mentions.Where(m => m.ClauseStart == start).ToList();
            if (inClause.Count == 0)
            {
                var clause = QuantityMetric.StripLeading(sentence[start..end]);
                if (clause.Length < 5 || !QuantityLexicon.ActionVerbs.Contains(clause[..2]))
                {
                    return null;
                }

                while (clause.Length > 5 && QuantityLexicon.ActionVerbs.Contains(clause[..2]))
                {
                    clause = QuantityMetric.StripLeading(clause[2..]);
                }

                var topic = QuantityMetric.TrimQuotes(clause);
                return topic.Length is >= 3 and <= 16 && (passedOver is null || passedOver.StartsWith(topic, StringComparison.Ordinal)) ? topic : null;
            }

            // Pass over one clause of quantities, and only one that took the same topic.
            if (passedOver is not null)
            {
                return null;
            }

            passedOver = inClause[0].Metric;
            end = start - 1;
        }

        return null;
    }

    /// <summary>
    /// The metrics of <paramref name="run"/> values listed together: the listed items when they are as many,
    /// the metrics of the quantities just before when the values have none of their own, else the one metric.
    /// When a single list item is given (or run is 1) the metrics repeat.
    /// </summary>
    public static List<string> Distribute(string metric, int run, List<string> bases, string? previousMetric)
    {
        if (metric.Length == 0)
        {
            if (bases.Count >= run)
            {
                return bases[^run..];
            }

            var fallback = bases.Count > 0 ? bases[^1] : previousMetric;
            return fallback is null ? [] : [.. Enumerable.Repeat(fallback, run)];
        }

        if (run > 1)
        {
            var items = QuantityLists.SplitItems(metric);
            if (items.Count == run)
            {
                return QuantityLists.Complete(items);
            }
        }

        return [.. Enumerable.Repeat(metric, run)];
    }
}
