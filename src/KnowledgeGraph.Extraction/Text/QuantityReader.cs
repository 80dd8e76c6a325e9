namespace KnowledgeGraph.Extraction.Text;

/// <summary>A quantity of a sentence with the metric it measures, its kind, comparator and the clause [start, end) it sits in.</summary>
internal sealed record QuantityMention(string Metric, Quantity Quantity, QuantityKind Kind, string Comparator, int ClauseStart, int ClauseEnd);

/// <summary>
/// Reads the quantities of a sentence with their metrics. The metric is the noun phrase before the number
/// inside its clause (after the previous quantity of an enumeration), completed by a noun phrase after the
/// unit (吸引800余名大学生入乡兴村 → 吸引大学生入乡兴村). A growth (增长 7.6%) takes the metric of the quantity
/// it qualifies when it has none of its own (村集体总收入超8400万元、增长7.6% → 村集体总收入增长). Values listed
/// together (分别增长55.5%24.6%, also with the enumeration commas lost) are distributed over the listed
/// metrics, or over the quantities before them. A quantity that only qualifies a noun counted next
/// (10亿元以上项目1个, 8.8平方公里的…) is not read on its own.
/// </summary>
internal static class QuantityReader
{
    private const int MaxRightLength = 16;

    private static readonly (string Word, bool Fall)[] GrowthWords = [.. QuantityLexicon.GrowthWords.OrderByDescending(g => g.Word.Length)];

    private static readonly string[] RightStops = ["同比", "增长", "下降", "增幅", "增速", "比上年", "较上年"];

    public static IReadOnlyList<QuantityMention> Read(string sentence, string? previousMetric = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var usable = NumberGrammar.Scan(sentence)
            .Where(q => q.HasUnit && !q.IsRange && !QuantityFilters.QualifiesByDe(sentence, q) && !QuantityFilters.IsThreshold(sentence, q)
                && !QuantityFilters.IsPartOfName(sentence, q) && !QuantityFilters.IsDuration(sentence, q))
            .ToList();
        var accepted = new List<Quantity>();
        for (var n = 0; n < usable.Count; n++)
        {
            if (!QuantityFilters.IsModifier(sentence, usable[n], n + 1 < usable.Count ? usable[n + 1] : null))
            {
                accepted.Add(usable[n]);
            }
        }

        var mentions = new List<QuantityMention>();
        var bases = new List<string>();
        var consumed = 0;
        string? baseline = null;
        var a = 0;
        while (a < accepted.Count)
        {
            var run = RunLength(sentence, accepted, a);
            var q = accepted[a];
            var last = accepted[a + run - 1];
            var (clauseStart, clauseEnd) = QuantityClauses.Bounds(sentence, q.Start, last.End);
            var prev = a > 0 && accepted[a - 1].Start >= clauseStart ? accepted[a - 1] : null;
            var next = a + run < accepted.Count && accepted[a + run].Start < clauseEnd ? accepted[a + run] : null;
            var segmentStart = SkipSeparators(sentence, Math.Max(consumed, prev?.End ?? clauseStart), q.Start);
            var left = sentence[segmentStart..q.Start];
            if (QuantityLexicon.ComparisonOpeners.Any(w => QuantityLexicon.At(sentence, clauseStart, w)))
            {
                a += run;
                continue;
            }

            if (baseline is null && run == 1 && QuantityFilters.IsBaseline(sentence, left, q, next))
            {
                baseline = QuantityMetric.Finish(QuantityFilters.BaselineSubject(left));
                consumed = q.End;
                a++;
                continue;
            }

            var right = RightOf(sentence, last, next, clauseEnd);
            consumed = last.End + RightLength(sentence, last, right);
            var (growthLeft, growth, fall) = SplitGrowth(left, q.IsRelative);
            var word = growth ? fall ? "下降" : "增长" : string.Empty;

            IReadOnlyList<string> metrics;
            if (baseline is not null)
            {
                (metrics, growth, baseline) = ([baseline], false, null);
            }
            else if (growth)
            {
                var own = QuantityMetric.Finish(growthLeft);
                metrics = QuantityContext.Distribute(own, run, bases, previousMetric).Select(m => m + word).ToList();
            }
            else
            {
                var governing = right.Length > 0 ? QuantityMetric.StripTrailing(left, keepVerbs: true) : growthLeft;
                var metric = QuantityMetric.Finish(governing + right, stripTrailing: false);
                var items = QuantityLists.SplitItems(metric);
                if (run > 1)
                {
                    metrics = QuantityContext.Distribute(metric, run, bases, previousMetric);
                }
                else if (items.Count > 1 && (EndsWithDistributor(left) || items.All(i => i.EndsWith('率'))))
                {
                    metrics = QuantityLists.Complete(items);
                }
                else
                {
                    metric = QuantityContext.InContext(sentence, metric, prev is not null, mentions, clauseStart);
                    metrics = metric.Length > 0 ? [metric] : [];
                }
            }

            for (var n = 0; n < metrics.Count; n++)
            {
                var member = accepted[a + Math.Min(n, run - 1)];
                var comparator = member.Comparator == "=" ? last.Comparator : member.Comparator;
                var kind = growth ? QuantityKind.Growth : QuantityLexicon.KindOf(member.Unit, metrics[n]);
                if (metrics[n].Length == 0)
                {
                    continue;
                }

                mentions.Add(new QuantityMention(metrics[n], member, kind, comparator, clauseStart, clauseEnd));
                if (!growth)
                {
                    bases.Add(metrics[n]);
                }
            }

            a += run;
        }

        return mentions;
    }

    /// <summary>
    /// Separates a growth word at the end of the text before a number: (text before it, is growth, is a fall).
    /// Before a percentage any growth word counts; before a count only one with no subject of its own
    /// (同比增加320家), which takes the subject of the quantity before.
    /// </summary>
    private static (string Left, bool Growth, bool Fall) SplitGrowth(string left, bool relative)
    {
        var s = QuantityMetric.StripTrailing(left);
        foreach (var (word, fall) in GrowthWords)
        {
            if (!s.EndsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = StripFrames(s[..^word.Length]);
            if (relative || (QuantityMetric.StripLeading(rest).Length == 0 && (word.Contains('增', StringComparison.Ordinal) || word.Contains('减', StringComparison.Ordinal))))
            {
                return (QuantityMetric.StripTrailing(rest), true, fall);
            }

            break;
        }

        return (s, false, false);
    }

    private static string StripFrames(string s)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var frame in QuantityLexicon.ComparisonFrames)
            {
                if (s.EndsWith(frame, StringComparison.Ordinal) && !QuantityLexicon.IsWordTail(s, s.Length - frame.Length, frame))
                {
                    s = s[..^frame.Length];
                    changed = true;
                }
            }
        }

        return s;
    }

    /// <summary>Whether the link words right before the number include one that distributes a value (均, 各, 都, 分别).</summary>
    private static bool EndsWithDistributor(string left)
    {
        var s = left.TrimEnd();
        while (true)
        {
            var word = QuantityLexicon.TrailingLinks.FirstOrDefault(w => s.EndsWith(w, StringComparison.Ordinal) && s.Length > w.Length);
            if (word is null)
            {
                return false;
            }

            if (word is "均" or "各" or "都" or "分别")
            {
                return true;
            }

            s = s[..^word.Length];
        }
    }

    /// <summary>How many quantities from <paramref name="a"/> are listed together: same unit, nothing but a list mark between.</summary>
    private static int RunLength(string s, List<Quantity> accepted, int a)
    {
        var b = a;
        while (b + 1 < accepted.Count)
        {
            var (q, next) = (accepted[b], accepted[b + 1]);
            var between = next.Start >= q.End ? s[q.End..next.Start] : "x";
            var listed = between is "" or "、" or "," or "和" or "及" or "与";
            if (!listed || !(q.Unit == next.Unit || (q.IsRelative && next.IsRelative)))
            {
                break;
            }

            b++;
        }

        return b - a + 1;
    }

    private static int SkipSeparators(string s, int from, int limit)
    {
        var moved = true;
        while (moved && from < limit)
        {
            moved = false;
            foreach (var separator in QuantityLexicon.Separators)
            {
                if (QuantityLexicon.At(s, from, separator) && from + separator.Length <= limit)
                {
                    from += separator.Length;
                    moved = true;
                    break;
                }
            }
        }

        return from;
    }

    /// <summary>The noun phrase after the unit, up to the clause end or the next quantity's list mark, verb or growth word.</summary>
    private static string RightOf(string s, Quantity last, Quantity? next, int clauseEnd)
    {
        var end = next?.Start ?? clauseEnd;
        if (end <= last.End)
        {
            return string.Empty;
        }

        var r = s[last.End..end].TrimStart('的');
        if (r.StartsWith("大关", StringComparison.Ordinal) || r.StartsWith("关口", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        // Cut (outside quotes) at a growth word, and, when another quantity follows in the clause, at a
        // list mark or a verb: what follows belongs to that quantity.
        var cut = r.Length;
        var depth = 0;
        for (var i = 0; i < r.Length && cut == r.Length; i++)
        {
            depth += r[i] switch { '“' or '(' or '《' => 1, '”' or ')' or '》' => -1, _ => 0 };
            if (depth > 0)
            {
                continue;
            }

            var listMark = next is not null && "、和及与并".Contains(r[i], StringComparison.Ordinal);
            var verb = next is not null && i >= 1 && i + 2 <= r.Length && QuantityLexicon.ActionVerbs.Contains(r.Substring(i, 2));
            if (listMark || verb || RightStops.Any(w => QuantityLexicon.At(r, i, w)))
            {
                cut = i;
            }
        }

        return r[..Math.Min(cut, MaxRightLength)];
    }

    /// <summary>The length of the text after a quantity that its right-hand noun phrase used.</summary>
    private static int RightLength(string s, Quantity last, string right)
    {
        var skipped = last.End < s.Length && s[last.End] == '的' && right.Length > 0 ? 1 : 0;
        return skipped + right.Length;
    }
}
