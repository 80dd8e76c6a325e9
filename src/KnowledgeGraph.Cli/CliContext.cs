using System.CommandLine;
using KnowledgeGraph.Storage.Sqlite;
using Spectre.Console;

namespace KnowledgeGraph.Cli;

/// <summary>What every command shares: the output writers, a console over them and the store location.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public static readonly Option<string?> DataDirOption = new("--data-dir")
    {
        Description = $"Folder of the embedded store (default ./{SqliteStoreDefaults.DefaultDataDirectory}, or ${SqliteStoreDefaults.EnvironmentVariable})",
        Recursive = true,
    };

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Interactive = InteractionSupport.Detect,
        Ansi = output == System.Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = output == System.Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    });

    public static string DatabasePath(ParseResult parse) =>
        SqliteStoreDefaults.ResolveDatabasePath(parse.GetValue(DataDirOption));

    public Task<SqliteGraphStore> OpenStoreAsync(ParseResult parse, CancellationToken cancellationToken) =>
        SqliteGraphStore.OpenAsync(DatabasePath(parse), cancellationToken);

    public int Fail(string message)
    {
        Error.WriteLine("kg: " + message);
        return 1;
    }
}
