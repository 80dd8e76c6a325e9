namespace KnowledgeGraph.Domain;

/// <summary>
/// Every kind of node the graph holds: the entity kinds of the annotation guide (ANNOTATION.md), the
/// report and year nodes, and the administrative regions above a township.
/// </summary>
public enum NodeKind
{
    Province,
    City,
    County,
    Township,
    Village,
    Project,
    Organization,
    Brand,
    Award,
    Event,
    Initiative,
    Indicator,
    Target,
    Report,
    Year,
}
