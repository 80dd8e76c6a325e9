using KnowledgeGraph.Ingestion;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Neo4j.Tests;

public sealed class PushTests : IAsyncLifetime, IDisposable
{
    private static readonly PushRetryPolicy FastRetry = new(4, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5));
    private readonly TempDirectory temp = new();
    private readonly PushFakeNeo4j server = new();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private SqliteGraphStore store = null!;

    public async Task InitializeAsync()
    {
        store = await SqliteGraphStore.OpenAsync(temp.File("kg.db"));
        var results = await new ReportIngestor(store).IngestPathsAsync([RepositoryPaths.SeedReports]);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    public void Dispose()
    {
        http.Dispose();
        server.Dispose();
        temp.Dispose();
    }

    private Neo4jQueryApiClient Client(string password = PushFakeNeo4j.Password) =>
        new(http, new Neo4jEndpoint(server.BaseUri, PushFakeNeo4j.Database, PushFakeNeo4j.User, password), FastRetry);

    [Fact]
    public async Task Push_sends_every_node_and_relationship_in_batches_retries_transient_failures_and_a_second_run_changes_nothing()
    {
        const int batchSize = 50;
        var snapshot = await GraphSnapshot.LoadAsync(store);
        Assert.True(snapshot.NodeCount > batchSize && snapshot.EdgeCount > batchSize, "the seed graph should need several batches");

        var schema = new[] { "CREATE CONSTRAINT township_id IF NOT EXISTS FOR (n:`Township`) REQUIRE n.id IS UNIQUE" };
        var client = Client();
        var pusher = new GraphPusher(client, batchSize);
        server.Failures.Enqueue((503, null)); // the schema statement: a plain 503, then a Neo.TransientError, then through
        server.Failures.Enqueue((503, "Neo.TransientError.Transaction.DeadlockDetected"));
        var first = await pusher.PushAsync(store, schema);

        Assert.Empty(server.Violations);
        Assert.Equal(2, first.Retries);
        // batches, the schema statement and its two retries, the status labels, and one id read per label and type
        Assert.Equal(first.Batches + 1 + 2 + 1 + Neo4jLabels.All.Count + Enum.GetValues<KnowledgeGraph.Domain.EdgeKind>().Length, first.Requests);
        Assert.Equal(0, first.DeletedNodeTotal);
        Assert.Equal(schema, server.Schema);

        // every node with its label, every relationship with its type and ends
        var expectedNodes = snapshot.NodesByLabel.SelectMany(kv => kv.Value).ToDictionary(n => n.Id, n => n.Label);
        Assert.Equal(expectedNodes.OrderBy(kv => kv.Key, StringComparer.Ordinal), server.Nodes.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Label)));
        var expectedEdges = snapshot.EdgesByGroup.SelectMany(kv => kv.Value).ToDictionary(e => e.Id, e => (e.Type, e.StartId, e.EndId));
        Assert.Equal(expectedEdges.OrderBy(kv => kv.Key, StringComparer.Ordinal), server.Relationships.Select(kv => KeyValuePair.Create(kv.Key, (kv.Value.Type, kv.Value.From, kv.Value.To))));
        Assert.Equal(snapshot.NodeCount, first.NodeTotal);
        Assert.Equal(snapshot.EdgeCount, first.RelationshipTotal);
        Assert.Equal(snapshot.NodeCount, first.Counters.NodesCreated);
        Assert.Equal(snapshot.EdgeCount, first.Counters.RelationshipsCreated);
        Assert.Equal(snapshot.NodesByLabel.ToDictionary(kv => kv.Key, kv => kv.Value.Count), first.NodesByLabel);
        Assert.Contains("Region", first.NodesByLabel.Keys);
        Assert.Contains("MENTIONS", first.RelationshipsByType.Keys);

        // batches: at most the configured size, full except the last of each group, nodes before relationships
        Assert.Equal(first.Batches, server.Batches.Count);
        Assert.All(server.Batches, b => Assert.InRange(b.Rows, 1, batchSize));
        Assert.Contains(server.Batches, b => b.Rows == batchSize);
        var nodeBatches = server.Batches.TakeWhile(b => first.NodesByLabel.ContainsKey(b.Key)).ToList();
        Assert.Equal(snapshot.NodeCount, nodeBatches.Sum(b => b.Rows));
        foreach (var label in snapshot.Labels)
        {
            var sizes = nodeBatches.Where(b => b.Key == label).Select(b => b.Rows).ToList();
            Assert.Equal((snapshot.NodesByLabel[label].Count + batchSize - 1) / batchSize, sizes.Count);
            Assert.All(sizes.SkipLast(1), s => Assert.Equal(batchSize, s));
        }

        // typed properties: years integer, measured values float (12 is sent as 12.0), evidence kept
        Assert.All(server.RawValues[("Year", "value")], v => Assert.Matches("^[0-9]+$", v));
        Assert.All(server.RawValues[("Indicator", "value")], v => Assert.Matches(@"[.eE]", v));
        Assert.All(server.RawValues[("Indicator", "year")], v => Assert.Matches("^[0-9]+$", v));
        Assert.Contains(("Project", "evidence_sentence"), server.RawValues.Keys);
        Assert.Contains(("MENTIONS", "evidence_report"), server.RawValues.Keys);

        // a second run: the same MERGEs, nothing created, nothing changed
        var nodesBefore = server.Nodes.ToList();
        var relsBefore = server.Relationships.ToList();
        var second = await new GraphPusher(Client(), batchSize).PushAsync(store, schema);
        Assert.Equal(nodesBefore, server.Nodes.ToList());
        Assert.Equal(relsBefore, server.Relationships.ToList());
        Assert.Equal(0, second.Counters.NodesCreated);
        Assert.Equal(0, second.Counters.RelationshipsCreated);
        Assert.Equal(0, second.Counters.PropertiesSet);
        Assert.Equal(0, second.Retries);
        Assert.Empty(server.Violations);
    }

    [Fact]
    public async Task Push_removes_what_the_store_no_longer_holds_and_stays_idempotent()
    {
        await new GraphPusher(Client()).PushAsync(store, []);
        Assert.Equal(server.Nodes.Count(n => n.Value.Label == "Project" && n.Value.Props.Contains("\"status\":", StringComparison.Ordinal)), server.StatusLabels.Count);
        Assert.NotEmpty(server.StatusLabels);
        var reports = await store.ListReportsAsync();
        var gone = reports[0];
        Assert.True(await store.DeleteReportAsync(gone.Id));

        // a report replaced by a shorter version of itself (same file name): its old facts go
        var replaced = reports[1];
        var copy = temp.File(replaced.FileName);
        await File.WriteAllTextAsync(copy, replaced.SourceText[..(replaced.SourceText.Length / 2)]);
        var outcome = Assert.Single(await new ReportIngestor(store).IngestPathsAsync([copy]));
        Assert.True(outcome.Succeeded, outcome.Error);

        var snapshot = await GraphSnapshot.LoadAsync(store);
        var second = await new GraphPusher(Client()).PushAsync(store, []);
        Assert.Empty(server.Violations);
        Assert.DoesNotContain(gone.Id, server.Nodes.Keys);
        Assert.Equal(snapshot.NodesByLabel.SelectMany(kv => kv.Value).Select(n => n.Id).Order(StringComparer.Ordinal), server.Nodes.Keys);
        Assert.Equal(snapshot.EdgesByGroup.SelectMany(kv => kv.Value).Select(e => e.Id).Order(StringComparer.Ordinal), server.Relationships.Keys);
        Assert.True(second.DeletedNodesByLabel.GetValueOrDefault("Report") >= 1);
        Assert.True(second.DeletedNodeTotal > 10, $"only {second.DeletedNodeTotal} nodes deleted");
        Assert.Equal(second.DeletedNodeTotal, second.Counters.NodesDeleted);
        Assert.Equal(server.Nodes.Count(n => n.Value.Label == "Project" && n.Value.Props.Contains("\"status\":", StringComparison.Ordinal)), server.StatusLabels.Count);
        Assert.NotEmpty(server.StatusLabels);

        var third = await new GraphPusher(Client()).PushAsync(store, []);
        Assert.Equal(0, third.DeletedNodeTotal);
        Assert.Equal(0, third.DeletedRelationshipTotal);
        Assert.Equal(0, third.Counters.NodesCreated + third.Counters.RelationshipsCreated + third.Counters.PropertiesSet);
    }

    [Fact]
    public async Task A_client_error_fails_fast_with_its_code_and_message()
    {
        server.Failures.Enqueue((400, "Neo.ClientError.Statement.SyntaxError"));
        var ex = await Assert.ThrowsAsync<Neo4jPushException>(() => new GraphPusher(Client()).PushAsync(store, ["CREATE CONSTRAINT x IF NOT EXISTS FOR (n:`X`) REQUIRE n.id IS UNIQUE"]));
        Assert.Equal(1, server.Requests);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal(400, ex.HttpStatus);
        Assert.Contains("schema statement 1 of 1: Neo.ClientError.Statement.SyntaxError: injected failure (HTTP 400)", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.Nodes);
    }

    [Fact]
    public async Task Wrong_credentials_fail_fast_and_say_so()
    {
        var client = Client(password: "wrong");
        var ex = await Assert.ThrowsAsync<Neo4jPushException>(() => new GraphPusher(client).PushAsync(store, PushSchema.Default));
        Assert.Equal(1, server.Requests);
        Assert.Equal(0, client.Retries);
        Assert.Equal(401, ex.HttpStatus);
        Assert.Contains("Neo4j refused the credentials", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NEO4J_USER/NEO4J_PASSWORD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transient_failures_are_retried_a_bounded_number_of_times()
    {
        for (var i = 0; i < 10; i++)
        {
            server.Failures.Enqueue((429, null));
        }

        var client = Client();
        var ex = await Assert.ThrowsAsync<Neo4jPushException>(() => new GraphPusher(client).PushAsync(store, []));
        Assert.Equal(FastRetry.MaxAttempts, server.Requests);
        Assert.Equal(FastRetry.MaxAttempts - 1, client.Retries);
        Assert.Contains("gave up after 4 attempt(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported()
    {
        var port = server.BaseUri.Port;
        server.Dispose(); // nobody listens any more
        var client = new Neo4jQueryApiClient(http, new Neo4jEndpoint(new Uri($"http://127.0.0.1:{port}"), "neo4j", null, null), FastRetry);
        var ex = await Assert.ThrowsAsync<Neo4jPushException>(() => new GraphPusher(client).PushAsync(store, PushSchema.Default));
        Assert.Equal(FastRetry.MaxAttempts, client.Requests);
        Assert.Contains("connection failed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_the_push_and_the_backoff()
    {
        for (var i = 0; i < 10; i++)
        {
            server.Failures.Enqueue((503, null));
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var slow = new Neo4jQueryApiClient(http, new Neo4jEndpoint(server.BaseUri, PushFakeNeo4j.Database, PushFakeNeo4j.User, PushFakeNeo4j.Password), new PushRetryPolicy(10, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new GraphPusher(slow).PushAsync(store, PushSchema.Default, null, cts.Token));
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public void Schema_scripts_split_into_statements_outside_strings_and_comments()
    {
        var statements = PushSchema.Split("""
            // constraints
            :begin
            CREATE CONSTRAINT a IF NOT EXISTS FOR (n:`A;B`) REQUIRE n.id IS UNIQUE;
            /* a; comment */ CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);
            :commit
            MERGE (n:C {name: 'x;y'}) ;
            """);
        Assert.Equal(
            ["CREATE CONSTRAINT a IF NOT EXISTS FOR (n:`A;B`) REQUIRE n.id IS UNIQUE", "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)", "MERGE (n:C {name: 'x;y'})"],
            statements);
        Assert.Equal(Neo4jLabels.All.Count, PushSchema.Default.Count);
        var shipped = PushSchema.Split(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "neo4j.cypher")));
        Assert.NotEmpty(shipped);
        Assert.All(shipped, s => Assert.StartsWith("CREATE ", s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(12.0, "12.0")]
    [InlineData(3.5, "3.5")]
    [InlineData(1e21, "1E+21")]
    [InlineData(-0.25, "-0.25")]
    public void Doubles_are_sent_so_that_Neo4j_reads_floats(double value, string json) =>
        Assert.Equal(json, PushGraph.Float(value));
}
