namespace KnowledgeGraph.Extraction.Text;

/// <summary>What a quantity measures: a sum or area (amount), a change (growth), a number of things (count), a ratio (rate).</summary>
internal enum QuantityKind
{
    Amount,
    Growth,
    Count,
    Rate,
}

/// <summary>
/// The generic vocabulary of quantities in Chinese administrative prose: units, the bound words that
/// make a comparator (超 / 以上 → &gt;=, 以内 / 控制在 → &lt;=, 左右 → ~), growth words, and the link words,
/// scaffolding and action verbs that a metric noun phrase is cut at. No names, only closed-class words.
/// </summary>
internal static class QuantityLexicon
{
    /// <summary>Units after a number (and an optional 万 / 亿), longest first. 万 / 亿 alone are units too.</summary>
    public static readonly string[] Units = Longest(
    [
        "%", "‰", "个百分点", "百分点", "倍",
        "美元", "欧元", "元",
        "人次", "户次", "架次", "批次", "件次", "台次", "辆次", "车次", "班次", "人", "名", "位", "户", "家", "个", "项", "件", "起", "场次", "场", "次", "套", "间", "座", "条",
        "处", "所", "块", "辆", "台", "支", "批", "村", "宗", "份", "张", "株", "棵", "头", "只", "篇", "部", "册",
        "轮", "栋", "幢", "根", "盏", "艘", "架", "枚", "箱", "班", "组", "队", "期", "天",
        "平方公里", "平方千米", "平方米", "平方", "平米", "㎡", "公顷", "亩", "公里", "千米", "延米", "米", "立方米", "方",
        "吨", "千克", "公斤", "斤", "千瓦时", "千瓦", "兆瓦", "微克/立方米", "毫克/升",
    ]);

    /// <summary>What may follow a unit after a slash to make a unit per something: 万元/亩, 元/人, 吨/年.</summary>
    public static readonly string[] PerUnits = ["平方米", "立方米", "公里", "人", "亩", "吨", "户", "年", "月", "天", "日", "件", "次"];

    /// <summary>Units that measure (not classifiers): a lone Chinese numeral (三亩) is a quantity only before one of these.</summary>
    public static readonly HashSet<string> MeasureUnits =
    [
        "%", "倍", "美元", "元", "平方公里", "平方千米", "平方米", "平方", "平米", "万平米", "公顷", "亩", "公里", "千米", "米", "立方米",
        "吨", "千克", "公斤", "斤", "千瓦时", "千瓦", "兆瓦", "万元", "亿元", "万美元", "亿美元", "万人次", "万亩", "万方",
    ];

    /// <summary>Words right before a number that bound it, with their comparator.</summary>
    public static readonly (string Word, string Comparator)[] PrefixBounds = LongestPairs(
    [
        ("超过", ">="), ("超", ">="), ("突破", ">="), ("破", ">="), ("逾", ">="), ("不少于", ">="), ("不低于", ">="),
        ("高于", ">="), ("多于", ">="), ("大于", ">="), ("不超过", "<="), ("不高于", "<="), ("控制在", "<="),
        ("低于", "<="), ("少于", "<="), ("小于", "<="), ("约", "~"), ("大约", "~"), ("近", "~"),
    ]);

    /// <summary>Words right after a quantity that bound it, with their comparator.</summary>
    public static readonly (string Word, string Comparator)[] SuffixBounds = LongestPairs(
    [
        ("及以上", ">="), ("以上", ">="), ("以内", "<="), ("之内", "<="), ("以下", "<="), ("左右", "~"), ("上下", "~"),
    ]);

    /// <summary>Growth words; the second element tells a fall (下降 …).</summary>
    public static readonly (string Word, bool Fall)[] GrowthWords =
    [
        ("同比增长", false), ("同比下降", true), ("同比增加", false), ("同比减少", true), ("增长", false), ("增加", false),
        ("提高", false), ("提升", false), ("上升", false), ("增幅", false), ("增速", false), ("下降", true), ("减少", true),
        ("降低", true), ("下滑", true), ("回落", true), ("减少了", true),
    ];

    /// <summary>Comparison frames left before a growth word (同比, 比上年 …).</summary>
    public static readonly string[] ComparisonFrames = Longest(
    [
        "同比", "比上年", "较上年", "比去年", "较去年", "环比", "分别", "均", "各", "按可比价计算", "按可比价", "按可比口径计算",
        "按可比口径", "可比价",
    ]);

    /// <summary>Words that open a comparison with another figure (高于全省平均2.1个百分点): no quantity of its own.</summary>
    public static readonly string[] ComparisonOpeners = ["高于", "低于", "快于", "慢于", "高出", "低出", "领先", "比全", "较全"];

    /// <summary>Heads of a noun that names a measure (销售额, 产值, 总量 …): 实现3.5亿元的销售额.</summary>
    public static readonly string[] MeasureNouns = ["额", "值", "量", "收入", "投资", "规模", "面积", "税收", "营收", "产出", "利润", "总数"];

    /// <summary>Nouns of an attribute of what the previous quantity counted (…违建21家,面积近2万平方).</summary>
    public static readonly string[] AttributeNouns = ["面积", "金额", "总额", "总量", "人数", "户数", "规模", "产值", "投资", "长度", "里程", "总投资", "目标", "任务", "计划", "比重", "占比"];

    /// <summary>Scaffolding cut from the start of a metric: time words, modals, adverbs, connectives.</summary>
    public static readonly string[] LeadingScaffold = Longest(
    [
        "一年来", "今年以来", "全年度", "全年", "今年", "年内", "当年", "本年度", "本年", "其中", "此外", "另外", "同时",
        "预计", "预期", "力争", "确保", "争取", "努力", "计划", "累计", "共计", "合计", "总计", "已经",
        "并且", "均", "分别", "保持", "以及", "、", "现已", "目前已", "目前", "全镇", "全乡", "全县", "全区", "全市", "全街道", "全省", "全旗",
    ]);

    /// <summary>Adverbs cut from the start of a metric only before a verb (高标准完成…, not 高标准农田).</summary>
    public static readonly string[] LeadingAdverbs = Longest(
    [
        "成功", "顺利", "有序", "持续", "积极", "全面", "深入", "稳步", "加快", "高标准", "高质量", "进一步", "不断", "扎实",
        "大力", "着力", "圆满", "全力", "动态", "精准", "及时", "主动", "常态化", "高效",
    ]);

    /// <summary>Verbs that start a metric but can go when the rest is a noun phrase of its own (完成固定资产投资 → 固定资产投资).</summary>
    public static readonly string[] LightVerbs = ["完成", "实现", "达到"];

    /// <summary>Link words cut from the end of a metric, right before its number.</summary>
    public static readonly string[] TrailingLinks = Longest(
    [
        "达到", "达", "为", "是", "共计", "合计", "累计", "总计", "共", "约", "近", "大约", "超过", "超", "突破", "破", "逾",
        "均", "各", "都", "分别", "增至", "增加到", "增加至", "提高到", "提高至", "提升至", "提升到", "上升至", "上升到", "降至",
        "降到", "下降至", "下降到", "减少到", "减少至", "至", "到", "控制在", "保持在", "稳定在", "在", "不少于", "不低于",
        "不超过", "不高于", "高于", "低于", "多于", "少于", "大于", "小于", "实现", "完成", "预计", "力争", "确保", "争取",
        "的", "了", "累计完成", "以上", "全部", "均已", "、", "和", "及", "与",
    ]);

    /// <summary>Modal words dropped anywhere inside a metric (大病无忧确保参保率 → 大病无忧参保率).</summary>
    public static readonly string[] Modals = ["力争", "确保", "争取", "预计"];

    /// <summary>Words of a clause that speaks of what is still to come (not an achieved quantity).</summary>
    public static readonly string[] FutureMarkers = ["即将", "在即", "力争", "将于", "有望"];

    /// <summary>Verbs that introduce a resource already there, not a goal (依托在建…厂房, 发挥…作用).</summary>
    public static readonly string[] ResourceVerbs = ["依托", "发挥", "借助", "依靠", "凭借"];

    /// <summary>Generic two-character action verbs, used to find where an object begins and ends.</summary>
    public static readonly HashSet<string> ActionVerbs =
    [
        "完成", "实现", "新增", "新建", "建成", "建设", "开工", "竣工", "完工", "签约", "落地", "开展", "举办", "组织", "招引",
        "引进", "引育", "培育", "创建", "创成", "打造", "实施", "推进", "改造", "提升", "整治", "拆除", "排查", "化解", "调处",
        "办理", "发放", "帮扶", "救助", "接待", "吸引", "申报", "认定", "孵化", "获评", "入选", "受益", "惠及", "带动", "拉动",
        "新设", "投放", "投入", "供应", "流转", "征收", "腾退", "处置", "修复", "运维", "管控", "管理", "推出", "上新", "优化",
        "跟进", "布局", "夺取", "获得", "荣获", "评为", "服务", "建立", "成立", "组建", "设立", "认证", "申请", "招商",
        "签订", "引导", "支持", "扶持", "补助", "补贴", "兑付", "搬除", "取缔", "关停", "清退", "淘汰", "出让", "收储", "复垦",
        "回收", "安置", "转移", "动员", "培训", "走访", "检查", "督查", "受理", "审查", "审议", "协办", "办结", "开通",
        "通车", "投用", "运营", "开业", "入驻", "落户", "列入", "纳入", "通过", "启动", "启用", "保障", "解决", "探索", "推动", "净增",
    ];

    /// <summary>Verbs of an effect that belongs to what the clause before names (建成X驿站,惠及企业65家).</summary>
    public static readonly string[] EffectVerbs = ["惠及", "带动", "拉动", "受益", "覆盖", "吸引", "辐射", "服务"];

    /// <summary>
    /// Whether the one-character link or bound word <paramref name="word"/> at <paramref name="index"/> is
    /// the second half of a word instead (签约, 预约, 行为, 作为, 到达, 附近, 赶超, 打破).
    /// </summary>
    public static bool IsWordTail(string text, int index, string word)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length != 1 || index < 1 || index >= text.Length)
        {
            return false;
        }

        var before = text[index - 1];
        return word switch
        {
            "为" => "行作认成称因视".Contains(before, StringComparison.Ordinal),
            "达" => "到发送抵传".Contains(before, StringComparison.Ordinal),
            "近" => "附接临最将邻".Contains(before, StringComparison.Ordinal),
            "约" => "签预节制契合邀相条履公".Contains(before, StringComparison.Ordinal),
            "超" => "赶".Contains(before, StringComparison.Ordinal),
            "破" => "打攻突".Contains(before, StringComparison.Ordinal),
            "都" => "首".Contains(before, StringComparison.Ordinal),
            "均" => "平人亩户年日月".Contains(before, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Characters that end a clause.</summary>
    public static bool IsClauseBreak(char c) => c is ',' or ';' or ':' or '。' or '!' or '?' or '；' or '：' or '，' or '\n' or '|' || char.IsWhiteSpace(c);

    /// <summary>Enumeration marks and conjunctions between the items of a list.</summary>
    public static readonly string[] Separators = Longest(["以及", "、", "和", "及", "与", "并", "且"]);

    /// <summary>Whether <paramref name="unit"/> is a sum of money, an area, a length or a weight (an amount, not a count).</summary>
    public static bool IsAmountUnit(string unit) =>
        unit.EndsWith('元') || unit.Contains('亩', StringComparison.Ordinal) || unit.Contains('方', StringComparison.Ordinal)
        || unit.Contains('米', StringComparison.Ordinal) || unit.Contains("公里", StringComparison.Ordinal) || unit.Contains('吨', StringComparison.Ordinal)
        || unit.Contains("公顷", StringComparison.Ordinal) || unit.Contains('斤', StringComparison.Ordinal) || unit.Contains("千克", StringComparison.Ordinal)
        || unit.Contains("瓦", StringComparison.Ordinal) || unit.Contains('/', StringComparison.Ordinal) || unit.Contains('㎡', StringComparison.Ordinal);

    /// <summary>The kind of a non-growth quantity from its unit and metric.</summary>
    public static QuantityKind KindOf(string unit, string metric)
    {
        if (unit is "%" or "‰" || metric.StartsWith('每') || metric.StartsWith("人均", StringComparison.Ordinal)
            || metric.EndsWith('率') || metric.EndsWith("比重", StringComparison.Ordinal) || metric.EndsWith("占比", StringComparison.Ordinal))
        {
            return QuantityKind.Rate;
        }

        if (IsAmountUnit(unit))
        {
            return QuantityKind.Amount;
        }

        // 万 / 亿 alone: money when the metric names money, else a count (粉丝量破10万).
        return unit is "万" or "亿" && (metric.Contains('收', StringComparison.Ordinal) || metric.Contains('资', StringComparison.Ordinal)
            || metric.Contains('额', StringComparison.Ordinal) || metric.Contains('值', StringComparison.Ordinal) || metric.Contains('金', StringComparison.Ordinal)
            || metric.Contains('税', StringComparison.Ordinal) || metric.Contains('费', StringComparison.Ordinal) || metric.Contains("营收", StringComparison.Ordinal))
            ? QuantityKind.Amount
            : QuantityKind.Count;
    }

    /// <summary>The gold spelling of a kind.</summary>
    public static string Name(QuantityKind kind) => kind switch
    {
        QuantityKind.Amount => "amount",
        QuantityKind.Growth => "growth",
        QuantityKind.Rate => "rate",
        _ => "count",
    };

    /// <summary>Whether <paramref name="text"/> has <paramref name="word"/> at <paramref name="index"/>.</summary>
    public static bool At(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

    private static string[] Longest(string[] words) => [.. words.OrderByDescending(w => w.Length)];

    private static (string, T)[] LongestPairs<T>((string, T)[] pairs) => [.. pairs.OrderByDescending(p => p.Item1.Length)];
}
