using System.CommandLine;
using System.Text;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Reading;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract PATH... [--json]</c>: extraction without a store; --json prints the gold shape for the scorer.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files (.txt, .html) or folders of them", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print {\"documents\": [...]} in the shape of the annotation gold files" };
        var command = new Command("extract", "Extract documents and entities from reports, without storing them") { paths, json };
        command.SetAction(async (parse, ct) =>
        {
            var reader = new ReportReader();
            var extractions = new List<ReportExtraction>();
            var failures = 0;
            foreach (var file in reader.ExpandPaths(parse.GetValue(paths) ?? []))
            {
                try
                {
                    extractions.Add(ExtractionPipeline.Default.Extract(await reader.ReadFileAsync(file, ct).ConfigureAwait(false)));
                }
                catch (ReportReadException e)
                {
                    failures++;
                    context.Error.WriteLine("kg: " + e.Message);
                }
            }

            if (parse.GetValue(json))
            {
                using var buffer = new MemoryStream();
                GoldJson.Write(buffer, extractions);
                context.Output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                var table = new Table().AddColumns("file", "township", "county", "city", "province", "review", "plan", "published", "title");
                foreach (var x in extractions)
                {
                    var p = x.Profile;
                    var chain = p.Township?.Value;
                    table.AddRow(
                        [x.Report.FileName, chain?.SubjectName ?? "-", chain?.County.Name ?? "-", chain?.CityName ?? "-", chain?.Province.Name ?? "-",
                        $"{p.ReviewYear?.Value}", $"{p.PlanYear?.Value}", $"{p.Published?.Value:yyyy-MM-dd}", p.Title?.Value ?? "-"]);
                }

                context.Console.Write(table);
            }

            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
