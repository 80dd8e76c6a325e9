namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Values, directives, type references and descriptions.</summary>
internal sealed partial class DocumentParser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue |
    /// NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    public ValueNode ParseValueLiteral(bool isConst)
    {
        EnsureStack();
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        AdvanceLexer();
        return new StringValueNode
        {
            Value = token.Value!,
            Block = token.Kind == TokenKind.BlockString,
            Location = Loc(token),
        };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.BracketL);
        if (ExpectOptionalToken(TokenKind.BracketR))
        {
            return new ListValueNode { Location = Loc(start) };
        }

        var values = new List<ValueNode>();
        do
        {
            values.Add(ParseValueLiteral(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.BracketR));

        return new ListValueNode { Values = values, Location = Loc(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }, ObjectField : Name : Value</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.BraceL);
        if (ExpectOptionalToken(TokenKind.BraceR))
        {
            return new ObjectValueNode { Location = Loc(start) };
        }

        var fields = new List<ObjectFieldNode>();
        do
        {
            var fieldStart = _lexer.Token;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            fields.Add(new ObjectFieldNode { Name = name, Value = value, Location = Loc(fieldStart) });
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return new ObjectValueNode { Fields = fields, Location = Loc(start) };
    }

    /// <summary>Directives[Const] : Directive[?Const]+, Directive : @ Name Arguments[?Const]?</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        do
        {
            var start = _lexer.Token;
            ExpectToken(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            directives.Add(new DirectiveNode { Name = name, Arguments = arguments, Location = Loc(start) });
        }
        while (Peek(TokenKind.At));

        return directives;
    }

    /// <summary>Type : NamedType | ListType | NonNullType</summary>
    public TypeNode ParseTypeReference()
    {
        EnsureStack();
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            type = new ListTypeNode { Type = innerType, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = Loc(start) } : type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = Loc(start) };
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
