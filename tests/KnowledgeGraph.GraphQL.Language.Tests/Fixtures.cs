namespace KnowledgeGraph.GraphQL.Language.Tests;

/// <summary>Reads the graphql-js fixtures copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static string Read(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

        // Checkouts may turn LF into CRLF; the expectations are written with LF and no final newline.
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
    }

    public static string KitchenSinkQuery => Read("kitchen-sink.graphql");

    public static string KitchenSinkQueryPrinted => Read("kitchen-sink.printed.graphql");

    public static string KitchenSinkSdl => Read("schema-kitchen-sink.graphql");

    public static string KitchenSinkSdlPrinted => Read("schema-kitchen-sink.printed.graphql");
}
