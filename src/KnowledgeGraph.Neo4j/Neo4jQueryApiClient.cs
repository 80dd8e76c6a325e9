using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Runs one statement per request against Neo4j's HTTP Query API (<c>POST {url}/db/{database}/query/v2</c>,
/// Basic auth, JSON), retrying transient failures with exponential backoff; anything else fails at once.
/// </summary>
public sealed class Neo4jQueryApiClient(HttpClient http, Neo4jEndpoint endpoint, PushRetryPolicy? retry = null, TimeProvider? time = null)
{
    private readonly PushRetryPolicy retry = retry ?? PushRetryPolicy.Default;
    private readonly TimeProvider time = time ?? TimeProvider.System;
    private readonly AuthenticationHeaderValue? auth = endpoint.User is null
        ? null
        : new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(endpoint.User + ":" + endpoint.Password)));

    /// <summary>HTTP requests sent, retries included.</summary>
    public int Requests { get; private set; }

    /// <summary>Requests sent again after a transient failure.</summary>
    public int Retries { get; private set; }

    /// <summary>Sends <paramref name="body"/> (a Query API request) until it succeeds, fails for good or runs out of attempts.</summary>
    internal async Task<PushCounters> RunAsync(byte[] body, string what, CancellationToken cancellationToken) =>
        (await QueryAsync(body, what, cancellationToken).ConfigureAwait(false)).Counters;

    /// <summary>As <see cref="RunAsync"/>, also returning the first column of the result rows (strings; others skipped).</summary>
    internal async Task<(PushCounters Counters, IReadOnlyList<string> Column)> QueryAsync(byte[] body, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Failure failure;
            try
            {
                var (counters, column, failed) = await SendOnceAsync(body, cancellationToken).ConfigureAwait(false);
                if (failed is null)
                {
                    return (counters, column);
                }

                failure = failed;
            }
            catch (HttpRequestException ex)
            {
                failure = new Failure(true, $"connection failed: {ex.Message}", null, null, ex);
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = new Failure(true, "the request timed out", null, null, ex);
            }
            if (!failure.Transient)
            {
                throw new Neo4jPushException($"{what}: {failure.Message}", failure.Code, failure.Status, failure.Inner);
            }

            if (attempt >= retry.MaxAttempts)
            {
                throw new Neo4jPushException($"{what}: gave up after {attempt} attempt(s); last error: {failure.Message}", failure.Code, failure.Status, failure.Inner);
            }

            Retries++;
            await Task.Delay(retry.DelayBefore(attempt), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(PushCounters Counters, IReadOnlyList<string> Column, Failure? Failure)> SendOnceAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.QueryUri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = auth;
        Requests++;
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var (errors, counters, column) = Parse(text);
        if (response.IsSuccessStatusCode && errors.Count == 0)
        {
            return (counters, column, null);
        }

        var first = errors.FirstOrDefault();
        var detail = first is null
            ? $"HTTP {status} {response.ReasonPhrase}{(text.Length > 0 ? ": " + Truncate(text) : string.Empty)}"
            : $"{first.Code}: {first.Message} (HTTP {status})";
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || first?.Code?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) == true)
        {
            return (counters, column, new Failure(false, $"Neo4j refused the credentials ({detail}); check --user/--password or NEO4J_USER/NEO4J_PASSWORD", first?.Code, status, null));
        }

        var transient = errors.Count > 0
            ? errors.All(e => e.Code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true) || (status >= 500 && errors.All(e => e.Code?.StartsWith("Neo.ClientError.", StringComparison.Ordinal) != true))
            : status >= 500 || status is 408 or 429;
        return (counters, column, new Failure(transient, detail, first?.Code, status, null));
    }

    private static (IReadOnlyList<Neo4jError> Errors, PushCounters Counters, IReadOnlyList<string> Column) Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], PushCounters.Zero, []);
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ([], PushCounters.Zero, []);
            }

            var errors = root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Select(x => new Neo4jError(Str(x, "code"), Str(x, "message"))).ToList()
                : [];
            var counters = root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object
                ? new PushCounters(Num(c, "nodesCreated"), Num(c, "relationshipsCreated"), Num(c, "propertiesSet"), Num(c, "labelsAdded"), Num(c, "constraintsAdded"), Num(c, "indexesAdded"))
                {
                    NodesDeleted = Num(c, "nodesDeleted"),
                    RelationshipsDeleted = Num(c, "relationshipsDeleted"),
                }
                : PushCounters.Zero;
            var column = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
                && d.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
                ? values.EnumerateArray()
                    .Where(row => row.ValueKind == JsonValueKind.Array && row.GetArrayLength() > 0 && row[0].ValueKind == JsonValueKind.String)
                    .Select(row => row[0].GetString()!).ToList()
                : [];
            return (errors, counters, column);
        }
        catch (JsonException)
        {
            return ([], PushCounters.Zero, []); // a proxy's HTML error page: the HTTP status decides
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : 0;

    private static string Truncate(string text) =>
        text.Length <= 300 ? text : text[..300] + "…";

    private sealed record Neo4jError(string? Code, string? Message);

    private sealed record Failure(bool Transient, string Message, string? Code, int? Status, Exception? Inner);
}
