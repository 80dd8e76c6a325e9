using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>CoerceVariableValues and CoerceArgumentValues (spec §6.1.2, §6.4.1), with graphql-js's messages.</summary>
public static class Values
{
    /// <summary>Coerces the raw variable values of an operation; returns the errors instead when any are invalid.</summary>
    public static (IReadOnlyDictionary<string, object?>? Coerced, IReadOnlyList<GraphQLError> Errors) GetVariableValues(
        Schema schema, IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?> inputs, int maxErrors = 50)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(inputs);
        if (definitions.Count == 0)
        {
            return (NoValues, []); // no variables defined: nothing to coerce (values sent for undefined ones are ignored)
        }

        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            foreach (var definition in definitions)
            {
                CoerceVariable(schema, definition, inputs, coerced, error =>
                {
                    if (errors.Count >= maxErrors)
                    {
                        throw new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.");
                    }

                    errors.Add(error);
                });
            }
        }
        catch (GraphQLError limit)
        {
            errors.Add(limit);
        }

        return errors.Count == 0 ? (coerced, errors) : (null, errors);
    }

    private static void CoerceVariable(Schema schema, VariableDefinitionNode definition, IReadOnlyDictionary<string, object?> inputs, Dictionary<string, object?> coerced, Action<GraphQLError> onError)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Get(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            var typeText = Printer.Print(definition.Type);
            onError(GraphQLError.At($"Variable \"${name}\" expected value of type \"{typeText}\" which cannot be used as an input type.", definition.Type, ErrorCodes.BadUserInput));
            return;
        }

        if (!inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                coerced[name] = ValueFromAst.Coerce(definition.DefaultValue, type, null);
            }
            else if (type is NonNullType)
            {
                onError(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition, ErrorCodes.BadUserInput));
            }

            return;
        }

        if (value is null && type is NonNullType)
        {
            onError(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition, ErrorCodes.BadUserInput));
            return;
        }

        coerced[name] = CoerceInputValue.Coerce(value, type, (path, invalid, error) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {JsInspect.Inspect(invalid)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{CoerceInputValue.PrintPath(path)}\"";
            }

            onError(GraphQLError.At(prefix + "; " + error.Message, definition, ErrorCodes.BadUserInput));
        });
    }

    /// <summary>The coerced argument values of a field or directive; throws a located error for an invalid one.</summary>
    public static IReadOnlyDictionary<string, object?> GetArgumentValues(IReadOnlyList<InputValue> definitions, IReadOnlyList<ArgumentNode> nodes, IReadOnlyDictionary<string, object?> variables, Node? location = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(nodes);
        if (definitions.Count == 0)
        {
            return EmptyArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            foreach (var node in nodes)
            {
                if (node.Name.Value == name)
                {
                    argument = node;
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = ValueFromAst.Coerce(definition.DefaultValue, type, null);
                }
                else if (type is NonNullType)
                {
                    throw GraphQLError.At($"Argument \"{name}\" of required type \"{type}\" was not provided.", location, ErrorCodes.BadUserInput);
                }

                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.DefaultValue is not null)
                    {
                        coerced[name] = ValueFromAst.Coerce(definition.DefaultValue, type, null);
                    }
                    else if (type is NonNullType)
                    {
                        throw GraphQLError.At($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", valueNode, ErrorCodes.BadUserInput);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw GraphQLError.At($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode, ErrorCodes.BadUserInput);
            }

            var value = ValueFromAst.Coerce(valueNode, type, variables);
            if (value == ValueFromAst.Invalid)
            {
                throw GraphQLError.At($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode, ErrorCodes.BadUserInput);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>The argument values of the first use of <paramref name="directive"/>, or null when it is not used.</summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(DirectiveDefinition directive, IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(directive);
        ArgumentNullException.ThrowIfNull(directives);
        foreach (var node in directives)
        {
            if (node.Name.Value == directive.Name)
            {
                return GetArgumentValues(directive.Arguments, node.Arguments, variables, node);
            }
        }

        return null;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    /// <summary>An empty set of values (variables or arguments), shared.</summary>
    internal static IReadOnlyDictionary<string, object?> NoValues => EmptyArguments;
}
