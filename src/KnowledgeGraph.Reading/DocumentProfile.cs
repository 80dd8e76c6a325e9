using KnowledgeGraph.Gazetteer;

namespace KnowledgeGraph.Reading;

/// <summary>A span of the report's plain text: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>A value read from the text with the span it was read from.</summary>
public sealed record Located<T>(T Value, TextSpan Span);

/// <summary>
/// The document-level facts of a report: its title, publishing body, township (with the region chain),
/// review and plan years and publication date, each with where in the text it was found.
/// </summary>
public sealed record DocumentProfile(
    Located<string>? Title,
    Located<string>? Publisher,
    Located<RegionChain>? Township,
    Located<int>? ReviewYear,
    Located<int>? PlanYear,
    Located<DateOnly>? Published);
