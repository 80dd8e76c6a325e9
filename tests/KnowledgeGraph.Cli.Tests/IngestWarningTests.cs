using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg ingest</c> and warnings: shown in the table and on stderr, exit 2 unless accepted, refused on request.</summary>
public sealed class IngestWarningTests : IDisposable
{
    // a township-style report whose place names were blanked out: no township may be guessed for it
    private const string Blanked = "XX镇2024年工作总结\n一、2024年工作回顾\n一年来，全镇上下凝心聚力，固定资产投资增长12%。\n二、2025年工作计划\n力争实现地区生产总值增长6%。\n";

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static async Task<(int Exit, string Out, string Err)> Kg(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KgApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_report_stored_with_warnings_is_shown_and_makes_the_exit_code_2()
    {
        var file = temp.File("blanked.txt");
        await File.WriteAllTextAsync(file, Blanked);
        var (exit, output, error) = await Kg("ingest", file, "--data-dir", temp.File("data"));
        Assert.Equal(2, exit);
        Assert.Contains("SUBJECT_UNKNOWN", output, StringComparison.Ordinal);
        Assert.Contains("1 with warnings", output, StringComparison.Ordinal);
        Assert.Contains("kg: warning: " + file + ": SUBJECT_UNKNOWN: ", error, StringComparison.Ordinal);

        var accepted = await Kg("ingest", file, "--data-dir", temp.File("data"), "--accept-warnings");
        Assert.Equal(0, accepted.Exit);
        Assert.Contains("1 unchanged", accepted.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuse_on_warning_stores_nothing_of_such_a_report_and_exits_1()
    {
        var file = temp.File("blanked.txt");
        await File.WriteAllTextAsync(file, Blanked);
        var (exit, output, error) = await Kg("ingest", file, RepositoryPaths.Seed("004"), "--data-dir", temp.File("data"), "--refuse-on-warning");
        Assert.Equal(1, exit);
        Assert.Contains("2 file(s): 1 added, 0 replaced, 0 unchanged, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains("refused because of its warnings", error, StringComparison.Ordinal);
        var stats = await Kg("stats", "--data-dir", temp.File("data"));
        Assert.Equal(0, stats.Exit);
    }

    [Fact]
    public async Task Reports_shows_the_warnings_stored_on_a_report_and_a_dash_for_a_report_without()
    {
        var file = temp.File("blanked.txt");
        await File.WriteAllTextAsync(file, Blanked);
        var seed = RepositoryPaths.Seed("004");
        var dataDir = temp.File("data");
        Assert.Equal(0, (await Kg("ingest", file, seed, "--data-dir", dataDir, "--accept-warnings")).Exit);

        var (exit, output, error) = await Kg("reports", "--data-dir", dataDir);
        Assert.True(exit == 0, error);
        var lines = output.Split('\n');
        var blankedRow = Assert.Single(lines, l => l.Contains("blanked.txt", StringComparison.Ordinal));
        Assert.Matches(@"│ SUBJECT_UNKNOWN: \S", blankedRow);
        var seedRow = Assert.Single(lines, l => l.Contains(Path.GetFileName(seed), StringComparison.Ordinal));
        Assert.Matches(@"│ —\s+│\s*$", seedRow);
        Assert.DoesNotContain("UNKNOWN", seedRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeds_ingest_without_warnings()
    {
        var (exit, output, _) = await Kg("ingest", RepositoryPaths.SeedReports, "--data-dir", temp.File("data"));
        Assert.Equal(0, exit);
        Assert.Contains("0 failed, 0 with warnings", output, StringComparison.Ordinal);
    }
}
