using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The commands of one write connection by their text, each prepared once and reused (Microsoft.Data.Sqlite keeps a
/// command's prepared statements while its text stays): a batch of reports compiles the writer's statements, with their
/// triggers, once instead of once per report.
/// </summary>
internal sealed class CommandCache(SqliteConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteCommand Get(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql);
            commands[sql] = command;
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        commands.Clear();
    }
}
