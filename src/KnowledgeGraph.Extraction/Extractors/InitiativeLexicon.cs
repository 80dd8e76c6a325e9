namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// The generic words the initiative rules use: campaign suffixes, the heads a quoted name is followed by when
/// it names a programme, the verbs that launch one, generic stems that name no programme, and the nationwide
/// political formulas that are not the township's initiatives. No place or programme names of any report.
/// </summary>
internal static class InitiativeLexicon
{
    /// <summary>Suffixes that make an unquoted noun phrase a campaign name, longest first.</summary>
    public static readonly string[] UnquotedSuffixes =
    [
        "专项行动", "攻坚行动", "行动计划", "保卫战", "攻坚战", "大会战", "歼灭战", "行动", "工程", "改革", "模式", "长制",
    ];

    /// <summary>Suffixes that make a quoted text a programme name by themselves.</summary>
    public static readonly string[] QuotedSuffixes =
    [
        "行动", "行动计划", "工程", "计划", "机制", "模式", "改革", "战略", "保卫战", "攻坚战", "大会战", "一体化",
        "工作法", "活动", "试点", "行动年", "攻坚年", "行动方案", "贷", "长制",
    ];

    /// <summary>Last words of a named policy document in book-title marks (《…奖励办法》, 《…若干措施》); a law (…法) is not one.</summary>
    public static readonly string[] PolicyDocumentEnds = ["方案", "办法", "措施", "细则", "意见", "政策", "规定", "十条"];

    /// <summary>Words that, right after a quoted text (within its clause), say the text names a programme.</summary>
    public static readonly string[] RightHeads =
    [
        "行动", "工程", "计划", "机制", "模式", "改革", "战略", "规划", "试点", "场景", "标准", "整治", "队伍", "通办",
        "牵引", "切入口", "抓手", "标杆", "攻坚战", "保卫战", "大会战", "实事项目", "深化", "纵深", "走深", "一体化",
        "体系", "治理", "工作", "建设", "思路", "制度",
    ];

    /// <summary>Heads that count only straight after the quote or after 等 (“X”项目, “X”等平台).</summary>
    public static readonly string[] ImmediateHeads = ["项目", "平台", "载体"];

    /// <summary>Words after a quoted text that make it something else (a brand, a spirit, a title, a problem).</summary>
    public static readonly string[] RightVetoes =
    [
        "品牌", "IP", "牌", "杯", "思想", "精神", "理念", "意识", "称号", "问题", "任务", "荣誉", "奖", "的",
        "路网", "基地", "园区", "节", "系统",
    ];

    /// <summary>Verbs that launch or carry a programme; a quoted text right after one names it.</summary>
    public static readonly string[] LaunchVerbs =
    [
        "实施", "开展", "推行", "深化", "践行", "推动", "推进", "聚焦", "落实", "启动", "开启", "创新推出", "推出", "构建", "健全", "完善", "打好", "打赢", "巩固", "强化", "借势",
    ];

    /// <summary>More verbs that carry a numeral formula or idiom (加快“五彩共富路”, 加快项目“双进”, 加速腾笼换鸟).</summary>
    public static readonly string[] FormulaVerbs = ["加快", "加速", "深入", "坚持", "抓好", "做好"];

    /// <summary>Verbs that open the items of a quoted goal or requirement (“建设…、打造…”), not of a programme's name.</summary>
    public static readonly string[] SloganVerbs = ["建设", "打造", "建成", "实现", "坚持", "推动", "推进", "做到", "确保", "争当", "争创", "成为"];

    /// <summary>Verbs a quoted brand or label follows (打响“X”品牌).</summary>
    public static readonly string[] BrandVerbs = ["打响", "擦亮", "叫响", "唱响", "打造"];

    /// <summary>
    /// Words that end the stretch before a suffix (verbs, adverbs, function words): the name starts after the
    /// nearest one.
    /// </summary>
    public static readonly string[] Stoppers =
    [
        "实施", "开展", "推进", "推动", "深化", "推行", "借势", "借助", "依托", "制定", "打好", "打响", "坚定", "坚持", "构建",
        "落实", "启动", "发挥", "打造", "深入", "持续", "全面", "扎实", "积极", "加快", "加强", "加大", "围绕", "聚焦",
        "通过", "利用", "参与", "完成", "建立", "健全", "完善", "创新", "探索", "做好", "抓好", "强化", "优化", "组织",
        "举办", "迭代", "升级", "实行", "执行", "谋划", "部署", "启用", "开启", "贯彻", "争创", "创建", "申报", "入选",
        "获评", "纳入", "列入", "紧盯", "紧扣", "紧抓", "抢抓", "重点", "大力", "全力", "着力", "努力", "继续", "进一步",
        "常态化", "统筹", "坚决", "切实", "不断", "推出", "融入", "对接", "配合",
        "以及", "和", "与", "及", "在", "为", "把", "将", "对", "等", "是", "了", "的", "由", "从",
    ];

    /// <summary>Characters that may not follow a suffix (工程师, 改革办 are not programmes).</summary>
    public const string SuffixBlockers = "师办院部局处队所者";

    /// <summary>Stems that name no particular programme (专项整治行动, 系统工程, 运作模式).</summary>
    public static readonly HashSet<string> GenericStems =
    [
        "专项", "专项整治", "整治", "集中整治", "综合整治", "系统", "重点", "民生", "实事", "运作", "办理", "工作", "服务",
        "管理", "发展", "经营", "各类", "相关", "一系列", "此类", "新", "各项", "全面", "改造", "建设", "提升",
        "国企", "数字化", "专项检查", "头号", "一号", "首要", "第一", "民心", "重点工作", "治理", "社会治理", "基层治理", "共富", "执法", "运营", "合作",
    ];

    /// <summary>Openings of a stem that make it a category, not a name (重大…工程, 各类…行动).</summary>
    public static readonly string[] GenericOpenings = ["重大", "各类", "相关", "一批", "系列", "各项", "一系列", "省级", "市级", "县级", "国家级"];

    /// <summary>Verbs a stem may still start with after the stopper scan (不断提升X改革): dropped from the name.</summary>
    public static readonly string[] LeadingVerbs = ["提升", "提高", "增强", "改善", "促进", "保持", "巩固", "扩大", "用好", "做实", "做深"];

    /// <summary>The words a campaign year ends with before 年 (招商突破年, 项目推进加速年, 作风建设年).</summary>
    public static readonly string[] YearCampaignWords =
    [
        "突破", "加速", "提升", "攻坚", "建设", "推进", "落实", "深化", "奋进", "提质", "增效", "创新", "服务", "招商",
        "效能", "作风", "转型", "巩固", "争先", "赶超", "行动", "质量", "实干", "发展", "变革", "跨越", "优化",
    ];

    /// <summary>More verbs a verb-object idiom follows (加大拔钉清障力度).</summary>
    public static readonly string[] IdiomVerbs = ["加大", "强化", "持续", "大力"];

    /// <summary>Single-character action verbs of a verb-object idiom (腾笼换鸟, 拔钉清障, 退散进集).</summary>
    public const string IdiomVerbChars = "腾换拔清招引退进拆破立补强延固控减增扩降稳育留治转聚提优改建保促兴富拓护升";

    /// <summary>Objects that are measures of performance: an idiom of them is a slogan (提质增效, 提标扩面, 招商引资).</summary>
    public const string MeasureObjectChars = "质效速能面标量级本资才商位档值度率产业收支规序责";

    /// <summary>Words that make a stem a party or ideological formula, not a township programme.</summary>
    public static readonly string[] PoliticalWords =
    [
        "党", "廉政", "反腐", "意识形态", "主题教育", "政治", "思想", "八项规定", "十四五", "十五五", "两个", "四个",
    ];

    /// <summary>Superior bodies whose formulas a report quotes without owning them (省委“…”, 县委“…”).</summary>
    public static readonly string[] SuperiorBodies =
    [
        "中央", "党中央", "国务院", "总书记", "省委", "省政府", "市委", "市政府", "县委", "县政府", "区委", "区政府",
        "全省", "全国", "党的",
    ];

    /// <summary>Nationwide political and planning formulas (not any township's own programme).</summary>
    public static readonly HashSet<string> NationalFormulas =
    [
        "八八战略", "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "两个先行", "十四五", "十五五", "三大差距",
        "一老一小", "三农", "四风", "一岗双责", "三公经费", "三重一大", "八项规定", "两重", "两新", "三区三线",
        "三线一单", "双碳", "两山", "一带一路", "五位一体", "两个百年", "三个代表", "一国两制", "三会一课",
        "两学一做", "三严三实", "双减", "六稳", "六保", "六稳六保", "三去一降一补", "两不愁三保障", "枫桥经验", "浦江经验",
        "地瓜经济", "四下基层", "第一议题", "三公",
    ];

    /// <summary>Construction verbs: a 工程 whose stem ends with one is a construction project, not a programme.</summary>
    public static readonly string[] ConstructionVerbs =
    [
        "提升", "整治", "改造", "连通", "联通", "拓宽", "新建", "重建", "建设", "修复", "治理", "优化", "配套", "疏浚",
        "绿化", "亮化", "修缮", "扩建", "改建", "迁改", "贯通", "延伸", "续建",
    ];

    /// <summary>Last characters of a physical object (road, bridge, river, building): 工程 after one is a project.</summary>
    public const string PhysicalEnds = "路桥河港道站楼馆库渠线堤坝网厂房园口段";

    /// <summary>Last characters of a place or complex being built (…之城, …露营带): with 建设 after, not a programme.</summary>
    public const string PlaceEnds = "城带苑";

    /// <summary>Numerals that open a formula (两入股三收益, 六无六有, 双招双引).</summary>
    public const string FormulaNumerals = "一二两三四五六七八九十百千万双";

    /// <summary>Measure words and time words that make a numeral a quantity, not part of a formula.</summary>
    public const string MeasureChars = "个年次名家项批条处座所位户万亿元月日届期人场件台辆套份天周点级层号栋间米吨亩方倍成号";

    /// <summary>The last character of a one-for-one management formula (一企一策, 一户一档): a method, not a programme.</summary>
    public const string ManagementFormulaEnds = "策档议表单码案图册本";

    /// <summary>Last words of a reform's stem that name only its field (…制度改革, …体制改革, …体系改革).</summary>
    public static readonly string[] ReformFields = ["制度", "体制", "体系"];

    /// <summary>Nationwide campaigns a place makes its own by its name (平安X, 法治X, 健康X, 书香X, 数字X, 智慧X).</summary>
    public static readonly string[] PlaceCampaignWords = ["平安", "法治", "健康", "书香", "数字", "智慧"];
}
