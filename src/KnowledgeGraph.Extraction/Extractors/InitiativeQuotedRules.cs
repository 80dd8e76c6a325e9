using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Decides which quoted texts name a programme: a quote that ends with a campaign suffix (“固安工程”), is followed
/// in its clause by a programme head (“民声一键办”处置机制, “拥城发展”战略, “五张图”“三个X”发展规划), or follows a
/// launching verb (推动“三年活动”); not one a superior body owns (县委“135”), a brand (“X”品牌), a spirit or a
/// title (“钉钉子”精神), nor a nationwide formula.
/// </summary>
internal static class InitiativeQuotedRules
{
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
            var launched = InitiativeNameScan.EndsWithAny(text, left, InitiativeLexicon.LaunchVerbs) is not null;
            foreach (var quote in group)
            {
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

                    // A manner word (“一站式”, “点单式”) qualifies a service; it names no programme.
                    if (name.Length < 3 || !name.Any(InitiativeNameScan.IsHan) || IsHanNumerals(name) || name.EndsWith('式')
                        || !InitiativeFilters.IsAcceptableName(name))
                    {
                        continue;
                    }

                    var suffixed = HasQuotedSuffix(name);
                    var accepted = quote.BookTitle ? suffixed : quote.Reconstructed
                        ? suffixed || headEnd > 0 || (name.Length == 4 && InitiativeNameScan.EndsWithParallelFour(name))
                        : suffixed || headEnd > 0 || launched;
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

    /// <summary>Whether the clause before the quote names a superior body (省委三个“…”, 县委“…”).</summary>
    private static bool OwnedBySuperior(string text, int left)
    {
        var from = Math.Max(0, left - 6);
        var clauseStart = text.LastIndexOfAny([',', '，', '、', ';', ':', '。'], Math.Max(0, left - 1)) + 1;
        from = Math.Max(from, clauseStart);
        var before = text[from..left];
        return InitiativeLexicon.SuperiorBodies.Any(b => before.Contains(b, StringComparison.Ordinal));
    }

    private static bool IsVetoed(string text, int right)
    {
        var at = right < text.Length && text[right] == '等' ? right + 1 : right;
        return InitiativeNameScan.StartsWithAny(text, at, InitiativeLexicon.RightVetoes) is not null;
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

        var best = -1;
        foreach (var head in InitiativeLexicon.RightHeads)
        {
            var at = window.IndexOf(head, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at + head.Length < best))
            {
                best = at + head.Length;
            }
        }

        return best < 0 ? -1 : right + best;
    }

    private static bool IsClauseBreak(char c) => c is ',' or '，' or '。' or ';' or '；' or ':' or '：' or '、' or '“' or '”' or '(' or ')' or '!' or '?';

    /// <summary>135, 1+5: digits and signs only.</summary>
    private static bool IsDigitFormula(string name) => name.Any(char.IsAsciiDigit) && name.All(c => char.IsAsciiDigit(c) || c is '+' or '.' or '-');

    /// <summary>十四五: Chinese numerals only (a plan period, not a programme).</summary>
    private static bool IsHanNumerals(string name) => name.All(c => InitiativeLexicon.FormulaNumerals.Contains(c, StringComparison.Ordinal));
}
