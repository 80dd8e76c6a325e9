using System.CommandLine;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Evaluation;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg eval --gold DIR PATH... [--show-misses] [--json] [--min-f1 X]</c>: extracts the reports (no store) and scores
/// them against gold files with the project's scorer, which prints what the annotation team's score.py prints.
/// Exit 1 when --min-f1 is given and the overall lenient F1 is below it; 2 on unusable input (unreadable gold, no gold
/// documents, a report that cannot be read; the score of the rest is still printed).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold file or folder of *.json gold files (repeat for several)",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var paths = new Argument<string[]>("paths") { Description = "Report files (.txt, .html) or folders of them", Arity = ArgumentArity.OneOrMore };
        var showMisses = new Option<bool>("--show-misses") { Description = "List every missed and extra item and every wrong document field first" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (score.py --json)" };
        var minF1 = new Option<double?>("--min-f1") { Description = "Exit 1 when the overall lenient F1 is below this" };
        var command = new Command("eval", "Extract reports and score them against gold annotations (agrees with the annotation team's score.py)")
        {
            gold, paths, showMisses, json, minF1,
        };
        command.SetAction(async (parse, ct) =>
        {
            GoldDocuments goldDocuments;
            try
            {
                goldDocuments = GoldDocuments.Load(parse.GetValue(gold) ?? []);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                context.Error.WriteLine("kg: cannot read gold: " + e.Message);
                return 2;
            }

            if (goldDocuments.Count == 0)
            {
                context.Error.WriteLine("kg: no gold documents");
                return 2;
            }

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

            var report = Scorer.Score(goldDocuments, GoldDocuments.FromExtractions(extractions));
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(report.ToJson());
            }
            else
            {
                foreach (var line in report.TableLines(parse.GetValue(showMisses)))
                {
                    context.Output.WriteLine(line);
                }
            }

            return failures > 0 ? 2 : parse.GetValue(minF1) is { } min && report.OverallLenientF1 < min ? 1 : 0;
        });
        return command;
    }
}
