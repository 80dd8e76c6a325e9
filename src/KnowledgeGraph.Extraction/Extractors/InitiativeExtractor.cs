using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Extractors;

/// <summary>
/// Extracts initiatives (see ANNOTATION.md): named programmes, campaigns, action plans, mechanisms and models.
/// Candidates come from quoted texts in a programme context (<see cref="InitiativeQuotedRules"/>), from
/// unquoted suffix names and numeral formulas (<see cref="InitiativeUnquotedRules"/>) and from campaign years,
/// idioms and pilots a programme verb launches (<see cref="InitiativeIdioms"/>); nationwide ideological formulas
/// are dropped, and so is whatever an earlier extractor took as a project, brand, event or award.
/// </summary>
public sealed class InitiativeExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var stem = PlaceStem(context.Township);
        foreach (var sentence in context.Sentences.Where(s => s.Part != ReportPart.Header))
        {
            foreach (var candidate in Find(sentence.Text).Concat(PlaceCampaigns(sentence.Text, stem)))
            {
                var name = sentence.Text[candidate.Start..candidate.End];
                if (!InitiativeFilters.IsTakenElsewhere(result, name))
                {
                    result.AddInitiative(new ExtractedInitiative(name, sentence.SpanOf(candidate.Start, candidate.End)));
                }
            }
        }
    }

    /// <summary>
    /// A nationwide campaign made the subject's own (平安定兴, 法治顺平, 健康安国, 书香安国): a campaign word before the
    /// subject's name without its suffix, not followed by another suffix (平安定兴县 is the place).
    /// </summary>
    internal static IEnumerable<InitiativeCandidate> PlaceCampaigns(string text, string? stem)
    {
        if (stem is null)
        {
            yield break;
        }

        for (var at = text.IndexOf(stem, StringComparison.Ordinal); at >= 2; at = text.IndexOf(stem, at + 1, StringComparison.Ordinal))
        {
            var end = at + stem.Length;
            if (InitiativeNameScan.EndsWithAny(text, at, InitiativeLexicon.PlaceCampaignWords) is { } word
                && (end >= text.Length || !"县区市镇乡街村".Contains(text[end], StringComparison.Ordinal)))
            {
                yield return new InitiativeCandidate(at - word.Length, end, InitiativeSource.Suffix);
            }
        }
    }

    /// <summary>
    /// The subject's name without its administrative suffix (定兴县 → 定兴, 凤鸣街道 → 凤鸣), when two characters or more
    /// remain: the gazetteer's township short name, else the division short name of the award levels.
    /// </summary>
    internal static string? PlaceStem(string? subject)
    {
        if (subject is null)
        {
            return null;
        }

        var stem = Gazetteer.PlaceResolver.ShortName(subject) ?? AwardLevels.ShortName(subject);
        return stem.Length >= 2 && stem != subject ? stem : null;
    }

    /// <summary>The initiative names of one sentence (width-normalised text), as spans of it.</summary>
    internal static List<InitiativeCandidate> Find(string text)
    {
        var quotes = InitiativeQuotes.Find(text);
        var candidates = InitiativeQuotedRules.Candidates(text, quotes).Concat(InitiativeUnquotedRules.Candidates(text, quotes));
        return InitiativeFilters.ResolveOverlaps(candidates);
    }
}
