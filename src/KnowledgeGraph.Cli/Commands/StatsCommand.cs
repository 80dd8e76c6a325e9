using System.CommandLine;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Neo4j;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats</c>: node and edge counts by kind.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "Print node and edge counts by kind");
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await context.OpenStoreAsync(parse, ct).ConfigureAwait(false);
            var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
            // kinds as GraphQL's NodeKind spells them (provinces, cities and counties are REGION), as Neo4j and the API say
            var nodes = new Table().AddColumns("node kind", "count");
            foreach (var group in Enum.GetValues<NodeKind>().GroupBy(AnalystVocabulary.Kind, StringComparer.Ordinal))
            {
                nodes.AddRow(group.Key, group.Sum(kind => stats.Nodes.GetValueOrDefault(kind)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var edges = new Table().AddColumns("edge kind", "count");
            foreach (var kind in Enum.GetValues<EdgeKind>())
            {
                edges.AddRow(EdgeCatalog.Name(kind), stats.Edges.GetValueOrDefault(kind).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            context.Console.Write(nodes);
            context.Console.Write(edges);
            context.Console.WriteLine($"{stats.Reports} report(s), {stats.NodeTotal} node(s), {stats.EdgeTotal} edge(s) in {CliContext.DatabasePath(parse)}");
            return 0;
        });
        return command;
    }
}
