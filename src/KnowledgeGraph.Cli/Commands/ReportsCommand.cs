using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Domain;
using Mapster;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg reports</c>: the stored reports with their subject (the place the report is about), review and plan years,
/// publication date, how many entities they mention and relations they hold, and their warnings.
/// </summary>
internal static class ReportsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("reports", "List the stored reports: subject, years, counts, warnings (remove one with kg delete REPORT)");
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await context.OpenStoreAsync(parse, ct).ConfigureAwait(false);
            var reports = (await store.ListReportsAsync(ct).ConfigureAwait(false)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            var rows = await RowsAsync(store, reports, ct).ConfigureAwait(false);
            var table = new Table().AddColumns("report", "file", "subject", "years (review → plan)", "published", "entities", "relations", "warnings");
            foreach (var row in rows)
            {
                table.AddRow(
                    Markup.Escape(row.Id), Markup.Escape(row.FileName), Markup.Escape(row.Subject), Markup.Escape(row.Years), row.Published,
                    row.Entities.ToString(CultureInfo.InvariantCulture), row.Relations.ToString(CultureInfo.InvariantCulture), Markup.Escape(row.Warnings));
            }

            if (context.Output != System.Console.Out || System.Console.IsOutputRedirected)
            {
                context.Console.Profile.Width = 200; // a file or pipe: one line per report rather than 80 columns of wrapped cells
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{rows.Count} report(s) in {CliContext.DatabasePath(parse)}");
            return 0;
        });
        return command;
    }

    internal static async Task<List<ReportRow>> RowsAsync(IGraphStore store, IReadOnlyList<StoredReport> reports, CancellationToken ct)
    {
        if (reports.Count == 0)
        {
            return [];
        }

        // one batched read for every report's outgoing edges (MENTIONS: entities; all: relations), one for the subjects
        // and the report nodes (their stored warnings)
        var edges = (await store.GetEdgesOfAsync([.. reports.Select(r => r.Id)], EdgeDirection.Outgoing, null, ct).ConfigureAwait(false))
            .GroupBy(e => e.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var nodes = await store.GetNodesByIdAsync(
            [.. reports.Select(r => r.TownshipId).OfType<string>().Concat(reports.Select(r => r.Id)).Distinct(StringComparer.Ordinal)], ct).ConfigureAwait(false);
        return [.. reports.Select(report =>
        {
            var own = edges.GetValueOrDefault(report.Id) ?? [];
            return report.BuildAdapter(CliMapping.Config)
                .AddParameters(CliMapping.SubjectName, report.TownshipId is { } t && nodes.TryGetValue(t, out var node) ? node.Name : "—")
                .AddParameters(CliMapping.EntityCount, own.Count(e => e.Kind == EdgeKind.Mentions))
                .AddParameters(CliMapping.RelationCount, own.Count)
                .AddParameters(CliMapping.WarningText, CliMapping.Warnings(nodes.GetValueOrDefault(report.Id)))
                .AdaptToType<ReportRow>();
        })];
    }
}
