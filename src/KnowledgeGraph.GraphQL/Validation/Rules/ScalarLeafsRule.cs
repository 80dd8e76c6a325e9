using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections (spec §5.3.3): a field of a scalar or enum type must not have a selection
/// set, and a field of an object, interface or union type must have one, with at least one selection.
/// </summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        if (node is not FieldNode field || Context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var fieldName = field.Name.Value;
        if (type.Unwrap().IsLeaf)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Context.Report($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Context.Report($"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Context.Report($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}
