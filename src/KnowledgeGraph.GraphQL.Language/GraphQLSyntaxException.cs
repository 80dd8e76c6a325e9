namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// A syntax error in a GraphQL source (graphql-js <c>syntaxError</c>). <see cref="Exception.Message"/>
/// is <c>Syntax Error: </c> followed by <see cref="Description"/>, worded as graphql-js 16 words it.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException()
        : this(new Source(string.Empty), 0, "Unknown syntax error.")
    {
    }

    public GraphQLSyntaxException(string message)
        : base(message)
    {
        GraphQLSource = new Source(string.Empty);
        Description = message;
        Line = 1;
        Column = 1;
    }

    public GraphQLSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        GraphQLSource = new Source(string.Empty);
        Description = message;
        Line = 1;
        Column = 1;
    }

    public GraphQLSyntaxException(Source source, int position, string description)
        : base("Syntax Error: " + description)
    {
        ArgumentNullException.ThrowIfNull(source);
        GraphQLSource = source;
        Position = position;
        Description = description;
        (Line, Column) = source.GetLocation(position);
    }

    /// <summary>The GraphQL source that failed to parse (graphql-js <c>source</c>).</summary>
    public Source GraphQLSource { get; }

    /// <summary>The character offset of the error.</summary>
    public int Position { get; }

    /// <summary>1-based line of <see cref="Position"/>.</summary>
    public int Line { get; }

    /// <summary>1-based column of <see cref="Position"/>.</summary>
    public int Column { get; }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }
}
