using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CsCheck;
using KnowledgeGraph.Api;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Ingestion;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Fuzz.Tests;

/// <summary>The knowledge-graph API on a real Kestrel server on loopback, over the seed reports, for the HTTP fuzz target.</summary>
public sealed class FuzzServer : IAsyncLifetime
{
    private readonly TempDirectory folder = new();
    private WebApplication? app;
    private SqliteGraphStore? store;

    public string Url { get; private set; } = "";

    public async Task InitializeAsync()
    {
        store = await SqliteGraphStore.OpenAsync(folder.File("kg.db"));
        await new ReportIngestor(store).IngestPathsAsync([RepositoryPaths.SeedReports]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [KnowledgeGraphApiExtensions.ApiKeySetting] = "fuzz-key",
            [KnowledgeGraphApiExtensions.ResponseCacheSecondsSetting] = "5",
        });
        builder.Services.AddSingleton<IGraphStore>(store);
        builder.Services.AddKnowledgeGraphApi(builder.Configuration);
        app = builder.Build();
        app.MapKnowledgeGraphApi();
        await app.StartAsync();
        Url = app.Urls.First() + "/graphql";
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (store is not null)
        {
            await store.DisposeAsync();
        }

        folder.Dispose();
    }
}

/// <summary>
/// Mutated requests over HTTP (POST bodies, GET query strings, with and without the API key): never a 500, always a
/// JSON body. The server's unexpected-error log is the judge of bugs a status code could hide.
/// </summary>
public sealed class HttpFuzzTests(FuzzServer server, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<FuzzServer>
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private static async Task AssertJsonAnswerAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"500 for {what}");
        try
        {
            using var _ = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            Assert.Fail($"{(int)response.StatusCode} with a body that is not JSON ({e.Message}) for {what}");
        }
    }

    [Fact]
    public async Task Mutated_POST_bodies_are_answered_with_json_and_never_500()
    {
        var corpus = Fuzz.Corpus("requests");
        var runs = 0;
        await Gen.Int[0, int.MaxValue].SampleAsync(async seed =>
        {
            Interlocked.Increment(ref runs);
            var bytes = Mutator.Mutate(corpus, seed);
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = content };
            request.Headers.Accept.ParseAdd(seed % 2 == 0 ? "application/graphql-response+json" : "application/json");
            if (seed % 7 == 0)
            {
                request.Headers.Add("X-Api-Key", "fuzz-key");
            }

            using var response = await Http.SendAsync(request);
            await AssertJsonAnswerAsync(response, "seed " + seed);
        }, time: Fuzz.Seconds(15), threads: 2);
        output.WriteLine($"{runs} inputs");
        Assert.True(runs >= 100, $"only {runs} inputs ran");
    }

    [Fact]
    public async Task Mutated_GET_query_strings_are_answered_with_json_and_never_500()
    {
        var corpus = Fuzz.Corpus("graphql");
        var runs = 0;
        await Gen.Int[0, int.MaxValue].SampleAsync(async seed =>
        {
            Interlocked.Increment(ref runs);
            var query = Mutator.MutateText(corpus, seed);
            var variables = Mutator.MutateText(Fuzz.Corpus("requests"), seed);
            var url = server.Url + "?query=" + Uri.EscapeDataString(query.Replace('\uD800', 'x').Replace('\uDC00', 'x'))
                + (seed % 3 == 0 ? "&variables=" + Uri.EscapeDataString(variables.Replace('\uD800', 'x').Replace('\uDC00', 'x')) : "")
                + (seed % 5 == 0 ? "&variables=%7B%22k%22%3A%22%5Cud800%22%7D&variables=%ED%A0%80" : "");
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            using var response = await Http.SendAsync(request);
            await AssertJsonAnswerAsync(response, "seed " + seed);
        }, time: Fuzz.Seconds(10), threads: 2);
        output.WriteLine($"{runs} inputs");
        Assert.True(runs >= 100, $"only {runs} inputs ran");
    }
}
