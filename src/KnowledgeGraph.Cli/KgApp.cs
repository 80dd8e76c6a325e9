using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

/// <summary>The <c>kg</c> command: ingest, extract, eval, stats, reports, delete, serve, export, push.</summary>
public static class KgApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("kg: turns township government work reports into a knowledge graph and serves it.");
        var context = new CliContext(output, error);
        root.Options.Add(CliContext.DataDirOption);
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(ReportsCommand.Create(context));
        root.Subcommands.Add(DeleteCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(PushCommand.Create(context));
        var config = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }
}
