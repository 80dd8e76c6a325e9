using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>An award title read from the text after a trigger: its text, the span (sentence offsets) it was read from, and the year written in it (2023年度…), if any.</summary>
internal sealed record AwardTitle(string Text, int Start, int End, int? Year);

/// <summary>
/// Reads the titles that follow an award trigger (获评 …): the clause up to its end, without a closing
/// 等各类荣誉N项 / 称号 / 榜单第N位, split at 、 (and at 和/及 before a level word), one-two-three prizes
/// expanded (大赛一、二等奖 → 大赛一等奖, 大赛二等奖). A title must end in a title-class word (…村, …单位,
/// …奖, …集体, …案例 …) or be quoted before 称号; a list closed by a count (景区、街区3个) names no
/// recipient and is dropped, as are ranks (第一名).
/// </summary>
internal static partial class AwardTitles
{
    /// <summary>The titles in <paramref name="text"/>; after a <paramref name="strong"/> trigger (被命名为, 荣获 …) a wholly quoted title needs no title word.</summary>
    public static List<AwardTitle> Parse(Piece text, RegionChain? chain, bool strong = false)
    {
        var cut = StopAt().Match(text.Text);
        var list = AwardText.Trim(cut.Success ? text.Until(cut.Index) : text);
        var honorific = false;
        for (var changed = true; changed && !list.IsEmpty;)
        {
            changed = false;
            if (Tail().Match(list.Text) is { Success: true } tail)
            {
                honorific |= tail.Groups["honour"].Success;
                list = AwardText.Trim(list.Until(tail.Index));
                changed = true;
            }
        }

        if (list.IsEmpty || CountAtEnd().IsMatch(list.Text) || CountAtStart().IsMatch(list.Text))
        {
            return [];
        }

        var titles = new List<AwardTitle>();
        foreach (var (item, source) in Expand(list, chain))
        {
            if (Clean(item, source, honorific || (strong && Quoted(text, item))) is { } title)
            {
                titles.Add(title);
            }
        }

        return titles;
    }

    /// <summary>Whether <paramref name="title"/> ends in a word that closes a title (ignoring a closing bracket group).</summary>
    public static bool EndsLikeTitle(string title)
    {
        var core = ClosingBracket().Replace(title, "");
        return core.Length >= 2 && TitleSuffix().IsMatch(core) && !NotATitle().IsMatch(core);
    }

    // Each item with the real text it stands for (an expanded 一等奖 stands for the whole list).
    private static IEnumerable<(Piece Item, Piece? Source)> Expand(Piece list, RegionChain? chain)
    {
        if (Grades().Match(list.Text) is { Success: true } grades)
        {
            var head = grades.Groups["head"].Value;
            var tail = grades.Groups["tail"].Value;
            foreach (Capture grade in grades.Groups["g"].Captures)
            {
                yield return (new Piece(head + grade.Value + tail, list.Start), list);
            }

            yield break;
        }

        foreach (var item in AwardText.ListItems(list, (_, rest) => StartsWithLevel(rest, chain)))
        {
            yield return (item, null);
        }
    }

    private static bool StartsWithLevel(string text, RegionChain? chain) =>
        LevelOpening().IsMatch(text) || AwardLevels.StartsWithDivision(text, chain) || AwardText.IsOpener(text[0]);

    private static AwardTitle? Clean(Piece item, Piece? source, bool honorific)
    {
        int? year = null;
        var piece = AwardText.Trim(item);
        for (var changed = true; changed && !piece.IsEmpty;)
        {
            changed = false;
            if (Tail().Match(piece.Text) is { Success: true } tail && tail.Index > 0)
            {
                honorific |= tail.Groups["honour"].Success;
                piece = AwardText.Trim(piece.Until(tail.Index));
                changed = true;
            }

            if (LeadingWord().Match(piece.Text) is { Success: true, Length: > 0 } word && word.Length < piece.Text.Length)
            {
                piece = AwardText.Trim(piece.From(word.Length));
                changed = true;
            }

            if (Modifier().Match(piece.Text) is { Success: true, Length: > 0 } modifier && modifier.Length < piece.Text.Length)
            {
                piece = AwardText.Trim(piece.From(modifier.Length));
                changed = true;
            }

            if (LeadingYear().Match(piece.Text) is { Success: true } y && y.Length < piece.Text.Length)
            {
                year = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
                var level = y.Groups["level"].Value;
                if (level.Length > 0)
                {
                    source ??= piece;
                    piece = new Piece(level + piece.Text[y.Length..], piece.Start);
                }
                else
                {
                    piece = AwardText.Trim(piece.From(y.Length));
                }

                changed = true;
            }
        }

        if (piece.Text.Length < 3 || piece.Text.Length > 40 || Described(piece.Text) || UnnamedOrRank().IsMatch(piece.Text))
        {
            return null;
        }

        var span = source ?? piece;
        return EndsLikeTitle(piece.Text) || honorific ? new AwardTitle(piece.Text, span.Start, span.End, year) : null;
    }

    // Whether the item stands between quote marks in the text it was read from (被命名为“中国天然氧吧”).
    private static bool Quoted(Piece text, Piece item)
    {
        int open = item.Start - text.Start - 1, close = item.End - text.Start;
        return open >= 0 && close < text.Text.Length && text.Text[open] == '“' && text.Text[close] == '”';
    }

    // 为获评“…”称号的代表颁奖: a 的 outside quote marks makes a description, not a title.
    private static bool Described(string title)
    {
        var inside = AwardText.Protected(title);
        return title.Where((c, i) => c == '的' && !inside[i]).Any();
    }

    // A second trigger or a purpose clause ends the title list.
    [GeneratedRegex(@"并(?=获|荣|入选|被|成功|列入|创成)|,|。")]
    private static partial Regex StopAt();

    [GeneratedRegex(@"(?:(?<![一二三四五六七八九十特])等(?![奖级])[^、“”]{0,14}|(?<honour>(?:荣誉)?称号|荣誉|殊荣|光荣称号|(?<=”)品牌)|榜单\S*|榜首|(?:创建|培育|建设|试点)?(?:名单|清单|盘子)|(?<=项目)库|第?\d+位|(?<=\S)(?:的)?(?:荣誉|奖励|表彰))$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"\d[\d.]*[余多]?(?:个|家|项|处|条|所|座|块|名|位|户|批|次|场|亩|元|万元|亿元|万|平方米|方|人|人次|只|辆|件)$")]
    private static partial Regex CountAtEnd();

    [GeneratedRegex(@"^(?:\d+|[一二三四五六七八九十两]+)(?:个|家|项|处|条|所|座|块|名|位|户)")]
    private static partial Regex CountAtStart();

    [GeneratedRegex(@"^(?<head>.+?)(?<g>[一二三四五六七八九十金银铜特])(?:、(?<g>[一二三四五六七八九十金银铜特]))+(?<tail>等奖|奖)$")]
    private static partial Regex Grades();

    [GeneratedRegex(@"^(?:国家级|全国|中国|省级|全省|省|市级|全市|县级|全县|区级|全区|第[一二三四五六七八九十\d]+批|首批)")]
    private static partial Regex LevelOpening();

    // Honours left unnamed (多项省、市荣誉称号) and ranks (全市第一平台) are no titles.
    [GeneratedRegex(@"^(?:多项|多个|多种|各类|各项|(?:全国|全省|全市|全县|全区)第)")]
    private static partial Regex UnnamedOrRank();

    [GeneratedRegex(@"^(?:成为|为|了)")]
    private static partial Regex LeadingWord();

    // Modifiers before a title: 全区首个, 桐乡唯一的, 全市首家.
    [GeneratedRegex(@"^(?:[^“”""]{0,8}?(?:唯一|首个|首家|第一个|第一家)的?|[^“”""]{1,12}?(?:颁发|授予|评选|认定|命名|评定)的)")]
    private static partial Regex Modifier();

    [GeneratedRegex(@"^(?<level>全国|全省|全市|全县|全区)?(?<y>(?:19|20)\d{2})\s*(?:年度|年)?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"(?:\([^()]*\)|[”""’》])+$")]
    private static partial Regex ClosingBracket();

    [GeneratedRegex(@"(?:劳动模范|幼儿园|带头人|示范带|综合体|卫生院|志愿者|示范社|实验室|度假区|合作社|党组织|工作者|红旗手|名村|模范|工厂|河道|先锋|分会|工匠|明珠|好人|奖项|城市|窗口|集体|车间|家园|乡镇|学院|百强|协会|医院|街区|奖杯|案例|小区|个人|园区|商会|示范|机构|劳模|品牌|项目|人家|社区|之星|礼堂|路段|名镇|学校|书屋|试点|楷模|名录|村庄|标兵|组织|团队|中心|能手|企业|班组|小学|奖章|工坊|标杆|遗产|街道|产品|联盟|先进|单位|典范|非遗|主体|中学|节点|大学|法庭|锦旗|称号|奖状|名师|支部|党委|工程|之乡|样板|强县|农场|红旗|公园|民宿|优秀|平台|酒店|景区|典型|饭店|基地|家庭|河湖|站|河|点|户|所|岗|奖|区|湖|镇|馆|队|村|乡|强|城|杯|办|园|县|功)$")]
    private static partial Regex TitleSuffix();

    // Words that end a phrase like a title word but say something else (批复, 用地, 资金 …).
    [GeneratedRegex(@"(?:颁奖|获奖|评奖|发奖|批复|批示|肯定|好评|认可|刊登|报道|支持|资金|补助|补贴|用地|指标|贷款|评级|第[一二三四五六七八九十\d]+名?|全覆盖)$|^(?:建设|设立|成立|开展|实施)")]
    private static partial Regex NotATitle();
}
