using System.Text;

namespace KnowledgeGraph.Neo4j;

/// <summary>The schema statements a push runs first: those of a Cypher script (schema/neo4j.cypher) or, without one, a uniqueness constraint on <c>id</c> per label.</summary>
public static class PushSchema
{
    /// <summary>One <c>CREATE CONSTRAINT … IF NOT EXISTS</c> per node label: MERGE on id finds nodes through it.</summary>
    public static IReadOnlyList<string> Default { get; } =
    [
        .. Neo4jLabels.All.Select(l =>
            $"CREATE CONSTRAINT {char.ToLowerInvariant(l[0])}{l[1..]}_id IF NOT EXISTS FOR (n:`{l}`) REQUIRE n.id IS UNIQUE"),
    ];

    /// <summary>
    /// Splits a Cypher script into statements at semicolons outside strings, backticks and comments; drops comments,
    /// blank statements and cypher-shell commands (<c>:begin</c>, <c>:commit</c> …).
    /// </summary>
    public static IReadOnlyList<string> Split(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var statements = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (quote is { } q)
            {
                current.Append(c);
                if (c == '\\' && q != '`' && i + 1 < script.Length)
                {
                    current.Append(script[++i]);
                }
                else if (c == q)
                {
                    quote = null;
                }
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }

                current.Append('\n');
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '*')
            {
                var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? script.Length : end + 1;
                current.Append(' ');
            }
            else if (c == ';')
            {
                Flush();
            }
            else
            {
                if (c is '\'' or '"' or '`')
                {
                    quote = c;
                }

                current.Append(c);
            }
        }

        Flush();
        return statements;

        void Flush()
        {
            var lines = current.ToString().Split('\n').Where(l => !l.TrimStart().StartsWith(':')).ToArray();
            var statement = string.Join('\n', lines).Trim();
            if (statement.Length > 0)
            {
                statements.Add(statement);
            }

            current.Clear();
        }
    }
}
