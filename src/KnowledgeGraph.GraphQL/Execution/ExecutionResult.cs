using System.Collections;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>An ordered result object: response keys in the order the selection set gives them.</summary>
public sealed class ResultMap : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] entries;

    internal ResultMap(int capacity) => entries = new KeyValuePair<string, object?>[capacity];

    internal ResultMap(KeyValuePair<string, object?>[] entries, int count)
    {
        this.entries = entries.Length == count ? entries : entries[..count];
    }

    public int Count => entries.Length;

    public KeyValuePair<string, object?> this[int index] => entries[index];

    /// <summary>The value under <paramref name="key"/> (a linear scan: result objects are small).</summary>
    public object? this[string key] => entries.FirstOrDefault(e => e.Key == key).Value;

    internal void Set(int index, string key, object? value) => entries[index] = new(key, value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>What to execute: the schema, the parsed (and validated) document, the operation and its inputs.</summary>
public sealed record ExecutionRequest
{
    public required Schema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values (from JSON: maps, lists, strings, numbers, booleans, null).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }
}

/// <summary>How to execute: a time limit, and whether unexpected errors are masked (production).</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Execution is cancelled after this long and answers a TIMEOUT error.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Replace the message of non-GraphQL exceptions by a generic one with a correlation id.</summary>
    public bool MaskUnexpectedErrors { get; init; }

    /// <summary>Called with every unexpected exception and its correlation id (for logging).</summary>
    public Action<Exception, string>? OnUnexpectedError { get; init; }

    /// <summary>At most this many variable coercion errors are reported.</summary>
    public int MaxVariableErrors { get; init; } = 50;
}

/// <summary>The result of an execution (spec §7.1): data (null when execution could not start or a root field failed) and errors.</summary>
public sealed record ExecutionResult(ResultMap? Data, IReadOnlyList<GraphQLError> Errors)
{
    /// <summary>Whether "data" is present in the response at all (false for request errors before execution).</summary>
    public bool HasData { get; init; } = true;

    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new(null, errors) { HasData = false };
}
