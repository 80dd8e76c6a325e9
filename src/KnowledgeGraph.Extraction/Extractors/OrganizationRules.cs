using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>A candidate organization: [Start, End) in its sentence's text.</summary>
internal readonly record struct OrganizationCandidate(int Start, int End);

/// <summary>
/// Where organizations are named: by an institution or company suffix (桐昆集团, 上海交通大学, 洲泉中学), by an
/// industry word when the firm acts (趣致科技分别在…上市), and as actors: partners of 与 X 合作, items of X等N家企业,
/// holders of an enterprise title (X获评…专精特新中小企业) and firms that list (X在…上市).
/// </summary>
internal static partial class OrganizationRules
{
    private const int MaxName = 16;
    private const int MaxWeakStem = 5;

    public static IEnumerable<OrganizationCandidate> Candidates(string text, bool planPart) =>
        SuffixNames(text, planPart).Concat(Partners(text)).Concat(EnumeratedFirms(text)).Concat(TitleHolders(text)).Concat(ListedFirms(text));

    /// <summary>Names ending in a strong suffix anywhere, or in an industry word where an actor's boundary follows.</summary>
    private static IEnumerable<OrganizationCandidate> SuffixNames(string text, bool planPart)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var strong = InitiativeNameScan.StartsWithAny(text, i, OrganizationLexicon.StrongSuffixes);
            var suffix = strong ?? InitiativeNameScan.StartsWithAny(text, i, OrganizationLexicon.WeakSuffixes);
            if (suffix is null)
            {
                continue;
            }

            var end = i + suffix.Length;
            if (FollowedByProject(text, end) || (strong is null ? !ActorFollows(text, end) : BlockedStrong(text, end)))
            {
                i = end - 1;
                continue;
            }

            var start = NameStart(text, i, strong is null ? MaxWeakStem : MaxName);
            if (start >= 0 && i - start >= 2 && !AfterTitleVerb(text, start) && !(planPart && AfterFounding(text, start)))
            {
                yield return new OrganizationCandidate(start, end);
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// Where a name ending at <paramref name="end"/> starts: the left scan of <see cref="InitiativeNameScan.LeftEdge"/>,
    /// stepping over a bracketed place inside a company name (美戈利(浙江)科技有限公司).
    /// </summary>
    private static int NameStart(string text, int end, int maxLength)
    {
        var start = InitiativeNameScan.LeftEdge(text, end, OrganizationLexicon.Stoppers, maxLength);
        while (start >= 2 && text[start - 1] == ')')
        {
            var open = text.LastIndexOf('(', start - 2, Math.Min(6, start - 1));
            if (open < 1 || !text[(open + 1)..(start - 1)].All(InitiativeNameScan.IsHan) || !InitiativeNameScan.IsHan(text[open - 1]))
            {
                break;
            }

            var before = InitiativeNameScan.LeftEdge(text, open, OrganizationLexicon.Stoppers, maxLength);
            if (before < 0 || before == open || end - before > maxLength + 4)
            {
                break;
            }

            start = before;
        }

        return start;
    }

    private static bool BlockedStrong(string text, int end) =>
        (end < text.Length && OrganizationLexicon.StrongBlockers.Contains(text[end], StringComparison.Ordinal))
        || InitiativeNameScan.StartsWithAny(text, end, OrganizationLexicon.ConstructionFollowers) is not null;

    private static bool ActorFollows(string text, int end) =>
        end >= text.Length || !InitiativeNameScan.IsNameChar(text[end]) && text[end] is not '(' and not '“'
        || InitiativeNameScan.StartsWithAny(text, end, OrganizationLexicon.ActorFollowers) is not null;

    /// <summary>Whether the name stands in a list the text calls projects (X、Y等N个新经济项目落地): a project, not an actor.</summary>
    private static bool FollowedByProject(string text, int end)
    {
        if (InitiativeNameScan.StartsWithAny(text, end, ["项目"]) is not null)
        {
            return true;
        }

        var clauseEnd = end;
        while (clauseEnd < text.Length && !IsClauseBreak(text[clauseEnd]))
        {
            clauseEnd++;
        }

        var etc = text.IndexOf('等', end, clauseEnd - end);
        return etc >= 0 && text.AsSpan(etc, Math.Min(14, clauseEnd - etc)).Contains("项目", StringComparison.Ordinal);
    }

    private static bool AfterTitleVerb(string text, int start) =>
        InitiativeNameScan.EndsWithAny(text, SkipQuoteBack(text, start), OrganizationLexicon.TitleVerbs) is not null;

    private static bool AfterFounding(string text, int start) =>
        InitiativeNameScan.EndsWithAny(text, SkipQuoteBack(text, start), ["成立", "组建", "建立", "设立", "筹建"]) is not null;

    private static int SkipQuoteBack(string text, int start) => start > 0 && text[start - 1] is '“' or '"' ? start - 1 : start;

    /// <summary>与 X(、Y) (达成|深化…)合作, and the X of "X与Y合作".</summary>
    private static IEnumerable<OrganizationCandidate> Partners(string text)
    {
        for (var k = text.IndexOf("合作", StringComparison.Ordinal); k > 0; k = text.IndexOf("合作", k + 2, StringComparison.Ordinal))
        {
            var clauseStart = ClauseStart(text, k);
            var with = text.LastIndexOf('与', k - 1, k - clauseStart);
            if (with < 0)
            {
                continue;
            }

            var end = k;
            while (InitiativeNameScan.EndsWithAny(text, end, OrganizationLexicon.CooperationVerbs) is { } verb && end - verb.Length > with + 1)
            {
                end -= verb.Length;
            }

            foreach (var item in ListItems(text, with + 1, end))
            {
                yield return item;
            }

            // The X of "X与Y合作" only where a verb introduces it (利用X与Y合作机遇), not a clause's opening words.
            var before = InitiativeNameScan.LeftEdge(text, with, OrganizationLexicon.Stoppers, MaxName);
            if (before >= 0 && with - before >= 2 && InitiativeNameScan.EndsWithStopper(text, before, OrganizationLexicon.Stoppers))
            {
                yield return new OrganizationCandidate(before, with);
            }
        }
    }

    /// <summary>X、Y等N家企业 / X等N所高校: the items of a list whose head noun is an organization word.</summary>
    private static IEnumerable<OrganizationCandidate> EnumeratedFirms(string text)
    {
        foreach (Match match in OrganizationList().Matches(text))
        {
            foreach (var item in ItemsBefore(text, match.Index))
            {
                yield return item;
            }
        }
    }

    /// <summary>X、Y获评…企业 / X成为…供应商: the subjects of an enterprise title.</summary>
    private static IEnumerable<OrganizationCandidate> TitleHolders(string text)
    {
        foreach (var predicate in OrganizationLexicon.AwardPredicates)
        {
            for (var p = text.IndexOf(predicate, StringComparison.Ordinal); p > 0; p = text.IndexOf(predicate, p + predicate.Length, StringComparison.Ordinal))
            {
                var titleEnd = p + predicate.Length;
                while (titleEnd < text.Length && !IsClauseBreak(text[titleEnd]) && text[titleEnd] != '、')
                {
                    titleEnd++;
                }

                var title = text[(p + predicate.Length)..titleEnd].Replace("称号", "", StringComparison.Ordinal).TrimEnd('”', '"');
                if (OrganizationLexicon.EnterpriseTitleHeads.Any(h => title.EndsWith(h, StringComparison.Ordinal)))
                {
                    var subjectEnd = InitiativeNameScan.EndsWithAny(text, p, ["分别", "先后", "成功", "均", "被"]) is { } adverb ? p - adverb.Length : p;
                    foreach (var item in ItemsBefore(text, subjectEnd))
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    /// <summary>X、Y(分别)在…上市: firms that list on a market.</summary>
    private static IEnumerable<OrganizationCandidate> ListedFirms(string text)
    {
        foreach (Match match in Listing().Matches(text))
        {
            foreach (var item in ItemsBefore(text, match.Index))
            {
                yield return item;
            }
        }
    }

    /// <summary>The items of the list that ends at <paramref name="end"/> (walking left over names and 、 to a stopper).</summary>
    private static IEnumerable<OrganizationCandidate> ItemsBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && (text[start - 1] == '、' || InitiativeNameScan.IsNameChar(text[start - 1])) && !InitiativeNameScan.EndsWithStopper(text, start, OrganizationLexicon.Stoppers))
        {
            start--;
        }

        return end - start > 60 ? [] : ListItems(text, start, end);
    }

    /// <summary>The items of text[start..end] split at 、 (a closing 等… removed).</summary>
    private static IEnumerable<OrganizationCandidate> ListItems(string text, int start, int end)
    {
        if (end <= start)
        {
            return [];
        }

        // Items share the list's head: when the last is no organization (杭州、德清高端团队), none is.
        var (body, _) = Enumerations.StripClosingEtc(text[start..end]);
        var items = Enumerations.Split(body);
        return items.Count == 0 || !OrganizationExtractor.IsOrganizationName(items[^1].Text)
            ? []
            : items.Select(item => new OrganizationCandidate(start + item.Start, start + item.End));
    }

    private static int ClauseStart(string text, int index)
    {
        var i = index;
        while (i > 0 && !IsClauseBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsClauseBreak(char c) => c is ',' or '，' or '。' or ';' or '；' or ':' or '：' or '!' or '?' or '|';

    [GeneratedRegex(@"等(?:[\d一二两三四五六七八九十百余多]+(?:家|所|个))?\p{IsCJKUnifiedIdeographs}{0,6}?(?:企业|公司|高校|院校|院所|机构|厂商|供应商|集团)(?!项目)")]
    private static partial Regex OrganizationList();

    [GeneratedRegex(@"(?:分别|成功|先后)?在[^，。；,;]{1,10}?(?:上市|挂牌)|(?:成功|分别)?上市(?!公司|企业)")]
    private static partial Regex Listing();
}
