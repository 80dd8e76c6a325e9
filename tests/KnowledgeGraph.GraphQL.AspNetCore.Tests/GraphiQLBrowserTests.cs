using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

/// <summary>The GraphiQL page, in headless Chromium: loads from our server alone and runs a query.</summary>
public sealed class GraphiQLBrowserTests(OracleServer server) : IClassFixture<OracleServer>
{
    [Fact]
    public async Task A_query_runs_through_the_page_with_every_asset_served_locally()
    {
        var output = await NodeOracles.RunAsync("graphiql-check.mjs", [server.Url, "--query", "{ dog { name barkVolume } }"], TimeSpan.FromMinutes(2), allowFailure: true);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.True(report.GetProperty("ok").GetBoolean(), output);
        Assert.Contains("\"barkVolume\": 7", report.GetProperty("result").GetString(), StringComparison.Ordinal);
        var origin = new Uri(server.Url).GetLeftPart(UriPartial.Authority);
        Assert.All(report.GetProperty("requests").EnumerateArray(), r => Assert.StartsWith(origin, r.GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Browsers_get_the_page_and_API_clients_get_JSON()
    {
        using var http = new HttpClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, server.Url);
        page.Headers.Accept.ParseAdd("text/html");
        var html = await (await http.SendAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("graphiql.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unpkg", html, StringComparison.Ordinal);

        using var api = new HttpRequestMessage(HttpMethod.Get, server.Url + "?query=%7Bdog%7Bname%7D%7D");
        api.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(api);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"data\":{\"dog\":{\"name\":\"Rex\"}}}", await response.Content.ReadAsStringAsync());
    }
}
