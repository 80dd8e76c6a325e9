namespace KnowledgeGraph.Testing;

/// <summary>Where the repository's data lives, found from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string SeedReports => Path.Combine(Root, "graph-seed", "reports");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static IReadOnlyList<string> SeedReportFiles =>
        [.. Directory.EnumerateFiles(SeedReports, "*.txt").Order(StringComparer.Ordinal)];

    public static string Seed(string prefix) =>
        SeedReportFiles.Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
}
