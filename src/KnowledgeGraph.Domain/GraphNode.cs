namespace KnowledgeGraph.Domain;

/// <summary>
/// A node as the store keeps it: a stable id, its kind, a display name, typed properties
/// (string, long, double or bool values) and the evidence of the mention that produced it.
/// </summary>
public sealed record GraphNode(string Id, NodeKind Kind, string Name, PropertyBag Properties, Evidence Evidence);

/// <summary>
/// An edge as the store keeps it. Its id is derived from kind and endpoints (and a discriminating
/// property such as a status where one node pair can be joined twice), so it is stable as well.
/// </summary>
public sealed record GraphEdge(string Id, EdgeKind Kind, string SourceId, string TargetId, PropertyBag Properties, Evidence Evidence)
{
    public static GraphEdge Create(EdgeKind kind, string sourceId, string targetId, Evidence evidence, PropertyBag? properties = null, string? discriminator = null) =>
        new(NodeIds.Edge(kind, sourceId, targetId, discriminator), kind, sourceId, targetId, properties ?? PropertyBag.Empty, evidence);
}
