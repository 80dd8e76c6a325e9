using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The query layer on the seed data: keyset paging walks a whole list, cursors are tied to their list, arguments are
/// checked before any store work, the place, report, year and stage filters, the full-text search.
/// </summary>
public sealed class QueryLayerTests(SeededApi api) : IClassFixture<SeededApi>
{
    private static JsonElement Data(string json, string field)
    {
        var root = JsonDocument.Parse(json).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data").GetProperty(field);
    }

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    [Theory]
    [InlineData("[{field: NAME}]")]
    [InlineData("[{field: YEAR, direction: DESC}, {field: NAME}]")]
    [InlineData("[{field: VALUE, direction: DESC}]")]
    [InlineData("[{field: COUNT, direction: DESC}]")]
    public async Task Keyset_pages_of_seven_walk_the_whole_list_in_order(string order)
    {
        var all = Ids(Data(await api.Server.PostAsync($"{{ indicators(first: 100, order: {order}) {{ nodes {{ id }} }} }}"), "indicators"));
        var walked = new List<string>();
        string? cursor = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = Data(await api.Server.PostAsync(
                $"query($c: String) {{ indicators(first: 7, after: $c, order: {order}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ id }} }} }}", new { c = cursor }), "indicators");
            walked.AddRange(Ids(page));
            if (walked.Count >= all.Count || !page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(all, walked.Take(all.Count));

        // And backwards from the end with last/before.
        var tail = Ids(Data(await api.Server.PostAsync($"{{ indicators(last: 100, order: {order}) {{ nodes {{ id }} }} }}"), "indicators"));
        var back = new List<string>();
        cursor = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = Data(await api.Server.PostAsync(
                $"query($c: String) {{ indicators(last: 7, before: $c, order: {order}) {{ pageInfo {{ hasPreviousPage startCursor }} nodes {{ id }} }} }}", new { c = cursor }), "indicators");
            back.InsertRange(0, Ids(page));
            if (back.Count >= tail.Count || !page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            cursor = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.Equal(tail, back.Skip(back.Count - tail.Count));
    }

    [Theory]
    [InlineData("{ projects(last: -5) { totalCount } }", "`last` must not be negative")]
    [InlineData("{ projects(first: 101) { totalCount } }", "at most 100")]
    [InlineData("{ projects(after: \"aWR4OjIxNDc0ODM2NDc=\") { totalCount } }", "Invalid cursor")]
    [InlineData("{ projects(before: \"%%%\") { totalCount } }", "Invalid cursor")]
    [InlineData("{ awards(where: {status: [STARTED]}) { totalCount } }", "`where.status` does not apply to this list")]
    [InlineData("{ villages(where: {value: {gte: 1}}) { totalCount } }", "`where.value` does not apply")]
    [InlineData("{ townships(where: {year: {eq: 2024}}) { totalCount } }", "`where.year` does not apply")]
    [InlineData("{ projects(where: {place: \"project:1\"}) { totalCount } }", "`place` takes a township or region id")]
    [InlineData("{ search(text: \"\") { rank } }", "non-blank")]
    public async Task Bad_arguments_are_refused_before_any_store_work(string query, string message)
    {
        api.Server.Store.Reset();
        var json = await api.Server.PostAsync(query);
        Assert.Contains(message, json, StringComparison.Ordinal);
        Assert.Contains("BAD_USER_INPUT", json, StringComparison.Ordinal);
        Assert.Equal(0, api.Server.Store.Calls);
    }

    [Fact]
    public async Task A_search_text_of_fifty_kilobytes_is_a_clear_input_error()
    {
        api.Server.Store.Reset();
        var json = await api.Server.PostAsync("query($t: String!) { search(text: $t) { rank } }", new { t = new string('乡', 50_000) });
        Assert.Contains("`text` is 50000 characters long; a search takes at most 200.", json, StringComparison.Ordinal);
        Assert.Contains("BAD_USER_INPUT", json, StringComparison.Ordinal);
        Assert.Equal(0, api.Server.Store.Calls);
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        var townships = Data(await api.Server.PostAsync("{ townships(first: 1) { pageInfo { endCursor } } }"), "townships");
        var cursor = townships.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        api.Server.Store.Reset();
        var json = await api.Server.PostAsync("query($c: String) { projects(after: $c) { totalCount } }", new { c = cursor });
        Assert.Contains("belongs to another list", json, StringComparison.Ordinal);
        Assert.Equal(0, api.Server.Store.Calls);

        // The same list with another order is another list too.
        var byName = Data(await api.Server.PostAsync("{ projects(first: 1) { pageInfo { endCursor } } }"), "projects").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var other = await api.Server.PostAsync("query($c: String) { projects(after: $c, order: [{field: YEAR}]) { totalCount } }", new { c = byName });
        Assert.Contains("belongs to another list", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_holds_what_lies_beneath_it()
    {
        var township = Data(await api.Server.PostAsync("{ townships(first: 1) { nodes { id county { id } projects { totalCount } } } }"), "townships").GetProperty("nodes")[0];
        var (townshipId, countyId) = (township.GetProperty("id").GetString(), township.GetProperty("county").GetProperty("id").GetString());
        var inTownship = township.GetProperty("projects").GetProperty("totalCount").GetInt32();
        Assert.True(inTownship > 0);
        var byPlace = Data(await api.Server.PostAsync($"{{ projects(where: {{place: \"{townshipId}\"}}) {{ totalCount }} }}"), "projects");
        Assert.Equal(inTownship, byPlace.GetProperty("totalCount").GetInt32());
        var byCounty = Data(await api.Server.PostAsync($"{{ projects(where: {{place: \"{countyId}\"}}) {{ totalCount }} }}"), "projects");
        Assert.True(byCounty.GetProperty("totalCount").GetInt32() >= inTownship);
        var province = Data(await api.Server.PostAsync("{ projects(where: {place: \"province:33\"}) { totalCount } all: projects { totalCount } }"), "projects");
        var all = JsonDocument.Parse(await api.Server.PostAsync("{ projects { totalCount } }")).RootElement.GetProperty("data").GetProperty("projects").GetProperty("totalCount").GetInt32();
        Assert.Equal(all, province.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Report_year_stage_and_metric_filters_narrow_the_list()
    {
        var report = Data(await api.Server.PostAsync("{ reports(first: 1) { nodes { id mentions(kinds: [PROJECT]) { totalCount } } } }"), "reports").GetProperty("nodes")[0];
        var mentioned = report.GetProperty("mentions").GetProperty("totalCount").GetInt32();
        var byReport = Data(await api.Server.PostAsync($"{{ projects(where: {{report: \"{report.GetProperty("id").GetString()}\"}}) {{ totalCount }} }}"), "projects");
        Assert.Equal(mentioned, byReport.GetProperty("totalCount").GetInt32());

        var staged = Data(await api.Server.PostAsync("{ projects(first: 100, where: {stage: {status: [STARTED], year: {eq: 2024}}}) { nodes { statuses { status year } } } }"), "projects");
        Assert.NotEmpty(staged.GetProperty("nodes").EnumerateArray());
        foreach (var node in staged.GetProperty("nodes").EnumerateArray())
        {
            Assert.Contains(node.GetProperty("statuses").EnumerateArray(), s => s.GetProperty("status").GetString() == "STARTED" && s.GetProperty("year").GetInt32() == 2024);
        }

        var percent = Data(await api.Server.PostAsync("{ indicators(first: 100, where: {unit: {eq: \"%\"}, measure: [\"growth\"]}) { nodes { unit measure } } }"), "indicators");
        Assert.NotEmpty(percent.GetProperty("nodes").EnumerateArray());
        Assert.All(percent.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(("%", "growth"), (n.GetProperty("unit").GetString(), n.GetProperty("measure").GetString())));
    }

    [Fact]
    public async Task Search_finds_several_words_ranks_names_first_and_pages()
    {
        var hits = Data(await api.Server.PostAsync("{ searchConnection(text: \"乡村 振兴\", first: 3) { pageInfo { hasNextPage endCursor } edges { rank score snippet node { id name } } } }"), "searchConnection");
        var edges = hits.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(3, edges.Count);
        Assert.Contains("«乡村", edges[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("乡村", edges[0].GetProperty("node").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.True(edges[0].GetProperty("score").GetDouble() >= edges[2].GetProperty("score").GetDouble());
        var next = Data(await api.Server.PostAsync("query($c: String) { searchConnection(text: \"乡村 振兴\", first: 3, after: $c) { edges { rank node { id } } } }",
            new { c = hits.GetProperty("pageInfo").GetProperty("endCursor").GetString() }), "searchConnection");
        var second = next.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(4, second[0].GetProperty("rank").GetInt32());
        Assert.DoesNotContain(second, e => edges.Any(f => f.GetProperty("node").GetProperty("id").GetString() == e.GetProperty("node").GetProperty("id").GetString()));
        var single = Data(await api.Server.PostAsync("{ search(text: \"村\", kinds: [VILLAGE], first: 3) { node { name } } }"), "search");
        Assert.All(single.EnumerateArray(), h => Assert.Contains("村", h.GetProperty("node").GetProperty("name").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cors_preflight_allows_configured_origins_only()
    {
        await using var server = await ApiServer.StartAsync(seed: false, corsOrigins: "https://app.example.org, https://other.example.org");
        using var http = new HttpClient();
        async Task<HttpResponseMessage> PreflightAsync(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, server.Url);
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
            return await http.SendAsync(request);
        }

        using var allowed = await PreflightAsync("https://app.example.org");
        Assert.True(allowed.IsSuccessStatusCode, allowed.StatusCode.ToString());
        Assert.Equal("https://app.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        using var refused = await PreflightAsync("https://evil.example.net");
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
