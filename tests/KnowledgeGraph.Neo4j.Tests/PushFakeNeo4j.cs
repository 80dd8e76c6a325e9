using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// A loopback HTTP server imitating Neo4j's Query API: checks each request's shape, records batches, answers with
/// injected failures, and keeps a tiny model of MERGEd nodes (id → label, props) and relationships (id → type, ends, props).
/// </summary>
internal sealed partial class PushFakeNeo4j : IDisposable
{
    public const string Database = "kgtest";
    public const string User = "neo4j";
    public const string Password = "s3cret";

    private readonly HttpListener listener = new();
    private readonly Task loop;

    public PushFakeNeo4j()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUri.AbsoluteUri);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    /// <summary>Answers for the next requests, in order: an HTTP status and, optionally, a Neo4j error code.</summary>
    public Queue<(int Status, string? Code)> Failures { get; } = new();

    public List<string> Violations { get; } = [];

    public List<string> Schema { get; } = [];

    /// <summary>Every accepted data batch: its statement's key (label or relationship type) and its row count.</summary>
    public List<(string Key, int Rows)> Batches { get; } = [];

    public int Requests { get; private set; }

    public SortedDictionary<string, (string Label, string Props)> Nodes { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, (string Type, string From, string To, string Props)> Relationships { get; } = new(StringComparer.Ordinal);

    /// <summary>The status label each project got from the status-label statement.</summary>
    public SortedDictionary<string, string> StatusLabels { get; } = new(StringComparer.Ordinal);

    /// <summary>The raw JSON of each property value, by label and key (to check integer versus float).</summary>
    public Dictionary<(string Label, string Key), HashSet<string>> RawValues { get; } = [];

    public void Dispose()
    {
        if (!listener.IsListening)
        {
            return;
        }

        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the listener stopped under a pending GetContextAsync
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var (status, body) = Handle(context.Request);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private (int Status, string Body) Handle(HttpListenerRequest request)
    {
        lock (this)
        {
            Requests++;
            Check(request.HttpMethod == "POST", $"method {request.HttpMethod}");
            Check(request.Url?.AbsolutePath == $"/db/{Database}/query/v2", $"path {request.Url?.AbsolutePath}");
            Check(request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true, $"content type {request.ContentType}");
            Check(request.AcceptTypes?.Contains("application/json") == true, "accept header");
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
            if (request.Headers["Authorization"] != expected)
            {
                return (401, Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
            }

            if (Failures.TryDequeue(out var failure))
            {
                return (failure.Status, failure.Code is null ? string.Empty : Error(failure.Code, "injected failure"));
            }

            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            using var doc = JsonDocument.Parse(reader.ReadToEnd());
            var statement = doc.RootElement.GetProperty("statement").GetString() ?? string.Empty;
            var parameters = doc.RootElement.GetProperty("parameters");
            Check(parameters.ValueKind == JsonValueKind.Object, "parameters is not an object");
            return (202, Apply(statement, parameters));
        }
    }

    private string Apply(string statement, JsonElement parameters)
    {
        long nodesCreated = 0, relationshipsCreated = 0, propertiesSet = 0, nodesDeleted = 0, relationshipsDeleted = 0;
        IEnumerable<string> column = [];
        if (statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
        {
            Schema.Add(statement);
        }
        else if (statement == KnowledgeGraph.Neo4j.ProjectStatusLabels.Statement)
        {
            StatusLabels.Clear();
            foreach (var (id, node) in Nodes.Where(n => n.Value.Label == "Project"))
            {
                using var props = JsonDocument.Parse(node.Props);
                if (props.RootElement.TryGetProperty("status", out var status))
                {
                    StatusLabels[id] = status.GetString()!;
                }
            }
        }
        else if (NodeIds().Match(statement) is { Success: true } nodeIds)
        {
            column = Nodes.Where(n => n.Value.Label == nodeIds.Groups[1].Value).Select(n => n.Key);
        }
        else if (RelationshipIds().Match(statement) is { Success: true } relIds)
        {
            column = Relationships.Where(r => r.Value.Type == relIds.Groups[1].Value).Select(r => r.Key);
        }
        else if (DeleteNodes().Match(statement) is { Success: true } deleteNodes)
        {
            foreach (var id in Ids(parameters))
            {
                if (Nodes.TryGetValue(id, out var node) && node.Label == deleteNodes.Groups[1].Value)
                {
                    Nodes.Remove(id);
                    StatusLabels.Remove(id);
                    nodesDeleted++;
                    foreach (var rel in Relationships.Where(r => r.Value.From == id || r.Value.To == id).Select(r => r.Key).ToList())
                    {
                        Relationships.Remove(rel);
                        relationshipsDeleted++;
                    }
                }
            }
        }
        else if (DeleteRelationships().Match(statement) is { Success: true } deleteRels)
        {
            foreach (var id in Ids(parameters))
            {
                if (Relationships.TryGetValue(id, out var rel) && rel.Type == deleteRels.Groups[1].Value)
                {
                    Relationships.Remove(id);
                    relationshipsDeleted++;
                }
            }
        }
        else if (NodeMerge().Match(statement) is { Success: true } node)
        {
            var rows = Rows(parameters);
            Batches.Add((node.Groups[1].Value, rows.Count));
            foreach (var row in rows)
            {
                var id = row.GetProperty("id").GetString()!;
                var props = Props(node.Groups[1].Value, row);
                nodesCreated += Nodes.ContainsKey(id) ? 0 : 1;
                propertiesSet += Nodes.TryGetValue(id, out var old) && old.Props == props ? 0 : 1;
                Nodes[id] = (node.Groups[1].Value, props);
            }
        }
        else if (RelationshipMerge().Match(statement) is { Success: true } rel)
        {
            var rows = Rows(parameters);
            Batches.Add((rel.Groups[3].Value, rows.Count));
            foreach (var row in rows)
            {
                var (id, from, to) = (row.GetProperty("id").GetString()!, row.GetProperty("from").GetString()!, row.GetProperty("to").GetString()!);
                Check(Nodes.TryGetValue(from, out var a) && a.Label == rel.Groups[1].Value, $"start node {from} missing or not {rel.Groups[1].Value}");
                Check(Nodes.TryGetValue(to, out var b) && b.Label == rel.Groups[2].Value, $"end node {to} missing or not {rel.Groups[2].Value}");
                var props = Props(rel.Groups[3].Value, row);
                relationshipsCreated += Relationships.ContainsKey(id) ? 0 : 1;
                propertiesSet += Relationships.TryGetValue(id, out var old) && old.Props == props ? 0 : 1;
                Relationships[id] = (rel.Groups[3].Value, from, to, props);
            }
        }
        else
        {
            return Error("Neo.ClientError.Statement.SyntaxError", "the fake does not know: " + statement);
        }

        var values = string.Join(',', column.Select(id => "[" + JsonSerializer.Serialize(id) + "]"));
        var updates = nodesCreated + relationshipsCreated + propertiesSet + nodesDeleted + relationshipsDeleted > 0 ? "true" : "false";
        return $$"""{"data":{"fields":["id"],"values":[{{values}}]},"counters":{"containsUpdates":{{updates}},"nodesCreated":{{nodesCreated}},"nodesDeleted":{{nodesDeleted}},"relationshipsCreated":{{relationshipsCreated}},"relationshipsDeleted":{{relationshipsDeleted}},"propertiesSet":{{propertiesSet}},"constraintsAdded":0},"bookmarks":["FB:fake"]}""";
    }

    private List<string> Ids(JsonElement parameters)
    {
        Check(parameters.TryGetProperty("ids", out var ids) && ids.ValueKind == JsonValueKind.Array, "no $ids array");
        return [.. ids.EnumerateArray().Select(id => id.GetString()!)];
    }

    private List<JsonElement> Rows(JsonElement parameters)
    {
        Check(parameters.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array, "no $rows array");
        return [.. rows.EnumerateArray()];
    }

    private string Props(string key, JsonElement row)
    {
        Check(row.TryGetProperty("props", out var props) && props.ValueKind == JsonValueKind.Object, "row without props");
        foreach (var p in props.EnumerateObject())
        {
            if (!RawValues.TryGetValue((key, p.Name), out var raw))
            {
                RawValues[(key, p.Name)] = raw = [];
            }

            raw.Add(p.Value.GetRawText());
        }

        return props.GetRawText();
    }

    private void Check(bool ok, string what)
    {
        if (!ok)
        {
            Violations.Add(what);
        }
    }

    private static string Error(string code, string message) =>
        $$"""{"errors":[{"code":"{{JsonEncodedText.Encode(code)}}","message":"{{JsonEncodedText.Encode(message)}}"}]}""";

    [GeneratedRegex(@"^MATCH \(n:`(\w+)`\) RETURN n\.id AS id$")]
    private static partial Regex NodeIds();

    [GeneratedRegex(@"^MATCH \(\)-\[r:`(\w+)`\]->\(\) RETURN r\.id AS id$")]
    private static partial Regex RelationshipIds();

    [GeneratedRegex(@"^UNWIND \$ids AS id MATCH \(n:`(\w+)` \{id: id\}\) DETACH DELETE n$")]
    private static partial Regex DeleteNodes();

    [GeneratedRegex(@"^UNWIND \$ids AS id MATCH \(\)-\[r:`(\w+)` \{id: id\}\]->\(\) DELETE r$")]
    private static partial Regex DeleteRelationships();

    [GeneratedRegex(@"^UNWIND \$rows AS row MERGE \(n:`(\w+)` \{id: row\.id\}\) SET n \+= row\.props$")]
    private static partial Regex NodeMerge();

    [GeneratedRegex(@"^UNWIND \$rows AS row MATCH \(a:`(\w+)` \{id: row\.from\}\) MATCH \(b:`(\w+)` \{id: row\.to\}\) MERGE \(a\)-\[r:`(\w+)` \{id: row\.id\}\]->\(b\) SET r \+= row\.props$")]
    private static partial Regex RelationshipMerge();
}
