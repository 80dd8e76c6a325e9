using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragments on Object, Interface or Union Types (spec §5.5.1.3): fragments (named or inline) can only
/// be declared on composite types; a type condition naming a scalar, enum or input type is invalid.
/// Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } typeCondition } when IsNonComposite(typeCondition):
                Context.Report($"Fragment cannot condition on non composite type \"{typeCondition}\".", typeCondition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                Context.Report($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition}\".",
                    fragment.TypeCondition);
                break;
        }

        return true;
    }

    private bool IsNonComposite(NamedTypeNode typeCondition) =>
        TypeFromAst.Get(Context.Schema, typeCondition) is NamedType { IsCompositeType: false };
}
