namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// The generic words the organization rules use: company and institution suffixes, the words that end the
/// stretch before a name, the predicates that make their subject a firm, and what marks a government body or
/// a generic description. No names of any report.
/// </summary>
internal static class OrganizationLexicon
{
    /// <summary>Suffixes that make a name an organization wherever it stands (桐昆集团, 北航中法航空研究院), longest first.</summary>
    public static readonly string[] StrongSuffixes =
    [
        "股份有限公司", "有限责任公司", "有限公司", "集团", "股份", "控股", "公司", "农商银行", "银行", "大学", "学院",
        "研究院", "研究所", "实验室", "设计院", "医院", "卫生院", "中学", "小学", "幼儿园", "商会", "协会", "联盟",
        "合作社", "基金会", "事务所",
    ];

    /// <summary>Characters that may not follow a strong suffix (大学生, 集团化, 股份制).</summary>
    public const string StrongBlockers = "生化制";

    /// <summary>Words after an institution that make it a facility being built (…卫生院建设, …医院项目): a project.</summary>
    public static readonly string[] ConstructionFollowers = ["建设", "新建", "迁建", "扩建", "改扩建", "改造", "项目", "工程", "一期", "二期", "三期"];

    /// <summary>
    /// Industry words a firm's short name ends with (趣致科技, 湘溪塑业, 中电数码): an organization only where a
    /// boundary or an actor's verb follows.
    /// </summary>
    public static readonly string[] WeakSuffixes =
    [
        "农业科技", "科技", "实业", "塑业", "纸业", "药业", "鞋业", "物流", "数码", "电子", "新材料", "新能源", "智能",
        "网联", "制造", "电器", "机械", "纺织", "化纤", "食品", "服饰", "环保", "建材", "光电", "生物", "医药", "传媒",
        "置业", "地产", "网络", "软件", "半导体", "精密", "热电", "纸管", "云科", "航科", "智造", "信息技术",
    ];

    /// <summary>What may follow a weak-suffix name for it to stand as an actor.</summary>
    public static readonly string[] ActorFollowers =
    [
        "获", "荣获", "分别", "在", "成为", "作为", "完成", "实现", "入驻", "落户", "上市", "投产", "合作", "参与", "签约",
        "被", "已", "将", "为", "是", "等", "通过", "成功", "牵头", "承办", "联合", "携手", "研发", "推出", "入选", "与",
        "和", "及", "、",
    ];

    /// <summary>Words that end the stretch before an organization's name: the name starts after the nearest one.</summary>
    public static readonly string[] Stoppers =
    [
        "推动", "推进", "支持", "引进", "引入", "招引", "利用", "依托", "深化", "加强", "加快", "对接", "联合", "携手", "组建",
        "成立", "设立", "培育", "引导", "指导", "服务", "帮助", "鼓励", "协调", "联系", "落实", "实施", "开展", "完成", "实现",
        "新增", "其中", "包括", "例如", "以及", "获评", "荣获", "创成", "入选", "评为", "成为", "作为", "争创", "创建", "获批",
        "承办", "举办", "通过", "借助", "发挥", "充分", "积极", "全力", "持续", "重点", "聚焦", "围绕", "跟踪", "走访", "保障",
        "建成", "建设", "打造", "启动", "和", "与", "及", "在", "为", "把", "将", "对", "等", "是", "了", "的", "由", "从",
        "坚持", "以", "协助", "配合", "备案", "依靠", "运用", "应用", "引领", "用", "强化", "提升", "加大", "做强", "做大", "壮大", "发展", "布局",
        "瞄准", "突出", "涉及", "覆盖", "带动", "吸引", "落地", "签约", "招商", "助力", "促成", "组织", "邀请", "参加",
        "增强", "提高", "共建", "筹建", "力争", "确保", "推广", "保障", "分别", "进行",
    ];

    /// <summary>Stoppers that make the following name the object of an award or a goal: a title, not an organization.</summary>
    public static readonly string[] TitleVerbs = ["获评", "荣获", "创成", "入选", "评为", "成为", "作为", "争创", "创建", "获批", "认定为"];

    /// <summary>Predicates after which the subject is a firm when the title they confer names an enterprise.</summary>
    public static readonly string[] AwardPredicates = ["获评", "荣获", "获批", "入选", "成为", "作为", "被评为", "被认定为", "认定为", "获得"];

    /// <summary>Heads of a conferred title that name an enterprise (…专精特新中小企业, …引领主体, …官方供应商).</summary>
    public static readonly string[] EnterpriseTitleHeads = ["企业", "主体", "供应商", "公司", "小巨人", "龙头"];

    /// <summary>Head nouns of an enumeration (…等3家企业, …等50所高校) that make its items organizations.</summary>
    public static readonly string[] OrganizationHeads = ["企业", "公司", "高校", "院校", "院所", "科研院所", "机构", "厂商", "供应商", "集团"];

    /// <summary>Words between 与 X and 合作 that belong to the verb, not the name (与X达成战略合作).</summary>
    public static readonly string[] CooperationVerbs = ["达成", "开展", "加强", "深化", "建立", "签订", "签署", "战略", "深度", "全面", "紧密", "务实", "进行", "展开", "共同"];

    /// <summary>Endings of government bodies, places and generic groups: never organizations here.</summary>
    public static readonly string[] GovernmentEnds =
    [
        "街道", "镇", "乡", "村", "社区", "政府", "办事处", "委员会", "党委", "工委", "人大", "政协", "局", "署", "办", "厅",
        "部", "委", "站", "中心", "队", "专班", "兵团", "团队", "法院", "检察院", "派出所", "所", "市", "县", "区", "省",
        "企业", "高校", "院校", "单位", "机构", "资源", "工作室",
    ];

    /// <summary>Endings of facilities, sites and programmes (…项目, …产业园, …基地): never organizations.</summary>
    public static readonly string[] NonOrganizationEnds =
    [
        "项目", "工程", "园", "基地", "路", "桥", "楼", "馆", "港", "城", "谷", "号", "行动", "计划", "活动", "品牌", "产品",
    ];

    /// <summary>Institutions allowed to end in 所 (研究所, 事务所) despite <see cref="GovernmentEnds"/>.</summary>
    public static readonly string[] InstitutionEnds = ["研究所", "事务所", "幼儿园"];

    /// <summary>Openings that make a name a description (区域强村富民公司, 头部上市公司), not a name.</summary>
    public static readonly string[] GenericOpenings =
    [
        "区域", "各", "全", "本", "该", "相关", "龙头", "重点", "规上", "规模以上", "优质", "下属", "国有", "民营", "新增",
        "头部", "上市", "强村", "村级", "镇级", "县级", "市级", "省级", "国家级", "中小", "科技型", "高新", "一批", "多家",
        "农民专业", "股份经济", "专业", "家庭", "其他", "知名", "大型", "骨干", "重大", "这", "此", "我", "创新",

        // Classes of schools and sectors (公办幼儿园, 普惠性民办幼儿园, 休闲食品, 高端装备制造) and verbs a name was cut after.
        "公办", "民办", "普惠", "行业", "休闲", "预制", "特色", "高端", "改扩建", "配改建", "新建", "谋划", "聘请", "规范", "同步", "确立", "建立", "完善", "扶持", "实行", "借势",
    ];

    /// <summary>Stems that are category words (科技, 智能制造, 新能源汽车), not a firm's name.</summary>
    public static readonly HashSet<string> GenericStems =
    [
        "高新", "数字", "智能", "信息", "现代", "绿色", "生物", "农业", "工业", "产业", "创新", "科技", "新兴", "未来", "高端",
        "先进", "传统", "文化", "旅游", "医疗", "教育", "平台", "国资平台", "国资", "物业", "中小", "新型", "战略",
        "装备", "人工", "智慧", "数智", "电子", "材料", "能源", "汽车", "生命", "健康", "低空", "航空", "光伏", "新",
    ];

    /// <summary>Verbs of partnering or recruiting that may precede a firm inside a scanned stretch (成功牵手X, 引进X).</summary>
    public static readonly string[] PartneringVerbs = ["牵手", "携手", "联手", "引进", "引入", "签约", "对接"];

    /// <summary>Adverbs of the predicate after a partner's name (与X深入合作, 与X全面对接).</summary>
    public static readonly string[] TrailingAdverbs = ["深入", "全面", "紧密", "共同", "广泛", "积极", "持续", "深度"];
}
