using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Api;

/// <summary>The root value of a request: whether its API key allows mutations.</summary>
internal sealed record ApiAccess(bool Configured, bool Granted)
{
    public const string HeaderName = "X-Api-Key";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";

    public static ApiAccess Denied { get; } = new(false, false);

    public static ApiAccess Of(HttpContext context, string? configuredKey)
    {
        if (string.IsNullOrEmpty(configuredKey))
        {
            return Denied;
        }

        var sent = context.Request.Headers[HeaderName].ToString();
        var granted = sent.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(configuredKey));
        return new ApiAccess(true, granted);
    }
}
