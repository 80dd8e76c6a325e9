namespace KnowledgeGraph.Testing;

/// <summary>
/// The annotation team's shared data (../shared beside the repository: corpus-county, eval/gold). Users and CI do
/// not have it; tests that read it check <see cref="Available"/> and skip (return, saying so) when it is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootPath = new(() =>
    {
        var beside = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared"));
        return Directory.Exists(Path.Combine(beside, "eval", "gold")) ? beside : null;
    });

    /// <summary>The ../shared folder, or null when it is absent.</summary>
    public static string? Root => RootPath.Value;

    public static bool Available => Root is not null;

    /// <summary>The dev gold folder (eval/gold); only when <see cref="Available"/>.</summary>
    public static string Gold => Path.Combine(Root ?? throw new InvalidOperationException("../shared is absent"), "eval", "gold");

    /// <summary>A county report of corpus-county by its stem (dingxing_2022); only when <see cref="Available"/>.</summary>
    public static string CountyReport(string stem) =>
        Path.Combine(Root ?? throw new InvalidOperationException("../shared is absent"), "corpus-county", stem + ".txt");
}
