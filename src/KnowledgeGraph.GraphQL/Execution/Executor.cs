using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Introspection;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Executes a validated document (spec §6): selects the operation, coerces variables, then executes the
/// root selection set — query fields concurrently, mutation fields one after another — completing values
/// with null propagation and collecting field errors with their paths.
/// </summary>
public static partial class Executor
{
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= ExecutionOptions.Default;
        var (operation, fragments, error) = SelectOperation(request.Document, request.OperationName);
        if (operation is null)
        {
            return ExecutionResult.RequestError([error!]);
        }

        var (variables, variableErrors) = Values.GetVariableValues(request.Schema, operation.VariableDefinitions,
            request.VariableValues ?? Values.NoValues, options.MaxVariableErrors);
        if (variables is null)
        {
            return ExecutionResult.RequestError(variableErrors);
        }

        using var timeout = options.Timeout is { } limit ? new CancellationTokenSource(limit) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var context = new ExecutionContext
        {
            Schema = request.Schema,
            Document = request.Document,
            Operation = operation,
            Fragments = fragments,
            VariableValues = variables,
            RootValue = request.RootValue,
            Services = request.Services,
            Options = options,
            CancellationToken = linked?.Token ?? cancellationToken,
        };

        try
        {
            var data = await ExecutionPump.RunAsync(() => ExecuteOperationAsync(context), context.Loaders, context.CancellationToken).ConfigureAwait(false);
            return new ExecutionResult(data, context.Errors);
        }
        catch (GraphQLError e)
        {
            context.AddError(e);
            return new ExecutionResult(null, context.Errors);
        }
        catch (OperationCanceledException) when (timeout?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            context.AddError(new GraphQLError($"Execution timed out after {options.Timeout!.Value.TotalMilliseconds:0} ms.", GraphQLError.LocationsOf([operation]), null,
                new Dictionary<string, object?> { ["code"] = ErrorCodes.Timeout }));
            return new ExecutionResult(null, context.Errors);
        }
    }

    /// <summary>GetOperation (spec §6.1): the named operation, or the only one.</summary>
    public static (OperationDefinitionNode? Operation, IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments, GraphQLError? Error) SelectOperation(DocumentNode document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? operation = null;
        Dictionary<string, FragmentDefinitionNode>? fragments = null; // made for the first fragment: most operations have none
        var multiple = false;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode op when operationName is null:
                    multiple |= operation is not null;
                    operation ??= op;
                    break;
                case OperationDefinitionNode op when op.Name?.Value == operationName:
                    operation = op;
                    break;
                case FragmentDefinitionNode fragment:
                    (fragments ??= new(StringComparer.Ordinal))[fragment.Name.Value] = fragment;
                    break;
            }
        }

        IReadOnlyDictionary<string, FragmentDefinitionNode> found = fragments ?? NoFragments;
        if (multiple)
        {
            return (null, found, new GraphQLError("Must provide operation name if query contains multiple operations.", null, null, OperationNotFoundCode()));
        }

        if (operation is null)
        {
            return (null, found, new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".", null, null, OperationNotFoundCode()));
        }

        return (operation, found, null);
    }

    private static readonly IReadOnlyDictionary<string, FragmentDefinitionNode> NoFragments = new Dictionary<string, FragmentDefinitionNode>();

    private static Dictionary<string, object?> OperationNotFoundCode() => new() { ["code"] = ErrorCodes.OperationNotFound };

    private static async Task<ResultMap?> ExecuteOperationAsync(ExecutionContext context)
    {
        var operation = context.Operation;
        var rootType = context.Schema.GetRootType(operation.Operation)
            ?? throw GraphQLError.At($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", operation, ErrorCodes.ValidationFailed);
        var fields = context.CollectRootFields(rootType);
        return operation.Operation == OperationType.Mutation
            ? await ExecuteFieldsSeriallyAsync(context, rootType, context.RootValue, fields)
            : await ExecuteFieldsAsync(context, rootType, context.RootValue, null, fields);
    }

    private static async ValueTask<ResultMap> ExecuteFieldsSeriallyAsync(ExecutionContext context, ObjectType parentType, object? source, IReadOnlyList<(string Key, List<FieldNode> Nodes)> fields)
    {
        var entries = new KeyValuePair<string, object?>[fields.Count];
        var count = 0;
        foreach (var (key, nodes) in fields)
        {
            var value = ExecuteField(context, parentType, source, nodes, null, key);
            var result = value.IsCompletedSuccessfully ? value.Result : await value;
            if (!ReferenceEquals(result, Skipped))
            {
                entries[count++] = new(key, result);
            }
        }

        return new ResultMap(entries, count);
    }

    private static ValueTask<ResultMap> ExecuteFieldsAsync(ExecutionContext context, ObjectType parentType, object? source, ResponsePath? path, IReadOnlyList<(string Key, List<FieldNode> Nodes)> fields)
    {
        var entries = new KeyValuePair<string, object?>[fields.Count];
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        for (var i = 0; i < fields.Count; i++)
        {
            var (key, nodes) = fields[i];
            var value = ExecuteField(context, parentType, source, nodes, path, key);
            if (value.IsCompletedSuccessfully)
            {
                entries[i] = new(key, value.Result);
            }
            else
            {
                entries[i] = new(key, null);
                (pending ??= []).Add((i, value));
            }
        }

        return pending is null ? new ValueTask<ResultMap>(Compact(entries)) : AwaitFieldsAsync(entries, pending);
    }

    private static async ValueTask<ResultMap> AwaitFieldsAsync(KeyValuePair<string, object?>[] entries, List<(int Index, ValueTask<object?> Task)> pending)
    {
        // Start-all-then-await: every field is already running; wait for each, failing on the first non-null error.
        var tasks = pending.Select(p => p.Task.AsTask()).ToArray();
        for (var i = 0; i < tasks.Length; i++)
        {
            var index = pending[i].Index;
            entries[index] = new(entries[index].Key, await tasks[i]);
        }

        return Compact(entries);
    }

    private static ResultMap Compact(KeyValuePair<string, object?>[] entries)
    {
        var count = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (!ReferenceEquals(entries[i].Value, Skipped))
            {
                entries[count++] = entries[i];
            }
        }

        return new ResultMap(entries, count);
    }

    /// <summary>Marks a field that is not defined on the type (left out of the result, as graphql-js does).</summary>
    private static readonly object Skipped = new();

    private static FieldDefinition? GetFieldDefinition(Schema schema, ObjectType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == IntrospectionTypes.SchemaMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
            {
                return IntrospectionTypes.SchemaMetaField;
            }

            if (fieldName == IntrospectionTypes.TypeMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
            {
                return IntrospectionTypes.TypeMetaField;
            }

            if (fieldName == IntrospectionTypes.TypeNameMetaField.Name)
            {
                return IntrospectionTypes.TypeNameMetaField;
            }
        }

        return parentType.Field(fieldName);
    }
}
