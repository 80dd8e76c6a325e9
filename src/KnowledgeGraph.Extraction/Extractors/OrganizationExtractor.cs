using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts organizations (see ANNOTATION.md): named enterprises, institutes, universities, schools and
/// hospitals as institutions, and firms named as actors. Candidates come from <see cref="OrganizationRules"/>;
/// government bodies, places, generic descriptions and what the village and project extractors already took
/// are dropped.
/// </summary>
public sealed class OrganizationExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var township = context.Township is { } t ? NodeIds.NormaliseName(t) : null;
        foreach (var sentence in context.Sentences.Where(s => s.Part != ReportPart.Header))
        {
            foreach (var candidate in Find(sentence.Text, sentence.Part == ReportPart.Plan))
            {
                var name = sentence.Text[candidate.Start..candidate.End];
                if (NodeIds.NormaliseName(name) != township && !result.IsKnownName(name))
                {
                    result.AddOrganization(new ExtractedOrganization(name, sentence.SpanOf(candidate.Start, candidate.End)));
                }
            }
        }
    }

    /// <summary>The organization names of one sentence (width-normalised text), as spans of it.</summary>
    internal static List<OrganizationCandidate> Find(string text, bool planPart = false)
    {
        var found = new List<OrganizationCandidate>();
        foreach (var candidate in OrganizationRules.Candidates(text, planPart))
        {
            var trimmed = Trim(text, candidate);
            if (IsOrganizationName(text[trimmed.Start..trimmed.End]) && !found.Any(f => f.Start < trimmed.End && trimmed.Start < f.End))
            {
                found.Add(trimmed);
            }
        }

        return [.. found.OrderBy(f => f.Start)];
    }

    /// <summary>Whether a name can be an organization: not a government body, place, generic description or category word.</summary>
    internal static bool IsOrganizationName(string name)
    {
        var key = NodeIds.NormaliseName(name);
        if (key.Length is < 2 or > 24 || !key.Any(InitiativeNameScan.IsHan) || OrganizationLexicon.GenericStems.Contains(key)
            || CountedOpening(key))
        {
            return false;
        }

        var institution = OrganizationLexicon.InstitutionEnds.Any(e => key.EndsWith(e, StringComparison.Ordinal));
        if (!institution && OrganizationLexicon.GovernmentEnds.Any(e => key.EndsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }

        var suffix = OrganizationLexicon.StrongSuffixes.Concat(OrganizationLexicon.WeakSuffixes).FirstOrDefault(s => key.EndsWith(s, StringComparison.Ordinal));
        var stem = suffix is null ? key : key[..^suffix.Length];
        return !OrganizationLexicon.GenericOpenings.Any(o => key.StartsWith(o, StringComparison.Ordinal))
            && !OrganizationLexicon.GenericStems.Contains(stem) && !stem.Contains("平台", StringComparison.Ordinal) && !stem.EndsWith('性')
            && !key.EndsWith("中小学", StringComparison.Ordinal)
            && (institution || !OrganizationLexicon.NonOrganizationEnds.Any(e => key.EndsWith(e, StringComparison.Ordinal)));
    }

    /// <summary>A count opens the name (3家公立二级医院, 4所幼儿园, 两家央企): a number of institutions, not one.</summary>
    private static bool CountedOpening(string key)
    {
        var i = 0;
        while (i < key.Length && (char.IsAsciiDigit(key[i]) || "一二两三四五六七八九十百".Contains(key[i], StringComparison.Ordinal)))
        {
            i++;
        }

        return i > 0 && i < key.Length && "家所个名座批".Contains(key[i], StringComparison.Ordinal);
    }

    private static OrganizationCandidate Trim(string text, OrganizationCandidate candidate)
    {
        var (start, end) = (candidate.Start, candidate.End);
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '“' or '”' or '"' or '《' or '》'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '“' or '”' or '"' or '《' or '》'))
        {
            end--;
        }

        // 38天成功牵手同福集团 → 同福集团: a partnering verb inside starts the name after it.
        for (var i = end - 3; i > start; i--)
        {
            if (InitiativeNameScan.StartsWithAny(text, i, OrganizationLexicon.PartneringVerbs) is { } verb && end - (i + verb.Length) >= 2)
            {
                start = i + verb.Length;
                break;
            }
        }

        // 与中国农大深入合作 → 中国农大: an adverb of the predicate is no part of the name.
        if (InitiativeNameScan.EndsWithAny(text, end, OrganizationLexicon.TrailingAdverbs) is { } adverb && end - start > adverb.Length + 1)
        {
            end -= adverb.Length;
        }

        return new OrganizationCandidate(start, end);
    }
}
