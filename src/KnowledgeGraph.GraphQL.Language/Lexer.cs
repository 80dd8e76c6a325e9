using System.Globalization;
using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into tokens on demand (graphql-js <c>Lexer</c>). <see cref="Advance"/>
/// and <see cref="Lookahead"/> skip comments; <see cref="ReadToken"/> also returns them.
/// Works on the body string with indices; only names, numbers and string values allocate.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _body;
    private int _line = 1;
    private int _lineStart;
    private Token _next;
    private bool _hasNext;
    private StringBuilder? _buffer;

    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _body = source.Body;
        // graphql-js gives <SOF> line 0; 1:1 keeps the document's Location 1-based.
        Token = new Token(TokenKind.Sof, 0, 0, 1, 1, null);
        LastToken = Token;
    }

    public Source Source { get; }

    /// <summary>The current non-ignored token.</summary>
    public Token Token { get; private set; }

    /// <summary>The previous non-ignored token.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next non-ignored token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        _hasNext = false;
        return Token;
    }

    /// <summary>The next non-ignored token, without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.Eof)
        {
            return Token;
        }

        if (!_hasNext)
        {
            var position = Token.End;
            Token token;
            do
            {
                token = ReadToken(position);
                position = token.End;
            }
            while (token.Kind == TokenKind.Comment);

            _next = token;
            _hasNext = true;
        }

        return _next;
    }

    /// <summary>
    /// Reads the token starting at or after <paramref name="position"/>, comments included. Line
    /// tracking assumes calls move forward through the body.
    /// </summary>
    public Token ReadToken(int position)
    {
        var body = _body;
        var length = body.Length;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case '(':
                    return Punctuator(TokenKind.ParenL, position, 1);
                case ')':
                    return Punctuator(TokenKind.ParenR, position, 1);
                case '.':
                    if (CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    break;
                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.BracketL, position, 1);
                case ']':
                    return Punctuator(TokenKind.BracketR, position, 1);
                case '{':
                    return Punctuator(TokenKind.BraceL, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    return CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return CreateToken(TokenKind.Eof, length, length, null);
    }

    private Token Punctuator(TokenKind kind, int start, int size) => CreateToken(kind, start, start + size, null);

    private Token CreateToken(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _line, 1 + start - _lineStart, value);

    /// <summary>Comment :: # CommentChar*. The value (text after <c>#</c>) is not materialised.</summary>
    private Token ReadComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return CreateToken(TokenKind.Comment, start, position, null);
    }

    /// <summary>IntValue / FloatValue, including the rule that no digit, <c>.</c> or NameStart may follow.</summary>
    private Token ReadNumber(int start, char firstCode)
    {
        var position = start;
        var code = (int)firstCode;
        var isFloat = false;

        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code is '+' or '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return CreateToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CodeAt(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        return CreateToken(TokenKind.Name, start, position, body[start..position]);
    }

    private GraphQLSyntaxException Error(int position, string description) => new(Source, position, description);

    /// <summary>The character at an index, or -1 past the end (JavaScript's NaN).</summary>
    private int CodeAt(int index) => (uint)index < (uint)_body.Length ? _body[index] : -1;


    /// <summary>
    /// graphql-js <c>printCodePointAt</c>: printable ASCII quoted (<c>'"'</c> for a double quote),
    /// anything else as <c>U+XXXX</c>, a surrogate pair as its code point, and <c>&lt;EOF&gt;</c> past the end.
    /// </summary>
    private string PrintCodePointAt(int position)
    {
        var body = _body;
        if (position >= body.Length)
        {
            return "<EOF>";
        }

        int code = body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        if (IsSupplementaryCodePoint(position))
        {
            code = char.ConvertToUtf32(body[position], body[position + 1]);
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private bool IsSupplementaryCodePoint(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static bool IsDigit(int code) => code is >= '0' and <= '9';

    private static bool IsLetter(int code) => code is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    private static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    private static bool IsWhiteSpace(int code) => code is '\t' or ' ';
}
