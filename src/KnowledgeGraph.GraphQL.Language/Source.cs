namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A GraphQL source text with a name used in error reports (graphql-js <c>Source</c>).</summary>
public sealed record Source(string Body, string Name = "GraphQL request")
{
    /// <summary>
    /// The 1-based line and column of a character offset. Line terminators are <c>\n</c>, <c>\r\n</c>
    /// and <c>\r</c>, as in the lexer.
    /// </summary>
    public (int Line, int Column) GetLocation(int offset)
    {
        var body = Body;
        var end = Math.Clamp(offset, 0, body.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    if (i + 1 >= end)
                    {
                        // The offset points at the \n of a \r\n pair: still the same line.
                        break;
                    }

                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
