using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts awards (ANNOTATION.md): in the review part only (a plan's 争创… is a goal, not an award), each
/// clause with a conferral trigger (获评, 荣获, 荣膺, 创成, 成功创建, 入选, 被评为, 列入, 获批设立, 位列 …) gives
/// the titles after it (<see cref="AwardTitles"/>) to the recipients before it (<see cref="AwardRecipients"/>:
/// the township when the subject is missing or is the township, else each named recipient; "A、B分别获X、Y"
/// pairs them in order). A clause "X村省级Y村完成验收" confers Y on X. The year is the review year unless the
/// title writes one (2023年度…); the level comes from the title's opening (<see cref="AwardLevels"/>).
/// </summary>
public sealed partial class AwardExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var chain = context.Profile.Township?.Value;
        foreach (var sentence in context.ReviewSentences)
        {
            var clauses = AwardText.Clauses(sentence.Text);
            for (var i = 0; i < clauses.Count; i++)
            {
                if (!ExtractConferred(context, result, sentence, clauses, ref i, chain))
                {
                    ExtractAccepted(context, result, sentence, clauses[i], chain);
                }
            }
        }
    }

    private static bool ExtractConferred(ExtractionContext context, ExtractionResult result, Sentence sentence, List<Piece> clauses, ref int index, RegionChain? chain)
    {
        var clause = clauses[index];
        var found = false;
        AwardRecipients? recipients = null;
        var subjectStart = 0;
        var position = 0;
        while (Trigger().Match(clause.Text, position) is { Success: true } trigger)
        {
            var titleStart = trigger.Index + trigger.Length;
            var titles = AwardTitles.Parse(clause.From(titleStart), chain, !WeakTrigger().IsMatch(trigger.Value));
            position = titleStart;
            if (trigger.Value == "成为")
            {
                // 成为 confers only a title with a level (成为首批国家级…示范园区), not any role (成为官方供应商).
                titles = [.. titles.Where(t => AwardLevels.Of(t.Text, chain) != AwardLevels.Other && !t.Text.Contains('的', StringComparison.Ordinal))];
            }

            if (titles.Count == 0)
            {
                continue;
            }

            var subject = clause.Slice(subjectStart, trigger.Index - subjectStart);
            if (recipients is null || !Joined().IsMatch(subject.Text))
            {
                recipients = RecipientsOf(context, result, subject, clauses, index);
            }

            subjectStart = position = titles[^1].End - clause.Start;
            if (recipients is null)
            {
                continue;
            }

            found = true;
            if (clause.Text.Length - position <= 4)
            {
                // 获得2021年度省卫生乡镇,2021年度全市征兵工作先进单位,…: titles listed clause by clause.
                while (index + 1 < clauses.Count && ContinuedTitles(clauses[index + 1], chain) is { Count: > 0 } more)
                {
                    titles.AddRange(more);
                    index++;
                }
            }

            var levels = Levels(titles, recipients.Conferrer, chain);
            foreach (var (title, recipient) in Pair(titles, recipients))
            {
                var name = title.Text;
                result.AddAward(new ExtractedAward(
                    name,
                    recipient.Length > 0 ? recipient : null,
                    title.Year ?? sentence.Year ?? context.ReviewYear,
                    levels[name],
                    sentence.SpanOf(title.Start, title.End)));
            }
        }

        return found;
    }

    // A title without a level word of its own takes the level of the one before it in the list
    // (列入全国A、B、C → all national), or else the conferrer's (被市委表彰为… → municipal).
    private static Dictionary<string, string> Levels(List<AwardTitle> titles, string? conferrer, RegionChain? chain)
    {
        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        var previous = conferrer is { Length: > 0 } ? AwardLevels.Of(conferrer, chain) : AwardLevels.Other;
        foreach (var title in titles)
        {
            var level = AwardLevels.Of(title.Text, chain);
            previous = level == AwardLevels.Other ? previous : level;
            levels[title.Text] = previous;
        }

        return levels;
    }

    private static List<AwardTitle> ContinuedTitles(Piece clause, RegionChain? chain)
    {
        if (Trigger().IsMatch(clause.Text) || !(ListOpening().IsMatch(clause.Text) || AwardLevels.StartsWithDivision(clause.Text, chain)))
        {
            return [];
        }

        var titles = AwardTitles.Parse(clause, chain);
        return titles.Count > 0 && titles[^1].End >= clause.End - 2 ? titles : [];
    }

    private static AwardRecipients? RecipientsOf(ExtractionContext context, ExtractionResult result, Piece subject, List<Piece> clauses, int index)
    {
        var recipients = AwardRecipients.Parse(subject, context, result);
        if (recipients is not null && AwardText.Trim(subject).IsEmpty && index > 0 && AwardRecipients.FromClauseBefore(clauses[index - 1].Text, result) is { } named)
        {
            return new AwardRecipients([named], [named], false);
        }

        return recipients;
    }

    private static IEnumerable<(AwardTitle Title, string Recipient)> Pair(List<AwardTitle> titles, AwardRecipients recipients)
    {
        if (titles.Count > 1 && recipients.Groups.Count == titles.Count)
        {
            return titles.Select((t, i) => (t, recipients.Groups[i]));
        }

        if (titles.Count > 1 && recipients.Respectively && recipients.Items.Count == titles.Count)
        {
            return titles.Select((t, i) => (t, recipients.Items[i]));
        }

        return titles.SelectMany(t => recipients.Items.Select(r => (t, r)));
    }

    /// <summary>
    /// "合星村省级历史文化村完成验收", "X村省级A和Y省级B、市级C项目评审及验收工作顺利完成": each title after a
    /// level word goes to the name before it; "X村顺利通过省级D验收": D goes to the subject. A review of a title held
    /// (通过省级洁净城市复核, 通过省级卫生县城技术评估) confers it too; every such verdict of a clause counts.
    /// </summary>
    private static void ExtractAccepted(ExtractionContext context, ExtractionResult result, Sentence sentence, Piece clause, RegionChain? chain)
    {
        foreach (Match m in Acceptance().Matches(clause.Text))
        {
            if (m.Groups["verb"].Success || m.Groups["after"].Success)
            {
                ExtractAccepted(context, result, sentence, clause, m, chain);
            }
        }

        // 省级双拥模范县实现“三连冠”: a title held again, the subject its holder.
        if (Retained().Match(clause.Text) is { Success: true } retained && LevelOpening().IsMatch(retained.Groups["title"].Value)
            && AwardRecipients.Parse(clause.Until(0), context, result)?.Items.FirstOrDefault() is { } holder)
        {
            AddAccepted(context, result, sentence, clause.Slice(retained.Groups["title"].Index, retained.Groups["title"].Length), holder, chain);
        }
    }

    private static void ExtractAccepted(ExtractionContext context, ExtractionResult result, Sentence sentence, Piece clause, Match m, RegionChain? chain)
    {
        var before = AwardText.Trim(clause.Until(m.Index));
        var mid = m.Groups["mid"];
        if (mid.Length > 0 && (LevelOpening().IsMatch(mid.Value) || AwardLevels.StartsWithDivision(mid.Value, chain)) && AwardTitles.EndsLikeTitle(mid.Value))
        {
            if (AwardRecipients.Parse(before, context, result)?.Items.FirstOrDefault() is { } subject)
            {
                foreach (var title in AwardText.ListItems(clause.Slice(mid.Index, mid.Length)))
                {
                    AddAccepted(context, result, sentence, title, subject, chain);
                }

                // 通过A复核和B技术评估: the verdicts joined to the first share its verb and subject.
                for (var next = FollowingVerdict().Match(clause.Text, m.Index + m.Length); next.Success; next = FollowingVerdict().Match(clause.Text, next.Index + next.Length))
                {
                    var following = next.Groups["mid"];
                    if (LevelOpening().IsMatch(following.Value) || AwardLevels.StartsWithDivision(following.Value, chain))
                    {
                        AddAccepted(context, result, sentence, clause.Slice(following.Index, following.Length), subject, chain);
                    }
                }
            }

            return;
        }

        string? recipient = null;
        foreach (var item in AwardText.ListItems(before, (_, rest) => AwardLevels.LevelWordIndex("_" + rest, chain) >= 1))
        {
            var at = AwardLevels.LevelWordIndex(item.Text, chain);
            if (at < 0 && !AwardLevels.StartsWithDivision(item.Text, chain) && !LevelOpening().IsMatch(item.Text))
            {
                continue;
            }

            if (at > 0)
            {
                recipient = AwardRecipients.Parse(item.Until(at), context, result)?.Items.FirstOrDefault();
            }

            if (recipient is not null)
            {
                AddAccepted(context, result, sentence, at > 0 ? item.From(at) : item, recipient, chain);
            }
        }
    }

    private static void AddAccepted(ExtractionContext context, ExtractionResult result, Sentence sentence, Piece title, string recipient, RegionChain? chain)
    {
        if (AwardTitles.EndsLikeTitle(title.Text))
        {
            result.AddAward(new ExtractedAward(title.Text, recipient.Length > 0 ? recipient : null, sentence.Year ?? context.ReviewYear, AwardLevels.Of(title.Text, chain), sentence.SpanOf(title.Start, title.End)));
        }
    }

    /// <summary>The verdicts of an acceptance or a review of a title held (验收, 复核, 技术评估 …), for both regexes below.</summary>
    private const string Verdicts = "验收|复核|复审|复检|技术评估|评估";

    [GeneratedRegex(@"被评为|被评选为|被命名为|被授予|被认定为|被确定为|被列为|被列入|列为|被表彰为|表彰为|评选为|评为|命名为|授予|认定为|确定为|荣获|荣膺|荣登|蝉联|斩获|喜获|摘得|夺得|捧得|获评为|获评|上榜|入列|顺利创建|成为|获批设立|获批建设|获批成立|获批成为|获批|获颁|获授|获誉|获选|获得|成功创建|成功创成|成功申报|创成|入选|列入|跻身|位列|入围|(?<![收捕查俘缴截破抓])获(?![得评批奖取悉益利救准])")]
    private static partial Regex Trigger();

    [GeneratedRegex(@"^(?:获|获得|列入|成为|入选|位列|跻身|上榜|入列|获批|成功申报)$")]
    private static partial Regex WeakTrigger();

    [GeneratedRegex(@"^[\s”“""]*(?:并|同时|又|还|并且|且)?[\s”“""]*$")]
    private static partial Regex Joined();

    [GeneratedRegex(@"(?:(?<verb>(?:顺利)?(?:完成|通过))(?<mid>[^,]{0,16}?))?(?:项目)?(?:评审|创建)?(?:及|和|与)?(?(verb)(?:" + Verdicts + @")|验收)(?:工作)?(?:顺利)?(?<after>完成|通过)?")]
    private static partial Regex Acceptance();

    [GeneratedRegex(@"\G(?:和|及|以及|、)(?<mid>[^,]{2,16}?)(?:" + Verdicts + ")")]
    private static partial Regex FollowingVerdict();

    [GeneratedRegex(@"^(?<title>[^,“”]{3,20}?)(?:实现|喜获|获得|荣获)?[“""]?[二两三四五六七八九十]连冠")]
    private static partial Regex Retained();

    [GeneratedRegex(@"^(?:国家级|全国|省级|市级|县级|区级)")]
    private static partial Regex LevelOpening();

    [GeneratedRegex(@"^[“""']?(?:(?:19|20)\d{2}\s*年度?|第[一二三四五六七八九十\d]+批|首批|国家|全国|中国|省级|全省|省|市级|全市|市|县级|全县|县|区级|全区)")]
    private static partial Regex ListOpening();
}
