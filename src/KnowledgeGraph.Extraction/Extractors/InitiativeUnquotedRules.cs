using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Programme names without quotes: noun phrases ending in a campaign suffix (城乡管理提标行动, 两路两侧专项行动,
/// 碧水保卫战, 政务服务增值化改革) started after the nearest verb or punctuation; numeral formulas (两入股三收益,
/// 三美一创, 六无六有); 以X代Y; and N分钟…圈 service circles.
/// </summary>
internal static partial class InitiativeUnquotedRules
{
    private const int MaxStem = 12;

    public static IEnumerable<InitiativeCandidate> Candidates(string text, IReadOnlyList<QuotedText> quotes)
    {
        bool Quoted(int start, int end) => quotes.Any(q => start < q.End && q.Start < end);

        foreach (var candidate in SuffixNames(text).Concat(Formulas(text)).Concat(Patterns(text)).Concat(InitiativeIdioms.Candidates(text)))
        {
            if (!Quoted(candidate.Start, candidate.End))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>X行动, X工程, X改革, X模式, X保卫战 …: X runs back to the nearest stopper or punctuation.</summary>
    private static IEnumerable<InitiativeCandidate> SuffixNames(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var suffix = InitiativeNameScan.StartsWithAny(text, i, InitiativeLexicon.UnquotedSuffixes);
            if (suffix is null)
            {
                continue;
            }

            var end = i + suffix.Length;
            if (end < text.Length && InitiativeLexicon.SuffixBlockers.Contains(text[end], StringComparison.Ordinal))
            {
                i = end - 1;
                continue;
            }

            var start = InitiativeNameScan.LeftEdge(text, i, InitiativeLexicon.Stoppers, MaxStem);
            if (start >= 0 && start < i && text[start] == '以')
            {
                start++;
            }

            if (start >= 0 && InitiativeNameScan.StartsWithAny(text, start, InitiativeLexicon.LeadingVerbs) is { } verb && start + verb.Length < i)
            {
                start += verb.Length;
            }

            if (start >= 0 && !AfterQuote(text, start) && IsProgrammeStem(text[start..i], suffix))
            {
                yield return new InitiativeCandidate(start, end, InitiativeSource.Suffix);
            }

            i = end - 1;
        }
    }

    /// <summary>Whether the name starts right after a closing quote (or after “X”为 / “X”的): the quote rules judge it.</summary>
    private static bool AfterQuote(string text, int start)
    {
        var at = start - 1;
        if (at >= 0 && text[at] is '为' or '的' or '等')
        {
            at--;
        }

        return at >= 0 && text[at] is '”' or '"' or '」' or '』';
    }

    private static bool IsProgrammeStem(string stem, string suffix)
    {
        // A count inside (第17项…工程) makes the stretch a description, not a name.
        if (!stem.Any(InitiativeNameScan.IsHan) || InitiativeLexicon.GenericStems.Contains(stem) || stem.Contains('第')
            || stem.Any(char.IsAsciiDigit) && !stem.Contains('+', StringComparison.Ordinal)
            || !InitiativeFilters.IsAcceptableName(stem + suffix) || IsCountedGroup(stem)
            || InitiativeNameScan.StartsWithAny(stem, 0, InitiativeLexicon.GenericOpenings) is not null)
        {
            return false;
        }

        // A model needs a distinctive stem: a numeral or a + formula (三综模式, 基金+直投模式), or four characters
        // besides a closing 新 / 特色 (跟着赛事去旅行特色模式; not 执法新模式, 共富模式).
        var core = suffix == "模式" ? TrimEnd(TrimEnd(stem, "新"), "特色") : stem;
        var formula = core.Contains('+', StringComparison.Ordinal) || IsNumeral(core[0]);
        var minimum = suffix switch
        {
            "改革" => 4,
            "模式" => formula ? 2 : 4,
            "行动" or "工程" => 3,
            "长制" => 1,
            _ => 2,
        };
        if (core.Length < minimum || InitiativeLexicon.GenericStems.Contains(core))
        {
            return false;
        }

        // A reform named only by its field (财税体制改革, 医疗保障制度改革, 农业经营体系改革) is national policy, not a programme.
        if (suffix == "改革" && InitiativeNameScan.EndsWithAny(stem, stem.Length, InitiativeLexicon.ReformFields) is not null)
        {
            return false;
        }

        // A 工程 that builds or upgrades a physical object is a project (…道路提升工程, …路工程).
        return suffix != "工程"
            || (InitiativeNameScan.EndsWithAny(stem, stem.Length, InitiativeLexicon.ConstructionVerbs) is null
                && !InitiativeLexicon.PhysicalEnds.Contains(stem[^1], StringComparison.Ordinal));
    }

    private static string TrimEnd(string text, string tail) =>
        text.EndsWith(tail, StringComparison.Ordinal) && text.Length > tail.Length ? text[..^tail.Length] : text;

    /// <summary>四大, 六大, 十大: a counted group (四大攻坚战) names no programme by itself.</summary>
    private static bool IsCountedGroup(string stem) =>
        stem.Length <= 3 && stem.EndsWith('大') && stem[..^1].All(c => InitiativeLexicon.FormulaNumerals.Contains(c, StringComparison.Ordinal));

    /// <summary>Numeral formulas: two numerals each followed by parts of equal length (两入股三收益, 三改一拆).</summary>
    private static IEnumerable<InitiativeCandidate> Formulas(string text)
    {
        for (var i = 0; i + 3 < text.Length; i++)
        {
            if (!IsNumeral(text[i]) || (i > 0 && (IsNumeral(text[i - 1]) || char.IsAsciiDigit(text[i - 1]))))
            {
                continue;
            }

            for (var length = 1; length <= 2; length++)
            {
                var second = i + 1 + length;
                var end = second + 1 + length;
                if (end > text.Length || !IsNumeral(text[second]) || !IsPart(text, i + 1, length) || !IsPart(text, second + 1, length))
                {
                    continue;
                }

                if (end < text.Length && IsNumeral(text[end]) && length == 1)
                {
                    continue;
                }

                var name = text[i..end];
                if (length == 1 && text[i] == '一' && text[second] == '一'
                    && InitiativeLexicon.ManagementFormulaEnds.Contains(name[^1], StringComparison.Ordinal))
                {
                    break;
                }

                if (InitiativeFilters.IsAcceptableName(name))
                {
                    yield return new InitiativeCandidate(i, end, InitiativeSource.Formula);
                }

                break;
            }
        }
    }

    private static bool IsNumeral(char c) => InitiativeLexicon.FormulaNumerals.Contains(c, StringComparison.Ordinal);

    private static bool IsPart(string text, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (!InitiativeNameScan.IsHan(text[k]) || IsNumeral(text[k]) || "是的了和与及或在等".Contains(text[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return !InitiativeLexicon.MeasureChars.Contains(text[start], StringComparison.Ordinal);
    }

    /// <summary>以竹代塑-like substitutions and N分钟…圈 service circles.</summary>
    private static IEnumerable<InitiativeCandidate> Patterns(string text)
    {
        foreach (Match match in Substitution().Matches(text))
        {
            yield return new InitiativeCandidate(match.Index, match.Index + match.Length, InitiativeSource.Formula);
        }

        foreach (Match match in Circle().Matches(text))
        {
            yield return new InitiativeCandidate(match.Index, match.Index + match.Length, InitiativeSource.Circle);
        }
    }

    [GeneratedRegex(@"以\p{IsCJKUnifiedIdeographs}代\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Substitution();

    [GeneratedRegex(@"(?:\d+|[一二三四五六七八九十]+)分钟\p{IsCJKUnifiedIdeographs}{2,10}?圈")]
    private static partial Regex Circle();
}
