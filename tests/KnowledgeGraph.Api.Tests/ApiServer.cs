using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Ingestion;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The API on a real Kestrel server on loopback, over a SQLite store in a temp folder (seeded or empty).</summary>
public sealed class ApiServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-0123";

    private readonly TempDirectory folder = new();
    private WebApplication? app;
    private readonly HttpClient http = new();

    public CountingGraphStore Store { get; private set; } = null!;

    public string Url { get; private set; } = "";

    /// <summary>The SQLite file behind the server, for writes from "another process" (a second store on the file).</summary>
    public string DatabasePath => folder.File("kg.db");

    public static async Task<ApiServer> StartAsync(bool seed, string? apiKey = ApiKey, double cacheSeconds = 0, string? corsOrigins = null)
    {
        var server = new ApiServer();
        var sqlite = await SqliteGraphStore.OpenAsync(server.folder.File("kg.db"));
        if (seed)
        {
            var ingestor = new ReportIngestor(sqlite);
            foreach (var file in RepositoryPaths.SeedReportFiles)
            {
                var result = await ingestor.IngestFileAsync(file);
                Assert.True(result.Succeeded, result.Error);
            }
        }

        server.Store = new CountingGraphStore(sqlite);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [KnowledgeGraphApiExtensions.ApiKeySetting] = apiKey,
            [KnowledgeGraphApiExtensions.ResponseCacheSecondsSetting] = cacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [KnowledgeGraphApiExtensions.CorsOriginsSetting] = corsOrigins,
        });
        builder.Services.AddSingleton<IGraphStore>(server.Store);
        builder.Services.AddKnowledgeGraphApi(builder.Configuration);
        server.app = builder.Build();
        server.app.MapKnowledgeGraphApi();
        await server.app.StartAsync();
        server.Url = server.app.Urls.First() + "/graphql";
        return server;
    }

    /// <summary>Posts a query and returns the raw JSON response body.</summary>
    public async Task<string> PostAsync(string query, object? variables = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// A response body as a JSON tree for <c>Snapshot.Match</c> (Snapshooter writes it indented; strings that look like
    /// dates and numbers stay as the server wrote them).
    /// </summary>
    public static Newtonsoft.Json.Linq.JToken Tree(string json) =>
        Newtonsoft.Json.JsonConvert.DeserializeObject<Newtonsoft.Json.Linq.JToken>(json, TreeSettings)!;

    private static readonly Newtonsoft.Json.JsonSerializerSettings TreeSettings = new()
    {
        DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
        FloatParseHandling = Newtonsoft.Json.FloatParseHandling.Decimal,
    };

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await Store.DisposeAsync();
        folder.Dispose();
    }
}

/// <summary>One seeded server shared by the read-only tests.</summary>
public sealed class SeededApi : IAsyncLifetime
{
    public ApiServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ApiServer.StartAsync(seed: true);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
