using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts projects (see ANNOTATION.md): named projects, facilities and sites, read clause by clause by
/// <see cref="ProjectClauseReader"/> (enumerations typed by a closing 等N个X, names with a facility suffix,
/// stage verbs), each with the stages its clause reports in the year of the sentence's part and the village
/// it starts with. Two mentions of one project (乡村经济综合中心 and 大竹园乡村经济综合中心(二期); 辉业路 and
/// 辉业路中段联通工程) merge into the first.
/// </summary>
public sealed class ProjectExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var villages = result.Villages.Select(v => v.Name).ToList();
        var places = villages.Concat(Stems(villages)).Concat(TownshipNames(context.Township)).Distinct(StringComparer.Ordinal).ToList();
        var found = new List<ExtractedProject>();
        foreach (var sentence in context.Sentences.Where(s => s.Part != ReportPart.Header))
        {
            var clauseContext = new ProjectClauseContext(sentence.Part, sentence.Year ?? context.ReviewYear, villages, places, context.PlanYear);
            var clauses = ProjectClauseReader.Clauses(sentence.Text).ToList();
            for (var k = 0; k < clauses.Count; k++)
            {
                var (start, end) = clauses[k];
                var next = k + 1 < clauses.Count ? sentence.Text[clauses[k + 1].Start..clauses[k + 1].End] : null;
                foreach (var mention in ProjectClauseReader.Read(sentence.Text[start..end], next, clauseContext))
                {
                    var location = Location(mention.Name, villages, context.Township);
                    Merge(found, new ExtractedProject(mention.Name, mention.Statuses, location, sentence.SpanOf(start + mention.Start, start + mention.End)));
                }
            }
        }

        found.ForEach(result.AddProject);
    }

    /// <summary>Adds <paramref name="project"/>, or merges it into a project already found that names the same thing.</summary>
    private static void Merge(List<ExtractedProject> found, ExtractedProject project)
    {
        var index = found.FindIndex(p => SameProject(p.Name, project.Name));
        if (index < 0)
        {
            found.Add(project);
            return;
        }

        var existing = found[index];
        found[index] = existing with
        {
            Statuses = [.. existing.Statuses.Concat(project.Statuses).Distinct()],
            Location = existing.Location ?? project.Location,
        };
    }

    /// <summary>
    /// Whether two names name one project: equal, or one contains the other and is at least half as long, or
    /// one starts with the other and the shorter ends with a facility suffix (辉业路 / 辉业路中段联通工程).
    /// </summary>
    internal static bool SameProject(string a, string b)
    {
        var x = Key(a);
        var y = Key(b);
        if (x == y)
        {
            return true;
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length < 2 || !longer.Contains(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        return 2 * shorter.Length >= longer.Length
            || (longer.StartsWith(shorter, StringComparison.Ordinal) && ProjectLexicon.FacilitySuffix(shorter) is not null
                && (ProjectLexicon.DevelopmentTails.Covers(longer[shorter.Length..]) || ProjectNames.IsTrailingActivity(longer[shorter.Length..])));
    }

    private static string Key(string name) => new([.. name.Where(c => !ProjectLexicon.IsQuote(c) && !char.IsWhiteSpace(c))]);

    /// <summary>Area-scale works (parks, blocks, roads) named after a place are the township's, not the village's.</summary>
    private static readonly ProjectWordList AreaSuffixes = new(
        "产业园区", "工业园区", "园区", "产业园", "工业园", "地块", "区块", "片区", "道路", "大道", "公路", "路", "公园", "市集", "集聚区", "聚集区");

    /// <summary>The village the name starts with (灵峰村党群服务中心 → 灵峰村; 马鸣驿 → 马鸣村), not the township's own stem.</summary>
    private static string? Location(string name, IReadOnlyList<string> villages, string? township)
    {
        var townshipStem = township is null ? null : TownshipNames(township).LastOrDefault();
        foreach (var village in villages.OrderByDescending(v => v.Length))
        {
            if (name.StartsWith(village, StringComparison.Ordinal))
            {
                return village;
            }
        }

        foreach (var village in villages.OrderByDescending(v => v.Length))
        {
            var stem = Stems([village]).FirstOrDefault();
            if (stem is { Length: >= 2 } && stem != townshipStem && name.StartsWith(stem, StringComparison.Ordinal) && name.Length > stem.Length
                && AreaSuffixes.Suffix(ProjectNames.Core(name)) is null)
            {
                return village;
            }
        }

        return null;
    }

    private static IEnumerable<string> Stems(IEnumerable<string> villages) =>
        villages.Select(v => v.EndsWith("社区", StringComparison.Ordinal) ? v[..^2] : v.EndsWith('村') ? v[..^1] : v).Where(s => s.Length >= 2);

    /// <summary>The township's name and its stem without 街道 / 镇 / 乡 (灵峰街道 → 灵峰).</summary>
    private static IEnumerable<string> TownshipNames(string? township)
    {
        if (string.IsNullOrEmpty(township))
        {
            yield break;
        }

        yield return township;
        foreach (var suffix in new[] { "街道", "镇", "乡" })
        {
            if (township.EndsWith(suffix, StringComparison.Ordinal) && township.Length - suffix.Length >= 2)
            {
                yield return township[..^suffix.Length];
                yield break;
            }
        }
    }
}
