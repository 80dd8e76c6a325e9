namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Unquoted programme names without a campaign suffix: campaign years (项目建设攻坚年、乡村能级提升年、能力作风建设年活动)
/// four-character verb-object and numeral idioms a programme verb launches (大力推进腾笼换鸟, 加大拔钉清障力度,
/// 深化五水共治) and pilots a programme verb launches (落实韧性治理试点).
/// </summary>
internal static class InitiativeIdioms
{
    private const int MaxYearStem = 8;

    public static IEnumerable<InitiativeCandidate> Candidates(string text) =>
        CampaignYears(text).Concat(VerbObjectIdioms(text)).Concat(NumeralIdioms(text)).Concat(LaunchedPilots(text));

    /// <summary>
    /// X试点 right after a programme verb (创新落实韧性治理试点): a pilot the township runs. A pilot sought (争创…试点)
    /// or one of a list of works (…、共享停车位试点建设) is not one.
    /// </summary>
    public static IEnumerable<InitiativeCandidate> LaunchedPilots(string text)
    {
        for (var at = text.IndexOf("试点", StringComparison.Ordinal); at > 0; at = text.IndexOf("试点", at + 2, StringComparison.Ordinal))
        {
            var start = InitiativeNameScan.LeftEdge(text, at, InitiativeLexicon.Stoppers, 10);
            if (start >= 2 && at - start >= 4 && InitiativeNameScan.EndsWithAny(text, start, InitiativeLexicon.LaunchVerbs) is not null
                && text[start..at].All(InitiativeNameScan.IsHan) && !InitiativeLexicon.GenericStems.Contains(text[start..at])
                && InitiativeNameScan.StartsWithAny(text, start, InitiativeLexicon.GenericOpenings) is null
                && (at + 2 == text.Length || !InitiativeNameScan.IsHan(text[at + 2]) || InitiativeNameScan.StartsWithAny(text, at + 2, ["工作"]) is not null)
                && InitiativeFilters.IsAcceptableName(text[start..(at + 2)]))
            {
                yield return new InitiativeCandidate(start, at + 2, InitiativeSource.Suffix);
            }
        }
    }

    /// <summary>
    /// X攻坚年, X提升年, X建设年 …: a stem of at least two characters, a campaign word and 年, followed by a
    /// punctuation mark or a word that closes a list of campaigns (活动, 行动, 等); the stem starts after the last
    /// verb or function word that leaves it two characters (深入实施项目建设攻坚年 → 项目建设攻坚年).
    /// </summary>
    public static IEnumerable<InitiativeCandidate> CampaignYears(string text)
    {
        for (var year = text.IndexOf('年', 1); year > 0; year = text.IndexOf('年', year + 1))
        {
            var word = InitiativeNameScan.EndsWithAny(text, year, InitiativeLexicon.YearCampaignWords);
            if (word is null || !ClosesCampaignYear(text, year + 1))
            {
                continue;
            }

            var stemEnd = year - word.Length;
            var from = stemEnd;
            while (from > 0 && stemEnd - from < MaxYearStem && InitiativeNameScan.IsHan(text[from - 1]))
            {
                from--;
            }

            var start = from;
            for (var at = from + 1; at <= stemEnd - 2; at++)
            {
                if (InitiativeNameScan.EndsWithStopper(text, at, InitiativeLexicon.Stoppers))
                {
                    start = at;
                }
            }

            var name = text[start..(year + 1)];
            if (stemEnd - start >= 2 && !InitiativeLexicon.GenericStems.Contains(text[start..stemEnd]) && InitiativeFilters.IsAcceptableName(name))
            {
                yield return new InitiativeCandidate(start, year + 1, InitiativeSource.Suffix);
            }
        }
    }

    /// <summary>
    /// 腾笼换鸟, 拔钉清障: a verb, its object, a verb and its object, right after a programme verb and followed by a
    /// punctuation mark or 工作 / 力度; objects that are measures of performance (提质增效, 提标扩面) make a slogan, not a name.
    /// </summary>
    public static IEnumerable<InitiativeCandidate> VerbObjectIdioms(string text)
    {
        var verbs = InitiativeLexicon.LaunchVerbs.Concat(InitiativeLexicon.FormulaVerbs).Concat(InitiativeLexicon.IdiomVerbs).ToArray();
        for (var i = 2; i + 4 <= text.Length; i++)
        {
            if (IsVerbObjectIdiom(text.AsSpan(i, 4)) && InitiativeNameScan.EndsWithAny(text, i, verbs) is not null && ClosesIdiom(text, i + 4))
            {
                yield return new InitiativeCandidate(i, i + 4, InitiativeSource.Formula);
            }
        }
    }

    /// <summary>
    /// 五水共治, 四治融合: a numeral and three characters, right after a programme verb (or after 、 following one
    /// such name), closed by a punctuation mark or a programme head; not a count (三年, 两个, 三大).
    /// </summary>
    public static IEnumerable<InitiativeCandidate> NumeralIdioms(string text)
    {
        var verbs = InitiativeLexicon.LaunchVerbs.Concat(InitiativeLexicon.FormulaVerbs).Concat(InitiativeLexicon.IdiomVerbs).ToArray();
        var lastEnd = -1;
        for (var i = 2; i + 4 <= text.Length; i++)
        {
            var afterVerb = InitiativeNameScan.EndsWithAny(text, i, verbs) is not null || (text[i - 1] == '、' && lastEnd == i - 1);
            var name = text.Substring(i, 4);
            if (afterVerb && IsNumeralIdiom(name) && (ClosesIdiom(text, i + 4) || InitiativeNameScan.StartsWithAny(text, i + 4, ["等", "机制", "模式", "改革", "建设", "体系"]) is not null)
                && InitiativeFilters.IsAcceptableName(name))
            {
                lastEnd = i + 4;
                yield return new InitiativeCandidate(i, i + 4, InitiativeSource.Formula);
            }
        }
    }

    private static bool IsNumeralIdiom(string four)
    {
        static bool Numeral(char c) => InitiativeLexicon.FormulaNumerals.Contains(c, StringComparison.Ordinal);
        return Numeral(four[0]) && four[1..].All(c => InitiativeNameScan.IsHan(c) && !Numeral(c))
            && !(InitiativeLexicon.MeasureChars + "大类种").Contains(four[1], StringComparison.Ordinal);
    }

    private static bool IsVerbObjectIdiom(ReadOnlySpan<char> four)
    {
        static bool Verb(char c) => InitiativeLexicon.IdiomVerbChars.Contains(c, StringComparison.Ordinal);
        static bool Thing(char c) => InitiativeNameScan.IsHan(c) && !Verb(c)
            && !InitiativeLexicon.MeasureObjectChars.Contains(c, StringComparison.Ordinal)
            && !InitiativeLexicon.FormulaNumerals.Contains(c, StringComparison.Ordinal);
        return Verb(four[0]) && Thing(four[1]) && Verb(four[2]) && Thing(four[3]);
    }

    private static bool ClosesIdiom(string text, int end) =>
        end == text.Length || IsPunctuation(text[end]) || InitiativeNameScan.StartsWithAny(text, end, ["工作", "力度"]) is not null;

    private static bool ClosesCampaignYear(string text, int end) =>
        end == text.Length || IsPunctuation(text[end]) || InitiativeNameScan.StartsWithAny(text, end, ["活动", "行动", "工作", "等", "为"]) is not null;

    private static bool IsPunctuation(char c) => c is ',' or '，' or '、' or '。' or ';' or '；' or ':' or '：' or '!' or '?' or ')' or '”' or '"' or '」';
}
