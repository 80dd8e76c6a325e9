using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>A field resolver: sync resolvers return a completed ValueTask; async ones honour the context's token.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>A response path: field names and list indices from the root to a field.</summary>
public sealed record ResponsePath(ResponsePath? Previous, object Key)
{
    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var p = this; p is not null; p = p.Previous)
        {
            keys.Add(p.Key);
        }

        keys.Reverse();
        return keys;
    }
}

/// <summary>What a resolver is given (graphql-js's source, args, context and info in one object).</summary>
public sealed class ResolveContext
{
    internal ResolveContext(ExecutionContext execution, object? source, IReadOnlyDictionary<string, object?> arguments, FieldDefinition field, ObjectType parentType, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        Execution = execution;
        Source = source;
        Arguments = arguments;
        Field = field;
        ParentType = parentType;
        FieldNodes = fieldNodes;
        Path = path;
    }

    internal ExecutionContext Execution { get; }

    /// <summary>The parent value (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>Coerced argument values; absent arguments without defaults are missing.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public FieldDefinition Field { get; }

    public ObjectType ParentType { get; }

    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public ResponsePath Path { get; }

    public string FieldName => Field.Name;

    public Schema Schema => Execution.Schema;

    public OperationDefinitionNode Operation => Execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => Execution.VariableValues;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => Execution.Fragments;

    public object? RootValue => Execution.RootValue;

    /// <summary>Per-request services (the ASP.NET request services, or what the caller gave).</summary>
    public IServiceProvider? Services => Execution.Services;

    /// <summary>Per-request state shared by resolvers.</summary>
    public IDictionary<string, object?> Items => Execution.Items;

    /// <summary>The request's batch loaders.</summary>
    public DataLoaderRegistry Loaders => Execution.Loaders;

    public CancellationToken CancellationToken => Execution.CancellationToken;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>An argument's value converted to <typeparamref name="T"/> (int, long, double, string, bool, lists and maps as coerced).</summary>
    public T? Argument<T>(string name) => Arguments.TryGetValue(name, out var value) ? Convert<T>(value) : default;

    private static T? Convert<T>(object? value) => value switch
    {
        null => default,
        T t => t,
        int i when typeof(T) == typeof(long) => (T)(object)(long)i,
        int i when typeof(T) == typeof(double) => (T)(object)(double)i,
        _ => throw new InvalidCastException($"argument value {value} is a {value.GetType().Name}, not {typeof(T).Name}"),
    };
}
