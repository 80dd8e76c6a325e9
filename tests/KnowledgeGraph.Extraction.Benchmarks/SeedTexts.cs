using System.Text;
using KnowledgeGraph.Reading;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Benchmarks;

/// <summary>The five seed reports (graph-seed/reports), read and decoded once, and the size of their text.</summary>
public static class SeedTexts
{
    private static readonly Lazy<IReadOnlyList<ReportText>> Reports = new(() =>
    {
        var reader = new ReportReader();
        return [.. RepositoryPaths.SeedReportFiles.Select(f => reader.ReadFileAsync(f).GetAwaiter().GetResult())];
    });

    public static IReadOnlyList<ReportText> All => Reports.Value;

    /// <summary>The bytes of all the seeds' plain text in UTF-8 (what "MB of report text" counts).</summary>
    public static long Utf8Bytes => All.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));
}
