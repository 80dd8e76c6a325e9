using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>A project named in a clause: its name, its span in the clause, and the stages the clause reports.</summary>
internal sealed record ProjectMention(string Name, int Start, int End, IReadOnlyList<ProjectStatus> Statuses);

/// <summary>What a clause is read with: its part and year, and the village and township names of the report.</summary>
internal sealed record ProjectClauseContext(ReportPart Part, int? Year, IReadOnlyList<string> Villages, IReadOnlyList<string> Places);

/// <summary>
/// Reads the projects of one clause. The clause is cut after its leading verbs (加快推进, 确保 …) and at its
/// predicate: a closing 等 (with its count and head noun), a count with a head noun (两个工业园区), or a stage
/// or other predicate (建成投用, 获评, 顺利). What lies between is an enumeration, whose items are projects
/// when the head noun types them so (等3个实体产业项目), when most carry a facility suffix, or one by one by
/// their suffix. Then any further name with a site suffix elsewhere in the clause is read on its own.
/// </summary>
internal static partial class ProjectClauseReader
{
    /// <summary>Predicates that end a name only after a complete one (…景区改造提升, not 污水收集池改造、).</summary>
    private static readonly HashSet<string> WeakAnchors =
    [
        "建设", "提升", "改造", "改造提升", "规划", "规划建设", "运营", "开放", "计划", "实施", "打造", "整治提升", "安全整治", "服务提质",
        "经营质效", "存量", "征迁", "征收", "进度", "进程", "工作", "前期", "前期工作", "年中", "本质", "首套", "全部", "项目建设",
        "工程建设", "申报", "跟进", "推进", "总投资", "火热", "储备",
    ];

    private enum HeadKind
    {
        None,
        Project,
        Weak,
        Other,
    }

    private sealed record Anchor(int Index, int HeadStart, int HeadEnd, HeadKind Head, bool Closing);

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
        var evidence = new Evidence(ProjectStages.Read(stageText, context.Part, context.Year), ProjectStages.HasStrong(stageText),
            leading.Contains("深入") || leading.Contains("深入推进"), context);
        var founding = leading.Any(ProjectLexicon.FoundingVerbs.Contains) || leading.Any(ProjectLexicon.AwardVerbs.Contains);
        if (!founding)
        {
            var anchor = FindAnchor(c, t0);
            covered.Add((anchor.HeadStart, anchor.HeadEnd));
            if (anchor.Head == HeadKind.Other)
            {
                covered.Add((t0, anchor.HeadEnd));
            }

            covered.Add(Region(c, t0, anchor));
            foreach (var (name, s, e) in ReadRegion(c, t0, anchor, evidence))
            {
                mentions.Add(new ProjectMention(name, s, e, evidence.Statuses));
                covered.Add((s, e));
            }
        }

        foreach (var (name, s, e) in founding ? [] : Scan(c, h, covered, evidence))
        {
            mentions.Add(new ProjectMention(name, s, e, evidence.Statuses));
        }

        return mentions;
    }

    private static Anchor FindAnchor(string c, int t0)
    {
        for (var i = t0 + 2; i < c.Length; i++)
        {
            if (c[i] == '等' && IsClosingEtc(c, i))
            {
                var headStart = i + 1 + Enumerations.CountLength(c, i + 1);
                var (headEnd, kind) = ReadHead(c, headStart);
                return new Anchor(i, headStart, headEnd, kind, true);
            }

            if (Enumerations.CountLength(c, i) is > 0 and var count && (ProjectLexicon.IsHan(c[i - 1]) || c[i - 1] == ')') && HasListSeparator(c, t0, i))
            {
                var (headEnd, kind) = ReadHead(c, i + count);
                if (kind is not HeadKind.None)
                {
                    return new Anchor(i, i + count, headEnd, kind, true);
                }
            }

            if (ProjectNames.Predicates.At(c, i) is { } predicate)
            {
                if (IsPredicateAnchor(c, t0, i, predicate))
                {
                    return new Anchor(i, i, i, predicate == "活动" ? HeadKind.Other : HeadKind.None, false);
                }

                i += predicate.Length - 1;
            }
        }

        return new Anchor(c.Length, c.Length, c.Length, HeadKind.None, false);
    }

    private static bool HasListSeparator(string c, int from, int to) => c.AsSpan(from, to - from).IndexOfAny('、', '和', '及') >= 0;

    /// <summary>A closing 等: not the 等 of 等级, 平等, 同等.</summary>
    private static bool IsClosingEtc(string c, int i) =>
        !((i + 1 < c.Length && "级同待次候奖".Contains(c[i + 1], StringComparison.Ordinal)) || "平均对同相优".Contains(c[i - 1], StringComparison.Ordinal));

    /// <summary>
    /// The head noun after 等 (and its count), up to the predicate, and its kind: a project head when it ends
    /// with a project word (实体产业项目, 人才公寓), another kind when it ends otherwise (高校, 平台效应, 旅游服务项目).
    /// </summary>
    private static (int End, HeadKind Kind) ReadHead(string c, int start)
    {
        var end = start;
        while (end < c.Length && end - start < 14 && ProjectLexicon.IsHan(c[end]) && c[end] != '的')
        {
            if (ProjectNames.Predicates.At(c, end) is not null)
            {
                if (ProjectLexicon.NameFormingVerbs.At(c, end) is not { } verb || ProjectLexicon.AllSuffixes.At(c, end + verb.Length) is null)
                {
                    break;
                }

                end += verb.Length;
                continue;
            }

            end++;
        }

        // 六大工程, 十大工程: a programme of works, not a list of projects.
        if (start >= 2 && c[start - 1] == '大' && ProjectLexicon.IsChineseNumeral(c[start - 2]) && c.AsSpan(start, end - start).EndsWith("工程"))
        {
            return (end, HeadKind.Other);
        }

        var head = c[start..end];
        if (head.Length == 0)
        {
            return (end, HeadKind.None);
        }

        for (var cut = head.Length; cut >= Math.Max(1, head.Length - 1); cut--)
        {
            if (ProjectLexicon.ProjectHeads.EndingAt(head, cut) is { } word)
            {
                if (ProjectLexicon.NonProjectHeads.EndingAt(head, cut) is { } other && other.Length > word.Length)
                {
                    return (end, HeadKind.Other);
                }

                return (end, ProjectLexicon.WeakHeads.Contains(word) ? HeadKind.Weak : HeadKind.Project);
            }
        }

        return (end, HeadKind.Other);
    }

    private static bool IsPredicateAnchor(string c, int t0, int i, string predicate)
    {
        var after = i + predicate.Length;
        if (after < c.Length && c[after] == '、')
        {
            return false;
        }

        if (ProjectLexicon.NameFormingVerbs.Contains(predicate) && ProjectLexicon.AllSuffixes.At(c, after) is not null)
        {
            return false;
        }

        // 卫生院改扩建二期, 日晖桥重建: a development word right after a facility continues its name.
        if (ProjectLexicon.DevelopmentTails.Contains(predicate) && ProjectLexicon.FacilitySuffix(c, i) is not null
            && (after >= c.Length || !ProjectLexicon.IsHan(c[after]) || ProjectLexicon.DevelopmentTails.At(c, after) is not null))
        {
            return false;
        }

        for (var j = Math.Max(t0, i - 3); j < after; j++)
        {
            if (ProjectLexicon.AllSuffixes.At(c, j) is { } suffix && j + suffix.Length > after && j + suffix.Length - 1 >= i)
            {
                return false;
            }
        }

        return !WeakAnchors.Contains(predicate) || ProjectNames.IsComplete(c[t0..i]);
    }

    /// <summary>The enumeration's span: from the clause's name start to its anchor, after a 的 that precedes a name, before one that follows.</summary>
    private static (int Start, int End) Region(string c, int rs, Anchor anchor)
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
            if (after.Length >= 2 && (ProjectNames.IsComplete(after) || after.Contains('、', StringComparison.Ordinal) || anchor.Head == HeadKind.Project))
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

    private static IEnumerable<(string Name, int Start, int End)> ReadRegion(string c, int t0, Anchor anchor, Evidence evidence)
    {
        var (rs, re) = Region(c, t0, anchor);
        if (re - rs < 2 || anchor.Head == HeadKind.Other)
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

        // 灵安、同福两个工业园区: bare stems counted by a facility noun are each one of them.
        var countHead = c[anchor.HeadStart..anchor.HeadEnd];
        if (anchor.Closing && c[anchor.Index] != '等' && names.Count >= 2 && names.All(n => !ProjectNames.IsComplete(n) && n.Length <= 4)
            && ProjectLexicon.FacilitySuffix(countHead) is not null)
        {
            expanded = [.. names.Select(n => n + countHead)];
        }

        // 金银岛、六合盛、云尖项目: a closing 项目 types the whole list.
        var head = anchor.Head;
        if (head == HeadKind.None && names.Count >= 2 && names[^1].EndsWith("项目", StringComparison.Ordinal) && names[^1].Length <= 8
            && names.Take(names.Count - 1).All(n => !ProjectNames.IsComplete(n)))
        {
            head = HeadKind.Project;
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
                HeadKind.Project => !ProjectLexicon.GenericWords.Covers(ProjectNames.Core(name)),
                HeadKind.Weak => complete * 2 >= expanded.Count,
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
                || ProjectNames.EndsWithCount(c, start) || ProjectCandidates.IsCounted(c, end) || (start > 0 && c[start - 1] == '(')
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
