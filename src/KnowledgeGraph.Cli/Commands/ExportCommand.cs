using System.CommandLine;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export cypher --out FILE</c> and <c>kg export csv --out DIR</c>: the graph for Neo4j.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("export", "Export the graph for Neo4j (an idempotent Cypher script or neo4j-admin import CSV)");
        command.Subcommands.Add(Cypher(context));
        command.Subcommands.Add(Csv(context));
        return command;
    }

    private static Command Cypher(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The .cypher file to write", Required = true };
        var batch = new Option<int>("--batch-size") { Description = "Rows per UNWIND statement", DefaultValueFactory = _ => CypherExport.DefaultBatchSize };
        var command = new Command("cypher", "Write the graph as an idempotent Cypher script (cypher-shell -f FILE; run schema/neo4j.cypher first)") { output, batch };
        command.SetAction(async (parse, ct) =>
        {
            var size = parse.GetValue(batch);
            if (size < 1)
            {
                return context.Fail("--batch-size must be at least 1");
            }

            var path = Path.GetFullPath(parse.GetValue(output)!);
            if (Path.GetDirectoryName(path) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }

            await using var store = await context.OpenStoreAsync(parse, ct).ConfigureAwait(false);
            var counts = await CypherExport.WriteFileAsync(store, path, size, ct).ConfigureAwait(false);
            context.Output.WriteLine($"wrote {counts.NodeTotal} node(s) and {counts.RelationshipTotal} relationship(s) to {path}");
            return 0;
        });
        return command;
    }

    private static Command Csv(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The folder to write the CSV files to", Required = true };
        var database = new Option<string>("--database") { Description = "The database the import command names", DefaultValueFactory = _ => "neo4j" };
        var command = new Command("csv", "Write the graph as CSV files for neo4j-admin database import full and print the command") { output, database };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await context.OpenStoreAsync(parse, ct).ConfigureAwait(false);
            var result = await CsvExport.WriteAsync(store, parse.GetValue(output)!, parse.GetValue(database) ?? "neo4j", ct).ConfigureAwait(false);
            context.Error.WriteLine(
                $"kg: wrote {result.Counts.NodeTotal} node(s) in {result.NodeFiles.Count} file(s) and {result.Counts.RelationshipTotal} relationship(s) " +
                $"in {result.RelationshipFiles.Count} file(s); import with (Neo4j stopped):");
            context.Output.WriteLine(result.ImportCommand);
            return 0;
        });
        return command;
    }
}
