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
        foreach (var sentence in context.Sentences.Where(s => s.Part != ReportPart.Header))
        {
            foreach (var candidate in Find(sentence.Text))
            {
                var name = sentence.Text[candidate.Start..candidate.End];
                if (!InitiativeFilters.IsTakenElsewhere(result, name))
                {
                    result.AddInitiative(new ExtractedInitiative(name, sentence.SpanOf(candidate.Start, candidate.End)));
                }
            }
        }
    }

    /// <summary>The initiative names of one sentence (width-normalised text), as spans of it.</summary>
    internal static List<InitiativeCandidate> Find(string text)
    {
        var quotes = InitiativeQuotes.Find(text);
        var candidates = InitiativeQuotedRules.Candidates(text, quotes).Concat(InitiativeUnquotedRules.Candidates(text, quotes));
        return InitiativeFilters.ResolveOverlaps(candidates);
    }
}
