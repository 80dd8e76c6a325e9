using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Server;

/// <summary>A GraphQL request (GraphQL-over-HTTP "request parameters").</summary>
public sealed record GraphQLRequest(string Query, string? OperationName = null, IReadOnlyDictionary<string, object?>? Variables = null, IReadOnlyDictionary<string, object?>? Extensions = null);

/// <summary>The engine's limits and behaviour, with safe defaults.</summary>
public sealed record GraphQLEngineOptions
{
    /// <summary>Longest query text accepted, in characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Most lexical tokens in a query.</summary>
    public int MaxTokens { get; init; } = 15_000;

    public OperationLimitOptions Limits { get; init; } = new();

    public int MaxValidationErrors { get; init; } = Validator.DefaultMaxErrors;

    /// <summary>Execution time limit.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Hide messages of unexpected exceptions (production): clients get a code and a correlation id.</summary>
    public bool MaskUnexpectedErrors { get; init; } = true;

    public Action<Exception, string>? OnUnexpectedError { get; init; }

    /// <summary>
    /// Bytes the parsed-and-validated documents may take (estimated: eight bytes per character of query text, which
    /// covers the text and its syntax tree); the least recently used go first. 0 turns the cache off.
    /// </summary>
    public long DocumentCacheBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>How long a parsed document is kept after it was parsed.</summary>
    public TimeSpan DocumentCacheLifetime { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>How a request ended: refused before execution (a request error), refused for its operation type, or executed.</summary>
public enum GraphQLOutcome
{
    RequestError,
    OperationNotAllowed,
    Executed,
}

public sealed record GraphQLResponse(ExecutionResult Result, GraphQLOutcome Outcome);

/// <summary>
/// Runs requests against one schema: parse and validate (cached per query text), operation limits,
/// operation-type policy (GET runs queries only), then execution with a timeout and error masking.
/// </summary>
public sealed class GraphQLEngine
{
    /// <summary>Estimated bytes per character of a cached query: its UTF-16 text and the syntax tree built from it.</summary>
    private const int DocumentBytesPerCharacter = 8;

    private readonly SizedCache<Prepared> cache;

    public GraphQLEngine(Schema schema, GraphQLEngineOptions? options = null)
    {
        Schema = schema;
        Options = options ?? new GraphQLEngineOptions();
        cache = new SizedCache<Prepared>(Options.DocumentCacheBytes, Options.DocumentCacheLifetime);
    }

    public Schema Schema { get; }

    public GraphQLEngineOptions Options { get; }

    /// <summary>Hits, misses, evictions and size of the document cache.</summary>
    public CacheStatistics DocumentCacheStatistics => cache.Statistics();

    public async Task<GraphQLResponse> ExecuteAsync(GraphQLRequest request, Func<OperationType, bool>? allowOperation = null,
        object? rootValue = null, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request.Query);
        if (prepared.Errors.Count > 0)
        {
            return RequestError(prepared.Errors);
        }

        var document = prepared.Document!;
        var (operation, _, selectError) = Executor.SelectOperation(document, request.OperationName);
        if (operation is null)
        {
            return RequestError([selectError!]);
        }

        if (allowOperation is not null && !allowOperation(operation.Operation))
        {
            return new GraphQLResponse(ExecutionResult.RequestError([GraphQLError.At(
                $"Cannot execute {operation.Operation.ToString().ToLowerInvariant()} operations over this method.", operation, ErrorCodes.OperationNotFound)]), GraphQLOutcome.OperationNotAllowed);
        }

        // An operation without variables measures the same every time: measured once per cached document.
        var limitErrors = operation.VariableDefinitions.Count == 0
            ? prepared.LimitErrors.GetOrAdd(operation, static (op, engine) => OperationLimits.Check(engine.Schema, engine.document, op, null, engine.Options.Limits), (Schema, document, Options))
            : OperationLimits.Check(Schema, document, operation, request.Variables, Options.Limits);
        if (limitErrors.Count > 0)
        {
            return RequestError(limitErrors);
        }

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = document,
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            RootValue = rootValue,
            Services = services,
        }, new ExecutionOptions
        {
            Timeout = Options.Timeout,
            MaskUnexpectedErrors = Options.MaskUnexpectedErrors,
            OnUnexpectedError = Options.OnUnexpectedError,
        }, cancellationToken).ConfigureAwait(false);
        return new GraphQLResponse(result, result.HasData ? GraphQLOutcome.Executed : GraphQLOutcome.RequestError);
    }

    private static GraphQLResponse RequestError(IReadOnlyList<GraphQLError> errors) =>
        new(ExecutionResult.RequestError(errors), GraphQLOutcome.RequestError);

    /// <summary>Parses and validates a query text, or returns the cached outcome of doing so.</summary>
    private Prepared Prepare(string query)
    {
        if (cache.TryGet(query, out var cached))
        {
            return cached;
        }

        Prepared prepared;
        if (query.Length > Options.MaxDocumentLength)
        {
            prepared = new Prepared(null, [new GraphQLError($"The query is {query.Length} characters long, over the limit of {Options.MaxDocumentLength}.", null, null,
                new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded })]);
            return prepared; // not cached: long texts would flood the cache
        }

        try
        {
            var document = Parser.Parse(query, new ParserOptions { MaxTokens = Options.MaxTokens });
            var errors = Validator.Validate(Schema, document, SpecifiedRules.All, Options.MaxValidationErrors);
            prepared = new Prepared(errors.Count == 0 ? document : null, errors);
        }
        catch (GraphQLSyntaxException e)
        {
            prepared = new Prepared(null, [new GraphQLError(e.Message, [new SourceLocation(e.Line, e.Column)], null,
                new Dictionary<string, object?> { ["code"] = ErrorCodes.SyntaxError })]);
        }

        cache.Set(query, prepared, (long)query.Length * DocumentBytesPerCharacter);
        return prepared;
    }

    private sealed record Prepared(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors)
    {
        /// <summary>The operation-limit errors of each operation without variables (by node identity).</summary>
        public ConcurrentDictionary<OperationDefinitionNode, IReadOnlyList<GraphQLError>> LimitErrors { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
