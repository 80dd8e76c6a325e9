namespace KnowledgeGraph.Testing;

/// <summary>
/// The team's shared data beside the repository (../shared: corpus-county, eval gold), which users do not have: tests
/// that read it use <see cref="SharedDataFactAttribute"/> (or check <see cref="Available"/>) and are skipped cleanly
/// when it is absent.
/// </summary>
public static class SharedData
{
    /// <summary>The ../shared folder (or $KG_SHARED_DIR), or null when it is not there.</summary>
    public static string? Root
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("KG_SHARED_DIR") is { Length: > 0 } env ? env : Path.Combine(RepositoryPaths.Root, "..", "shared");
            return Directory.Exists(path) ? Path.GetFullPath(path) : null;
        }
    }

    /// <summary>Whether ../shared with its dev gold (eval/gold) is there.</summary>
    public static bool Available => Root is { } root && Directory.Exists(Path.Combine(root, "eval", "gold"));

    /// <summary>The 54 county-level reports of ../shared/corpus-county, or null without ../shared.</summary>
    public static string? CountyCorpus => Root is { } root && Directory.Exists(Path.Combine(root, "corpus-county")) ? Path.Combine(root, "corpus-county") : null;

    /// <summary>The dev gold folder (eval/gold); only when <see cref="Available"/>.</summary>
    public static string Gold => Path.Combine(Root ?? throw new InvalidOperationException("../shared is absent"), "eval", "gold");

    /// <summary>A county report of corpus-county by its stem (dingxing_2022); only when <see cref="Available"/>.</summary>
    public static string CountyReport(string stem) =>
        Path.Combine(Root ?? throw new InvalidOperationException("../shared is absent"), "corpus-county", stem + ".txt");
}

/// <summary>A fact that needs ../shared/corpus-county; skipped with a clear reason when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.CountyCorpus is null)
        {
            Skip = "needs ../shared/corpus-county (the team's shared data), which is absent here";
        }
    }
}

/// <summary>A theory that needs ../shared (corpus-county and eval gold); skipped with a clear reason when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.CountyCorpus is null || !SharedData.Available)
        {
            Skip = "needs ../shared (corpus-county and eval/gold, the team's shared data), which is absent here";
        }
    }
}
