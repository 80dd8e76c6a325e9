namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// A depth-first AST walk: <see cref="Enter"/> is called before a node's children and
/// <see cref="Leave"/> after them, children in source order (graphql-js <c>QueryDocumentKeys</c>).
/// </summary>
public abstract class AstVisitor
{
    /// <summary>Called when the walk reaches <paramref name="node"/>; <paramref name="parent"/> is null for the root.</summary>
    public virtual void Enter(Node node, Node? parent)
    {
    }

    /// <summary>Called after all of <paramref name="node"/>'s children have been visited.</summary>
    public virtual void Leave(Node node, Node? parent)
    {
    }

    /// <summary>
    /// Walks <paramref name="root"/> and everything below it. Uses an explicit stack, so any depth
    /// the parser accepted can be walked.
    /// </summary>
    public static void Walk(Node root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);

        var stack = new Stack<(Node Node, Node? Parent, bool Leaving)>();
        var children = new List<Node>();
        stack.Push((root, null, false));
        while (stack.Count > 0)
        {
            var (node, parent, leaving) = stack.Pop();
            if (leaving)
            {
                visitor.Leave(node, parent);
                continue;
            }

            visitor.Enter(node, parent);
            stack.Push((node, parent, true));
            children.Clear();
            AstChildren.Collect(node, children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], node, false));
            }
        }
    }

    /// <summary>Adds the direct children of <paramref name="node"/> to <paramref name="into"/> (a caller's reused buffer), in source order.</summary>
    public static void CollectChildren(Node node, List<Node> into)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(into);
        AstChildren.Collect(node, into);
    }

    /// <summary>The direct children of <paramref name="node"/>, in source order; absent optional parts are skipped.</summary>
    public static IEnumerable<Node> Children(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (AstChildren.IsLeaf(node))
        {
            return [];
        }

        var children = new List<Node>();
        AstChildren.Collect(node, children);
        return children;
    }
}

/// <summary>The child order of every node kind (graphql-js 16 <c>QueryDocumentKeys</c>).</summary>
internal static class AstChildren
{
    /// <summary>Names and scalar literals, which have no children.</summary>
    public static bool IsLeaf(Node node) =>
        node is NameNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or NullValueNode
            or EnumValueNode;

    public static void Collect(Node node, List<Node> into)
    {
        if (IsLeaf(node))
        {
            return;
        }

        switch (node)
        {
            case DocumentNode n:
                AddAll(into, n.Definitions);
                break;
            case OperationDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.VariableDefinitions);
                AddAll(into, n.Directives);
                into.Add(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Add(into, n.Description, n.Variable, n.Type, n.DefaultValue);
                AddAll(into, n.Directives);
                break;
            case VariableNode n:
                into.Add(n.Name);
                break;
            case SelectionSetNode n:
                AddAll(into, n.Selections);
                break;
            case FieldNode n:
                Add(into, n.Alias, n.Name);
                AddAll(into, n.Arguments);
                AddAll(into, n.Directives);
                Add(into, n.SelectionSet);
                break;
            case ArgumentNode n:
                Add(into, n.Name, n.Value);
                break;
            case FragmentSpreadNode n:
                into.Add(n.Name);
                AddAll(into, n.Directives);
                break;
            case InlineFragmentNode n:
                Add(into, n.TypeCondition);
                AddAll(into, n.Directives);
                into.Add(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.VariableDefinitions);
                into.Add(n.TypeCondition);
                AddAll(into, n.Directives);
                into.Add(n.SelectionSet);
                break;
            case ListValueNode n:
                AddAll(into, n.Values);
                break;
            case ObjectValueNode n:
                AddAll(into, n.Fields);
                break;
            case ObjectFieldNode n:
                Add(into, n.Name, n.Value);
                break;
            case DirectiveNode n:
                into.Add(n.Name);
                AddAll(into, n.Arguments);
                break;
            case NamedTypeNode n:
                into.Add(n.Name);
                break;
            case ListTypeNode n:
                into.Add(n.Type);
                break;
            case NonNullTypeNode n:
                into.Add(n.Type);
                break;
            default:
                CollectTypeSystem(node, into);
                break;
        }
    }

    private static void CollectTypeSystem(Node node, List<Node> into)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                Add(into, n.Description);
                AddAll(into, n.Directives);
                AddAll(into, n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                into.Add(n.Type);
                break;
            case FieldDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.Arguments);
                into.Add(n.Type);
                AddAll(into, n.Directives);
                break;
            case InputValueDefinitionNode n:
                Add(into, n.Description, n.Name, n.Type, n.DefaultValue);
                AddAll(into, n.Directives);
                break;
            case EnumValueDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.Directives);
                break;
            case DirectiveDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.Arguments);
                AddAll(into, n.Locations);
                break;
            case ScalarTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.Interfaces);
                AddAll(into, n.Directives);
                AddAll(into, n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.Interfaces);
                AddAll(into, n.Directives);
                AddAll(into, n.Fields);
                break;
            case UnionTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.Directives);
                AddAll(into, n.Types);
                break;
            case EnumTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.Directives);
                AddAll(into, n.Values);
                break;
            case InputObjectTypeDefinitionNode n:
                Add(into, n.Description, n.Name);
                AddAll(into, n.Directives);
                AddAll(into, n.Fields);
                break;
            case SchemaExtensionNode n:
                AddAll(into, n.Directives);
                AddAll(into, n.OperationTypes);
                break;
            default:
                CollectTypeExtension(node, into);
                break;
        }
    }

    private static void CollectTypeExtension(Node node, List<Node> into)
    {
        switch (node)
        {
            case ScalarTypeExtensionNode n:
                into.Add(n.Name);
                AddAll(into, n.Directives);
                break;
            case ObjectTypeExtensionNode n:
                into.Add(n.Name);
                AddAll(into, n.Interfaces);
                AddAll(into, n.Directives);
                AddAll(into, n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                into.Add(n.Name);
                AddAll(into, n.Interfaces);
                AddAll(into, n.Directives);
                AddAll(into, n.Fields);
                break;
            case UnionTypeExtensionNode n:
                into.Add(n.Name);
                AddAll(into, n.Directives);
                AddAll(into, n.Types);
                break;
            case EnumTypeExtensionNode n:
                into.Add(n.Name);
                AddAll(into, n.Directives);
                AddAll(into, n.Values);
                break;
            case InputObjectTypeExtensionNode n:
                into.Add(n.Name);
                AddAll(into, n.Directives);
                AddAll(into, n.Fields);
                break;
            default:
                throw new ArgumentException($"Invalid AST Node: {node.GetType().Name}.", nameof(node));
        }
    }

    private static void Add(List<Node> into, params Node?[] nodes)
    {
        foreach (var node in nodes)
        {
            if (node is not null)
            {
                into.Add(node);
            }
        }
    }

    private static void AddAll<T>(List<Node> into, IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            into.Add(nodes[i]);
        }
    }
}
