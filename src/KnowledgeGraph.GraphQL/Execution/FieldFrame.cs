using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The field being completed: what completion needs of it without a <see cref="ResolveContext"/>, which is made
/// only for fields that have a resolver or arguments (a default-resolved field without arguments needs none).
/// </summary>
internal readonly record struct FieldFrame(ObjectType ParentType, FieldDefinition Field, IReadOnlyList<FieldNode> Nodes, object? Source, ResolveContext? Info)
{
    public static FieldFrame Of(ResolveContext info) => new(info.ParentType, info.Field, info.FieldNodes, info.Source, info);
}

/// <summary>
/// A response path not yet made: the parent's <see cref="ResponsePath"/> and this key, made into a path object only
/// when something needs it (a resolver's context, a child's parent, an error), so leaf fields and leaf list items
/// of a result allocate no path.
/// </summary>
internal readonly struct PathSegment
{
    private readonly ResponsePath? made;
    private readonly ResponsePath? parent;
    private readonly string? name;
    private readonly int index;

    private PathSegment(ResponsePath? made, ResponsePath? parent, string? name, int index)
    {
        this.made = made;
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    public static PathSegment Of(ResponsePath path) => new(path, null, null, -1);

    public static PathSegment Field(ResponsePath? parent, string name) => new(null, parent, name, -1);

    public static PathSegment Item(ResponsePath list, int index) => new(null, list, null, index);

    /// <summary>The path of item <paramref name="itemIndex"/> of the list at this path.</summary>
    public PathSegment ItemOf(int itemIndex) =>
        made is not null ? Item(made, itemIndex)
        : index < 0 ? new PathSegment(null, parent, name, itemIndex)
        : Item(Materialize(), itemIndex);

    public ResponsePath Materialize() =>
        made
        ?? (index < 0 ? new ResponsePath(parent, name!)
            : name is null ? new ResponsePath(parent, Boxed(index))
            : new ResponsePath(new ResponsePath(parent, name), Boxed(index)));

    // list indices as shared boxes (a path's key is an object): the first 1,024 are boxed once
    private static readonly object[] Indices = [.. Enumerable.Range(0, 1024).Select(i => (object)i)];

    private static object Boxed(int index) => index < Indices.Length ? Indices[index] : index;
}
