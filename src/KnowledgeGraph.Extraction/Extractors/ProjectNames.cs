using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Where a project name starts and ends in a clause, and what a name is made of: its facility suffix, its
/// stem (the part before the suffix), a bracketed phase ((二期)), a quoted label (“六改三”) or a development
/// tail (东延, 重建) after the suffix, and whether the stem is only generic words.
/// </summary>
internal static class ProjectNames
{
    private const int MaxNameLength = 30;

    /// <summary>Words that never continue a name: a stage, an honour verb, an adverb of the predicate.</summary>
    public static readonly ProjectWordList Predicates = new(
        [.. ProjectStages.WordList.Words, "获评", "荣获", "获得", "入选", "评为", "荣膺", "成功", "顺利", "相继", "正式", "即将", "全线",
        "持续", "加快", "加速", "稳步", "有序", "按时", "如期", "逐渐", "先后", "分别", "精彩", "跃然", "实现", "达到", "取得", "位列",
        "带动", "吸引", "惠及", "承办", "举办", "进度", "进程", "工作", "改造提升", "提升", "改造", "总投资", "全部", "满园", "率先",
        "正在", "基本", "创成", "创建", "成为", "列入", "纳入", "获批", "年中", "尽快", "进一步", "不断", "为抓手", "走在", "火爆",
        "安全整治", "整治提升", "征迁", "征收", "提质", "质效", "项目建设", "工程建设", "存量", "本质", "活动", "全面", "提前", "陆续",
        "整体", "累计", "加紧", "全力", "均已", "已经"]);

    /// <summary>Trailing activity words cut off a name that has its suffix (…创建工作, …建设进程, …项目建设).</summary>
    private static readonly ProjectWordList TrailingActivities = new(
        "创建", "工作", "建设", "进度", "进程", "改造", "提升", "前期", "规划", "编制", "征迁", "征收", "整治", "运营", "管理", "招商",
        "项目", "年中", "年底", "年内", "一起", "沿线", "两侧", "周边", "存量", "新校址", "校址", "主体", "质效", "经营", "提质", "配套");

    /// <summary>Whether <paramref name="text"/> is activity words only (建设项目, 创建工作).</summary>
    public static bool IsTrailingActivity(string text) => TrailingActivities.Covers(text);

    /// <summary>The facility suffix of <paramref name="name"/> (after a bracketed phase, quoted label or development tail), or null.</summary>
    public static string? SuffixOf(string name) => ProjectLexicon.FacilitySuffix(Core(name));

    /// <summary>Whether the suffix of <paramref name="name"/> is one of sites (园, 路, 基地 …) rather than of institutions or works.</summary>
    public static bool HasSiteSuffix(string name) => SuffixOf(name) is { } suffix && ProjectLexicon.SiteSuffixes.Suffix(Core(name)) == suffix;

    /// <summary>Whether <paramref name="name"/> is complete: it ends with a facility suffix, maybe followed by a phase, label or development tail.</summary>
    public static bool IsComplete(string name) => SuffixOf(name) is not null;

    /// <summary>The stem: the name without its bracketed phase, development tail and suffix.</summary>
    public static string StemOf(string name)
    {
        var core = Core(name);
        var suffix = ProjectLexicon.FacilitySuffix(core);
        return suffix is null ? core : core[..^suffix.Length];
    }

    /// <summary>The name without a bracketed phase ((二期)), a quoted label (“六改三”) or development tails (东延一期) at its end.</summary>
    public static string Core(string name)
    {
        var core = name.Trim();
        for (var changed = true; changed && core.Length > 0;)
        {
            changed = false;
            var open = core[^1] == ')' ? core.LastIndexOf('(') : core[^1] == '”' ? core.LastIndexOf('“') : -1;
            if (open > 0 && ProjectLexicon.FacilitySuffix(core, open) is not null)
            {
                core = core[..open];
                changed = true;
                continue;
            }

            if (core[^1] == ')' && open > 0)
            {
                core = core[..open];
                changed = true;
                continue;
            }

            for (var k = 1; k < core.Length; k++)
            {
                if (ProjectLexicon.FacilitySuffix(core, k) is not null && ProjectLexicon.DevelopmentTails.Covers(core[k..]))
                {
                    core = core[..k];
                    changed = true;
                    break;
                }
            }
        }

        return core;
    }

    /// <summary>Whether the stem is generic words only (市政道路, 婴幼儿照护服务驿站); a place's own facility (马鸣驿) is not.</summary>
    public static bool IsGeneric(string name, IEnumerable<string> places)
    {
        var stem = new string([.. StemOf(name).Where(c => !ProjectLexicon.IsQuote(c))]);
        if (stem.Length == 0)
        {
            return true;
        }

        if (places.Where(p => p.Length >= 2 && stem.StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length) is { } place)
        {
            var rest = stem[place.Length..];
            return rest.Length > 0 && ProjectLexicon.GenericWords.Covers(rest);
        }

        return ProjectLexicon.GenericWords.Covers(stem);
    }

    /// <summary>
    /// Where a name ending at <paramref name="end"/> starts: walking left over name characters (and a bracketed
    /// group) until punctuation, a count or number, or a verb or function word. A verb right before 工程 / 项目
    /// belongs to the name (提升工程); a number starts the name only after a boundary (实施220千伏…).
    /// </summary>
    public static int WalkLeft(string text, int end, int min)
    {
        var coreEnd = CoreEnd(text, end, min);
        var suffix = ProjectLexicon.FacilitySuffix(text, coreEnd) ?? "";
        var protectedFrom = coreEnd - suffix.Length;
        var i = end;
        while (i > min && end - i < MaxNameLength)
        {
            var c = text[i - 1];
            if (c == ')')
            {
                var open = text.LastIndexOf('(', i - 1);
                if (open < min)
                {
                    break;
                }

                i = open;
                continue;
            }

            if (!ProjectLexicon.IsNameChar(c) && !(c == ' ' && i >= 2 && char.IsAsciiDigit(text[i - 2])))
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c) && i < end && char.IsAsciiLetterOrDigit(text[i]))
            {
                i--;
                continue;
            }

            if (char.IsAsciiDigit(c) && i < end && (ProjectLexicon.IsHan(text[i]) || text[i] == ' '))
            {
                var d = i - 1;
                while (d > min && (char.IsAsciiDigit(text[d - 1]) || text[d - 1] == '.'))
                {
                    d--;
                }

                if (d <= min || !ProjectLexicon.IsNameChar(text[d - 1]) || IsBoundary(text, d))
                {
                    i = d;
                }

                break;
            }

            if (i < protectedFrom && IsBoundary(text, i))
            {
                var stem = protectedFrom - i;
                var word = ProjectLexicon.NameFormingVerbs.EndingAt(text, i);
                if (stem >= 1 || word is null || ProjectLexicon.WorkSuffixes.Suffix(suffix) is null)
                {
                    break;
                }
            }

            i--;
        }

        while (i < end && (text[i] == ' ' || (ProjectLexicon.IsQuote(text[i]) && !HasClosingQuote(text, i, end))))
        {
            i++;
        }

        return i;
    }

    /// <summary>Where the core of a name ending at <paramref name="end"/> ends: before a bracketed phase, quoted label or development tail after its suffix.</summary>
    private static int CoreEnd(string text, int end, int min)
    {
        var e = end;
        while (e - min >= 2)
        {
            var open = text[e - 1] == ')' ? text.LastIndexOf('(', e - 1) : text[e - 1] == '”' ? text.LastIndexOf('“', e - 1) : -1;
            if (open > min)
            {
                e = open;
                continue;
            }

            if (ProjectLexicon.FacilitySuffix(text, e) is not null)
            {
                return e;
            }

            if (ProjectLexicon.DevelopmentTails.EndingAt(text, e) is { } tail)
            {
                e -= tail.Length;
                continue;
            }

            break;
        }

        return ProjectLexicon.FacilitySuffix(text, e) is not null ? e : end;
    }

    /// <summary>Whether a name may start at <paramref name="index"/>: after a verb, function word, honour verb, predicate or count.</summary>
    public static bool IsBoundary(string text, int index) =>
        index <= 0 || ProjectLexicon.LeadingWords.EndingAt(text, index) is not null || ProjectLexicon.AwardVerbs.EndingAt(text, index) is not null
        || Predicates.EndingAt(text, index) is not null || EndsWithCount(text, index);

    /// <summary>Whether the text before <paramref name="index"/> ends with a count (6条, 两个, 一批) or a number.</summary>
    public static bool EndsWithCount(string text, int index)
    {
        if (index > 0 && char.IsAsciiDigit(text[index - 1]))
        {
            return true;
        }

        for (var k = Math.Max(0, index - 6); k < index; k++)
        {
            if (Enumerations.CountLength(text, k) == index - k && (k == 0 || !char.IsAsciiDigit(text[k - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name may end at <paramref name="index"/>: at punctuation, a list separator, 等, a count, or a predicate.</summary>
    public static bool IsEndBoundary(string text, int index) =>
        index >= text.Length || !ProjectLexicon.IsNameChar(text[index]) || text[index] is '等' or '、' or '和' or '及' or '与' or '并' or '的'
        || Predicates.At(text, index) is not null || ProjectLexicon.AwardVerbs.At(text, index) is not null
        || ProjectLexicon.LeadingWords.At(text, index) is { Length: >= 2 } || Enumerations.CountLength(text, index) > 0
        || (char.IsAsciiDigit(text[index]) && index > 0 && !char.IsAsciiDigit(text[index - 1]));

    /// <summary>Cuts trailing activity words after a complete name (…未来社区创建工作, …博物馆项目建设, …产业园年中).</summary>
    public static int TrimRight(string text, int start, int end)
    {
        // A count after the name (…乐园1个) is the clause's, not the name's.
        for (var q = end - 1; q > start + 1; q--)
        {
            if (char.IsAsciiDigit(text[q - 1]) && !char.IsAsciiDigit(text[q]) && ProjectLexicon.FacilitySuffix(text, FirstDigit(text, q - 1, start)) is not null
                && ProjectLexicon.Units.At(text, q) is { } unit && q + unit.Length == end)
            {
                end = FirstDigit(text, q - 1, start);
                break;
            }
        }

        for (var k = start + 2; k < end; k++)
        {
            var at = k;
            if (text[k - 1] == ')' && text.LastIndexOf('(', k - 1) is var open && open > start)
            {
                at = open;
            }

            if (ProjectLexicon.FacilitySuffix(text, at) is not null && TrailingActivities.Covers(text[k..end]))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>A complete name followed by an honour's rank word is the name (瓶窑老街非遗馆市级旅游研学基地 → 瓶窑老街非遗馆).</summary>
    public static string CutTitle(string name)
    {
        for (var k = 3; k < name.Length - 2; k++)
        {
            var rank = ProjectLexicon.LevelWords.At(name, k) is "省级" or "市级" or "县级" or "区级" or "国家级" or "全国"
                || (char.IsAsciiDigit(name[k]) && name[k + 1] == 'A' && k + 2 < name.Length && name[k + 2] == '级');
            if (rank && IsComplete(name[..k]))
            {
                return name[..k];
            }
        }

        return name;
    }

    private static int FirstDigit(string text, int last, int start)
    {
        var d = last;
        while (d > start && (char.IsAsciiDigit(text[d - 1]) || text[d - 1] == '.'))
        {
            d--;
        }

        return d;
    }

    /// <summary>The name as written: white space and outer quote marks removed, inner quotes kept (“荷兰”基地).</summary>
    public static string Clean(string name)
    {
        var text = new string([.. name.Where(c => !char.IsWhiteSpace(c))]).TrimEnd('等');
        while (text.Length > 0 && ProjectLexicon.IsQuote(text[0]) && !HasClosingQuote(text, 0, text.Length))
        {
            text = text[1..];
        }

        while (text.Length > 0 && ProjectLexicon.IsQuote(text[^1]) && !HasOpeningQuote(text, text.Length - 1))
        {
            text = text[..^1];
        }

        if (text.Length > 2 && text[0] == '“' && text[^1] == '”' && text.IndexOf('”', 1) == text.Length - 1)
        {
            text = text[1..^1];
        }

        return text;
    }

    private static bool HasClosingQuote(string text, int open, int end) =>
        text[open] == '“' && text.IndexOf('”', open + 1) is var close && close > open && close < end;

    private static bool HasOpeningQuote(string text, int close) =>
        text[close] == '”' && text.LastIndexOf('“', close) >= 0;
}
