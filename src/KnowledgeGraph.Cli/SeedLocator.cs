namespace KnowledgeGraph.Cli;

/// <summary>Finds graph-seed/reports: in the working folder or a parent of it, else beside the program or a parent.</summary>
internal static class SeedLocator
{
    public const string RelativePath = "graph-seed/reports";

    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
