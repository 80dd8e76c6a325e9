using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Jieba;
using KnowledgeGraph.Testing;

// Issue 9: does jieba.NET help the boundaries of organizations and villages? A measurement over ../shared, run by hand.
if (!SharedData.Available || SharedData.CountyCorpus is not { } countyCorpus)
{
    Console.WriteLine("../shared (eval/gold and corpus-county) is absent: nothing to measure, skipped.");
    return 0;
}

var output = Console.Out;
var outputFolder = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "kg-jieba");
Directory.CreateDirectory(outputFolder);

var load = Stopwatch.StartNew();
var segmenter = new Segmenter();
segmenter.CountTokens("加载词典");
load.Stop();

var reports = await DevReport.LoadAsync(SharedData.Gold, countyCorpus, segmenter);
output.WriteLine($"{reports.Count} dev gold reports; jieba's dictionary loaded in {load.Elapsed.TotalSeconds:0.0} s.");
output.WriteLine();

output.WriteLine("a. Boundary agreement");
BoundaryAgreement.Print(reports, output);
output.WriteLine();

output.WriteLine("b, c. Lenient P/R/F1 with score.py (pred/gold counts; the other seven lists are ours in every variant but the last)");
var scoring = new Scoring(Path.Combine(SharedData.Root!, "eval", "score.py"), outputFolder);
await scoring.PrintAsync("ours", scoring.Write("ours", reports, r => r.Extraction.Entities), reports, output);
var changes = new List<string>();
foreach (var (i, (name, snap)) in Snapping.Strategies.Index())
{
    var applied = reports.ToDictionary(r => r, r => Snapping.Apply(r, snap));
    var variant = "snap " + (i + 1);
    await scoring.PrintAsync(variant, scoring.Write(variant, reports, r => applied[r].Result), reports, output);
    var examples = applied.Values.SelectMany(a => a.Examples).ToList();
    changes.Add($"  {variant} = {name}: {applied.Values.Sum(a => a.Changed)} names changed, {applied.Values.Sum(a => a.MadeRight)} made exact, " +
        $"{applied.Values.Sum(a => a.MadeWrong)} exact ones broken; e.g. (seeds and tuning half only) {string.Join("; ", examples.Take(8))}");
}

await scoring.PrintAsync("jieba alone", scoring.Write("jieba-alone", reports, JiebaCandidates.Find), reports, output);
changes.ForEach(output.WriteLine);
output.WriteLine($"  prediction files: {outputFolder}");
output.WriteLine();

// d. Time: our extraction of the nine texts, and jieba's cut of their sentences, best of three rounds each.
var megabytes = reports.Sum(r => Encoding.UTF8.GetByteCount(r.Report.Text)) / 1e6;
var extract = Best(() =>
{
    foreach (var report in reports)
    {
        ExtractionPipeline.Default.Extract(report.Report);
    }
});
var cut = Best(() =>
{
    foreach (var sentence in reports.SelectMany(r => r.Sentences))
    {
        segmenter.CountTokens(sentence.Text);
    }
});
output.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"d. Time over {megabytes:0.000} MB: extraction {extract / megabytes:0.00} s/MB; jieba's cut {cut / megabytes:0.00} s/MB; " +
    $"extraction with jieba {(extract + cut) / megabytes:0.00} s/MB ({megabytes / extract:0.00} → {megabytes / (extract + cut):0.00} MB/s), plus {load.Elapsed.TotalSeconds:0.0} s to load the dictionary once."));
return 0;

static double Best(Action run) => Enumerable.Range(0, 3).Min(_ =>
{
    var watch = Stopwatch.StartNew();
    run();
    return watch.Elapsed.TotalSeconds;
});
