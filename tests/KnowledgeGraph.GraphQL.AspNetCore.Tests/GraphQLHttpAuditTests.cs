using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

/// <summary>graphql-http's own server audits (GraphQL-over-HTTP) against our endpoint on loopback.</summary>
public sealed class GraphQLHttpAuditTests(OracleServer server) : IClassFixture<OracleServer>
{
    [Fact]
    public async Task Every_MUST_and_SHOULD_audit_of_graphql_http_passes()
    {
        var output = await NodeOracles.RunAsync("audit.mjs", [server.Url]);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var audits = lines.Where(l => !l.TryGetProperty("summary", out _)).ToList();
        var failed = audits
            .Where(a => a.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal) || a.GetProperty("name").GetString()!.StartsWith("SHOULD", StringComparison.Ordinal))
            .Where(a => a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("name").GetString()}: {a.GetProperty("reason")}")
            .ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
        var summary = lines.Single(l => l.TryGetProperty("summary", out _));
        Assert.Equal(13, summary.GetProperty("must").GetProperty("passed").GetInt32());
        Assert.Equal(23, summary.GetProperty("should").GetProperty("passed").GetInt32());
    }
}
