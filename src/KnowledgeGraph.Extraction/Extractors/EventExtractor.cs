using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts events (ANNOTATION.md): named events held or hosted, with the year of the part they are in
/// (or the year their name writes). After a hosting verb (举办, 承办, 举行, 开展, 办好, 承接 …) each item of the
/// list it governs (up to a closing 等…活动/赛事) that is named: it carries a marker (第N届, 首届, a year, quote
/// marks, a ·-joined slogan) or is a long enough name ending in an event word (…赛, …节, …马拉松, …论坛,
/// …仪式, …礼, …季; …活动 and …会议 only with a marker). Anywhere, a 第N届… name ending in an event word
/// (第十七届…水会); at the start of a clause, a quoted or year-led subject ending in a strong event word
/// (“村BA”篮球联赛吸引…); before a passive verb, the name it hosts (…在某村举办, …正式启动).
/// Generic activities (各类赛事, 乡村音乐会, 健康活动71场次), standing ones (每半月举办1期…恳谈会) and political sessions (第二届居民议事会) are not events.
/// </summary>
public sealed partial class EventExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var sentence in context.Sentences.Where(s => s.Part != ReportPart.Header))
        {
            foreach (var clause in AwardText.Clauses(sentence.Text))
            {
                var hosted = HostVerb().Match(clause.Text);
                if (hosted.Success && Passive().Match(clause.Text) is { Success: true } passive && passive.Groups["name"].Length > 0)
                {
                    // …知识竞赛活动在该镇某村举办: the name comes before the verb.
                    ExtractHosted(context, result, sentence, clause.Until(passive.Groups["name"].Length));
                }
                else if (hosted.Success)
                {
                    ExtractHosted(context, result, sentence, clause.From(hosted.Index + hosted.Length));
                }

                foreach (Match m in Numbered().Matches(clause.Text))
                {
                    if (!hosted.Success || m.Index < hosted.Index)
                    {
                        ExtractNumbered(context, result, sentence, clause, m.Index);
                    }
                }

                if (!hosted.Success)
                {
                    ExtractLeading(context, result, sentence, clause);
                }
            }
        }
    }

    private static void ExtractHosted(ExtractionContext context, ExtractionResult result, Sentence sentence, Piece list)
    {
        var text = list.Text;
        var closing = Closing().Match(text);
        var eventHead = closing.Success && EventWord().IsMatch(closing.Groups["head"].Value);
        var body = AwardText.Trim(closing.Success ? list.Until(closing.Index) : list);
        if (LeadingFiller().Match(body.Text) is { Success: true, Length: > 0 } filler)
        {
            body = body.From(filler.Length);
        }

        foreach (var item in Items(body))
        {
            var counted = TrailingCount().Match(item.Text);
            var name = Strip(AwardText.Trim(counted.Success ? item.Until(counted.Index) : item));
            if (IsNamed(name.Text, counted.Success, eventHead, Quoted(sentence.Text, name)))
            {
                Add(context, result, sentence, name);
            }
        }
    }

    private static void ExtractNumbered(ExtractionContext context, ExtractionResult result, Sentence sentence, Piece clause, int start)
    {
        var before = clause.Text[..start];
        if (Attended().IsMatch(before))
        {
            return;
        }

        var length = AwardText.UntilOutsideQuotes(clause.Text, start, "、,;。等");
        var span = clause.Slice(start, length);
        for (var end = span.Text.Length; end > 3; end--)
        {
            var candidate = AwardText.Trim(span.Until(end));
            if (EventSuffix().IsMatch(candidate.Text) && !NotAnEvent().IsMatch(candidate.Text) && !Prize().IsMatch(span.Text[end..]))
            {
                // A later edition inside a name already taken (…采摘节暨首届…颁奖仪式) is part of it.
                var key = NodeIds.NormaliseName(candidate.Text);
                if (!result.Events.Any(e => NodeIds.NormaliseName(e.Name).Contains(key, StringComparison.Ordinal)))
                {
                    Add(context, result, sentence, Strip(candidate));
                }

                return;
            }
        }
    }

    private static IEnumerable<Piece> Items(Piece body)
    {
        // A和B splits only where both sides end in an event word (…自行车赛和…马拉松赛).
        foreach (var item in AwardText.ListItems(body, (left, rest) => left.Length >= 4 && EventSuffix().IsMatch(left) && EventSuffix().IsMatch(rest)))
        {
            // “A”“B” written side by side are two items.
            var start = 0;
            for (var i = item.Text.IndexOf("”“", StringComparison.Ordinal); i >= 0; i = item.Text.IndexOf("”“", start, StringComparison.Ordinal))
            {
                yield return item.Slice(start, i + 1 - start);
                start = i + 1;
            }

            yield return item.From(start);
        }
    }

    /// <summary>
    /// A subject that names an event by itself at the start of a clause, without a hosting verb: a quoted name
    /// ending in an event word or followed by one (“村BA”篮球联赛吸引…, “稻香音乐节”带动…), or one opening with the
    /// year (2024金湖马拉松鸣枪开跑).
    /// </summary>
    private static void ExtractLeading(ExtractionContext context, ExtractionResult result, Sentence sentence, Piece clause)
    {
        // “X”杯摄影大赛中荣获一等奖: an edition the township only took part in.
        if (Leading().Match(clause.Text) is not { Success: true } m || TookPart().IsMatch(clause.Text))
        {
            return;
        }

        var length = AwardText.UntilOutsideQuotes(clause.Text, m.Length, "、,;。等");
        var span = clause.Slice(m.Length, length);
        for (var end = Math.Min(span.Text.Length, 30); end > 3; end--)
        {
            var candidate = AwardText.Trim(span.Until(end));
            if (StrongSuffix().IsMatch(candidate.Text) && !NotAnEvent().IsMatch(candidate.Text) && !Generic().IsMatch(candidate.Text)
                && !Described(candidate.Text) && !HostVerb().IsMatch(candidate.Text) && !Predicate().IsMatch(candidate.Text)
                && (Quoted(sentence.Text, candidate) || LeadingMarker().IsMatch(candidate.Text)))
            {
                var key = NodeIds.NormaliseName(candidate.Text);
                if (!result.Events.Any(e => NodeIds.NormaliseName(e.Name).Contains(key, StringComparison.Ordinal)))
                {
                    Add(context, result, sentence, Strip(candidate));
                }

                return;
            }
        }
    }

    /// <summary>Whether the name starts with a quote mark or stands inside a pair of quote marks in its sentence.</summary>
    private static bool Quoted(string sentence, Piece name) =>
        name.Text.Length > 0 && (name.Text[0] is '“' or '"' || (name.Start > 0 && sentence[name.Start - 1] is '“' or '"' && name.End < sentence.Length && sentence[name.End] is '”' or '"'));

    private static bool IsNamed(string name, bool counted, bool eventHead, bool quoted)
    {
        if (name.Length < 4 || name.Length > 30 || Generic().IsMatch(name) || NotAnEvent().IsMatch(name) || Described(name))
        {
            return false;
        }

        var marked = quoted || Marker().IsMatch(name) || (name.EndsWith("会议", StringComparison.Ordinal) && Scope().IsMatch(name));
        if (counted || name.EndsWith("活动", StringComparison.Ordinal) || name.EndsWith("会议", StringComparison.Ordinal))
        {
            return marked && (EventSuffix().IsMatch(name) || eventHead);
        }

        // Without an event word, only a numbered or dated item of a list of events (中国乒协首届国球进公园).
        return EventSuffix().IsMatch(name) ? marked || name.Length >= 6 : eventHead && Edition().IsMatch(name);
    }

    // A description, not a name: a 的 outside quote marks (一场盛大的文化艺术节, 以…为主题的系列活动).
    private static bool Described(string name)
    {
        var inside = AwardText.Protected(name);
        return name.Select((c, i) => c == '的' && !inside[i]).Any(b => b);
    }

    // 安吉游戏国际学术会议分会场活动 → 安吉游戏国际学术会议.
    private static Piece Strip(Piece name) =>
        Venue().Match(name.Text) is { Success: true } venue && venue.Index >= 4 ? AwardText.Trim(name.Until(venue.Index)) : name;

    private static void Add(ExtractionContext context, ExtractionResult result, Sentence sentence, Piece name)
    {
        int? year = WrittenYear().Match(name.Text) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : sentence.Year ?? context.ReviewYear;
        result.AddEvent(new ExtractedEvent(name.Text, year, sentence.SpanOf(name.Start, name.End)));
    }

    [GeneratedRegex(@"举办|承办|主办|协办|举行|召开|开展|办好|筹办|承接|组织开展|打造|策划|开幕|启动")]
    private static partial Regex HostVerb();

    [GeneratedRegex(@"第[一二三四五六七八九十百\d]+届|首届")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<name>.*?)(?:\d{1,2}月(?:\d{1,2}[日号])?|近日|日前|近期|当天|当日|今天|昨天|上午|下午|晚上|晚)*(?:在[^,]{1,20})?(?:成功|顺利|隆重|圆满|正式)?(?:举办|举行|召开|开幕|落幕|启幕|开跑|鸣枪开跑|开赛|启动)$")]
    private static partial Regex Passive();

    [GeneratedRegex(@"^(?:了|过|好)?(?:连续|先后|累计|共)?(?:(?:[一二三四五六七八九十两\d]+|多)(?:场|次|届|期))?")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"等(?<head>[^、“”]{0,14})$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"赛|活动|节|会|论坛|展|仪式|马拉松")]
    private static partial Regex EventWord();

    [GeneratedRegex(@"\d+[余多]?(?:场次|场|次|届|期|项|个|批)(?:以上)?$")]
    private static partial Regex TrailingCount();

    [GeneratedRegex(@"(?:赛|赛事|马拉松|(?<!领|起)跑|(?<!环|季|细|时|春|关)节|(?<!社|机|协|商|工|学|金|合|都|体|理事|联合)会|论坛|(?<!发|拓|进|开|施|伸|扩|推|舒|延|布)展|展览|展演|汇演|仪式|典礼|庆典|盛典|(?<!献|敬|巡|婚)礼|活动|会议|嘉年华|集市|市集|大集|(?:活动|宣传|服务|文化|旅游|文旅|消费|购物|体育|科普|音乐|艺术|美食)[周月季])$")]
    private static partial Regex EventSuffix();

    // The event words a name standing alone as a subject must end with (not …活动, …会议, …会: generic there).
    [GeneratedRegex(@"(?:赛|赛事|马拉松|(?<!环|季|细|时|春|关)节|论坛|博览会|交易会|音乐会|年会|峰会|嘉年华|庆典|盛典|(?<!献|敬|巡|婚)礼|(?:文化|旅游|文旅|消费|购物|音乐|艺术|美食)季)$")]
    private static partial Regex StrongSuffix();

    // The start of a clause before a subject: a date or time word, or a linking word.
    [GeneratedRegex(@"^(?:\d{1,2}月(?:\d{1,2}[日号])?|近日|日前|今年|去年|同时|此外|其中)*(?=“|""|(?:19|20)\d{2})")]
    private static partial Regex Leading();

    // Words saying a township took part in an event others held, or won a prize at it.
    [GeneratedRegex(@"获|夺得|摘得|参赛|参加|出席|观摩|亮相")]
    private static partial Regex TookPart();

    // Verbs of a predicate: a stretch holding one has run past the subject.
    [GeneratedRegex(@"吸引|带动|实现|成为|入选|助力|推动|打响|参与|参加|累计|共计|达到|突破|获")]
    private static partial Regex Predicate();

    // A subject that opens with the year (2024金湖马拉松, 2024年…): a dated edition.
    [GeneratedRegex(@"^(?:19|20)\d{2}(?>年?)(?!以来|底|初|末|上半年|下半年|全年|内|起)[\p{IsCJKUnifiedIdeographs}“]")]
    private static partial Regex LeadingMarker();

    // A marker that an item is one particular event: an edition, a year, quote marks, or a concentrated signing or
    // ground-breaking of a portfolio (重点项目集中开工活动), which names one dated occasion.
    [GeneratedRegex(@"第[一二三四五六七八九十百\d]+届|首届|(?:19|20)\d{2}年?|[“”""《》·]|集中(?:签约|开工|竣工|投产|开业|揭牌)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:各类|各种|各项|各级|多场|多项|多种|系列|一系列|相关|一批|丰富|特色|主题|常态化|线上|线下|形式多样|每)|[一二三四五六七八九十两\d]+(?:大|项|个|场|类|次)(?:赛事|活动|比赛|节庆|展会)$")]
    private static partial Regex Generic();

    [GeneratedRegex(@"(?:代表大会|党代会|委员会|议事会|常委会|全会|基金会|理事会|(?:工作|干部|动员|部署|推进|调度|总结|汇报|务虚|联席|座谈|现场|培训|誓师|专题|例)(?:大)?会(?:议)?)(?:第[一二三四五六七八九十\d]+次(?:全体)?会议)?$|培训|^(?:全镇|全街道|全乡|全县|全区|全市)(?!.{2,}大会$)|(?:元宵|端午|中秋|重阳|国庆|清明|七夕|劳动|儿童|妇女|青年|建军|教师|护士|记者|植树|母亲|父亲|腊八)节$")]
    private static partial Regex NotAnEvent();

    // Editions the township only attended or won a prize at (在…会议上, 参加, 荣获第五届…大赛金奖).
    [GeneratedRegex(@"在[^在]*$|参加|参与|参赛|出席|观摩|获|夺得|摘得")]
    private static partial Regex Attended();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十特]等奖|金奖|银奖|铜奖|优秀奖|奖|冠军|亚军|季军|第[一二三四五六七八九十\d]+名)")]
    private static partial Regex Prize();

    [GeneratedRegex(@"分会场(?:活动)?$|开幕式$|闭幕式$|(?<=(?:赛|节|嘉年华|论坛|大会))系列活动$")]
    private static partial Regex Venue();

    [GeneratedRegex(@"国际|全国|学术|高峰|峰会|论坛|博览")]
    private static partial Regex Scope();

    [GeneratedRegex(@"第[一二三四五六七八九十百\d]+届|首届|(?:19|20)\d{2}年")]
    private static partial Regex Edition();

    [GeneratedRegex(@"^(?:19|20)\d{2}(?=\p{IsCJKUnifiedIdeographs})|(?:19|20)\d{2}(?=年)")]
    private static partial Regex WrittenYear();
}
