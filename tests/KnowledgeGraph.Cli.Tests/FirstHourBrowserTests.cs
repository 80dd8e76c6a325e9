using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// What a newcomer does first, in headless Chromium against a real <c>kg serve</c>: open <c>/</c>, land on GraphiQL with the
/// documented example query and the docs explorer open, run the query and see data.
/// </summary>
public sealed partial class FirstHourBrowserTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Root_lands_on_graphiql_with_the_example_query_which_runs_and_returns_data()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        using var buffer = new StringWriter();
        using var error = new StringWriter();
        var output = TextWriter.Synchronized(buffer);
        var serving = KgApp.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--data-dir", temp.File("data"), "--seed", RepositoryPaths.SeedReports], output, error, cts.Token);
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
        var json = await NodeOracles.RunAsync("graphiql-check.mjs", [url + "/", "--keep-query", "--timeout", "60000"], TimeSpan.FromMinutes(3), allowFailure: true);
        var report = JsonDocument.Parse(json).RootElement;
        Assert.True(report.GetProperty("ok").GetBoolean(), json);
        Assert.Equal(url + "/graphql", report.GetProperty("finalUrl").GetString());
        Assert.Equal(ExampleQuery.Text.Trim(), report.GetProperty("initialQuery").GetString()!.Trim());
        Assert.True(report.GetProperty("docsOpen").GetBoolean(), "the documentation explorer should be open");
        using var result = JsonDocument.Parse(report.GetProperty("result").GetString()!);
        var data = result.RootElement.GetProperty("data");
        Assert.Equal(5, data.GetProperty("stats").GetProperty("reports").GetInt32());
        var townships = data.GetProperty("townships").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, townships.Count);
        Assert.All(townships, t => Assert.False(string.IsNullOrEmpty(t.GetProperty("name").GetString())));
        Assert.Contains(townships, t => t.GetProperty("projects").GetProperty("totalCount").GetInt32() > 0);

        await cts.CancelAsync();
        await serving;
    }

    [GeneratedRegex(@"at (http://127\.0\.0\.1:\d+) ")]
    private static partial Regex ServingUrl();
}
