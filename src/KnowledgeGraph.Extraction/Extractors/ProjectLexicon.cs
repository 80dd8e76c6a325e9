namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// The generic vocabulary the project and village extractors work with: the suffix classes that end the
/// name of a facility or site, the head nouns that type an enumeration's items as projects, the verbs,
/// adverbs and function words a name starts after, award and founding verbs, and the generic words a
/// name cannot consist of only. Closed-class and generic words only, never names.
/// </summary>
internal static class ProjectLexicon
{
    /// <summary>Suffixes of sites and facilities that name a project even when the text reports no stage.</summary>
    public static readonly ProjectWordList SiteSuffixes = new(
        "产业园区", "工业园区", "科技园区", "园区", "产业园", "工业园", "科技园", "科创园", "创新园", "物流园", "乐园", "公园", "庄园",
        "家居园", "托幼园", "园", "未来社区", "贸易港", "谷", "民宿", "大道", "公路", "国道", "高速", "高架", "快速路", "道路", "路",
        "大桥", "桥", "隧道", "互通", "博物馆", "艺术馆", "展览馆", "纪念馆", "文化馆", "体育馆", "图书馆", "非遗馆", "馆", "基地",
        "综合体", "小镇", "街区", "老街", "美食街", "商业街", "步行街", "大街", "街", "市集", "集市", "广场", "剧场", "剧院", "影院", "工厂", "厂房",
        "综合楼", "大楼", "大厦", "楼", "驿站", "驿", "公寓", "岛", "水库", "湿地", "地块", "集聚区", "聚集区", "启动区", "示范区",
        "景区", "度假区", "科技城", "健身房", "管网", "专管", "航道", "码头", "停车场", "农场", "牧场", "安置房", "农居点", "商铺",
        "体育场", "运动场", "营地", "漂流", "古道", "书屋", "会客厅", "展厅", "花园", "河道", "厂", "铁路", "高铁", "枢纽", "院区", "校区",
        "港区", "电站", "立交", "新城", "商贸城", "影视城", "产业城", "地铁", "绿道", "碧道", "绿廊", "廊道", "步道", "栈道", "快速通道", "古镇", "新区", "山庄");

    /// <summary>Suffixes of institutions and of generic works: a name ending so is a project only with a stage or a project list around it.</summary>
    public static readonly ProjectWordList InstitutionSuffixes = new(
        "中心", "酒店", "饭店", "宾馆", "学校", "小学", "中学", "初中", "高中", "幼儿园", "大学", "学院", "分校", "医院", "卫生院",
        "社区卫生服务站", "社区卫生服务中心", "卫生服务站", "服务站", "站", "实验室", "法庭", "线", "敬老院", "养老院", "福利院", "开发区", "高新区", "经开区", "区块", "片区", "工程", "项目", "机场", "市场");

    /// <summary>Site and institution suffixes together.</summary>
    public static readonly ProjectWordList AllSuffixes = new([.. SiteSuffixes.Words, .. InstitutionSuffixes.Words]);

    /// <summary>Suffixes of works (工程, 项目): the verb right before them belongs to the name (提升工程).</summary>
    public static readonly ProjectWordList WorkSuffixes = new("工程", "项目");

    /// <summary>Words that end like a suffix but name no facility: 思路, 底线, 家园 …</summary>
    public static readonly ProjectWordList NotSuffixWords = new(
        "思路", "出路", "门路", "套路", "网路", "线路", "新路", "底线", "防线", "红线", "生命线", "一线", "前线", "在线", "上线", "热线",
        "主线", "战线", "阵线", "天线", "视线", "界线", "路线", "干线", "工作站", "一站", "家园", "校园", "菜园", "庭园", "满园");

    /// <summary>Head nouns (after 等, or after a count) that make the items of an enumeration projects.</summary>
    public static readonly ProjectWordList ProjectHeads = new(
        "项目", "工程", "业态", "道路", "干道", "公路", "打卡点", "景点", "公寓", "场馆", "综合体", "产业园", "酒店", "景区",
        "园区", "阵地", "区块", "地块", "基地", "中心", "平台", "空间", "场地");

    /// <summary>Head nouns that type an enumeration as a project list only when at least half its items carry a suffix.</summary>
    public static readonly ProjectWordList WeakHeads = new("园区", "阵地", "区块", "地块", "基地", "中心", "平台", "空间", "场地");

    /// <summary>Head nouns that make the items something else (firms, universities, events, honours, programmes, services).</summary>
    public static readonly ProjectWordList NonProjectHeads = new(
        "企业", "公司", "集团", "高校", "院校", "单位", "机构", "村", "社区", "赛事", "比赛", "活动", "荣誉", "称号", "奖", "资源",
        "领域", "工作", "人才", "品牌", "行动", "基础设施", "矛盾", "问题", "民生实事", "实事", "试点", "改革", "政策", "资金",
        "团队", "人员", "群体", "场所", "行业", "产业", "产品", "楼宇", "小区", "乡镇", "街道", "部门", "服务项目", "实事项目",
        "试点项目", "创投项目", "人才项目", "创业项目", "引才项目", "技改项目", "计划项目", "示范项目", "培育项目", "效应");

    /// <summary>Words inside a project-typed name that show it is a programme, fund or policy rather than a project.</summary>
    public static readonly ProjectWordList ProgrammeWords = new(
        "资金", "政策", "计划", "行动", "活动", "改革", "试点", "民生实事", "实事", "机制", "模式", "体系", "制度", "课题", "人才",
        "创业", "招商", "引才", "技改", "疫苗", "品牌", "专项债", "国债", "债券", "共同富裕", "入股", "收益", "银发", "企业",
        "创建工程", "创建项目");

    /// <summary>Verbs, adverbs, prepositions and other function words a name never ends with: a name starts after them.</summary>
    public static readonly ProjectWordList LeadingWords = new(
        "加快推进", "加速推进", "加快建设", "全力推进", "持续推进", "有序推进", "稳步推进", "扎实推进", "深入推进", "积极推进",
        "加快", "加速", "加大", "加强", "推进", "推动", "推出", "推行", "全力", "全面", "确保", "持续", "着力", "重点", "深化",
        "深入", "实施", "完成", "建成", "新建", "建设", "启动", "谋划", "规划开展", "扎实", "做好", "做精做细", "做优", "做强", "做实",
        "做大", "高质量", "高标准", "高水平", "高效", "有序", "稳步", "积极", "切实", "力争", "争取", "跟进", "跟踪服务好", "服务好",
        "盘活", "紧盯", "攻坚", "聚焦", "围绕", "依托", "利用", "支持", "保障", "配合", "协助", "布局", "招引", "引进", "培育", "落实",
        "抓好", "办好", "用好", "坚持", "优化", "改造", "升级", "迭代", "完善", "强化", "巩固", "开展", "组织", "举办", "承办", "打造",
        "提升", "探索", "发挥", "放大", "建立", "健全", "成立", "组建", "设立", "引导", "鼓励", "实现", "促进", "带动", "助力", "开工",
        "动工", "运营", "运作", "运行", "启用", "有机更新", "更新", "整治", "修缮", "新增", "改建", "扩建", "共建", "揭牌", "入驻",
        "进驻", "签约", "引入", "招大引强", "保持", "提供", "深耕", "壮大", "扩大", "扶持", "申报", "创建", "争创", "获评", "荣获",
        "入选", "评为", "荣膺", "获批", "列入", "纳入", "成为", "包括", "其中", "以及", "链接", "衔接", "连接", "有效", "全速", "全域",
        "重启", "复工", "投用", "投入", "建好", "深化丰富", "精准", "高起点", "大力", "努力", "认真", "主动", "继续", "进一步", "不断",
        "逐步", "同步", "尽快", "全年", "当年", "年内", "今年", "明年", "腾出", "腾退", "筹办", "打响", "擦亮", "叫响", "常态化", "截至目前", "目前", "突出", "明确",
        "市场化", "实体化", "规范", "管控", "运维", "谋划实施", "顺利", "推广", "融合", "对接", "洽谈", "协调", "督促", "指导", "参与",
        "新上", "力推", "主攻", "抢抓", "聚力", "瞄准", "深挖", "做深", "做足", "用活", "激活", "提速", "加紧", "加快实施", "全力打造",
        "着力打造", "启动实施", "推动实施", "高效推进", "大力推进", "全面推进", "谋划推进", "服务保障", "完善提升", "帮助", "助推", "以", "对", "在", "将", "把", "为", "从", "由", "于", "让", "使",
        "给", "与", "和", "及", "并", "的", "了", "是", "到", "等");

    /// <summary>Verbs that make a work's name with 工程 or 项目 right after them (提升工程, 改造项目).</summary>
    public static readonly ProjectWordList NameFormingVerbs = new(
        "提升", "改造", "提升改造", "改造提升", "建设", "新建", "重建", "改建", "扩建", "改扩建", "整治", "综合整治", "修缮", "迁改",
        "连通", "治理", "修复", "更新", "保护", "开发", "拓宽", "延伸", "贯通", "疏浚", "加固");

    /// <summary>Verbs an award title follows: what comes after them is an honour, not a project.</summary>
    public static readonly ProjectWordList AwardVerbs = new(
        "获评", "荣获", "获得", "评为", "评选为", "被评为", "入选", "创成", "成功创建", "创建", "争创", "荣膺", "列入", "纳入", "成为",
        "获批", "授予", "命名为", "认定为", "跻身", "通过");

    /// <summary>Verbs that found or run a body: their object is an organization, not a project.</summary>
    public static readonly ProjectWordList FoundingVerbs = new("组建", "成立", "设立", "注册", "运行", "运作", "迭代升级");

    /// <summary>Words that continue a project name after its facility suffix (东延, 二期, 拓宽, 重建 …).</summary>
    public static readonly ProjectWordList DevelopmentTails = new(
        "东延", "西延", "南延", "北延", "延伸段", "延伸", "拓宽", "改造", "提升", "新建", "重建", "改扩建", "扩建", "改建", "迁建",
        "续建", "一期", "二期", "三期", "四期", "五期", "中段", "东段", "西段", "南段", "北段", "联通", "贯通", "连通", "工程", "项目",
        "整治", "综合整治", "治理", "修复", "修缮", "改造提升", "提升改造", "迁改", "改迁", "基础设施", "配套设施");

    /// <summary>Words that open an honour, a rank or a category: a name starting with them is not a project's name.</summary>
    public static readonly ProjectWordList LevelWords = new(
        "国家级", "国家", "全国", "中国", "省级", "全省", "省", "市级", "全市", "县级", "全县", "区级", "全区", "镇级", "村级", "首批",
        "首个", "首家", "首座", "第一批", "第二批", "第三批", "第四批", "第五批", "各类", "各级", "各", "全", "本", "该", "一批",
        "重点", "重大", "优质", "相关", "配套", "其他", "现有", "存量", "新型", "多个", "若干", "部分", "所有", "每个", "更多", "一些", "多");

    /// <summary>Words that measure a number (公里, 亩, 万方 …): a name does not start with them.</summary>
    public static readonly ProjectWordList Units = new(
        "万", "亿", "公里", "千米", "亩", "方", "平方", "米", "个", "年", "月", "日", "村", "家", "条", "处", "项", "套", "座", "余", "多",
        "名", "人", "户", "元", "次", "场", "批", "所", "块", "栋", "幢", "辆", "台", "吨", "倍", "%");

    /// <summary>
    /// Generic words: a name whose part before its suffix consists of these only (市政, 公共停车, 婴幼儿照护服务 …)
    /// names a category, not a project.
    /// </summary>
    public static readonly ProjectWordList GenericWords = new(
        "市政", "公共", "城乡", "农村", "乡村", "城市", "城区", "城镇", "镇区", "集镇", "老年", "老年人", "居家", "养老", "社区", "村级",
        "镇级", "各类", "重点", "重大", "优质", "相关", "配套", "产业", "工业", "基础", "设施", "基础设施", "服务", "综合", "标准",
        "示范", "特色", "现代", "现代化", "高端", "新型", "智慧", "智能", "数字化", "文化", "体育", "健身", "医疗", "卫生", "教育",
        "亲子", "婴幼儿", "儿童", "照护", "托育", "便民", "停车", "充电", "道路", "交通", "安置", "物业", "楼宇", "厂房", "标准地",
        "农业", "生态", "环境", "污水", "垃圾", "分类", "消防", "应急", "治理", "联动", "数智", "集散", "游客", "旅游", "文旅", "研学",
        "实践", "孵化", "创业", "创新", "科创", "人才", "青年", "大学生", "共富", "助餐", "食堂", "提升", "改造", "建设", "整治", "新",
        "老", "大", "小", "各", "全", "总", "主", "分", "公", "市", "县", "镇", "村", "省", "区", "级", "型", "类", "化", "式", "性",
        "中心", "服务站", "驿站", "站", "点", "冷库", "仓库", "农贸", "市场", "农贸市场", "菜场", "公厕", "厕所", "银发", "无障碍",
        "坡道", "民生", "政务", "党群", "邻里", "未来", "美丽", "和美", "精品", "样板", "星级", "标杆", "水上", "低空", "户外",
        "运动", "休闲", "康养", "娱乐", "商业", "商务", "办公", "居住", "住宅", "保障性", "租赁", "人才公寓", "产业链", "企业",
        "经营", "管理", "信息", "网络", "数据", "安全", "生产", "加工", "物流", "仓储", "冷链", "电商", "直播", "配送", "集中",
        "处置", "收集", "转运", "回收", "再生", "资源", "利用", "节能", "减排", "光伏", "新能源", "储能", "高质量", "高标准",
        "一站式", "多功能", "嵌入式", "实验", "试验", "经济", "辖区", "雨污", "管网", "主体", "水环境", "修复", "照料", "后勤",
        "体检", "公卫", "断头路", "历史", "时代", "文明实践", "饮用水", "达标", "提标", "除险加固", "街道", "富裕", "林区", "林道", "土地", "专精特新", "水质", "断面", "交接", "非遗", "体验", "传承", "观光", "征收", "征迁", "改扩建", "扩建", "改建", "新建", "重建", "全域",
        "片区", "区域", "周边", "沿线", "两侧", "区块", "地块", "首个", "首家", "本地", "的", "与", "和", "及",
        "立项", "审批", "招标", "设计", "征地", "拆迁", "手续", "前期");

    /// <summary>The facility suffix ending at <paramref name="end"/>, unless the word there is no facility (思路, 底线, 一站式, 家园).</summary>
    public static string? FacilitySuffix(string text, int end)
    {
        if (AllSuffixes.EndingAt(text, end) is not { } suffix)
        {
            return null;
        }

        if (NotSuffixWords.EndingAt(text, end) is { } word && word.Length >= suffix.Length)
        {
            return null;
        }

        return end < text.Length && text[end] == '式' ? null : suffix;
    }

    /// <summary>The facility suffix <paramref name="name"/> ends with, or null.</summary>
    public static string? FacilitySuffix(string name) => FacilitySuffix(name, name.Length);

    /// <summary>Characters that open quotes or close them; a name keeps inner ones (“荷兰”基地) but not the outer ones.</summary>
    public static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '《' or '》';

    /// <summary>Characters a name is made of: CJK ideographs, ASCII letters and digits, quote marks, ·, +, #.</summary>
    public static bool IsNameChar(char c) =>
        IsHan(c) || char.IsAsciiLetterOrDigit(c) || IsQuote(c) || c is '·' or '•' or '+' or '#' or '&';

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph.</summary>
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>Chinese numerals (and 两, 几) that start a count or an ordinal.</summary>
    public static bool IsChineseNumeral(char c) => "一二三四五六七八九十百千万两几".Contains(c, StringComparison.Ordinal);
}
