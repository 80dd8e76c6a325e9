namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its database unless told otherwise.</summary>
public static class SqliteStoreDefaults
{
    /// <summary>The data directory used when neither an option nor <see cref="EnvironmentVariable"/> names one.</summary>
    public const string DefaultDataDirectory = "data";

    /// <summary>The database file inside the data directory.</summary>
    public const string DefaultFileName = "knowledge-graph.db";

    /// <summary>The environment variable naming the data directory.</summary>
    public const string EnvironmentVariable = "KG_DATA_DIR";

    /// <summary>
    /// The database path: <c>&lt;dir&gt;/knowledge-graph.db</c>, where the directory is
    /// <paramref name="dataDirOption"/> if given, else the <c>KG_DATA_DIR</c> environment variable if set,
    /// else <c>./data</c>.
    /// </summary>
    public static string ResolveDatabasePath(string? dataDirOption) =>
        ResolveDatabasePath(dataDirOption, Environment.GetEnvironmentVariable);

    internal static string ResolveDatabasePath(string? dataDirOption, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var directory = !string.IsNullOrWhiteSpace(dataDirOption)
            ? dataDirOption
            : getEnvironmentVariable(EnvironmentVariable) is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment)
                ? fromEnvironment
                : DefaultDataDirectory;
        return Path.Combine(directory, DefaultFileName);
    }
}
