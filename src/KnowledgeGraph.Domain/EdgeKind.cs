namespace KnowledgeGraph.Domain;

/// <summary>Every kind of edge the graph holds. <see cref="EdgeCatalog"/> lists the node kinds each may join.</summary>
public enum EdgeKind
{
    /// <summary>A place inside a larger one: village → township → county → city → province; project → village or township.</summary>
    LocatedIn,

    /// <summary>A fact tied to a year: award, event, indicator, target → year; report → its review and plan year.</summary>
    InYear,

    /// <summary>A project reached a stage in a year (property <c>status</c>: planned, signed, landed, started, building, completed, operating).</summary>
    HasStatus,

    /// <summary>A recipient (township, village, organization, project, brand, initiative or event) received an award.</summary>
    Received,

    /// <summary>A township, village or organization owns or promotes a brand.</summary>
    Owns,

    /// <summary>A township sets a plan-year target.</summary>
    SetsTarget,

    /// <summary>A township achieved a review-year indicator.</summary>
    Achieved,

    /// <summary>A report is about a township.</summary>
    ReportsOn,

    /// <summary>A report mentions an entity (the provenance edge of every extracted node).</summary>
    Mentions,

    /// <summary>An organization, event or initiative belongs to a township.</summary>
    BelongsTo,
}
