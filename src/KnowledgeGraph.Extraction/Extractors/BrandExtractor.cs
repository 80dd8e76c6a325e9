using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts brands (ANNOTATION.md): names the text treats as a brand, IP, label or slogan. A quoted name
/// flagged by 品牌 / IP / 牌 / 金名片 close after it (“平安凤鸣”品牌, “助人自助”社会工作服务品牌, “草安头”牌); a
/// quoted name after 打响 / 擦亮 / 叫响 / 唱响; an unquoted name between such a verb and 品牌 (打响青年入乡首选地
/// 品牌, for scraped text that lost its quotes); a name written with IP (灵宝IP); and a quoted slogan built on
/// the township's own name (“福地凤鸣”). The owner is the township, or none for a product's brand (“吴越乡”
/// 品牌大米, “草安头”牌). Quoted jargon without such a flag (“两个确立”) is not a brand.
/// </summary>
public sealed partial class BrandExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var self = AwardRecipients.Self(context);
        foreach (var sentence in context.Sentences.Where(s => s.Part != ReportPart.Header))
        {
            var text = sentence.Text;
            foreach (Match m in QuotedFlagged().Matches(text))
            {
                var owner = ProductAfter().IsMatch(text.AsSpan(m.Index + m.Length)) || m.Groups["flag"].Value == "牌" ? null : self;
                AddQuoted(result, sentence, m.Groups["name"], owner);
                AddChainedBefore(result, sentence, m.Groups["name"].Index - 1, owner);
            }

            foreach (Match m in NamedAfterFlag().Matches(text))
            {
                AddQuoted(result, sentence, m.Groups["name"], self);
            }

            foreach (Match m in PromotedQuoted().Matches(text))
            {
                AddQuoted(result, sentence, m.Groups["name"], self);
            }

            foreach (Match m in PromotedUnquoted().Matches(text))
            {
                var name = m.Groups["name"];
                if (name.Length >= 4 && !GenericName().IsMatch(name.Value))
                {
                    Add(result, sentence, name.Value, name.Index, self);
                }
            }

            foreach (Match m in WithIp().Matches(text))
            {
                var run = m.Groups["name"];
                var cut = LastVerb().Match(run.Value) is { Success: true } verb ? verb.Index + verb.Length : 0;
                var core = run.Value[cut..];
                if (core.Length is >= 2 and <= 8 && !GenericName().IsMatch(core))
                {
                    Add(result, sentence, core + "IP", run.Index + cut, self);
                }
            }

            if (self is not null)
            {
                AddSlogans(result, sentence, self);
            }
        }
    }

    private static void AddSlogans(ExtractionResult result, Sentence sentence, string township)
    {
        if (InitiativeExtractor.PlaceStem(township) is not { Length: <= 4 } shortName)
        {
            return;
        }

        foreach (Match m in Quoted().Matches(sentence.Text))
        {
            var name = m.Groups["name"].Value;
            // A nationwide campaign made the place's own (“书香安国”, 平安X) is an initiative, not a slogan.
            var campaign = InitiativeLexicon.PlaceCampaignWords.Any(w => name == w + shortName);
            if (name.Length is >= 4 and <= 8 && name.Contains(shortName, StringComparison.Ordinal) && name != shortName && !campaign
                && !NumberedJargon().IsMatch(name) && !NotASlogan().IsMatch(name) && !NotASlogan().IsMatch(sentence.Text.AsSpan(m.Index + m.Length)))
            {
                Add(result, sentence, name, m.Groups["name"].Index, township);
            }
        }
    }

    private static void AddQuoted(ExtractionResult result, Sentence sentence, Group name, string? owner)
    {
        if (!NumberedJargon().IsMatch(name.Value) && name.Length >= 2)
        {
            Add(result, sentence, name.Value, name.Index, owner);
        }
    }

    // “A”“B”品牌: the quoted names chained right before a flagged one are brands too.
    private static void AddChainedBefore(ExtractionResult result, Sentence sentence, int openQuote, string? owner)
    {
        var text = sentence.Text;
        while (openQuote >= 1 && text[openQuote - 1] == '”')
        {
            var open = text.LastIndexOf('“', openQuote - 1);
            if (open < 0)
            {
                return;
            }

            var name = text[(open + 1)..(openQuote - 1)];
            if (name.Length is >= 2 and <= 20 && !NumberedJargon().IsMatch(name))
            {
                Add(result, sentence, name, open + 1, owner);
            }

            openQuote = open;
        }
    }

    private static void Add(ExtractionResult result, Sentence sentence, string name, int start, string? owner) =>
        result.AddBrand(new ExtractedBrand(name, owner, sentence.SpanOf(start, start + name.Length)));

    [GeneratedRegex(@"“(?<name>[^“”]{2,20})”(?:[^“”,。;、:!?]{0,10}?(?<flag>品牌|IP|金名片|名片|招牌)|(?<flag>牌)(?![子照坊楼匾]))")]
    private static partial Regex QuotedFlagged();

    [GeneratedRegex(@"(?:品牌|IP|金名片)(?:为|是|名为|叫)?“(?<name>[^“”]{2,20})”")]
    private static partial Regex NamedAfterFlag();

    [GeneratedRegex(@"(?:打响|擦亮|叫响|唱响|做响|做亮|打亮)(?:了)?“(?<name>[^“”]{2,20})”")]
    private static partial Regex PromotedQuoted();

    [GeneratedRegex(@"(?:打响|擦亮|叫响|唱响|做响|做亮|打亮|放大|塑造)(?:了)?(?<name>[^“”,。;、:!?\s]{3,12}?)”?(?:品牌|IP)")]
    private static partial Regex PromotedUnquoted();

    [GeneratedRegex(@"(?<![\u4e00-\u9fff”""])(?<name>[\u4e00-\u9fff]{2,})IP")]
    private static partial Regex WithIp();

    [GeneratedRegex(@"“(?<name>[^“”]{2,20})”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?:深耕|用好|打造|做强|做优|擦亮|打响|放大|聚焦|推出|培育|开发|持续|着力|加快|推动|深化|围绕|依托|借助|利用|发挥|形成|建设|构建|推广|运营|孵化)(?!.*(?:深耕|用好|打造|做强|做优|擦亮|打响|放大|聚焦|推出|培育|开发|持续|着力|加快|推动|深化|围绕|依托|借助|利用|发挥|形成|建设|构建|推广|运营|孵化))", RegexOptions.RightToLeft)]
    private static partial Regex LastVerb();

    // A product after the flag (品牌大米): the brand is the product's, not the township's.
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff]{0,2}?[米茶酒果菜蜜肉鱼虾蟹笋菇瓜桃梨枣油鸡鸭蛋奶]|[\u4e00-\u9fff]{0,2}?(?:产品|食品|商品))")]
    private static partial Regex ProductAfter();

    [GeneratedRegex(@"^(?:新|各类|各种|特色|区域|公共|自主|知名|优质|我|本|全)|(?:特色|服务|产业|经济|产品|旅游|文旅|农业|制造|企业|城市|振兴|富裕|融合|发展|建设|治理|文明|品质|质量|底色)$")]
    private static partial Regex GenericName();

    // Numbered formulas of policy (两个确立, 三个凤鸣, 八八战略, 一村一品, 三品一标), not brands.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十两百千万\d]+[个大条项张]|[一二三四五六七八九十两百千万\d]+$|[一二三四五六七八九十两\d][^一二三四五六七八九十两\d]{0,2}[一二三四五六七八九十两\d])")]
    private static partial Regex NumberedJargon();

    // A programme (…战略, …行动, …活动), a method, or a goal opened by its verb (再造一个新X, 打造…) is no slogan of the place.
    [GeneratedRegex(@"^(?:模式|经验|做法|机制|体系|工程|行动|改革|路径|方案|战略|计划|活动)|(?:模式|经验|做法|机制|体系|工程|行动|改革|路径|方案|战略|计划|活动)$|^(?:再造|打造|建设|建成|争创|实现)")]
    private static partial Regex NotASlogan();
}
