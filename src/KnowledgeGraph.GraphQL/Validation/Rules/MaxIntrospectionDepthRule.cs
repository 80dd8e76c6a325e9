using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Maximum introspection depth (graphql-js 16.9+, not a rule of the specification; it guards against
/// introspection queries that nest the list fields fields, interfaces, possibleTypes and inputFields
/// three or more deep, which grow exponentially with the schema). Fragments are followed, each once per path.
/// </summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxListsDepth = 3;

    public override bool Enter(Node node)
    {
        if (node is FieldNode { Name.Value: "__schema" or "__type" } field && Exceeds(field, [], 0))
        {
            Context.Report("Maximum introspection depth exceeded", field);
            return false;
        }

        return true;
    }

    private bool Exceeds(Node node, HashSet<string> visitedFragments, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (visitedFragments.Contains(name) || Context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visitedFragments.Add(name);
            try
            {
                return Exceeds(fragment, visitedFragments, depth);
            }
            finally
            {
                visitedFragments.Remove(name);
            }
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
        {
            return true;
        }

        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        return selectionSet is not null && selectionSet.Selections.Any(child => Exceeds(child, visitedFragments, depth));
    }
}
