namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Cuts the metric of a quantity into the noun phrase the gold writes: scaffolding off the start (全年,
/// 预计, 一是, 2024年, 连续2年), link words off the end (达, 为, 超, 均, 分别), modal words out (确保),
/// the examples of a closing 等 out (获评A、B等各类荣誉 → 获评各类荣誉), and lists split and completed
/// (农民、居民人均可支配收入 → 农民人均可支配收入, 居民人均可支配收入).
/// </summary>
internal static partial class QuantityMetric
{
    private const int MaxMetricLength = 40;

    /// <summary>The finished metric of a raw phrase: scaffolding, examples, modals (and, when asked, trailing links) removed.</summary>
    public static string Finish(string raw, bool stripTrailing = true)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var s = StripLeading(raw);
        s = DropExamples(s);
        s = StripLeading(s);
        if (stripTrailing)
        {
            s = StripTrailing(s);
        }

        foreach (var modal in QuantityLexicon.Modals)
        {
            if (s.Length > modal.Length + 1)
            {
                s = s.Replace(modal, string.Empty, StringComparison.Ordinal);
            }
        }

        s = TrimQuotes(s);
        return s.Length > MaxMetricLength ? s[^MaxMetricLength..] : s;
    }

    /// <summary>Removes scaffolding from the start: headings, time words, modals, adverbs, a year, a light verb.</summary>
    public static string StripLeading(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        while (true)
        {
            var before = s;
            s = s.TrimStart(' ', '(', ')', '”', '’', '-', '—', '.', '·');
            s = StripHeading(s);
            foreach (var word in QuantityLexicon.LeadingScaffold)
            {
                if (s.StartsWith(word, StringComparison.Ordinal))
                {
                    s = s[word.Length..];
                    break;
                }
            }

            foreach (var adverb in QuantityLexicon.LeadingAdverbs)
            {
                if (s.StartsWith(adverb, StringComparison.Ordinal) && StartsWithVerb(s, adverb.Length))
                {
                    s = s[adverb.Length..];
                    break;
                }
            }

            // A duration opens the clause (30天时间完成…, 45天签约…): how fast, not what was counted.
            if (LeadingDuration().Match(s) is { Success: true } duration && s.Length > duration.Length + 1)
            {
                s = s[duration.Length..];
            }

            // 共 / 已 / 再 before a verb are adverbs (共办理, 已完成), elsewhere part of a word (共享, 已来).
            if (s.Length >= 3 && s[0] is '共' or '已' or '再' or '又' or '还' && QuantityLexicon.ActionVerbs.Contains(s[1..3]))
            {
                s = s[1..];
            }

            foreach (var verb in QuantityLexicon.LightVerbs)
            {
                if (s.StartsWith(verb, StringComparison.Ordinal) && s.Length >= verb.Length + 2)
                {
                    s = s[verb.Length..];
                    break;
                }
            }

            if (s == before)
            {
                return s;
            }
        }
    }

    /// <summary>
    /// Removes link words (达, 为, 超, 均, 分别, 的 …) from the end; a light verb (完成, 实现) stays when
    /// <paramref name="keepVerbs"/>, as it does before a counted noun (完成27个老旧小区改造).
    /// </summary>
    public static string StripTrailing(string s, bool keepVerbs = false)
    {
        ArgumentNullException.ThrowIfNull(s);
        while (true)
        {
            var before = s;
            s = s.TrimEnd(' ', '“', '‘', '(', '-');
            foreach (var word in QuantityLexicon.TrailingLinks)
            {
                if (s.EndsWith(word, StringComparison.Ordinal) && s.Length > word.Length && !InsideWord(s, word)
                    && !(keepVerbs && QuantityLexicon.LightVerbs.Any(v => word.EndsWith(v, StringComparison.Ordinal))))
                {
                    s = s[..^word.Length];
                    break;
                }
            }

            if (s == before)
            {
                return s;
            }
        }
    }

    private static bool InsideWord(string s, string word) => QuantityLexicon.IsWordTail(s, s.Length - word.Length, word);

    /// <summary>
    /// Drops the examples before a closing 等, keeping a leading verb and the head noun after 等:
    /// 获评省…、市…等各类荣誉 → 获评各类荣誉; 国际…港、…酒店等实体产业项目成功签约 → 实体产业项目成功签约.
    /// When nothing would be left, the list itself is the metric (研学活动、亲子活动等 → 研学活动、亲子活动).
    /// </summary>
    public static string DropExamples(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var index = ClosingEtc(s);
        if (index < 0)
        {
            return s;
        }

        var before = s[..index];
        var head = s[(index + 1)..];
        var firstItemEnd = FirstSeparator(before);
        var keep = string.Empty;
        for (var p = 0; p + 2 <= firstItemEnd; p++)
        {
            if (QuantityLexicon.ActionVerbs.Contains(before.Substring(p, 2)))
            {
                keep = before[..(p + 2)];
                break;
            }
        }

        var kept = StripLeading(keep + head);
        return kept.Length >= 2 ? kept : before;
    }

    /// <summary>Removes quote marks left unbalanced at either end.</summary>
    public static string TrimQuotes(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Length > 0 && s[0] is '”' or '’' or '"')
        {
            s = s[1..];
        }

        if (s.Length > 0 && s[^1] is '“' or '‘')
        {
            s = s[..^1];
        }

        var opens = s.Count(c => c == '“');
        var closes = s.Count(c => c == '”');
        if (opens > closes && s.Length > 0 && s[0] == '“')
        {
            s = s[1..];
        }
        else if (closes > opens && s.Length > 0 && s[^1] == '”')
        {
            s = s[..^1];
        }

        return s;
    }

    /// <summary>Where a closing 等 of an enumeration is (not 等级, 一等奖, 平等), or -1.</summary>
    private static int ClosingEtc(string s)
    {
        for (var i = s.Length - 1; i > 0; i--)
        {
            if (s[i] != '等' || NumberGrammar.IsChineseNumeral(s[i - 1]) || s[i - 1] is '平' or '对' or '同' or '相')
            {
                continue;
            }

            if (i + 1 < s.Length && "级奖待于同额候价次".Contains(s[i + 1], StringComparison.Ordinal))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    private static int FirstSeparator(string s)
    {
        var comma = s.IndexOf('、', StringComparison.Ordinal);
        var quotes = s.IndexOf("”“", StringComparison.Ordinal);
        var end = s.Length;
        if (comma >= 0)
        {
            end = comma;
        }

        if (quotes >= 0 && quotes < end)
        {
            end = quotes;
        }

        return end;
    }

    private static string StripHeading(string s)
    {
        // (一) (3) 一是 二是 1. 2、 ① …
        if (s.Length >= 3 && s[0] == '(' && s.IndexOf(')', StringComparison.Ordinal) is > 1 and <= 4 and var close
            && s[1..close].All(c => char.IsAsciiDigit(c) || NumberGrammar.IsChineseNumeral(c)))
        {
            return s[(close + 1)..];
        }

        if (s.Length >= 3 && NumberGrammar.IsChineseNumeral(s[0]) && s[1] == '是')
        {
            return s[2..];
        }

        if (s.Length >= 3 && char.IsAsciiDigit(s[0]) && s[1] is '.' or '、' && !char.IsAsciiDigit(s[2]))
        {
            return s[2..];
        }

        if (s.Length >= 2 && s[0] is >= '①' and <= '⑳')
        {
            return s[1..];
        }

        // A year or a run of years: 2024年, 2024年度, 连续2年.
        var j = s.StartsWith("连续", StringComparison.Ordinal) ? 2 : 0;
        var digits = j;
        while (digits < s.Length && (char.IsAsciiDigit(s[digits]) || NumberGrammar.IsChineseNumeral(s[digits])))
        {
            digits++;
        }

        if (digits > j && digits < s.Length && s[digits] == '年' && (j > 0 || digits - j == 4))
        {
            var end = digits + 1;
            if (end < s.Length && s[end] is '度' or '来')
            {
                end++;
            }

            return end < s.Length ? s[end..] : s;
        }

        return s;
    }

    private static bool StartsWithVerb(string s, int at) =>
        at + 2 <= s.Length && (QuantityLexicon.ActionVerbs.Contains(s.Substring(at, 2)) || QuantityLexicon.LightVerbs.Contains(s.Substring(at, 2)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:用|仅用|历时)?\d+(?:个)?(?:天|日|小时|个月|月)(?:时间|内)?")]
    private static partial System.Text.RegularExpressions.Regex LeadingDuration();
}
