using System.Text.Json;
using KnowledgeGraph.GraphQL.Server;
using KnowledgeGraph.GraphQL.Utilities;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>An HTTP request that is not a well-formed GraphQL request: the status to answer and why.</summary>
internal sealed class BadRequestException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public BadRequestException()
        : this(StatusCodes.Status400BadRequest, "Bad request.")
    {
    }

    public BadRequestException(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    public BadRequestException(string message, Exception innerException)
        : this(StatusCodes.Status400BadRequest, message + " " + innerException?.Message)
    {
    }
}

/// <summary>
/// Reads GraphQL request parameters (GraphQL-over-HTTP §"Request Parameters") from a GET query string or
/// a POST application/json body (UTF-8), refusing anything malformed with a status and a clear message.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    public static GraphQLRequest FromQueryString(IQueryCollection query) => Build(
        query.TryGetValue("query", out var q) ? q.ToString() : null,
        query.TryGetValue("operationName", out var op) ? op.ToString() : null,
        query.TryGetValue("variables", out var v) && v.ToString().Length > 0 ? ParseJson(v.ToString(), "variables") : null,
        query.TryGetValue("extensions", out var e) && e.ToString().Length > 0 ? ParseJson(e.ToString(), "extensions") : null);

    public static async Task<GraphQLRequest> FromBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType;
        if (string.IsNullOrEmpty(contentType))
        {
            throw new BadRequestException(StatusCodes.Status415UnsupportedMediaType, "A POST request needs a Content-Type of application/json.");
        }

        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadRequestException(StatusCodes.Status415UnsupportedMediaType, $"Unsupported Content-Type \"{contentType}\"; send application/json.");
        }

        var charset = mediaType.Charset.HasValue ? mediaType.Charset.Value : null;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadRequestException(StatusCodes.Status415UnsupportedMediaType, $"Unsupported charset \"{charset}\"; send UTF-8.");
        }

        if (request.ContentLength > maxBytes)
        {
            throw new BadRequestException(StatusCodes.Status413PayloadTooLarge, $"The request body is over the limit of {maxBytes} bytes.");
        }

        // read straight into a rented buffer (no chunk array nor stream per request)
        using var buffer = new PooledBufferWriter(request.ContentLength is > 0 and < 64 * 1024 ? (int)request.ContentLength + 1 : 4096);
        int read;
        while ((read = await request.Body.ReadAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.WrittenCount + (long)read > maxBytes)
            {
                throw new BadRequestException(StatusCodes.Status413PayloadTooLarge, $"The request body is over the limit of {maxBytes} bytes.");
            }

            buffer.Advance(read);
        }

        if (buffer.WrittenCount == 0)
        {
            throw new BadRequestException("The POST request has no body; send {\"query\": \"...\"}.");
        }

        object? body;
        var bytes = buffer.WrittenMemory;
        if (bytes.Span.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..]; // a UTF-8 byte order mark before the JSON is accepted (RFC 8259 §8.1 allows ignoring it)
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            body = JsonValues.From(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new BadRequestException($"The request body is not valid JSON: {Describe(e)}");
        }

        if (body is not IReadOnlyDictionary<string, object?> map)
        {
            throw new BadRequestException("The request body must be a JSON object.");
        }

        return Build(
            Parameter<string>(map, "query", "a string"),
            Parameter<string>(map, "operationName", "a string or null"),
            Parameter<IReadOnlyDictionary<string, object?>>(map, "variables", "an object or null"),
            Parameter<IReadOnlyDictionary<string, object?>>(map, "extensions", "an object or null"));
    }

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>A JSON error with where it is: the key path of a bad string, or the line and byte of a syntax error.</summary>
    private static string Describe(JsonException e) =>
        e.Path is { Length: > 1 } path && e.LineNumber is null ? $"{e.Message} (at {path})" : e.Message;

    private static T? Parameter<T>(IReadOnlyDictionary<string, object?> map, string name, string expected)
        where T : class =>
        map.TryGetValue(name, out var value) && value is not null
            ? value as T ?? throw new BadRequestException($"The \"{name}\" parameter must be {expected}.")
            : null;

    private static IReadOnlyDictionary<string, object?> ParseJson(string text, string name)
    {
        try
        {
            return JsonValues.Parse(text) as IReadOnlyDictionary<string, object?>
                ?? throw new BadRequestException($"The \"{name}\" parameter must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new BadRequestException($"The \"{name}\" parameter is not valid JSON: {Describe(e)}");
        }
    }

    private static GraphQLRequest Build(string? query, string? operationName, IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, object?>? extensions) =>
        string.IsNullOrEmpty(query)
            ? throw new BadRequestException("The \"query\" parameter is missing; send the GraphQL document as \"query\".")
            : new GraphQLRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
}
