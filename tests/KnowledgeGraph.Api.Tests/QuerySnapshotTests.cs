using Snapshooter;
using Snapshooter.Xunit;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Every query family on the seed data, against Snapshooter snapshots in <c>__snapshots__/</c> (one <c>.snap</c> per query,
/// the response indented). To regenerate: <c>rm tests/KnowledgeGraph.Api.Tests/__snapshots__/*.snap &amp;&amp; dotnet test tests/KnowledgeGraph.Api.Tests</c>.
/// </summary>
public sealed class QuerySnapshotTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Ev = "evidence { reportId sentence start end }";

    public static TheoryData<string, string> Queries => new()
    {
        { "townships", $$"""{ townships { totalCount nodes { id name code townshipType county { name } regions { name level code } {{Ev}} reports { totalCount nodes { id fileName title reviewYear planYear published } } } } }""" },
        { "township-children", """{ townships(first: 5) { nodes { name villages(first: 5) { totalCount nodes { name } } projects(first: 5) { totalCount nodes { name } } organizations(first: 3) { totalCount nodes { name } } brands(first: 3) { totalCount nodes { name } } awards(first: 3) { totalCount nodes { name level year } } events(first: 3) { totalCount nodes { name year } } initiatives(first: 3) { totalCount nodes { name } } } } }""" },
        { "township-quantities-by-year", """{ townships(first: 5) { nodes { name targets(year: 2025, first: 5, order: [{field: VALUE, direction: DESC}]) { totalCount nodes { metric value unit comparator year } } indicators(year: 2024, first: 5) { totalCount nodes { metric value unit measure year } } } } }""" },
        { "regions", """{ regions(first: 100, order: [{field: NAME}]) { totalCount nodes { id name code level parent { name level } townships { nodes { name } } } } }""" },
        { "projects", $$"""{ projects(first: 10) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name location currentStatus township { name } place { __typename ... on Village { name } ... on Township { name } } statuses { status year {{Ev}} } } } } }""" },
        { "projects-filtered", """{ projects(first: 20, where: {or: [{status: [COMPLETED]}, {name: {contains: "中心"}}], year: {gte: 2024, lte: 2024}}, order: [{field: YEAR, direction: DESC}, {field: NAME}]) { totalCount nodes { name statuses { status year } } } }""" },
        { "awards", """{ awards(first: 20, order: [{field: YEAR}]) { totalCount nodes { name level year township { name } recipients { __typename kind name } } } }""" },
        { "awards-by-level", """{ awards(first: 50, where: {level: [NATIONAL, PROVINCIAL]}) { totalCount nodes { name level } } }""" },
        { "brands-orgs-events-initiatives", """{ brands(first: 10) { totalCount nodes { name owner { __typename name } township { name } awards { totalCount } } } organizations(first: 10, where: {or: [{name: {contains: "公司"}}, {name: {startsWith: "浙江"}}]}) { totalCount nodes { name brands { totalCount } awards { totalCount } } } events(first: 10) { totalCount nodes { name year township { name } } } initiatives(first: 10, order: [{field: COUNT, direction: DESC}]) { totalCount nodes { name township { name } } } }""" },
        { "villages", """{ villages(first: 10) { totalCount nodes { name township { name } projects { totalCount nodes { name } } awards { totalCount nodes { name } } } } }""" },
        { "targets-outcome", """{ targets(first: 30, order: [{field: YEAR}, {field: NAME}]) { totalCount nodes { metric value unit comparator year township { name } outcome { report { id reviewYear } indicator { metric value unit year } met } } } }""" },
        { "indicators", """{ indicators(first: 10, where: {value: {gte: 10}}, order: [{field: VALUE, direction: DESC}]) { totalCount nodes { name metric value unit measure year township { name } } } }""" },
        { "reports-and-years", """{ reports { totalCount nodes { id name fileName title reviewYear planYear published contentHash township { name } mentions(kinds: [AWARD, BRAND], first: 5) { totalCount nodes { __typename kind name } } } } years { nodes { id name value reports { nodes { id } } } } }""" },
        { "search", """{ a: search(text: "乡村振兴") { rank kind node { id name } } b: search(text: "村", kinds: [VILLAGE], first: 5) { rank kind node { name } } c: search(text: "街道", kinds: [TOWNSHIP, REGION]) { rank kind node { __typename name } } }""" },
        { "stats", """{ stats { reports nodes edges byKind { kind count } byYear { year count } byAwardLevel { label count } byProjectStatus { label count } perTownship { township { name } reports entities } } }""" },
        { "node-and-nodes", $$"""{ node(id: "year:2024") { __typename id kind name ... on Year { value } } nodes(ids: ["year:2025", "nope:1", "province:33"]) { __typename id name {{Ev}} } missing: node(id: "township:000000000") { id } }""" },
        { "evidence-report", """{ townships(first: 1) { nodes { evidence { reportId start end report { id fileName } } } } }""" },
        { "paging-backwards", """{ projects(last: 3) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name } } }""" },
        { "error-page-too-large", """{ projects(first: 101) { totalCount } }""" },
        { "error-bad-cursor", """{ projects(after: "bogus") { totalCount } }""" },
        { "regions-by-level", """{ regions(level: PROVINCE) { totalCount nodes { name code level parent { name } townships(order: [{field: NAME, direction: DESC}]) { totalCount nodes { name } } } } }""" },
        { "error-too-many-ids", "{ nodes(ids: [" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"year:{i}\"")) + "]) { id } }" },
        { "error-blank-search", """{ search(text: " ") { rank } }""" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_family_matches_its_snapshot(string name, string query)
    {
        var json = await api.Server.PostAsync(query);
        Snapshot.Match(ApiServer.Tree(json), SnapshotNameExtension.Create(name));
    }

    [Fact]
    public async Task Queries_run_over_get_too()
    {
        using var http = new HttpClient();
        var json = await http.GetStringAsync(api.Server.Url + "?query=" + Uri.EscapeDataString("{ townships(first: 1) { totalCount } }"));
        Assert.Equal("""{"data":{"townships":{"totalCount":5}}}""", json);
    }

    [Fact]
    public async Task Paging_forwards_with_after_continues_where_the_page_ended()
    {
        var first = System.Text.Json.JsonDocument.Parse(await api.Server.PostAsync("{ projects(first: 5) { pageInfo { endCursor } nodes { id } } }"));
        var cursor = first.RootElement.GetProperty("data").GetProperty("projects").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var both = System.Text.Json.JsonDocument.Parse(await api.Server.PostAsync("{ projects(first: 10) { nodes { id } } }"));
        var next = System.Text.Json.JsonDocument.Parse(await api.Server.PostAsync("query($c: String) { projects(first: 5, after: $c) { nodes { id } } }", new { c = cursor }));
        var all = both.RootElement.GetProperty("data").GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        var second = next.RootElement.GetProperty("data").GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal(all.Skip(5), second);
    }
}
