using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// The recipients named before an award trigger: <see cref="Items"/> one per name of an enumeration
/// (睿兆芯、湘溪塑业、恒泰纸管), <see cref="Groups"/> the names grouped by quote boundaries ("A”“B、C" → A | B、C),
/// and whether the text pairs them with the titles in order (分别, 先后, 依次).
/// </summary>
internal sealed partial record AwardRecipients(IReadOnlyList<string> Items, IReadOnlyList<string> Groups, bool Respectively)
{
    /// <summary>Who conferred the titles, when the text says (被市委表彰为 → 市委); its level stands in for a title's own.</summary>
    public string? Conferrer { get; init; }

    /// <summary>The township as the only recipient (no subject, or 全镇 / 我街道 / a time phrase / a verb phrase).</summary>
    public static AwardRecipients Township(string? township) => new([township ?? ""], [township ?? ""], false);

    /// <summary>The report's own township, or (a county-level report) its publisher without 人民政府 / 办事处.</summary>
    public static string? Self(ExtractionContext context)
    {
        if (context.Township is { } township)
        {
            return township;
        }

        if (context.Profile.Publisher?.Value is { Length: > 0 } publisher)
        {
            return GovernmentSuffix().Replace(publisher.Trim(), "");
        }

        return context.Profile.Title?.Value is { } title && TitlePlace().Match(title) is { Success: true } place ? place.Groups["place"].Value : null;
    }

    /// <summary>
    /// Reads the subject <paramref name="subject"/> (the clause before the trigger); null when no award is
    /// meant (a goal: 力争, 争创; a count of unnamed recipients: 3名志愿者).
    /// </summary>
    public static AwardRecipients? Parse(Piece subject, ExtractionContext context, ExtractionResult result)
    {
        var text = AwardText.Trim(subject).Text;
        if (Goal().IsMatch(text))
        {
            return null;
        }

        // X被县委、县政府授予…: the conferrer after 被 is not a recipient.
        string? conferrer = null;
        if (text.IndexOf('被', StringComparison.Ordinal) is var by and >= 0)
        {
            conferrer = text[(by + 1)..];
            text = text[..by];
        }

        // 久负盛名的茅山号子: a description before 的 is not part of the name.
        var inside = AwardText.Protected(text);
        for (var i = text.Length - 1; i > 0; i--)
        {
            if (text[i] == '的' && !inside[i])
            {
                text = text[(i + 1)..];
                break;
            }
        }

        var respectively = Respective().IsMatch(text);
        for (var changed = true; changed && text.Length > 0;)
        {
            var before = text;
            text = AwardText.Trim(new Piece(TrailingAdverb().Replace(LeadingConnector().Replace(text, ""), ""), 0)).Text;
            changed = text != before;
        }

        text = Enumerations.StripClosingEtc(text).Body.TrimEnd();
        if (Counted().IsMatch(text))
        {
            return null;
        }

        if (text.Length == 0 || IsTownship(text, Self(context)) || Generic().IsMatch(text) || VerbOpening().IsMatch(text) || text.Length > 40)
        {
            return Township(Self(context)) with { Conferrer = conferrer };
        }

        var whole = new Piece(text, 0);
        var groups = SplitGroups(text);
        var items = AwardText.ListItems(whole, (left, rest) => left.Length >= 2 && rest.Length >= 2 && left[^1] == rest[^1])
            .Select(p => p.Text).ToList();
        items = [.. Enumerations.ExpandSharedSuffix(items, ["村", "社区"]).Select(name => Known(name, result))];
        return new AwardRecipients(items, groups.Count > 1 ? groups : [string.Join("、", items)], respectively) { Conferrer = conferrer };
    }

    /// <summary>A subject named at the start of the clause before, when the trigger clause has none (灵峰中心幼儿园承办…, 获评…).</summary>
    public static string? FromClauseBefore(string clause, ExtractionResult result)
    {
        var known = result.Villages.Select(v => v.Name).Concat(result.Organizations.Select(o => o.Name)).Concat(result.Projects.Select(p => p.Name))
            .Where(name => name.Length >= 2 && clause.StartsWith(name, StringComparison.Ordinal))
            .OrderByDescending(name => name.Length)
            .FirstOrDefault();
        if (known is not null)
        {
            return known;
        }

        return InstitutionOpening().Match(clause) is { Success: true } m && !VerbOpening().IsMatch(m.Value) ? m.Value : null;
    }

    private static bool IsTownship(string text, string? township)
    {
        if (township is null)
        {
            return text is "街道" or "镇" or "乡";
        }

        var shortName = township.Length > 2 ? township[..^(township.EndsWith("街道", StringComparison.Ordinal) ? 2 : 1)] : township;
        return text == township || text == shortName || text is "街道" or "镇" or "乡" or "街道办事处" or "镇政府" or "乡政府"
            || text == township + "办事处" || text == township + "人民政府";
    }

    private static List<string> SplitGroups(string text)
    {
        var groups = new List<string>();
        var start = 0;
        for (var i = text.IndexOf("”“", StringComparison.Ordinal); i >= 0; i = text.IndexOf("”“", start, StringComparison.Ordinal))
        {
            groups.Add(text[start..i]);
            start = i + 2;
        }

        groups.Add(text[start..]);
        return [.. groups.Select(g => AwardText.Trim(new Piece(g, 0)).Text).Where(g => g.Length > 0)];
    }

    // A short name of a village the village extractor found (义马 → 义马村).
    private static string Known(string name, ExtractionResult result) =>
        result.Villages.Select(v => v.Name).FirstOrDefault(v => v.Length > name.Length && v.Length <= name.Length + 2 && v.StartsWith(name, StringComparison.Ordinal)
            && (v.EndsWith('村') || v.EndsWith("社区", StringComparison.Ordinal)) && v.Length - name.Length == (v.EndsWith('村') ? 1 : 2)) ?? name;

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年度?)?(?<place>[\u4e00-\u9fff]{1,8}?(?:自治县|县|市|区|旗|街道|镇|乡))")]
    private static partial Regex TitlePlace();

    [GeneratedRegex(@"(?:人民政府|政府|办事处|管委会)$")]
    private static partial Regex GovernmentSuffix();

    [GeneratedRegex(@"争创|力争|争取|有望|冲刺|积极申报|申报|申请|计划|拟|将要|确保|努力|目标")]
    private static partial Regex Goal();

    [GeneratedRegex(@"分别|先后|依次|相继")]
    private static partial Regex Respective();

    [GeneratedRegex(@"^(?:[(（]?[\d一二三四五六七八九十]+[、.)）]|[一二三四五六七八九十]+是|其中|同时|此外|另外|并且|并|且|还|而|以及|与|期间|目前|截至目前|(?:19|20)\d{2}年度?|[一二三四五六七八九十\d]+月份?|上半年|下半年|年内|今年|去年)")]
    private static partial Regex LeadingConnector();

    [GeneratedRegex(@"(?:先后|分别|均|都|已经|已|曾经|曾|更是|更|亦|也是|成功|相继|顺利|再次|首次|还|也|又|被|同时|一举|接连|连续\S{0,3}年|今年|去年|全年|正式|率先|并|共|累计|共计|经|经过|经评审|在[^在]{0,30}中|(?:19|20)\d{2}年度?|年内|当年|依次|一次性|再度|荣幸|(?<![胡大合协])同)$")]
    private static partial Regex TrailingAdverb();

    [GeneratedRegex(@"^(?:我|本|全|该|此|相关|上述|各项)|年度|季度|全年|今年|上半年|下半年|唯一|首个|首家|(?:经验|做法|工作|成果|成效|举措|实践)$")]
    private static partial Regex Generic();

    [GeneratedRegex(@"^(?:深化|推进|实施|开展|完成|落实|加强|强化|持续|积极|依托|围绕|坚持|经过|打造|建设|深入|全面|着力|大力|聚焦|推动|加快|不断|进一步|通过|凭借|借助|立足|发挥|做好|抓好|扎实|高质量|高标准|高水平|探索|组织|参加|参与|承办|举办|搭建|构建|形成|实现|提升|优化|助力|带动|吸引)")]
    private static partial Regex VerbOpening();

    [GeneratedRegex(@"^(?:\d+|[一二三四五六七八九十两]+)(?:名|家|个|位|户|所|支|批|项|人)(?![村社屯庄寨铺店湾桥])|\d+(?:名|家|个|位|户|所|支)")]
    private static partial Regex Counted();

    [GeneratedRegex(@"^[^,，、“”]{2,16}?(?:幼儿园|小学|中学|学校|学院|大学|医院|卫生院|公司|集团|企业|协会|商会|合作社|农场|研究院|研究所|博物馆|纪念馆|展览馆|文化馆|图书馆|工作站|服务站|驿站|执法队|分会)")]
    private static partial Regex InstitutionOpening();
}
