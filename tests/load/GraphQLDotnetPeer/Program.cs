using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLDotnetPeer;

// Usage: dotnet GraphQLDotnetPeer.dll --sdl FILE --data FILE [--port N]
// Serves graphql-dotnet's execution of SDL over the JSON data at POST http://127.0.0.1:N/graphql (N defaults to 5097).
var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
if (!options.TryGetValue("--sdl", out var sdlPath) || !options.TryGetValue("--data", out var dataPath))
{
    await Console.Error.WriteLineAsync("usage: GraphQLDotnetPeer --sdl FILE --data FILE [--port N]");
    return 2;
}

var port = options.GetValueOrDefault("--port", "5097");
var schema = PeerSchema.Build(File.ReadAllText(sdlPath));
var data = PeerSchema.LoadData(File.ReadAllText(dataPath));
var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(), [new PeerDocumentCache()]);
var serializer = new GraphQLSerializer();

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/graphql", async (HttpContext http) =>
{
    GraphQLRequest? request;
    try
    {
        request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
    }
    catch (System.Text.Json.JsonException e)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await http.Response.WriteAsync($"invalid JSON body: {e.Message}\n", http.RequestAborted);
        return;
    }

    var result = await executer.ExecuteAsync(o =>
    {
        o.Schema = schema;
        o.Query = request?.Query;
        o.OperationName = request?.OperationName;
        o.Variables = request?.Variables;
        o.Root = data;
        o.CancellationToken = http.RequestAborted;
    });
    http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
});
Console.WriteLine($"listening http://127.0.0.1:{port}/graphql");
await app.RunAsync();
return 0;
