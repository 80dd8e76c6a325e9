using System.Runtime.CompilerServices;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The recursive-descent parser behind <see cref="Parser"/> (graphql-js's <c>Parser</c> class):
/// this file holds the token utilities and the document level.
/// </summary>
internal sealed partial class DocumentParser
{
    private readonly Lexer _lexer;
    private readonly Source _source;
    private readonly bool _noLocation;
    private readonly bool _allowLegacyFragmentVariables;
    private readonly int? _maxTokens;
    private int _tokenCount;

    public DocumentParser(Source source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _lexer = new Lexer(source);
        _noLocation = options?.NoLocation ?? false;
        _allowLegacyFragmentVariables = options?.AllowLegacyFragmentVariables ?? false;
        _maxTokens = options?.MaxTokens;
    }

    /// <summary>How many tokens have been consumed (graphql-js <c>tokenCount</c>).</summary>
    public int TokenCount => _tokenCount;

    /// <summary>Document : Definition+</summary>
    public DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Sof);
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.Eof));

        return new DocumentNode { Definitions = definitions, Location = Loc(start) };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinition | TypeSystemExtension. Many
    /// definitions begin with a description and need one token of lookahead.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Lookahead() : _lexer.Token;

        if (hasDescription && keywordToken.Kind == TokenKind.BraceL)
        {
            throw Error(_lexer.Token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keywordToken.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    /// <summary>Converts a name token into a name node.</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = Loc(token) };
    }

    /// <summary>The location from <paramref name="start"/> to the last consumed token, unless disabled.</summary>
    private Location? Loc(Token start) =>
        _noLocation ? null : new Location(start.Start, _lexer.LastToken.End, start.Line, start.Column, _source);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    /// <summary>Consumes a token of the given kind or throws <c>Expected X, found Y.</c></summary>
    public Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }

        throw Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return;
        }

        throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    private GraphQLSyntaxException Unexpected() => Unexpected(_lexer.Token);

    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);

    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.Eof)
        {
            _tokenCount++;
            if (_tokenCount > _maxTokens)
            {
                throw Error(token.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");
            }
        }
    }

    /// <summary>
    /// Recursion guard for nesting (selection sets, values, types): .NET cannot catch a stack
    /// overflow, so a too-deep document fails as a syntax error instead.
    /// </summary>
    private void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(_lexer.Token.Start, "Document is nested too deeply. Parsing aborted.");
        }
    }
}
