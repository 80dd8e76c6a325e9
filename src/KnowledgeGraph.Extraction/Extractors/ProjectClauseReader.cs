using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>A project named in a clause: its name, its span in the clause, and the stages the clause reports.</summary>
internal sealed record ProjectMention(string Name, int Start, int End, IReadOnlyList<ProjectStatus> Statuses);

/// <summary>What a clause is read with: its part and year, and the village and township names of the report.</summary>
internal sealed record ProjectClauseContext(ReportPart Part, int? Year, IReadOnlyList<string> Villages, IReadOnlyList<string> Places, int? PlanYear = null);

/// <summary>
/// Reads the projects of one clause. The clause is cut after its leading verbs (加快推进, 确保 …) and at its
/// predicate: a closing 等 (with its count and head noun), a count with a head noun (两个工业园区), or a stage
/// or other predicate (建成投用, 获评, 顺利). What lies between is an enumeration, whose items are projects
/// when the head noun types them so (等3个实体产业项目), when most carry a facility suffix, or one by one by
/// their suffix. Then any further name with a site suffix elsewhere in the clause is read on its own.
/// </summary>
internal static partial class ProjectClauseReader
{
    /// <summary>What a clause says of its projects: its stages, whether one reports construction, whether it is a campaign (深入实施).</summary>
    private sealed record Evidence(IReadOnlyList<ProjectStatus> Statuses, bool Strong, bool Campaign, ProjectClauseContext Context)
    {
        /// <summary>Whether a stage other than a plan is reported (建设, 推进, 建成 …).</summary>
        public bool Staged => Statuses.Any(s => s.Status != ProjectStages.Planned);
    }

    public static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
                depth = Math.Max(0, depth);
                if (depth > 0 || text[i] is not (',' or ':' or ';' or '。' or '!' or '?' or '，' or '：' or '；' or '！' or '？'))
                {
                    continue;
                }
            }

            if (i > start)
            {
                yield return (start, i);
            }

            start = i + 1;
        }
    }

    /// <summary>The projects named in clause <paramref name="c"/>; a clause without a stage borrows those of the clause after it.</summary>
    public static List<ProjectMention> Read(string c, string? next, ProjectClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(c);
        var mentions = new List<ProjectMention>();
        var covered = new List<(int Start, int End)>();
        var h = Heading().Match(c).Length;
        var t0 = h;
        var leading = new List<string>();
        while (t0 < c.Length && ProjectLexicon.LeadingWords.At(c, t0) is { } word && c.Length - t0 - word.Length >= 2)
        {
            leading.Add(word);
            t0 += word.Length;
        }

        // A clause that only names (汝愚路, …整治工程总投资近亿元) takes the stage of the clause after it when that one opens with it.
        var stageText = next is not null && !ProjectStages.WordList.Occurs(c) && ProjectStages.WordList.At(next, 0) is not null ? next : c;
        var evidence = new Evidence(ProjectStages.Read(stageText, context.Part, context.Year, context.PlanYear), ProjectStages.HasStrong(stageText),
            leading.Contains("深入") || leading.Contains("深入推进"), context);
        var founding = leading.Any(ProjectLexicon.FoundingVerbs.Contains) || leading.Any(ProjectLexicon.AwardVerbs.Contains);
        if (!founding)
        {
            var anchor = ProjectAnchors.Find(c, t0);
            covered.Add((anchor.HeadStart, anchor.HeadEnd));
            if (anchor.Head == ProjectHeadKind.Other)
            {
                covered.Add((t0, anchor.HeadEnd));
            }

            covered.Add(Region(c, t0, anchor));
            foreach (var (name, s, e) in ReadRegion(c, t0, anchor, evidence))
            {
                mentions.Add(Mention(c, name, s, e, evidence));
                covered.Add((s, e));
            }
        }

        foreach (var (name, s, e) in founding ? [] : Scan(c, h, covered, evidence))
        {
            mentions.Add(Mention(c, name, s, e, evidence));
        }

        return mentions;
    }

    /// <summary>A mention whose span is narrowed to the name where the name is written there (without its outer quote marks).</summary>
    private static ProjectMention Mention(string c, string name, int start, int end, Evidence evidence)
    {
        var at = c.IndexOf(name, start, end - start, StringComparison.Ordinal);
        return at >= 0 ? new ProjectMention(name, at, at + name.Length, evidence.Statuses) : new ProjectMention(name, start, end, evidence.Statuses);
    }

    /// <summary>The enumeration's span: from the clause's name start to its anchor, after a 的 that precedes a name, before one that follows.</summary>
    private static (int Start, int End) Region(string c, int rs, ProjectAnchor anchor)
    {
        var re = anchor.Index;
        while (re > rs && c[re - 1] is ' ' or '并' or '和' or '及' or '与')
        {
            re--;
        }

        var de = re > rs ? c.LastIndexOf('的', re - 1, re - rs) : -1;
        if (de >= rs)
        {
            var after = c[(de + 1)..re];
            if (after.Length >= 2 && (ProjectNames.IsComplete(after) || after.Contains('、', StringComparison.Ordinal) || anchor.Head == ProjectHeadKind.Project))
            {
                rs = de + 1;
            }
            else
            {
                re = c.IndexOf('的', rs);
            }
        }

        return (rs, re);
    }

    private static IEnumerable<(string Name, int Start, int End)> ReadRegion(string c, int t0, ProjectAnchor anchor, Evidence evidence)
    {
        var (rs, re) = Region(c, t0, anchor);
        if (re - rs < 2 || anchor.Head == ProjectHeadKind.Other)
        {
            yield break;
        }

        var pieces = Pieces(c, rs, re);
        if (pieces.Count == 0)
        {
            yield break;
        }

        for (var k = 0; k < pieces.Count; k++)
        {
            pieces[k] = (pieces[k].Start, ProjectNames.TrimRight(c, pieces[k].Start, pieces[k].End));
        }

        pieces[0] = (ProjectNames.WalkLeft(c, pieces[0].End, pieces[0].Start), pieces[0].End);
        var names = pieces.Select(p => ProjectNames.CutTitle(ProjectNames.Clean(c[p.Start..p.End]))).ToList();
        var expanded = Expand(names);

        // 灵安、同福两个工业园区, 崇化、华兴等3家社区卫生服务站: bare stems counted by a facility noun are each one of them.
        var head = anchor.Head;
        var countHead = c[anchor.HeadStart..anchor.HeadEnd];
        var counted = anchor.Closing && (c[anchor.Index] != '等' || anchor.HeadStart > anchor.Index + 1);
        if (counted && names.Count >= 2 && names.All(n => !ProjectNames.IsComplete(n) && n.Length <= 4)
            && ProjectLexicon.FacilitySuffix(countHead) is { } facility && ProjectLexicon.WorkSuffixes.Suffix(facility) is null
            && ProjectLexicon.LevelWords.Prefix(countHead) is null && !ProjectLexicon.GenericWords.Covers(names[0]))
        {
            expanded = [.. names.Select(n => n + countHead)];
            head = ProjectHeadKind.Project;
        }

        // 金银岛、六合盛、云尖项目: a closing 项目 types the whole list.
        if (head == ProjectHeadKind.None && names.Count >= 2 && names[^1].EndsWith("项目", StringComparison.Ordinal) && names[^1].Length <= 8
            && names.Take(names.Count - 1).All(n => !ProjectNames.IsComplete(n)))
        {
            head = ProjectHeadKind.Project;
        }

        // 中科锂电、通达泵阀等顺利开工: a list closed by 等 whose predicate is a stage names projects, whatever their suffix
        // (not 等建设 / 等推进, which close lists of any works).
        if (head == ProjectHeadKind.None && anchor.Closing && c[anchor.Index] == '等' && anchor.HeadEnd == anchor.Index + 1 && names.Count >= 2
            && ProjectStages.WordList.Occurs(c.Substring(anchor.HeadEnd, Math.Min(6, c.Length - anchor.HeadEnd)))
            && !c.AsSpan(anchor.HeadEnd).StartsWith("建设") && !c.AsSpan(anchor.HeadEnd).StartsWith("推进"))
        {
            head = ProjectHeadKind.Project;
        }

        var complete = expanded.Count(ProjectNames.IsComplete);
        var listLike = expanded.Count >= 2 && complete * 2 >= expanded.Count;
        for (var k = 0; k < expanded.Count; k++)
        {
            var name = expanded[k];
            var (s, e) = pieces[k];
            if (!ProjectCandidates.IsPlausible(name, c, s, evidence.Context) || (evidence.Campaign && ProjectNames.SuffixOf(name) == "工程")
                || ProjectCandidates.InsideQuotes(c, s, e)
                || ProjectCandidates.IsProgramme(name) || ProjectNames.EndsWithCount(c, s))
            {
                continue;
            }

            var accept = head switch
            {
                ProjectHeadKind.Project => !ProjectLexicon.GenericWords.Covers(ProjectNames.Core(name)),
                ProjectHeadKind.Weak => complete * 2 >= expanded.Count,
                _ when !anchor.Closing && ProjectCandidates.IsCounted(c, e) => false,
                _ when ProjectNames.IsComplete(name) => listLike
                    ? (ProjectNames.HasSiteSuffix(name) || evidence.Staged) && (!ProjectNames.IsGeneric(name, evidence.Context.Places) || evidence.Strong)
                    : ProjectCandidates.IsSingleProject(name, evidence.Staged, evidence.Strong, evidence.Context),
                _ => listLike && evidence.Strong && !ProjectLexicon.GenericWords.Covers(name) && name.Length <= 8 && !name.Any(ProjectLexicon.IsQuote),
            };
            if (accept)
            {
                yield return (name, s, e);
            }
        }
    }

    /// <summary>A list of bare stems before one complete item shares its tail (同福、灵安工业园区), when the stems are about as long as its own.</summary>
    private static IReadOnlyList<string> Expand(List<string> names)
    {
        if (names.Count < 2 || names.Take(names.Count - 1).Any(ProjectNames.IsComplete) || !ProjectNames.IsComplete(names[^1]))
        {
            return names;
        }

        var bare = names.Take(names.Count - 1).Max(n => n.Length);
        return ProjectNames.StemOf(names[^1]).Length <= bare + 1 ? Enumerations.ExpandSharedTail(names, ProjectNames.IsComplete) : names;
    }

    /// <summary>The enumeration's items in [start, end): split at 、, and at a conjunction after a complete item (福严景区和采桑·时光里).</summary>
    private static List<(int Start, int End)> Pieces(string c, int start, int end)
    {
        var pieces = new List<(int Start, int End)>();
        foreach (var item in Enumerations.Split(c[start..end]))
        {
            var s = start + item.Start;
            var e = start + item.End;
            if (e < end && c[e] == '”' && c.AsSpan(s, e - s).Contains('“'))
            {
                e++;
            }

            if (s > start && c[s - 1] == '“' && c.AsSpan(s, e - s).Contains('”'))
            {
                s--;
            }

            for (var k = s + 2; k < e - 1; k++)
            {
                var both = string.CompareOrdinal(c, k, "以及", 0, 2) == 0;
                if (both || (c[k] is '和' or '及' or '与' or '并' && ProjectNames.IsComplete(c[s..k])))
                {
                    pieces.Add((s, k));
                    s = k + (both ? 2 : 1);
                    k = s + 1;
                }
            }

            if (e - s >= 1)
            {
                pieces.Add((s, e));
            }
        }

        return pieces;
    }

    /// <summary>Further names with a facility suffix anywhere in the clause, each read on its own.</summary>
    private static IEnumerable<(string Name, int Start, int End)> Scan(string c, int from, List<(int Start, int End)> covered, Evidence evidence)
    {
        for (var e = from + 2; e <= c.Length; e++)
        {
            if (ProjectLexicon.FacilitySuffix(c, e) is null)
            {
                continue;
            }

            var end = e;
            if (end < c.Length && c[end] == '(' && c.IndexOf(')', end) is var close && close > end && close - end <= 12)
            {
                end = close + 1;
            }

            if (!ProjectNames.IsEndBoundary(c, end) || covered.Any(r => r.Start < e && e <= r.End))
            {
                continue;
            }

            var start = ProjectNames.WalkLeft(c, end, from);
            var name = ProjectNames.CutTitle(ProjectNames.Clean(c[start..end]));
            if (!ProjectCandidates.IsPlausible(name, c, start, evidence.Context) || ProjectCandidates.IsTitle(c, start) || ProjectCandidates.InsideQuotes(c, start, end)
                || ProjectNames.EndsWithCount(c, start) || ProjectCandidates.IsCounted(c, end) || (start > 0 && c[start - 1] is '(' or '在' or '于')
                || (evidence.Campaign && ProjectNames.SuffixOf(name) == "工程")
                || !ProjectCandidates.IsSingleProject(name, evidence.Staged, evidence.Strong, evidence.Context))
            {
                continue;
            }

            covered.Add((start, end));
            e = end;
            yield return (name, start, end);
        }
    }

    [GeneratedRegex(@"^\s*(?:[(]\s*[一二三四五六七八九十\d]+\s*[)]|[一二三四五六七八九十]+是|[一二三四五六七八九十\d]+[、.]|其中)\s*")]
    private static partial Regex Heading();
}
