using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Jieba;

/// <summary>Writes a variant's extraction in the gold shape and scores it with the annotation team's score.py.</summary>
internal sealed class Scoring(string scorer, string outputFolder)
{
    /// <summary>The sets scored: all nine dev reports, and the county tuning and held-out halves (README).</summary>
    private static readonly (string Name, Func<DevReport, bool> Holds)[] Sets =
    [
        ("all nine", _ => true),
        ("county tuning", r => !char.IsAsciiDigit(r.Stem[0]) && !r.IsHeldOut),
        ("county held-out", r => r.IsHeldOut),
    ];

    public string Write(string variant, IReadOnlyList<DevReport> reports, Func<DevReport, ExtractionResult> lists)
    {
        var path = Path.Combine(outputFolder, variant + ".json");
        using var stream = File.Create(path);
        GoldJson.Write(stream, reports.Select(r => r.Extraction with { Entities = lists(r) }));
        return path;
    }

    /// <summary>One line per set and list: lenient P/R/F1 (strict F1 after).</summary>
    public async Task PrintAsync(string variant, string predictions, IReadOnlyList<DevReport> reports, TextWriter output)
    {
        foreach (var (set, holds) in Sets)
        {
            using var score = await RunAsync(predictions, [.. reports.Where(holds).Select(r => r.GoldFile)]);
            var lists = score.RootElement.GetProperty("lists");
            var cells = BoundaryAgreement.Lists.Select(list =>
            {
                var l = lists.GetProperty(list);
                double At(string kind, int i) => l.GetProperty(kind)[i].GetDouble();
                return string.Create(CultureInfo.InvariantCulture,
                    $"{list[..4]} {l.GetProperty("pred").GetInt32(),3}/{l.GetProperty("gold").GetInt32(),3} P {At("lenient", 0):0.00} R {At("lenient", 1):0.00} F1 {At("lenient", 2):0.00} (strict {At("strict", 2):0.00})");
            });
            output.WriteLine($"  {variant,-14} {set,-16} {string.Join("   ", cells)}   overall {score.RootElement.GetProperty("overallLenientF1").GetDouble().ToString("0.000", CultureInfo.InvariantCulture)}");
        }
    }

    private async Task<JsonDocument> RunAsync(string predictions, IReadOnlyList<string> goldFiles)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[scorer, "--json", "--pred", predictions, "--gold", .. goldFiles])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"score.py exited with {process.ExitCode}: {await stderr}");
        }

        return JsonDocument.Parse(await stdout);
    }
}
