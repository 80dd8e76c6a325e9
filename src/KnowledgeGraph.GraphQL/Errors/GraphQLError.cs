using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Errors;

/// <summary>A line and column (1-based) in a GraphQL document.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// An error of the GraphQL response ("errors" entry, spec §7.1.2): a message, the document locations
/// it relates to, the response path of the field it arose in, and extensions (we always set a code).
/// </summary>
public sealed class GraphQLError : Exception
{
    public GraphQLError(string message, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null, Exception? originalError = null)
        : base(message, originalError)
    {
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
        OriginalError = originalError;
    }

    public GraphQLError()
        : this("An unknown error occurred.")
    {
    }

    public GraphQLError(string message)
        : this(message, null, null, null, null)
    {
    }

    public GraphQLError(string message, Exception innerException)
        : this(message, null, null, null, innerException)
    {
    }

    /// <summary>Builds an error located at the given AST nodes.</summary>
    public static GraphQLError At(string message, IEnumerable<Node?> nodes, string? code = null) =>
        new(message, LocationsOf(nodes), null, code is null ? null : new Dictionary<string, object?> { ["code"] = code });

    public static GraphQLError At(string message, Node? node, string? code = null) => At(message, [node], code);

    public IReadOnlyList<SourceLocation> Locations { get; }

    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public Exception? OriginalError { get; }

    /// <summary>The extensions' code, if any.</summary>
    public string? Code => Extensions?.GetValueOrDefault("code") as string;

    public GraphQLError WithCode(string code)
    {
        var extensions = Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(Extensions);
        extensions["code"] = code;
        return new GraphQLError(Message, Locations, Path, extensions, OriginalError);
    }

    public static IReadOnlyList<SourceLocation> LocationsOf(IEnumerable<Node?> nodes) =>
        [.. nodes.Where(n => n?.Location is not null).Select(n => new SourceLocation(n!.Location!.Line, n.Location.Column))];
}

/// <summary>The codes this engine puts in <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
    public const string FieldError = "FIELD_ERROR";
    public const string Timeout = "TIMEOUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
}
