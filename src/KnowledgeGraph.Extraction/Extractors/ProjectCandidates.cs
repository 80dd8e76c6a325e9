using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// The tests a candidate name passes to be a project: plausible as a name (length, no rank word, count,
/// verb or number at its start, not a village), not a programme (两入股三收益项目), not an honour's title
/// (获评 …), not a counted category (停车场1个), and for a name read on its own, a site suffix or a stage.
/// </summary>
internal static class ProjectCandidates
{
    private static readonly ProjectWordList FundingWords = new("专项债", "国债", "债券", "资金", "基金", "贷款");

    /// <summary>Whether <paramref name="name"/>, found at <paramref name="start"/> of clause <paramref name="c"/>, can be a project's name.</summary>
    public static bool IsPlausible(string name, string c, int start, ProjectClauseContext context)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 2 or > 30 || !name.Any(ch => ProjectLexicon.IsHan(ch) || char.IsAsciiLetter(ch)))
        {
            return false;
        }

        if (ProjectLexicon.LevelWords.Prefix(name) is not null || Enumerations.CountLength(name, 0) > 0 || StartsWithQuantity(name)
            || ProjectLexicon.LeadingWords.Prefix(name) is { } verb && (verb.Length >= 2 || name.Length <= 3)
            || ProjectNames.Predicates.Prefix(name) is { Length: >= 2 } || ProjectNames.Predicates.Contains(name))
        {
            return false;
        }

        // Places are not projects (村, 社区, 小区, 镇); nor is a bare suffix (项目, 工程).
        if (context.Villages.Contains(name) || context.Places.Contains(name) || name.EndsWith('村') || (name.EndsWith('镇') && !ProjectNames.IsComplete(name))
            || name.EndsWith("小区", StringComparison.Ordinal) || name.EndsWith("街道", StringComparison.Ordinal)
            || (name.EndsWith("社区", StringComparison.Ordinal) && !ProjectNames.IsComplete(name))
            || (ProjectNames.StemOf(name).Length == 0 && ProjectNames.Core(name) == name))
        {
            return false;
        }

        // An ordinal of an event (第四届…) or a count inside (文艺队伍3支) is no project's name.
        if ((name[0] == '第' && name.Length > 2 && (ProjectLexicon.IsChineseNumeral(name[1]) || char.IsAsciiDigit(name[1]))
                && name.IndexOfAny(['届', '次', '批']) is > 0 and < 5)
            || CountInside(name))
        {
            return false;
        }

        // A quoted slogan with the suffix inside the quotes (安全生产“固安工程”) is a programme.
        if (name.LastIndexOf('“') is var open && open >= 0 && name.IndexOf('”', open) is var shut
            && (shut < 0 || shut >= name.Length - 1) && name.Length - open <= 7 && ProjectNames.SuffixOf(name.TrimEnd('”')) is not null)
        {
            return false;
        }

        // A quoted label made a work (“天眼”覆盖工程, “暖心助孕”项目) is a programme.
        if (name.Contains('“', StringComparison.Ordinal) && ProjectNames.SuffixOf(name) is "工程" or "项目")
        {
            return false;
        }

        // A metaphor of a way (改革之路, 创新突破之路) is no road; a closing quote without its opener is a cut slogan (亮化”四大工程).
        if (name.EndsWith("之路", StringComparison.Ordinal) || (name.IndexOf('”') is var closer && closer >= 0 && name.LastIndexOf('“', closer) < 0))
        {
            return false;
        }

        // A hospital named only by its level (县医院, 中医院, 区医院) is the institution, an organization; its works carry
        // their own names (县医院新病房楼).
        if (name.Length <= 4 && (name.EndsWith("医院", StringComparison.Ordinal) || name.EndsWith("卫生院", StringComparison.Ordinal))
            && (ProjectLexicon.LevelWords.Prefix(name) is not null || name[0] is '县' or '区' or '市' or '中'))
        {
            return false;
        }

        // Funds and bonds are no projects (用好专项债提升园区基础设施).
        if (FundingWords.Occurs(name))
        {
            return false;
        }

        // A conjunction inside an unsplit item joins two things (资源循环企业和“近零碳”工厂).
        if (name.IndexOf('和', 1) > 0 || name.Contains("以及", StringComparison.Ordinal))
        {
            return false;
        }

        // A quoted name that opens with a numeral is a slogan (“四好农村路”, “五彩共富路”); a short quoted one too (“固安工程”).
        var quoted = (start > 0 && ProjectLexicon.IsQuote(c[start - 1])) || (start < c.Length && ProjectLexicon.IsQuote(c[start]));
        var inner = new string([.. name.Where(ch => !ProjectLexicon.IsQuote(ch))]);
        return !(quoted && (ProjectLexicon.IsChineseNumeral(inner[0]) || (inner.Length <= 4 && !name.Contains('“', StringComparison.Ordinal))));
    }

    /// <summary>Whether [start, end) lies inside a quoted phrase (“大抓项目、抓实项目”): a slogan, not a name.</summary>
    public static bool InsideQuotes(string c, int start, int end)
    {
        var open = c.LastIndexOf('“', Math.Max(0, start - 1));
        if (start == 0 || open < 0 || open >= start || c.LastIndexOf('”', start - 1) > open)
        {
            return false;
        }

        var close = c.IndexOf('”', Math.Min(end, c.Length - 1));
        return close >= end - 1 && close - open <= 14 && (open != start - 1 || close != end);
    }

    /// <summary>A programme, fund or policy typed as a project (两入股三收益项目, 中央预算内资金项目, …创建工程).</summary>
    public static bool IsProgramme(string name)
    {
        var suffix = ProjectNames.SuffixOf(name);
        if (suffix is "项目" or "工程" && ProjectLexicon.GenericWords.Covers(ProjectNames.StemOf(name)))
        {
            return true;
        }

        return suffix is "项目" or "工程" or null && ProjectLexicon.ProgrammeWords.Occurs(name);
    }

    /// <summary>A single named site, or an institution or work with a stage reported, whose stem is not generic.</summary>
    public static bool IsSingleProject(string name, bool staged, bool strong, ProjectClauseContext context)
    {
        if (IsProgramme(name) || (ProjectNames.StemOf(name).Length < 2 && !strong))
        {
            return false;
        }

        var generic = ProjectNames.IsGeneric(name, context.Places);
        if (ProjectNames.HasSiteSuffix(name))
        {
            return !generic || strong;
        }

        // A work in a named village (石桥村污水管网改造工程) is specific even when its words are generic.
        var work = ProjectNames.SuffixOf(name) is "项目" or "工程";
        var local = work && context.Villages.Any(v => name.StartsWith(v, StringComparison.Ordinal));
        return (staged || (work && !generic)) && (!generic || strong || (local && staged));
    }

    /// <summary>Whether the name at <paramref name="start"/> follows an honour verb (获评 …, 成功创建 …): it is then a title.</summary>
    public static bool IsTitle(string c, int start)
    {
        var k = start;
        if (k >= 2 && c.Substring(k - 2, 2) is "成功" or "先后" or "分别" or "相继")
        {
            k -= 2;
        }

        return ProjectLexicon.AwardVerbs.EndingAt(c, start) is not null || ProjectLexicon.AwardVerbs.EndingAt(c, k) is not null;
    }

    /// <summary>A counted category: the clause ends soon after the name with a number (新建公共停车场1个, 实施花海工程1100亩).</summary>
    public static bool IsCounted(string c, int end)
    {
        for (var k = end; k < c.Length && k < end + 6; k++)
        {
            if (char.IsAsciiDigit(c[k]))
            {
                var q = k;
                while (q < c.Length && (char.IsAsciiDigit(c[q]) || c[q] == '.'))
                {
                    q++;
                }

                if (ProjectLexicon.Units.At(c, q) is not { } unit)
                {
                    return false;
                }

                q += unit.Length;
                return q >= c.Length || !ProjectLexicon.IsHan(c[q]) || c.AsSpan(q).StartsWith("以上") || c.AsSpan(q).StartsWith("左右");
            }

            if (!ProjectLexicon.IsHan(c[k]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool CountInside(string name)
    {
        for (var k = 1; k < name.Length; k++)
        {
            if (char.IsAsciiDigit(name[k]) && !char.IsAsciiDigit(name[k - 1]))
            {
                var q = k;
                while (q < name.Length && (char.IsAsciiDigit(name[q]) || name[q] == '.'))
                {
                    q++;
                }

                if (ProjectLexicon.Units.At(name, q) is not null || Enumerations.CountLength(name, k) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsWithQuantity(string name)
    {
        var k = 0;
        while (k < name.Length && (char.IsAsciiDigit(name[k]) || name[k] == '.'))
        {
            k++;
        }

        return k > 0 && ProjectLexicon.Units.At(name, k) is not null;
    }
}
