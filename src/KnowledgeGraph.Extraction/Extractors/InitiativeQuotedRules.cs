using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Decides which quoted texts name a programme: a quote that ends with a campaign suffix (“固安工程”), is followed
/// in its clause by a programme head (“民声一键办”处置机制, “拥城发展”战略, “五张图”“三个X”发展规划, “X”治理体系),
/// follows a launching verb (推动“三年活动”), or is a numeral formula a programme verb carries (加快“五彩共富路”);
/// not one a superior body owns (县委“135”), a brand (“X”品牌), a spirit, a title or a system (“X”系统), a theme
/// (“X”…主题实践), a list of goals (“严、紧、实”), a place being built (推进“口袋公园”建设), nor a nationwide formula.
/// </summary>
internal static partial class InitiativeQuotedRules
{
    /// <summary>The verbs that carry a programme or a numeral formula before its quote (launch verbs and formula verbs).</summary>
    private static readonly string[] ProgrammeVerbs = [.. InitiativeLexicon.LaunchVerbs, .. InitiativeLexicon.FormulaVerbs];

    private const int WindowLength = 12;

    public static IEnumerable<InitiativeCandidate> Candidates(string text, IReadOnlyList<QuotedText> quotes)
    {
        foreach (var group in InitiativeQuotes.Group(text, quotes))
        {
            var left = group[0].OuterStart;
            var right = group[^1].OuterEnd;
            if (OwnedBySuperior(text, left) || IsVetoed(text, right))
            {
                continue;
            }

            var headEnd = HeadEnd(text, right);
            // 实施“X”, and with an aspect particle between (大力实施了“X”).
            var verbEnd = left > 0 && text[left - 1] == '了' ? left - 1 : left;
            var launched = InitiativeNameScan.EndsWithAny(text, verbEnd, InitiativeLexicon.LaunchVerbs) is not null;
            foreach (var quote in group)
            {
                // “一区一谷一高地、一城一河一机场”, “五横十四纵”, “四禁两控”: a numbered layout or plan is one programme, whole.
                if (IsNumberedLayout(text[quote.Start..quote.End]) && InitiativeFilters.IsAcceptableName(text[quote.Start..quote.End])
                    && (LayoutParts(text[quote.Start..quote.End]) >= 3 || LayoutFollower().IsMatch(text.AsSpan(quote.OuterEnd))))
                {
                    yield return new InitiativeCandidate(quote.Start, quote.End, InitiativeSource.Formula);
                    continue;
                }

                foreach (var (start, end) in Items(text, quote))
                {
                    var name = text[start..end];
                    if (IsDigitFormula(name))
                    {
                        // “1+5”协商议事机制: a formula of digits takes the head it qualifies.
                        if (headEnd > 0 && group.Count == 1)
                        {
                            yield return new InitiativeCandidate(quote.OuterStart, headEnd, InitiativeSource.Quoted);
                        }

                        continue;
                    }

                    // A manner word (“一站式”, “点单式”) qualifies a service; it names no programme (a 模式 does).
                    var formula = IsNumeralFormula(name) && (launched || headEnd > 0 || VerbBefore(text, left));
                    if ((name.Length < 3 && !formula) || !name.Any(InitiativeNameScan.IsHan) || IsHanNumerals(name)
                        || (name.EndsWith('式') && !name.EndsWith("模式", StringComparison.Ordinal)) || IsSloganList(name)
                        || !InitiativeFilters.IsAcceptableName(name))
                    {
                        continue;
                    }

                    var suffixed = HasQuotedSuffix(name);
                    var headed = headEnd > 0 && !BuildsPlace(text, right, name);
                    var accepted = quote.BookTitle ? suffixed || InitiativeLexicon.PolicyDocumentEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal)) : quote.Reconstructed
                        ? suffixed || headed || formula || (name.Length == 4 && InitiativeNameScan.EndsWithParallelFour(name))
                        : suffixed || headed || (launched && !BuildsPlace(text, right, name)) || formula;
                    if (accepted)
                    {
                        yield return new InitiativeCandidate(start, end, InitiativeSource.Quoted);
                    }
                }
            }
        }
    }

    /// <summary>Whether a quoted name ends with a campaign suffix by itself (…行动, …工程, …突破年, N分钟…圈).</summary>
    public static bool HasQuotedSuffix(string name)
    {
        if (InitiativeLexicon.QuotedSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix)
        {
            return !InitiativeLexicon.GenericStems.Contains(name[..^suffix.Length]);
        }

        // A policy package counted by its articles (“人才十条”, “黄金十条”, “双十条”): a word, then a numeral and 条.
        if (name.Length >= 3 && name.EndsWith('条') && InitiativeLexicon.FormulaNumerals.Contains(name[^2], StringComparison.Ordinal)
            && name.TakeWhile(c => !InitiativeLexicon.FormulaNumerals.Contains(c, StringComparison.Ordinal)).Any())
        {
            return true;
        }

        if (name.EndsWith('年') && name.Length >= 4
            && InitiativeNameScan.EndsWithAny(name, name.Length - 1, InitiativeLexicon.YearCampaignWords) is not null)
        {
            return true;
        }

        return name.EndsWith('圈') && (name.Contains("分钟", StringComparison.Ordinal) || name.Length >= 5);
    }

    /// <summary>The quote's items: a quoted list (“A年、B年、C年”) splits when every item is a campaign name.</summary>
    private static IEnumerable<(int Start, int End)> Items(string text, QuotedText quote)
    {
        var content = text[quote.Start..quote.End];
        var items = Enumerations.Split(content);
        if (items.Count > 1 && items.All(i => HasQuotedSuffix(i.Text)))
        {
            return items.Select(i => (quote.Start + i.Start, quote.Start + i.End));
        }

        var start = quote.Start;
        var end = quote.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return [(start, end)];
    }

    /// <summary>
    /// Whether a programme verb comes right before the quote or before a two-character noun in front of it
    /// (加快“五彩共富路”, 加快项目“双进”).
    /// </summary>
    private static bool VerbBefore(string text, int left) =>
        InitiativeNameScan.EndsWithAny(text, left, ProgrammeVerbs) is not null
        || (left >= 2 && text[(left - 2)..left].All(InitiativeNameScan.IsHan) && InitiativeNameScan.EndsWithAny(text, left - 2, ProgrammeVerbs) is not null);

    /// <summary>
    /// Whether the quote names a place or structure being built (推进“口袋公园”建设, 开启“城市露营带”建设, “品质之城”建设):
    /// its last character is one of a physical object and 建设 follows in the clause.
    /// </summary>
    private static bool BuildsPlace(string text, int right, string name)
    {
        if (!(InitiativeLexicon.PhysicalEnds + InitiativeLexicon.PlaceEnds).Contains(name[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var end = right;
        while (end < text.Length && end - right < WindowLength && !IsClauseBreak(text[end]))
        {
            end++;
        }

        return text[right..end].Contains("建设", StringComparison.Ordinal);
    }

    /// <summary>Whether the clause before the quote names a superior body (省委三个“…”, 县委“…”).</summary>
    private static bool OwnedBySuperior(string text, int left)
    {
        var from = Math.Max(0, left - 6);
        var clauseStart = text.LastIndexOfAny([',', '，', '、', ';', ':', '。'], Math.Max(0, left - 1)) + 1;
        from = Math.Max(from, clauseStart);
        var before = text[from..left];
        return InitiativeLexicon.SuperiorBodies.Any(b => before.Contains(b, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the words after the quote make it something else: a veto word right after it (or after 等), or a
    /// theme word before the clause's end (“…”实干争先主题实践: a theme of political education).
    /// </summary>
    private static bool IsVetoed(string text, int right)
    {
        var at = right < text.Length && text[right] == '等' ? right + 1 : right;
        if (InitiativeNameScan.StartsWithAny(text, at, InitiativeLexicon.RightVetoes) is not null)
        {
            return true;
        }

        var end = right;
        while (end < text.Length && end - right < WindowLength && !IsClauseBreak(text[end]))
        {
            end++;
        }

        return text[right..end].Contains("主题", StringComparison.Ordinal);
    }

    /// <summary>The end of the programme head the clause after a quote carries within a few characters, else -1.</summary>
    private static int HeadEnd(string text, int right)
    {
        var end = right;
        while (end < text.Length && end - right < WindowLength && !IsClauseBreak(text[end]))
        {
            end++;
        }

        var window = text[right..end];
        var skip = window.StartsWith('等') ? 1 : 0;
        if (InitiativeNameScan.StartsWithAny(window, skip, InitiativeLexicon.ImmediateHeads) is { } immediate && (immediate == "项目" || skip == 1))
        {
            return right + skip + immediate.Length;
        }

        // “慈善一日捐”活动: a single campaign (not a list closed by 等活动, which names a category).
        if (window.StartsWith("活动", StringComparison.Ordinal))
        {
            return right + 2;
        }

        var best = -1;
        foreach (var head in InitiativeLexicon.RightHeads)
        {
            var at = window.IndexOf(head, StringComparison.Ordinal);
            while (at >= 0 && IsBlocked(window, at + head.Length))
            {
                at = window.IndexOf(head, at + 1, StringComparison.Ordinal);
            }

            if (at >= 0 && (best < 0 || at + head.Length < best))
            {
                best = at + head.Length;
            }
        }

        // A head right after another belongs to it (基层治理体系, 工作机制).
        while (best > 0 && InitiativeNameScan.StartsWithAny(window, best, InitiativeLexicon.RightHeads) is { } next)
        {
            best += next.Length;
        }

        return best < 0 ? -1 : right + best;
    }

    /// <summary>A head followed by one of these names a body or a room (工作室, 工作站, 改革办), not a programme.</summary>
    private static bool IsBlocked(string window, int end) =>
        end < window.Length && (InitiativeLexicon.SuffixBlockers + "室站组").Contains(window[end], StringComparison.Ordinal);

    private static bool IsClauseBreak(char c) => c is ',' or '，' or '。' or ';' or '；' or ':' or '：' or '、' or '“' or '”' or '(' or ')' or '!' or '?';

    /// <summary>
    /// A quoted numeral formula (“两美”, “双进”, “一会通办”, “五彩共富路”): a numeral then a word that is not a measure
    /// or time word (“两个…”, “一件事”, “三年”, “三大…” count things; they name nothing by themselves).
    /// </summary>
    public static bool IsNumeralFormula(string name) =>
        name.Length is >= 2 and <= 8 && InitiativeLexicon.FormulaNumerals.Contains(name[0], StringComparison.Ordinal)
        && InitiativeNameScan.IsHan(name[1]) && !InitiativeLexicon.FormulaNumerals.Contains(name[1], StringComparison.Ordinal)
        && !(InitiativeLexicon.MeasureChars + "大").Contains(name[1], StringComparison.Ordinal) && name.All(InitiativeNameScan.IsNameChar);

    /// <summary>
    /// A quoted list that states requirements or goals, not a programme: three or more items (“严、紧、实”, “疫情要防住、
    /// 经济要稳住、发展要安全”) or items that open with a verb (“建设…、打造…”); unless every item is a campaign name.
    /// </summary>
    private static bool IsSloganList(string name)
    {
        var items = Enumerations.Split(name);
        if (items.Count < 2 || items.All(i => HasQuotedSuffix(i.Text)))
        {
            return false;
        }

        return items.Count >= 3 || items.Any(i => InitiativeNameScan.StartsWithAny(i.Text, 0, InitiativeLexicon.SloganVerbs) is not null);
    }

    /// <summary>
    /// A numbered layout: groups of two or more parts, each a numeral and one to three characters (一院一中心, 五横十四纵,
    /// 一区一谷一高地), the groups joined by 、 or a comma; not a count (三个…, 十大…) nor a list of single parts.
    /// </summary>
    internal static bool IsNumberedLayout(string name)
    {
        var groups = name.Split(['、', '，', ',']);
        return groups.All(g => LayoutGroup().IsMatch(g) && !CountedPart().IsMatch(g));
    }

    /// <summary>The parts of a layout: its runs of numerals (五横十四纵 → 2).</summary>
    private static int LayoutParts(string name) =>
        name.Where((c, i) => IsLayoutNumeral(c) && (i == 0 || !IsLayoutNumeral(name[i - 1]))).Count();

    private static bool IsLayoutNumeral(char c) => c == '多' || InitiativeLexicon.FormulaNumerals.Contains(c, StringComparison.Ordinal);

    // What follows a layout that names it a programme: an endnote mark ([11], 【6】; masked in the sentence text as a run of
    // commas, PageZones.MarkerMask) or a plan word (…措施, …格局, …目标蓝图).
    [GeneratedRegex(@"^(?:\[\d+\]|【\d+】|,{3,}|[^,，。;；、“]{0,8}?(?:措施|格局|布局|目标|蓝图|战略|工程|行动|体系|规划))")]
    private static partial Regex LayoutFollower();

    [GeneratedRegex(@"^(?:[一二两三四五六七八九十百千万双多]{1,3}[\p{IsCJKUnifiedIdeographs}-[一二两三四五六七八九十百千万双多]]{1,3}){2,}$")]
    private static partial Regex LayoutGroup();

    // A part whose first character after the numeral is a measure word (三个一, 十大…): a count of things.
    [GeneratedRegex(@"[一二两三四五六七八九十百千万双多][个大项条家批年次名]")]
    private static partial Regex CountedPart();

    /// <summary>135, 1+5: digits and signs only.</summary>
    private static bool IsDigitFormula(string name) => name.Any(char.IsAsciiDigit) && name.All(c => char.IsAsciiDigit(c) || c is '+' or '.' or '-');

    /// <summary>十四五: Chinese numerals only (a plan period, not a programme).</summary>
    private static bool IsHanNumerals(string name) => name.All(c => InitiativeLexicon.FormulaNumerals.Contains(c, StringComparison.Ordinal));
}
