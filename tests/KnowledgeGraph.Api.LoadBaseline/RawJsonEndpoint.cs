using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.LoadBaseline;

/// <summary>POST /graphql: reads the body and writes the response recorded for it (404 for an unknown body).</summary>
internal static class RawJsonEndpoint
{
    public static async Task RunAsync(int port, string directory)
    {
        var responses = Directory.EnumerateFiles(directory, "*.request.json").ToDictionary(
            path => File.ReadAllText(path).Trim(),
            path => File.ReadAllBytes(path.Replace(".request.json", ".response.json", StringComparison.Ordinal)),
            StringComparer.Ordinal);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost("/graphql", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = (await reader.ReadToEndAsync(context.RequestAborted)).Trim();
            if (!responses.TryGetValue(body, out var bytes))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        });
        await app.RunAsync();
    }
}
