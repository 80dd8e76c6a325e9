namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Parses GraphQL documents, executable and type-system alike (graphql-js <c>parse</c>,
/// <c>parseValue</c>, <c>parseConstValue</c>, <c>parseType</c>). Errors are thrown as
/// <see cref="GraphQLSyntaxException"/> with graphql-js 16 wording.
/// </summary>
public static class Parser
{
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        Parse(new Source(source ?? throw new ArgumentNullException(nameof(source))), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null) =>
        new DocumentParser(source, options).ParseDocument();

    /// <summary>Parses one value literal, variables allowed (e.g. <c>[1, $x]</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new DocumentParser(new Source(source ?? throw new ArgumentNullException(nameof(source))), options);
        parser.ExpectToken(TokenKind.Sof);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.Eof);
        return value;
    }

    /// <summary>Parses one constant value literal (variables are an error).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new DocumentParser(new Source(source ?? throw new ArgumentNullException(nameof(source))), options);
        parser.ExpectToken(TokenKind.Sof);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.Eof);
        return value;
    }

    /// <summary>Parses one type reference (e.g. <c>[String!]!</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new DocumentParser(new Source(source ?? throw new ArgumentNullException(nameof(source))), options);
        parser.ExpectToken(TokenKind.Sof);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.Eof);
        return type;
    }
}

/// <summary>Parser settings (graphql-js <c>ParseOptions</c>).</summary>
public sealed record ParserOptions
{
    /// <summary>Skip creating <see cref="Location"/> objects (nodes get a null <see cref="Node.Location"/>).</summary>
    public bool NoLocation { get; init; }

    /// <summary>
    /// Abort with a syntax error once the document has more than this many tokens (ignored tokens
    /// and the end of file excluded). Null means no limit.
    /// </summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// Accept the legacy <c>fragment Name($var: Type) on T</c> form, filling
    /// <see cref="FragmentDefinitionNode.VariableDefinitions"/>. Not part of the specification.
    /// </summary>
    public bool AllowLegacyFragmentVariables { get; init; }
}
