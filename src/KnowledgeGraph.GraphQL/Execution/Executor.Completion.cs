using System.Collections;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>ExecuteField and CompleteValue (spec §6.4): resolve, then complete by the field's type, with field errors.</summary>
public static partial class Executor
{
    /// <summary>The resolver of fields without one: the entry of a map, or of an <see cref="IFieldSource"/>.</summary>
    public static readonly FieldResolver DefaultResolver = static context => new ValueTask<object?>(ResolveByName(context.Source, context.FieldName));

    private static object? ResolveByName(object? source, string fieldName) => source switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(fieldName),
        IFieldSource fieldSource => fieldSource.Resolve(fieldName),
        _ => null,
    };

    private static ValueTask<object?> ExecuteField(ExecutionContext context, ObjectType parentType, object? source, List<FieldNode> nodes, ResponsePath? parentPath, string key)
    {
        var definition = GetFieldDefinition(context.Schema, parentType, nodes[0].Name.Value);
        if (definition is null)
        {
            return new ValueTask<object?>(Skipped);
        }

        var returnType = definition.Type;
        var frame = new FieldFrame(parentType, definition, nodes, source, null);
        var path = PathSegment.Field(parentPath, key);
        try
        {
            object? value;
            if (definition.Resolver is null && definition.Arguments.Count == 0 && returnType.Unwrap() is not (InterfaceType or UnionType))
            {
                // the default resolver without arguments, of a type that needs no resolveType: no resolve context (nor path)
                value = ResolveByName(source, definition.Name);
            }
            else
            {
                var arguments = Values.GetArgumentValues(definition.Arguments, nodes[0].Arguments, context.VariableValues, nodes[0]);
                var info = new ResolveContext(context, source, arguments, definition, parentType, nodes, path.Materialize());
                var resolved = (definition.Resolver ?? DefaultResolver)(info);
                if (!resolved.IsCompletedSuccessfully)
                {
                    return ResolveThenCompleteAsync(context, returnType, info, resolved);
                }

                frame = frame with { Info = info };
                path = PathSegment.Of(info.Path);
                value = resolved.Result;
            }

            var completed = CompleteValue(context, returnType, in frame, path, value);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompletionAsync(context, returnType, nodes, path, completed);
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            return new ValueTask<object?>(HandleFieldError(context, e, returnType, nodes, path));
        }
    }

    private static async ValueTask<object?> ResolveThenCompleteAsync(ExecutionContext context, GraphQLType returnType, ResolveContext info, ValueTask<object?> resolved)
    {
        var path = PathSegment.Of(info.Path);
        try
        {
            var value = await resolved;
            return await CompleteValue(context, returnType, FieldFrame.Of(info), path, value);
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            return HandleFieldError(context, e, returnType, info.FieldNodes, path);
        }
    }

    private static async ValueTask<object?> AwaitCompletionAsync(ExecutionContext context, GraphQLType returnType, IReadOnlyList<FieldNode> nodes, PathSegment path, ValueTask<object?> completed)
    {
        try
        {
            return await completed;
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            return HandleFieldError(context, e, returnType, nodes, path);
        }
    }

    private static bool IsCancellation(ExecutionContext context, Exception e) =>
        e is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    /// <summary>A field error: non-null fields pass it to their parent, nullable ones record it and become null.</summary>
    private static object? HandleFieldError(ExecutionContext context, Exception exception, GraphQLType returnType, IReadOnlyList<FieldNode> nodes, PathSegment path)
    {
        var error = Locate(context, exception, nodes, path.Materialize());
        if (returnType is NonNullType)
        {
            throw error;
        }

        context.AddError(error);
        return null;
    }

    private static GraphQLError Locate(ExecutionContext context, Exception exception, IReadOnlyList<FieldNode> nodes, ResponsePath path)
    {
        if (exception is GraphQLError { Path: not null } located)
        {
            return located;
        }

        var locations = GraphQLError.LocationsOf(nodes);
        if (exception is GraphQLError graphQLError)
        {
            var extensions = graphQLError.Extensions is { } ext && ext.ContainsKey("code")
                ? ext
                : new Dictionary<string, object?>(graphQLError.Extensions ?? new Dictionary<string, object?>()) { ["code"] = ErrorCodes.FieldError };
            return new GraphQLError(graphQLError.Message, graphQLError.Locations.Count > 0 ? graphQLError.Locations : locations, path.ToList(), extensions, graphQLError.OriginalError ?? graphQLError);
        }

        var message = exception.Message;
        var codes = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError };
        if (context.Options.MaskUnexpectedErrors)
        {
            var correlationId = Guid.NewGuid().ToString("N");
            context.Options.OnUnexpectedError?.Invoke(exception, correlationId);
            message = "Unexpected error.";
            codes["correlationId"] = correlationId;
        }

        return new GraphQLError(message, locations, path.ToList(), codes, exception);
    }

    private static ValueTask<object?> CompleteValue(ExecutionContext context, GraphQLType returnType, in FieldFrame frame, PathSegment path, object? result)
    {
        if (result is Exception error)
        {
            throw error;
        }

        if (returnType is NonNullType nonNull)
        {
            var completed = CompleteValue(context, nonNull.OfType, in frame, path, result);
            if (completed.IsCompletedSuccessfully)
            {
                return completed.Result is null ? throw NullForNonNull(frame) : completed;
            }

            return CheckNonNullAsync(frame, completed);
        }

        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        return returnType switch
        {
            ListType list => CompleteList(context, list, in frame, path, result),
            ScalarType scalar => new ValueTask<object?>(CompleteLeaf(scalar, result, scalar.Serialize)),
            EnumType enumType => new ValueTask<object?>(CompleteEnum(enumType, result)),
            ObjectType objectType => CompleteObject(context, objectType, in frame, path, result),
            InterfaceType or UnionType => CompleteObject(context, ResolveRuntimeType(context, (NamedType)returnType, frame.Info!, result), in frame, path, result),
            _ => throw new InvalidOperationException($"Cannot complete value of unexpected output type: {returnType}."),
        };
    }

    private static async ValueTask<object?> CheckNonNullAsync(FieldFrame frame, ValueTask<object?> completed) =>
        await completed ?? throw NullForNonNull(frame);

    private static GraphQLError NullForNonNull(in FieldFrame frame) =>
        new($"Cannot return null for non-nullable field {frame.ParentType.Name}.{frame.Field.Name}.");

    // its own method: a lambda capturing a pattern variable in CompleteValue would allocate its closure on every call
    private static object CompleteEnum(EnumType enumType, object result) =>
        CompleteLeaf(enumType, result, v => enumType.FromInternal(v)?.Name
            ?? throw new GraphQLError($"Enum \"{enumType.Name}\" cannot represent value: {JsInspect.Inspect(v)}"));

    private static object CompleteLeaf(NamedType type, object result, Func<object, object?> serialize) =>
        serialize(result) ?? throw new GraphQLError($"Expected `{type.Name}.serialize({JsInspect.Inspect(result)})` to return non-nullable value, returned: null");

    private static ValueTask<object?> CompleteObject(ExecutionContext context, ObjectType type, in FieldFrame frame, PathSegment path, object result)
    {
        var fields = context.CollectSubfields(type, frame.Nodes);
        var map = ExecuteFieldsAsync(context, type, result, path.Materialize(), fields);
        return map.IsCompletedSuccessfully ? new ValueTask<object?>(map.Result) : AsObjectAsync(map);
    }

    private static async ValueTask<object?> AsObjectAsync(ValueTask<ResultMap> map) => await map;

    private static ObjectType ResolveRuntimeType(ExecutionContext context, NamedType abstractType, ResolveContext info, object result)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var name = resolver is null ? AbstractTypes.DefaultResolveType(result) : resolver(result, info);
        if (name is null)
        {
            throw GraphQLError.At($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.FieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.", info.FieldNodes);
        }

        var runtimeType = context.Schema.GetType(name);
        if (runtimeType is null)
        {
            throw GraphQLError.At($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.", info.FieldNodes);
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw GraphQLError.At($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".", info.FieldNodes);
        }

        return context.Schema.IsSubType(abstractType, objectType)
            ? objectType
            : throw GraphQLError.At($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", info.FieldNodes);
    }

    private static ValueTask<object?> CompleteList(ExecutionContext context, ListType listType, in FieldFrame frame, PathSegment path, object result)
    {
        if (result is string || result is IReadOnlyDictionary<string, object?> || result is not IEnumerable items)
        {
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{frame.ParentType.Name}.{frame.Field.Name}\".");
        }

        var itemType = listType.OfType;
        // items of leaf type need a path only for an error: keep theirs unmade; other items are parents of paths
        var leafItems = (itemType is NonNullType nonNull ? nonNull.OfType : itemType) is ScalarType or EnumType;
        var listPath = leafItems ? null : path.Materialize();
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        List<object?> completed;
        if (items is IList<object?> list)
        {
            // by index: no enumerator object
            completed = new List<object?>(list.Count);
            for (var index = 0; index < list.Count; index++)
            {
                var itemPath = leafItems ? path.ItemOf(index) : PathSegment.Item(listPath!, index);
                CompleteItem(context, itemType, in frame, itemPath, list[index], completed, ref pending);
            }
        }
        else
        {
            completed = new List<object?>(items is ICollection c ? c.Count : 4);
            var index = 0;
            foreach (var item in items)
            {
                var itemPath = leafItems ? path.ItemOf(index) : PathSegment.Item(listPath!, index);
                CompleteItem(context, itemType, in frame, itemPath, item, completed, ref pending);
                index++;
            }
        }

        return pending is null ? new ValueTask<object?>(completed) : AwaitListAsync(completed, pending);
    }

    /// <summary>Completes one list item into <paramref name="completed"/> (a placeholder and a pending task when it is not done yet).</summary>
    private static void CompleteItem(ExecutionContext context, GraphQLType itemType, in FieldFrame frame, PathSegment itemPath, object? item,
        List<object?> completed, ref List<(int Index, ValueTask<object?> Task)>? pending)
    {
        ValueTask<object?> value;
        try
        {
            value = CompleteValue(context, itemType, in frame, itemPath, item);
            if (!value.IsCompletedSuccessfully)
            {
                value = AwaitCompletionAsync(context, itemType, frame.Nodes, itemPath, value);
            }
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            value = new ValueTask<object?>(HandleFieldError(context, e, itemType, frame.Nodes, itemPath));
        }

        if (value.IsCompletedSuccessfully)
        {
            completed.Add(value.Result);
        }
        else
        {
            (pending ??= []).Add((completed.Count, value));
            completed.Add(null);
        }
    }

    private static async ValueTask<object?> AwaitListAsync(List<object?> completed, List<(int Index, ValueTask<object?> Task)> pending)
    {
        var tasks = pending.Select(p => p.Task.AsTask()).ToArray();
        for (var i = 0; i < tasks.Length; i++)
        {
            completed[pending[i].Index] = await tasks[i];
        }

        return completed;
    }
}

/// <summary>A parent value that answers its fields by name (an alternative to maps for typed objects, without reflection).</summary>
public interface IFieldSource
{
    object? Resolve(string fieldName);
}
