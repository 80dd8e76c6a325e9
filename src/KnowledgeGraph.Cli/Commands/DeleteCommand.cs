using System.CommandLine;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg delete REPORT</c>: removes a stored report (by id, as <c>kg reports</c> lists it, or by file name) with its
/// evidence and every node and edge no other report holds.
/// </summary>
internal static class DeleteCommand
{
    public static Command Create(CliContext context)
    {
        var report = new Argument<string>("REPORT") { Description = "The report's id (report:…) or file name, as kg reports lists it" };
        var command = new Command("delete", "Remove one stored report and the facts only it held") { report };
        command.SetAction(async (parse, ct) =>
        {
            var wanted = parse.GetValue(report) ?? string.Empty;
            await using var store = await context.OpenStoreAsync(parse, ct).ConfigureAwait(false);
            var reports = await store.ListReportsAsync(ct).ConfigureAwait(false);
            var match = reports.FirstOrDefault(r => r.Id == wanted) ?? reports.FirstOrDefault(r => r.FileName == wanted);
            if (match is null)
            {
                return context.Fail($"no stored report is called '{wanted}' (kg reports lists them); nothing was deleted");
            }

            var before = await store.GetStatsAsync(ct).ConfigureAwait(false);
            if (!await store.DeleteReportAsync(match.Id, ct).ConfigureAwait(false))
            {
                return context.Fail($"{match.Id} could not be deleted (it went away meanwhile?)");
            }

            var after = await store.GetStatsAsync(ct).ConfigureAwait(false);
            context.Output.WriteLine(
                $"kg: deleted {match.Id} ({match.FileName}): {before.NodeTotal - after.NodeTotal} node(s) and {before.EdgeTotal - after.EdgeTotal} edge(s) " +
                $"no other report held; {after.Reports} report(s) left. Run kg push again to remove them from Neo4j too.");
            return 0;
        });
        return command;
    }
}
