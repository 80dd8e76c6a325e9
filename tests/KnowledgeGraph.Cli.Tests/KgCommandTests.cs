using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

public sealed partial class KgCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private async Task<(int Exit, string Out, string Err)> Kg(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KgApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Extract_json_prints_every_seed_with_its_document_fields()
    {
        var (exit, output, error) = await Kg("extract", RepositoryPaths.SeedReports, "--json");
        Assert.True(exit == 0, error);
        var documents = JsonDocument.Parse(output).RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(RepositoryPaths.SeedReportFiles.Select(Path.GetFileName), documents.Select(d => d.GetProperty("file").GetString()));
        foreach (var doc in documents)
        {
            var expected = ExpectedDocuments.For(doc.GetProperty("file").GetString()!);
            Assert.All(ExpectedDocuments.Fields, f => Assert.Equal(ExpectedDocuments.Field(expected, f), ExpectedDocuments.Field(doc, f)));
        }
    }

    [Fact]
    public async Task Ingest_reports_a_bad_file_fails_the_run_and_stores_the_rest_then_stats_counts_them()
    {
        var bad = temp.File("broken.txt");
        await File.WriteAllBytesAsync(bad, [0, 159, 146, 150, 0, 1]);
        var dataDir = temp.File("data");

        var (exit, output, error) = await Kg("ingest", RepositoryPaths.SeedReports, bad, "--data-dir", dataDir);
        Assert.Equal(1, exit);
        Assert.Contains($"kg: {bad}: the file holds NUL bytes", error, StringComparison.Ordinal);
        Assert.Contains("6 file(s): 5 added, 0 replaced, 0 unchanged, 1 failed", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dataDir, "knowledge-graph.db")));

        var again = await Kg("ingest", RepositoryPaths.SeedReports, "--data-dir", dataDir);
        Assert.Equal(0, again.Exit);
        Assert.Contains("5 file(s): 0 added, 0 replaced, 5 unchanged, 0 failed", again.Out, StringComparison.Ordinal);

        var stats = await Kg("stats", "--data-dir", dataDir);
        Assert.Equal(0, stats.Exit);
        Assert.Matches(@"│ TOWNSHIP\s+│ 5\s+│", stats.Out);
        Assert.Matches(@"│ REGION\s+│ 7\s+│", stats.Out);
        Assert.Matches(@"│ REPORTS_ON\s+│ 5\s+│", stats.Out);
        Assert.Contains("5 report(s)", stats.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_lists_the_stored_reports_and_delete_removes_one()
    {
        var dataDir = temp.File("reports");
        Assert.Equal(0, (await Kg("ingest", RepositoryPaths.SeedReports, "--data-dir", dataDir)).Exit);
        var (exit, output, error) = await Kg("reports", "--data-dir", dataDir);
        Assert.True(exit == 0, error);
        var first = Path.GetFileName(RepositoryPaths.SeedReportFiles[0]);
        Assert.Contains(first, output, StringComparison.Ordinal);
        Assert.Matches(@"2023 → 2024|2024 → 2025", output);
        Assert.Matches(@"(镇|街道)\s", output);
        Assert.Contains("warnings", output, StringComparison.Ordinal);
        Assert.Contains("5 report(s)", output, StringComparison.Ordinal);

        var missing = await Kg("delete", "report:nope", "--data-dir", dataDir);
        Assert.Equal(1, missing.Exit);
        Assert.Contains("no stored report is called 'report:nope'", missing.Err, StringComparison.Ordinal);

        var deleted = await Kg("delete", first, "--data-dir", dataDir);
        Assert.True(deleted.Exit == 0, deleted.Err);
        Assert.Matches(@"kg: deleted report:\S+ \(" + Regex.Escape(first) + @"\): [1-9]\d* node\(s\)", deleted.Out);
        Assert.Contains("4 report(s) left", deleted.Out, StringComparison.Ordinal);
        var after = await Kg("reports", "--data-dir", dataDir);
        Assert.DoesNotContain(first, after.Out, StringComparison.Ordinal);
        Assert.Contains("4 report(s)", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_scores_the_seeds_against_the_dev_gold_and_fails_under_min_f1()
    {
        var gold = Path.Combine(RepositoryPaths.Fixtures, "gold");
        var (exit, output, error) = await Kg("eval", "--gold", gold, RepositoryPaths.SeedReports, "--min-f1", "0.5");
        Assert.True(exit == 0, error);
        Assert.Contains("document fields right: 24/24", output, StringComparison.Ordinal);
        Assert.Matches(@"overall lenient F1: 0\.\d{3}", output);

        var strict = await Kg("eval", "--gold", gold, RepositoryPaths.SeedReports, "--min-f1", "0.999");
        Assert.Equal(1, strict.Exit);
    }

    [Fact]
    public async Task Export_writes_a_cypher_script_and_csv_files_with_the_import_command()
    {
        var dataDir = temp.File("export-data");
        Assert.Equal(0, (await Kg("ingest", RepositoryPaths.Seed("004"), "--data-dir", dataDir)).Exit);

        var script = temp.File("graph.cypher");
        var cypher = await Kg("export", "cypher", "--out", script, "--data-dir", dataDir);
        Assert.True(cypher.Exit == 0, cypher.Err);
        var text = await File.ReadAllTextAsync(script);
        Assert.Contains("MERGE (n:Township {id: row.id})", text, StringComparison.Ordinal);
        Assert.Contains("洲泉镇", text, StringComparison.Ordinal);

        var csv = await Kg("export", "csv", "--out", temp.File("csv"), "--data-dir", dataDir);
        Assert.True(csv.Exit == 0, csv.Err);
        Assert.Contains("neo4j-admin database import full", csv.Out, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(temp.File("csv"), "*.csv"));
    }

    [Fact]
    public async Task Push_to_an_unreachable_server_fails_with_a_clear_message()
    {
        var dataDir = temp.File("push-data");
        Assert.Equal(0, (await Kg("ingest", RepositoryPaths.Seed("004"), "--data-dir", dataDir)).Exit);
        var (exit, _, error) = await Kg("push", "--neo4j", "http://127.0.0.1:9", "--max-attempts", "1", "--data-dir", dataDir);
        Assert.Equal(1, exit);
        Assert.Contains("127.0.0.1:9", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_is_named_and_fails_extract()
    {
        var (exit, _, error) = await Kg("extract", "/no/such/report.txt", "--json");
        Assert.Equal(1, exit);
        Assert.Contains("/no/such/report.txt: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_seeds_an_empty_store_on_first_run_and_answers_health_and_graphql()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var buffer = new StringWriter();
        using var error = new StringWriter();
        var output = TextWriter.Synchronized(buffer); // the server writes while the test reads
        var serving = KgApp.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--data-dir", temp.File("serve"), "--seed", RepositoryPaths.SeedReports], output, error, cts.Token);

        string? url = null;
        while (url is null && !serving.IsCompleted)
        {
            await Task.Delay(100, cts.Token);
            lock (output)
            {
                url = ServingUrl().Match(buffer.ToString()) is { Success: true } m ? m.Groups[1].Value : null;
            }
        }

        Assert.True(url is not null, error.ToString());
        using var http = new HttpClient();
        var health = await http.GetFromJsonAsync<JsonElement>(url + "/health", cts.Token);
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("reports").GetInt32());
        using var graphql = await http.PostAsync(url + "/graphql",
            new StringContent("""{"query":"{ stats { reports } townships(first: 1) { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"), cts.Token);
        Assert.Equal("""{"data":{"stats":{"reports":5},"townships":{"totalCount":5}}}""", await graphql.Content.ReadAsStringAsync(cts.Token));
        using var mutation = await http.PostAsync(url + "/graphql",
            new StringContent("""{"query":"mutation { deleteReport(id: \"report:x\") { deleted } }"}""", System.Text.Encoding.UTF8, "application/json"), cts.Token);
        Assert.Contains("X-Api-Key", await mutation.Content.ReadAsStringAsync(cts.Token), StringComparison.Ordinal);
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var root = await noRedirect.GetAsync(url + "/", cts.Token);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/graphql", root.Headers.Location?.OriginalString);

        var caches = (await http.GetFromJsonAsync<JsonElement>(url + "/health", cts.Token)).GetProperty("caches");
        Assert.Equal(2, caches.GetProperty("documents").GetProperty("misses").GetInt64()); // the query and the mutation were parsed
        Assert.Equal(64L * 1024 * 1024, caches.GetProperty("responses").GetProperty("maxBytes").GetInt64());
        Assert.True(caches.GetProperty("responses").GetProperty("entries").GetInt64() >= 1);
        lock (output)
        {
            Assert.Contains("kg: first run: the store is empty; ingesting the seed reports in", buffer.ToString(), StringComparison.Ordinal);
            Assert.Contains("GraphQL endpoint: " + url + "/graphql", buffer.ToString(), StringComparison.Ordinal);
            Assert.Contains("GraphiQL: open " + url + "/graphql in a browser", buffer.ToString(), StringComparison.Ordinal);
            Assert.Contains("kg: mutations (ingestReport, deleteReport) are disabled: no API key is set. Enable them by starting with KG_API_KEY=", buffer.ToString(), StringComparison.Ordinal);
        }

        await cts.CancelAsync();
        await serving;
    }

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+) ")]
    private static partial Regex ServingUrl();
}
