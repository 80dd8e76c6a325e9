using KnowledgeGraph.Domain;
using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Reading;

/// <summary>A span of the report's plain text: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>A value read from the text with the span it was read from.</summary>
public sealed record Located<T>(T Value, TextSpan Span);

/// <summary>
/// The document-level facts of a report: its title, publishing body, subject (a township, or a county-level place when
/// <see cref="RegionChain.Township"/> is null, with the region chain), review and plan years and publication date, each
/// with where in the text it was found; and the warnings of what could not be determined or was guessed.
/// </summary>
public sealed record DocumentProfile(
    Located<string>? Title,
    Located<string>? Publisher,
    Located<RegionChain>? Subject,
    Located<int>? ReviewYear,
    Located<int>? PlanYear,
    Located<DateOnly>? Published,
    IReadOnlyList<ReportWarning> Warnings)
{
    /// <summary>A profile without warnings (as tests and callers that build one by hand use it).</summary>
    public DocumentProfile(Located<string>? title, Located<string>? publisher, Located<RegionChain>? subject, Located<int>? reviewYear, Located<int>? planYear, Located<DateOnly>? published)
        : this(title, publisher, subject, reviewYear, planYear, published, [])
    {
    }

    /// <summary>The subject (same as <see cref="Subject"/>): the township, or the county-level place the report is about.</summary>
    public Located<RegionChain>? Township => Subject;
}
