using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type, Input Object Field Names and Input Object Required Fields (spec §5.6.1, §5.6.2, §5.6.4):
/// every literal must be coercible to the input type expected where it stands: leaves through the scalar's
/// literal parser or the enum's values, input objects with known fields, all required fields and, for @oneOf
/// input objects, exactly one non-null field (graphql-js ValuesOfCorrectTypeRule).
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(Node node)
    {
        var typeInfo = Context.TypeInfo;
        switch (node)
        {
            case ListValueNode list when typeInfo.ParentInputType?.Nullable is not ListType:
                // TypeInfo has already stepped into the item type, so the list's own type is the parent input type.
                CheckLeaf(list);
                return false;
            case ObjectValueNode value when typeInfo.InputType?.Unwrap() is InputObjectType inputObject:
                CheckObject(value, inputObject);
                break;
            case ObjectValueNode value:
                CheckLeaf(value);
                return false;
            case ObjectFieldNode field when typeInfo.InputType is null && typeInfo.ParentInputType?.Unwrap() is InputObjectType parent:
                Context.Report($"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\"." +
                    Suggestions.DidYouMean(field.Name.Value, parent.Fields.Select(f => f.Name)), field);
                break;
            case NullValueNode when typeInfo.InputType is NonNullType nonNull:
                Context.Report($"Expected value of type \"{nonNull}\", found null.", node);
                break;
            case StringValueNode when Context.Ancestors.Count > 0 && IsDescription(Context.Ancestors[^1], node):
                break; // descriptions do not affect validation
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf((ValueNode)node);
                break;
        }

        return true;
    }

    private void CheckObject(ObjectValueNode node, InputObjectType type)
    {
        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            given[field.Name.Value] = field; // the last of repeated fields wins
        }

        foreach (var field in type.Fields.Where(f => f.IsRequired && !given.ContainsKey(f.Name)))
        {
            Context.Report($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
        }

        if (type.IsOneOf && given.Count != 1)
        {
            Context.Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
        }
        else if (type.IsOneOf && given.Values.First().Value is NullValueNode)
        {
            Context.Report($"Field \"{type.Name}.{given.Keys.First()}\" must be non-null.", node);
        }
    }

    // graphql-js isValidValueNode: a literal where a leaf type (or a mismatching list or object) is expected.
    private void CheckLeaf(ValueNode node)
    {
        if (Context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var printed = Printer.Print(node);
        var expected = $"Expected value of type \"{locationType}\", found {printed}";
        switch (locationType.Unwrap())
        {
            case EnumType enumType:
                var names = enumType.Values.Select(v => v.Name);
                if (node is not EnumValueNode enumValue)
                {
                    Context.Report($"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}." +
                        Suggestions.DidYouMean("the enum value", printed, names), node);
                }
                else if (enumType.Values[enumValue.Value] is null)
                {
                    Context.Report($"Value \"{printed}\" does not exist in \"{enumType.Name}\" enum." +
                        Suggestions.DidYouMean("the enum value", printed, names), node);
                }

                break;
            case ScalarType scalar:
                try
                {
                    if (scalar.ParseLiteral(node, null) is not { } parsed || ReferenceEquals(parsed, ValueFromAst.Invalid))
                    {
                        Context.Report(expected + ".", node);
                    }
                }
                catch (GraphQLError error)
                {
                    Context.ReportError(error.WithCode(ErrorCodes.ValidationFailed));
                }
                catch (Exception error) when (error is not OutOfMemoryException)
                {
                    Context.ReportError(new GraphQLError(expected + "; " + error.Message, GraphQLError.LocationsOf([node]), null,
                        new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed }, error));
                }

                break;
            default:
                Context.Report(expected + ".", node);
                break;
        }
    }

    // Descriptions are string values too, but not checked: only default values and argument, field and item values are.
    private static bool IsDescription(Node parent, Node node) => parent switch
    {
        VariableDefinitionNode v => !ReferenceEquals(v.DefaultValue, node),
        InputValueDefinitionNode i => !ReferenceEquals(i.DefaultValue, node),
        _ => parent is not (ArgumentNode or ObjectFieldNode or ListValueNode),
    };
}
