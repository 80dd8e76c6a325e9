using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction.Model;

/// <summary>A stage a project reached in a year: planned, signed, landed, started, building, completed, operating.</summary>
public sealed record ProjectStatus(string Status, int Year);

/// <summary>A named village or community (…村, …社区) inside the township.</summary>
public sealed record ExtractedVillage(string Name, TextSpan Span);

/// <summary>A named project, facility or site with its stages and the village the text places it in.</summary>
public sealed record ExtractedProject(string Name, IReadOnlyList<ProjectStatus> Statuses, string? Location, TextSpan Span);

/// <summary>A named enterprise, institute, university or other organization.</summary>
public sealed record ExtractedOrganization(string Name, TextSpan Span);

/// <summary>A brand, IP, label or slogan, with the actor that owns or promotes it.</summary>
public sealed record ExtractedBrand(string Name, string? Owner, TextSpan Span);

/// <summary>An honour conferred on a recipient in a year, with its level (national, provincial, municipal, county, other).</summary>
public sealed record ExtractedAward(string Title, string? Recipient, int? Year, string Level, TextSpan Span);

/// <summary>A named event held or hosted, with its year.</summary>
public sealed record ExtractedEvent(string Name, int? Year, TextSpan Span);

/// <summary>A named programme, campaign, action plan, mechanism or model.</summary>
public sealed record ExtractedInitiative(string Name, TextSpan Span);

/// <summary>A quantity achieved in the review year: metric, value, unit, kind (amount, growth, count, rate).</summary>
public sealed record ExtractedIndicator(string Metric, double Value, string Unit, string Kind, int Year, TextSpan Span);

/// <summary>A quantity set as a goal for the plan year: metric, value, unit, comparator (&gt;=, &lt;=, ~, =).</summary>
public sealed record ExtractedTarget(string Metric, double Value, string Unit, string Comparator, int Year, TextSpan Span);
