using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema types at the current position (graphql-js TypeInfo):
/// the output type, parent composite type, field definition, input type, argument, directive, enum value.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> typeStack = [];
    private readonly List<NamedType?> parentTypeStack = [];
    private readonly List<GraphQLType?> inputTypeStack = [];
    private readonly List<FieldDefinition?> fieldDefStack = [];
    private readonly List<ValueNode?> defaultValueStack = [];

    public GraphQLType? Type => typeStack.Count > 0 ? typeStack[^1] : null;

    public NamedType? ParentType => parentTypeStack.Count > 0 ? parentTypeStack[^1] : null;

    public GraphQLType? InputType => inputTypeStack.Count > 0 ? inputTypeStack[^1] : null;

    public GraphQLType? ParentInputType => inputTypeStack.Count > 1 ? inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => fieldDefStack.Count > 0 ? fieldDefStack[^1] : null;

    public ValueNode? DefaultValue => defaultValueStack.Count > 0 ? defaultValueStack[^1] : null;

    public DirectiveDefinition? Directive { get; private set; }

    public InputValue? Argument { get; private set; }

    public EnumValue? EnumValue { get; private set; }

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                parentTypeStack.Add(Type?.Unwrap() is { IsCompositeType: true } composite ? composite : null);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parent ? GetFieldDef(schema, parent, field.Name.Value) : null;
                fieldDefStack.Add(fieldDef);
                typeStack.Add(fieldDef?.Type is { IsOutputType: true } t ? t : null);
                break;
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                typeStack.Add(schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                PushFragmentType(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushFragmentType(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                inputTypeStack.Add(TypeFromAst.Get(schema, variable.Type) is { IsInputType: true } it ? it : null);
                break;
            case ArgumentNode argument:
                var definitions = Directive?.Arguments ?? FieldDef?.Arguments;
                var argDef = FindArgument(definitions, argument.Name.Value); // no lambda: Enter runs for every node
                Argument = argDef;
                defaultValueStack.Add(argDef?.DefaultValue);
                inputTypeStack.Add(argDef?.Type is { IsInputType: true } at ? at : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType l ? l.OfType : listType;
                defaultValueStack.Add(null);
                inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.Unwrap() is InputObjectType inputObject ? inputObject.Fields[objectField.Name.Value] : null;
                defaultValueStack.Add(inputField?.DefaultValue);
                inputTypeStack.Add(inputField?.Type is { IsInputType: true } ft ? ft : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.Unwrap() is EnumType enumType ? enumType.Values[enumValue.Value] : null;
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(parentTypeStack);
                break;
            case FieldNode:
                Pop(fieldDefStack);
                Pop(typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(typeStack);
                break;
            case VariableDefinitionNode:
                Pop(inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>A field of a composite type by name, including the introspection meta-fields where they apply.</summary>
    public static FieldDefinition? GetFieldDef(Schema schema, NamedType parentType, string name)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (name == IntrospectionTypes.SchemaMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
        {
            return IntrospectionTypes.SchemaMetaField;
        }

        if (name == IntrospectionTypes.TypeMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
        {
            return IntrospectionTypes.TypeMetaField;
        }

        if (name == IntrospectionTypes.TypeNameMetaField.Name && parentType.IsCompositeType)
        {
            return IntrospectionTypes.TypeNameMetaField;
        }

        return parentType is FieldsType fields ? fields.Field(name) : null;
    }

    private void PushFragmentType(NamedTypeNode? typeCondition)
    {
        var outputType = typeCondition is not null ? TypeFromAst.Get(schema, typeCondition) : Type?.Unwrap();
        typeStack.Add(outputType is { IsOutputType: true } ? outputType : null);
    }

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private static InputValue? FindArgument(IReadOnlyList<InputValue>? definitions, string name)
    {
        if (definitions is not null)
        {
            foreach (var definition in definitions)
            {
                if (definition.Name == name)
                {
                    return definition;
                }
            }
        }

        return null;
    }
}
