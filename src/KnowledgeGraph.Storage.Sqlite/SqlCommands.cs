using System.Globalization;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Small helpers for building commands and reading the values the schema stores.</summary>
internal static class SqlCommands
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimestampFormat = "O";

    public static SqliteCommand Command(this SqliteConnection connection, string text)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        return command;
    }

    /// <summary>Adds a named parameter (null becomes SQL NULL) and returns it, so a prepared command can be reused row after row.</summary>
    public static SqliteParameter Parameter(this SqliteCommand command, string name, object? value = null)
    {
        var parameter = command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return parameter;
    }

    /// <summary>Sets a named parameter of a reused command, adding it on first use (null becomes SQL NULL).</summary>
    public static void Bind(this SqliteCommand command, string name, object? value)
    {
        var index = command.Parameters.IndexOf(name);
        if (index < 0)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        else
        {
            command.Parameters[index].Value = value ?? DBNull.Value;
        }
    }

    public static void Set(this SqliteParameter parameter, object? value) => parameter.Value = value ?? DBNull.Value;

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static string FormatTimestamp(DateTimeOffset value) => value.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>Reads an evidence row from three consecutive columns: report_id, start, end.</summary>
    public static EvidenceRow GetEvidenceRow(this SqliteDataReader reader, int first) =>
        new(reader.GetString(first), reader.GetInt32(first + 1), reader.GetInt32(first + 2));
}
