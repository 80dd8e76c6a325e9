using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Neo4j;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg push --neo4j URL --database NAME</c>: sends the schema and the graph to Neo4j over its HTTP Query API.</summary>
internal static class PushCommand
{
    private const string DefaultSchema = "schema/neo4j.cypher";

    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--neo4j") { Description = "Neo4j HTTP root, such as http://localhost:7474", Required = true };
        var database = new Option<string>("--database") { Description = "Database name", DefaultValueFactory = _ => "neo4j" };
        var user = new Option<string?>("--user") { Description = "User for Basic auth (default $NEO4J_USER)" };
        var password = new Option<string?>("--password") { Description = "Password (default $NEO4J_PASSWORD)" };
        var schema = new Option<string?>("--schema") { Description = $"Cypher schema script run first (default ./{DefaultSchema} if present, else a uniqueness constraint on id per label)" };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per request", DefaultValueFactory = _ => GraphPusher.DefaultBatchSize };
        var attempts = new Option<int>("--max-attempts") { Description = "Tries per request on transient failures", DefaultValueFactory = _ => PushRetryPolicy.Default.MaxAttempts };
        var command = new Command("push", "Send the schema and the graph to a Neo4j server (HTTP Query API); MERGE only, safe to repeat")
        {
            url, database, user, password, schema, batchSize, attempts,
        };
        command.SetAction(async (parse, ct) =>
        {
            var size = parse.GetValue(batchSize);
            var tries = parse.GetValue(attempts);
            if (size <= 0 || tries <= 0)
            {
                return context.Fail("--batch-size and --max-attempts must be positive");
            }

            var text = parse.GetValue(url) ?? string.Empty;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
            {
                return context.Fail($"--neo4j must be an http(s) URL such as http://localhost:7474, not '{text}'");
            }

            var endpoint = new Neo4jEndpoint(
                baseUri,
                parse.GetValue(database) ?? "neo4j",
                parse.GetValue(user) ?? Environment.GetEnvironmentVariable("NEO4J_USER"),
                parse.GetValue(password) ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD"));
            var schemaPath = parse.GetValue(schema) ?? (File.Exists(DefaultSchema) ? DefaultSchema : null);
            if (schemaPath is not null && !File.Exists(schemaPath))
            {
                return context.Fail($"schema script not found: {schemaPath}");
            }

            var statements = schemaPath is null ? PushSchema.Default : PushSchema.Split(await File.ReadAllTextAsync(schemaPath, ct).ConfigureAwait(false));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
            var client = new Neo4jQueryApiClient(http, endpoint, PushRetryPolicy.Default with { MaxAttempts = tries });
            await using var store = await context.OpenStoreAsync(parse, ct).ConfigureAwait(false);
            try
            {
                var report = await new GraphPusher(client, size).PushAsync(store, statements, null, ct).ConfigureAwait(false);
                Print(context, report, endpoint, schemaPath);
                return 0;
            }
            catch (Neo4jPushException ex)
            {
                return context.Fail($"push to {endpoint.QueryUri} failed: {ex.Message} ({client.Requests} request(s), {client.Retries} retries)");
            }
        });
        return command;
    }

    private static void Print(CliContext context, PushReport report, Neo4jEndpoint endpoint, string? schemaPath)
    {
        static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
        var table = new Table().AddColumns("written", "name", "count");
        foreach (var (label, count) in report.NodesByLabel)
        {
            table.AddRow("nodes", label, N(count));
        }

        foreach (var (type, count) in report.RelationshipsByType)
        {
            table.AddRow("relationships", type, N(count));
        }

        foreach (var (label, count) in report.DeletedNodesByLabel)
        {
            table.AddRow("deleted nodes", label, N(count));
        }

        foreach (var (type, count) in report.DeletedRelationshipsByType)
        {
            table.AddRow("deleted relationships", type, N(count));
        }

        context.Console.Write(table);
        var c = report.Counters;
        context.Console.WriteLine(
            $"pushed to {endpoint.QueryUri}: {report.SchemaStatements} schema statement(s) from {schemaPath ?? "the built-in constraints"}, " +
            $"{N(report.NodeTotal)} node(s) and {N(report.RelationshipTotal)} relationship(s) in {N(report.Batches)} batch(es), " +
            $"{N(report.Requests)} request(s), {N(report.Retries)} retries, {report.Elapsed.TotalSeconds:0.0}s");
        context.Console.WriteLine(
            $"Neo4j counters: {N(c.NodesCreated)} node(s) and {N(c.RelationshipsCreated)} relationship(s) created, {N(c.PropertiesSet)} propert(ies) set, " +
            $"{N(c.ConstraintsAdded)} constraint(s) added, {N(c.NodesDeleted)} node(s) and {N(c.RelationshipsDeleted)} relationship(s) deleted " +
            "(what the store no longer holds: deleted or replaced reports)");
    }
}
