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
        long nodesCreated = 0, relationshipsCreated = 0, propertiesSet = 0;
        if (statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
        {
            Schema.Add(statement);
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

        return $$"""{"data":{"fields":[],"values":[]},"counters":{"containsUpdates":{{(nodesCreated + relationshipsCreated + propertiesSet > 0 ? "true" : "false")}},"nodesCreated":{{nodesCreated}},"relationshipsCreated":{{relationshipsCreated}},"propertiesSet":{{propertiesSet}},"constraintsAdded":0},"bookmarks":["FB:fake"]}""";
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

    [GeneratedRegex(@"^UNWIND \$rows AS row MERGE \(n:`(\w+)` \{id: row\.id\}\) SET n \+= row\.props$")]
    private static partial Regex NodeMerge();

    [GeneratedRegex(@"^UNWIND \$rows AS row MATCH \(a:`(\w+)` \{id: row\.from\}\) MATCH \(b:`(\w+)` \{id: row\.to\}\) MERGE \(a\)-\[r:`(\w+)` \{id: row\.id\}\]->\(b\) SET r \+= row\.props$")]
    private static partial Regex RelationshipMerge();
}
