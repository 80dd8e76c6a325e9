using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts the named villages and communities of the township (see ANNOTATION.md): a short proper stem
/// before 村 or 社区 (大竹园村, 灵溪社区). The stem starts after punctuation, a verb or function word, or an
/// administrative name (…镇, …街道); a stem that is a generic modifier (乡村, 行政村, 示范村, 未来社区), has
/// a rank word (省级, 型), is counted (示范村7个) or follows another village (大竹园村百人村) is not a place.
/// A list sharing the suffix is expanded: 红旗、建胜、灵安村 → 红旗村, 建胜村, 灵安村, and so is a list closed by 等 and a
/// generic kind of village (龙华、北庄头、台上等示范村 → 龙华村, 北庄头村, 台上村). In a county-level report the towns and
/// townships below it (…镇, …乡) are places too, read with the same stem rules (贤寓镇, 石井乡, 南韩村镇).
/// </summary>
public sealed class VillageExtractor : IEntityExtractor
{
    private const int MaxVillageStem = 3;
    private const int MaxCommunityStem = 4;

    /// <summary>Characters after 村 that make it part of a generic word (村庄, 村社, 村民, 村集体, 村级, 村委 …).</summary>
    private const string VillageWordContinuations = "庄社民集级委干落务镇居组村两容貌规";

    /// <summary>Words after 社区 that make it a generic facility or function (社区卫生服务站, 社区治理 …).</summary>
    private static readonly ProjectWordList CommunityWordContinuations = new(
        "卫生", "服务中心", "服务站", "工作", "治理", "居家", "养老", "食堂", "医院", "矫正", "网格", "党组织", "熟人", "书记", "干部", "集成", "康复", "戒毒", "服务");

    /// <summary>Generic modifiers a stem ends with: 乡村, 农村, 行政村, 示范村, 文明村, 未来社区, 低碳社区 …</summary>
    private static readonly ProjectWordList GenericStemEndings = new(
        "乡", "农", "行政", "自然", "示范", "精品", "达标", "特色", "文明", "重点", "一般", "样板", "试点", "共富", "薄弱", "美丽",
        "和美", "未来", "景区", "先进", "星级", "创业", "低碳", "无障碍", "友好型", "就业", "城市", "现代", "老旧", "保护", "宜居",
        "数字", "善治", "法治", "空心", "搬迁", "安置", "中心", "集聚", "城中", "城郊", "城镇", "社会", "智慧", "和谐", "平安",
        "幸福", "绿色", "生态", "卫生", "健康", "森林", "园林", "旅游", "文化", "传统", "红色", "革命", "党建", "标杆", "标准",
        "引领", "全域", "经济", "强", "富", "好", "新型", "国际", "各", "全", "本", "该", "每", "其他", "相关", "周边", "所在",
        "所属", "辖区", "移民", "贫困", "脱贫", "后进", "涣散", "空壳", "小康", "电商", "淘宝", "专业", "民族", "明星村", "涉农",
        "品质", "无毒", "国际化", "数字化", "网格化", "标准化", "规范化", "邻近", "附近", "涉及", "结对", "帮扶", "对口", "兄弟", "创建", "提升", "改造", "完整", "嵌入式", "城乡",
        "养老", "志愿服务", "服务", "熟人", "友好", "活力", "善治", "民主", "书香", "廉洁", "清廉", "枫桥式", "网红", "明星",
        "整", "入", "进", "驻", "到", "下");

    /// <summary>Characters after 镇 / 乡 that make it part of a generic word (镇域, 镇村, 乡村, 乡镇, 乡土, 乡贤 …).</summary>
    private const string TownWordContinuations = "域村街区镇乡土贤愁亲情风里间野下民级政委干";

    /// <summary>Stem endings that make …镇 / …乡 a kind of town, not a name (小镇, 小城镇, 中心镇, 重点镇, 特色小镇 …).</summary>
    private static readonly ProjectWordList GenericTownEndings = new("小", "城", "集镇", "建制", "名", "古", "撤乡设", "设", "撤", "乡", "镇", "街", "回", "返", "还", "下", "进");

    /// <summary>Verbs that open a phrase running into 村 / 社区 / 镇 (形成一村一品, 理顺社区管理), besides the project lexicon's leading words.</summary>
    private static readonly ProjectWordList VerbOpenings = new("形成", "理顺", "改建", "打造", "带动", "通过", "实现", "引导", "鼓励", "吸引");

    /// <summary>Characters no town's stem holds: other administrative levels and function words (了市乡, 县乡, 各乡).</summary>
    private const string NotInTownStem = "镇乡县区市省了的和与及各之";

    /// <summary>Characters that make a stem a title or a count rather than a place (省级, 友好型, 第三批 …).</summary>
    private const string TitleCharacters = "级型性批个省县第等类";

    public void Extract(ExtractionContext context, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var sentence in context.Sentences.Where(s => s.Part != ReportPart.Header))
        {
            var text = sentence.Text;
            for (var i = 1; i < text.Length; i++)
            {
                var suffix = SuffixAt(text, i) ?? (context.IsCountyLevel ? TownSuffixAt(text, i) : null);
                if (suffix is null)
                {
                    continue;
                }

                var end = i + suffix.Length;
                if (suffix == "村" && ListBeforeKind(text, i) is { } listed)
                {
                    foreach (var (name, s, e) in listed)
                    {
                        result.AddVillage(new ExtractedVillage(name, sentence.SpanOf(s, e)));
                    }
                }
                else if (FindStem(text, i, suffix) is { } start)
                {
                    // Towns are not expanded over a list: 文明单位、文明村镇 lists kinds, not towns.
                    foreach (var (name, s, e) in suffix is "镇" or "乡" ? [(text[start..end], start, end)] : Expand(text, start, i, suffix))
                    {
                        result.AddVillage(new ExtractedVillage(name, sentence.SpanOf(s, e)));
                    }
                }

                i = end - 1;
            }
        }
    }

    /// <summary>村 or 社区 at <paramref name="index"/> when it ends a name there (not 村庄, 村民, 社区卫生服务站 …).</summary>
    private static string? SuffixAt(string text, int index)
    {
        if (text[index] == '村')
        {
            var next = index + 1 < text.Length ? text[index + 1] : '\0';
            var generic = VillageWordContinuations.Contains(next, StringComparison.Ordinal)
                && !(next == '民' && index + 2 < text.Length && text[index + 2] == '宿');
            return generic ? null : "村";
        }

        if (string.CompareOrdinal(text, index, "社区", 0, 2) == 0 && CommunityWordContinuations.At(text, index + 2) is null)
        {
            return "社区";
        }

        return null;
    }

    /// <summary>镇 or 乡 at <paramref name="index"/> when it may end a town's name (not 镇域, 乡村, 乡镇 …).</summary>
    private static string? TownSuffixAt(string text, int index)
    {
        if (text[index] is not ('镇' or '乡'))
        {
            return null;
        }

        var next = index + 1 < text.Length ? text[index + 1] : '\0';
        return TownWordContinuations.Contains(next, StringComparison.Ordinal) ? null : text[index].ToString();
    }

    /// <summary>
    /// The items of a list closed by 等 and a generic kind of village right before the 村 at <paramref name="suffixIndex"/>
    /// (龙华、北庄头、台上等示范村), each with the suffix; null when there is no such list of two or more items.
    /// </summary>
    private static List<(string Name, int Start, int End)>? ListBeforeKind(string text, int suffixIndex)
    {
        var deng = text.LastIndexOf('等', suffixIndex - 1, Math.Min(suffixIndex, 6));
        if (deng < 3 || deng == suffixIndex - 1)
        {
            return null;
        }

        var kind = text[(deng + 1)..suffixIndex];
        if (!kind.All(ProjectLexicon.IsHan) || GenericStemEndings.Suffix(kind) is null)
        {
            return null;
        }

        var itemStart = deng;
        while (itemStart > 0 && ProjectLexicon.IsHan(text[itemStart - 1]) && deng - itemStart < MaxVillageStem)
        {
            itemStart--;
        }

        if (deng - itemStart < 2 || itemStart == 0 || text[itemStart - 1] != '、' || !IsProperStem(text, itemStart, deng))
        {
            return null;
        }

        var items = Expand(text, itemStart, deng, "村").ToList();
        return items.Count >= 2 ? items : null;
    }

    /// <summary>Where the stem before the suffix at <paramref name="suffixIndex"/> starts, or null when there is no proper stem.</summary>
    private static int? FindStem(string text, int suffixIndex, string suffix)
    {
        var max = suffix == "社区" ? MaxCommunityStem : MaxVillageStem;
        var start = suffixIndex;
        while (start > 0 && ProjectLexicon.IsHan(text[start - 1]) && suffixIndex - start < max + 1)
        {
            if (suffixIndex - start >= 2 && IsBoundaryBefore(text, start))
            {
                break;
            }

            start--;
        }

        var stem = text[start..suffixIndex];
        var clean = start == 0 || !ProjectLexicon.IsHan(text[start - 1]) || IsBoundaryBefore(text, start);
        if (!clean || stem.Length < 2 || stem.Length > max)
        {
            return null;
        }

        if (suffix is "镇" or "乡")
        {
            // A stem ending in 村 names a town only when what precedes 村 is no kind of village (南韩村镇, not 文明村镇).
            return GenericTownEndings.Suffix(stem) is null && !stem.Any(c => NotInTownStem.Contains(c, StringComparison.Ordinal))
                && !(stem.EndsWith('村') && (stem.Length < 3 || GenericStemEndings.Suffix(stem[..^1]) is not null))
                && IsProperStem(text, start, suffixIndex, town: true) ? start : null;
        }

        return IsProperStem(text, start, suffixIndex) ? start : null;
    }

    /// <summary>Whether a name may start at <paramref name="index"/>: after a verb or function word, or an administrative name.</summary>
    private static bool IsBoundaryBefore(string text, int index) =>
        ProjectLexicon.LeadingWords.EndingAt(text, index) is not null || ProjectLexicon.AwardVerbs.EndingAt(text, index) is not null
        || text[index - 1] is '镇' or '乡' || (index >= 2 && string.CompareOrdinal(text, index - 2, "街道", 0, 2) == 0);

    /// <summary>Whether text[start..suffixIndex] is a proper stem; a town's stem may hold 村 (南韩村镇).</summary>
    private static bool IsProperStem(string text, int start, int suffixIndex, bool town = false)
    {
        var stem = text[start..suffixIndex];
        if ((!town && stem.Contains('村', StringComparison.Ordinal)) || stem.Contains("社区", StringComparison.Ordinal)
            || stem.Any(c => TitleCharacters.Contains(c, StringComparison.Ordinal)) || GenericStemEndings.Suffix(stem) is not null || ProjectLexicon.LevelWords.Prefix(stem) is { Length: >= 2 }
            || ProjectLexicon.LeadingWords.Contains(stem) || ProjectNames.Predicates.Contains(stem) || VerbOpenings.Contains(stem)
            || (stem.Length >= 3 && (ProjectLexicon.LeadingWords.Prefix(stem) is { Length: >= 2 } || ProjectNames.Predicates.Prefix(stem) is { Length: >= 2 }
                || VerbOpenings.Prefix(stem) is not null)))
        {
            // 打造兴村, 形成一村, 改建通村: a verb phrase running into 村, not a village's name.
            return false;
        }

        // 大竹园村百人村: a stem right after another village names a feature of it.
        return !(start >= 1 && (text[start - 1] == '村' || (start >= 2 && string.CompareOrdinal(text, start - 2, "社区", 0, 2) == 0)));
    }

    /// <summary>The village at [start, suffixIndex + suffix) and the bare stems listed before it with 、 (红旗、建胜、灵安村).</summary>
    private static IEnumerable<(string Name, int Start, int End)> Expand(string text, int start, int suffixIndex, string suffix)
    {
        var items = new List<(string Name, int Start, int End)> { (text[start..suffixIndex] + suffix, start, suffixIndex + suffix.Length) };
        var max = suffix == "村" ? MaxVillageStem : MaxCommunityStem;
        var cursor = start;
        while (cursor >= 3 && text[cursor - 1] == '、')
        {
            var itemEnd = cursor - 1;
            var itemStart = itemEnd;
            while (itemStart > 0 && ProjectLexicon.IsHan(text[itemStart - 1]) && itemEnd - itemStart < max + 1
                && !(itemEnd - itemStart >= 2 && IsBoundaryBefore(text, itemStart)))
            {
                itemStart--;
            }

            var bare = text[itemStart..itemEnd];
            var bounded = itemStart == 0 || !ProjectLexicon.IsHan(text[itemStart - 1]) || IsBoundaryBefore(text, itemStart);
            if (!bounded || bare.Length < 2 || bare.Length > max || bare.EndsWith('村') || bare.EndsWith("社区", StringComparison.Ordinal)
                || ProjectLexicon.AllSuffixes.Suffix(bare) is not null || !IsProperStem(text, itemStart, itemEnd))
            {
                break;
            }

            items.Insert(0, (bare + suffix, itemStart, itemEnd));
            cursor = itemStart;
        }

        return items;
    }
}
