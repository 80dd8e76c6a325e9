using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible (spec §5.5.2.3): a fragment (named or inline) may only be spread where
/// its type condition can apply, i.e. where the possible types of the parent type and of the type
/// condition intersect.
/// </summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (Context.TypeInfo.Type is NamedType { IsCompositeType: true } fragType
                    && Context.TypeInfo.ParentType is { IsCompositeType: true } parentType
                    && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
                {
                    Context.Report($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".", inline);
                }

                break;
            case FragmentSpreadNode spread:
                var fragName = spread.Name.Value;
                if (FragmentType(fragName) is { } spreadType
                    && Context.TypeInfo.ParentType is { } parent
                    && !TypeComparators.DoTypesOverlap(Context.Schema, spreadType, parent))
                {
                    Context.Report($"Fragment \"{fragName}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{spreadType.Name}\".", spread);
                }

                break;
        }

        return true;
    }

    private NamedType? FragmentType(string name) =>
        Context.GetFragment(name) is { } fragment
        && TypeFromAst.Get(Context.Schema, fragment.TypeCondition) is NamedType { IsCompositeType: true } type
            ? type
            : null;
}
