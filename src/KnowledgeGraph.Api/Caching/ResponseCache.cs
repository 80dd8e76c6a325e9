using System.Text;
using KnowledgeGraph.GraphQL.Server;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Whole-response cache of successful queries, keyed by method, Accept header and request (body or query string).
/// The graph changes only when reports are written: an entry holds the store's change version from before the
/// query ran and is used only while the version is the same, so any commit (a mutation here, or <c>kg ingest</c>
/// in another process) makes older entries misses at once; mutations also clear it, requests carrying an API key
/// bypass it. Entries take at most <see cref="ResponseCacheOptions.MaxBytes"/> in all (bodies and keys; the least
/// recently used go first) and go after <see cref="ResponseCacheOptions.Lifetime"/>, swept even when nobody asks
/// (<see cref="SizedCache{TValue}"/>). Error responses, mutations and large bodies are never cached.
/// </summary>
internal sealed class ResponseCache(ResponseCacheOptions options, TimeProvider clock, Func<long> changeVersion)
{
    private readonly SizedCache<Entry> entries = new(options.MaxBytes, options.Lifetime, clock);

    public bool Enabled => options.Lifetime > TimeSpan.Zero && options.MaxBytes > 0;

    public void Clear() => entries.Clear();

    public CacheStatistics Statistics() => entries.Statistics();

    /// <summary>Wraps the GraphQL endpoint: answers from the cache, or runs it and keeps a cacheable response.</summary>
    public RequestDelegate Wrap(RequestDelegate next) => async context =>
    {
        var key = Enabled ? await KeyAsync(context.Request) : null;
        if (key is null)
        {
            await next(context);
            return;
        }

        var version = changeVersion();
        if (entries.TryGet(key, out var hit) && hit.Version == version)
        {
            context.Response.ContentType = hit.ContentType;
            context.Response.ContentLength = hit.Body.Length;
            await context.Response.Body.WriteAsync(hit.Body, context.RequestAborted);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (context.Response.StatusCode == StatusCodes.Status200OK && body.Length <= options.MaxBodyBytes && !StartsWithErrors(body))
        {
            entries.Set(key, new Entry(body, context.Response.ContentType ?? "application/json", version), body.Length);
        }

        await original.WriteAsync(body, context.RequestAborted);
    };

    private static readonly byte[] ErrorsPrefix = Encoding.ASCII.GetBytes("{\"errors\"");

    private static bool StartsWithErrors(byte[] body) => body.AsSpan().StartsWith(ErrorsPrefix);

    private async Task<string?> KeyAsync(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (HttpMethods.IsGet(request.Method))
        {
            return request.Query.ContainsKey("query") ? "GET\n" + accept + "\n" + request.QueryString.Value : null;
        }

        if (!HttpMethods.IsPost(request.Method) || request.ContentLength is not { } length || length > options.MaxRequestBytes
            || request.Headers.ContainsKey(ApiAccess.HeaderName))
        {
            return null; // unknown length, large, or a partner's (mutation) request
        }

        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return "POST\n" + accept + "\n" + request.ContentType + "\n" + body;
    }

    private sealed record Entry(byte[] Body, string ContentType, long Version);
}

/// <summary>
/// Settings of the response cache: how long an entry lives (0 turns the cache off), the bytes all entries may take,
/// the largest response body kept and the largest request body used as a key.
/// </summary>
internal sealed record ResponseCacheOptions(TimeSpan Lifetime, long MaxBytes = 64L * 1024 * 1024, int MaxBodyBytes = 2 * 1024 * 1024, int MaxRequestBytes = 64 * 1024);
