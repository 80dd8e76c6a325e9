using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>What the head noun of a closing 等 or count makes the items: projects, projects if most carry a suffix, or something else.</summary>
internal enum ProjectHeadKind
{
    None,
    Project,
    Weak,
    Other,
}

/// <summary>Where a clause's enumeration ends: at <see cref="Index"/>, with the head noun in [HeadStart, HeadEnd) when it closes with 等 or a count.</summary>
internal sealed record ProjectAnchor(int Index, int HeadStart, int HeadEnd, ProjectHeadKind Head, bool Closing);

/// <summary>
/// Where the enumeration of a clause ends: a closing 等 with its count and head noun (等3个实体产业项目 types
/// its items as projects, 等50所高校 as something else), a count with a head noun after a list (两个工业园区),
/// or the predicate (建成投用, 获评, 顺利): the first predicate word that does not belong to a name (新建工程,
/// 启动区, 卫生院改扩建二期) and, when weak (建设, 提升), follows a complete name.
/// </summary>
internal static class ProjectAnchors
{
    /// <summary>Predicates that end a name only after a complete one (…景区改造提升, not 污水收集池改造、).</summary>
    private static readonly HashSet<string> WeakAnchors =
    [
        "建设", "提升", "改造", "改造提升", "规划", "规划建设", "运营", "开放", "计划", "实施", "打造", "整治提升", "安全整治", "提质",
        "质效", "存量", "征迁", "征收", "进度", "进程", "工作", "前期", "前期工作", "年中", "本质", "全部", "项目建设",
        "工程建设", "申报", "跟进", "推进", "总投资", "火热", "储备",
    ];

    /// <summary>The first anchor after <paramref name="t0"/> (a name's start): a closing 等, a count with a head noun, or a predicate.</summary>
    public static ProjectAnchor Find(string c, int t0)
    {
        for (var i = t0 + 2; i < c.Length; i++)
        {
            if (c[i] == '等' && IsClosingEtc(c, i))
            {
                var headStart = i + 1 + Enumerations.CountLength(c, i + 1);
                var (headEnd, kind) = ReadHead(c, headStart);
                return new ProjectAnchor(i, headStart, headEnd, kind, true);
            }

            if (Enumerations.CountLength(c, i) is > 0 and var count && (ProjectLexicon.IsHan(c[i - 1]) || c[i - 1] == ')') && HasListSeparator(c, t0, i))
            {
                var (headEnd, kind) = ReadHead(c, i + count);
                if (kind is not ProjectHeadKind.None)
                {
                    return new ProjectAnchor(i, i + count, headEnd, kind, true);
                }
            }

            if (ProjectNames.Predicates.At(c, i) is { } predicate)
            {
                if (IsPredicateAnchor(c, t0, i, predicate))
                {
                    return new ProjectAnchor(i, i, i, predicate == "活动" ? ProjectHeadKind.Other : ProjectHeadKind.None, false);
                }

                i += predicate.Length - 1;
            }
        }

        return new ProjectAnchor(c.Length, c.Length, c.Length, ProjectHeadKind.None, false);
    }

    private static bool HasListSeparator(string c, int from, int to) => c.AsSpan(from, to - from).IndexOfAny('、', '和', '及') >= 0;

    /// <summary>A closing 等: not the 等 of 等级, 平等, 同等.</summary>
    private static bool IsClosingEtc(string c, int i) =>
        !((i + 1 < c.Length && "级同待次候奖".Contains(c[i + 1], StringComparison.Ordinal)) || "平均对同相优".Contains(c[i - 1], StringComparison.Ordinal));

    /// <summary>
    /// The head noun after 等 (and its count), up to the predicate, and its kind: a project head when it ends
    /// with a project word (实体产业项目, 人才公寓), another kind when it ends otherwise (高校, 平台效应, 旅游服务项目).
    /// </summary>
    private static (int End, ProjectHeadKind Kind) ReadHead(string c, int start)
    {
        var end = start;
        while (end < c.Length && end - start < 14 && ProjectLexicon.IsHan(c[end]) && c[end] != '的')
        {
            if (ProjectNames.Predicates.At(c, end) is { } predicate)
            {
                // 等项目建设进度: the head word 项目 / 工程 comes first; the predicate (建设) follows it.
                if (end == start && predicate is "项目建设" or "工程建设")
                {
                    end += 2;
                    break;
                }

                if (ProjectLexicon.NameFormingVerbs.At(c, end) is not { } verb || ProjectLexicon.AllSuffixes.At(c, end + verb.Length) is null)
                {
                    break;
                }

                end += verb.Length;
                continue;
            }

            end++;

            // The head ends where a head word meets the predicate (区块 | 同步展开…).
            if (end - start >= 2 && (ProjectLexicon.ProjectHeads.EndingAt(c, end) is not null || ProjectLexicon.FacilitySuffix(c, end) is not null)
                && end < c.Length && ProjectLexicon.LeadingWords.At(c, end) is { Length: >= 2 })
            {
                break;
            }
        }

        // 六大工程, 十大工程: a programme of works, not a list of projects.
        if (start >= 2 && c[start - 1] == '大' && ProjectLexicon.IsChineseNumeral(c[start - 2]) && c.AsSpan(start, end - start).EndsWith("工程"))
        {
            return (end, ProjectHeadKind.Other);
        }

        var head = c[start..end];
        if (head.Length == 0)
        {
            return (end, ProjectHeadKind.None);
        }

        for (var cut = head.Length; cut >= Math.Max(1, head.Length - 1); cut--)
        {
            if (ProjectLexicon.ProjectHeads.EndingAt(head, cut) is { } word)
            {
                if (ProjectLexicon.NonProjectHeads.EndingAt(head, cut) is { } other && other.Length > word.Length)
                {
                    return (end, ProjectHeadKind.Other);
                }

                return (end, ProjectLexicon.WeakHeads.Contains(word) ? ProjectHeadKind.Weak : ProjectHeadKind.Project);
            }
        }

        // 等3家社区卫生服务站: a facility noun types the list when its items carry a suffix or share it.
        return (end, ProjectLexicon.FacilitySuffix(head) is not null && ProjectLexicon.NonProjectHeads.Suffix(head) is null ? ProjectHeadKind.Weak : ProjectHeadKind.Other);
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
}
