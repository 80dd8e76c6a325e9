using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>String and block string tokens.</summary>
internal sealed partial class Lexer
{
    /// <summary>
    /// StringValue :: <c>"</c> StringCharacter* <c>"</c>, with the escapes <c>\" \\ \/ \b \f \n \r \t</c>,
    /// <c>\uXXXX</c> (surrogate pairs must come as a pair) and <c>\u{X...}</c>.
    /// </summary>
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;

        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = body[chunkStart..position];
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }

                return CreateToken(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= Buffer();
                value.Append(body, chunkStart, position - chunkStart);
                position += CodeAt(position + 1) == 'u'
                    ? CodeAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }

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
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary><c>\u{...}</c>: 1 to 8 hex digits naming a Unicode scalar value. Returns the escape's size.</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;

        // Cannot be larger than 12 chars (\u{00000000}).
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                // Must be at least 5 chars (\u{0}) and encode a Unicode scalar value.
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            // Like JavaScript, shifting into the sign bit makes the point negative and so invalid.
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    /// <summary><c>\uXXXX</c>, or a <c>\uD83D\uDE00</c> surrogate pair. Returns the escape's size.</summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        // A leading surrogate escape is only valid when followed by a trailing surrogate escape.
        if (code is >= 0xD800 and <= 0xDBFF && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CodeAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    /// <summary>
    /// BlockString :: <c>"""</c> BlockStringCharacter* <c>"""</c>; <c>\"""</c> escapes a triple quote and the
    /// value is the spec's BlockStringValue (common indentation and blank edge lines removed).
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var lineStart = _lineStart;
        var lineCount = 0;
        StringBuilder? raw = null;

        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                string rawValue;
                if (raw is null)
                {
                    rawValue = body[chunkStart..position];
                }
                else
                {
                    raw.Append(body, chunkStart, position - chunkStart);
                    rawValue = raw.ToString();
                }

                var token = CreateToken(TokenKind.BlockString, start, position + 3, BlockString.Dedent(rawValue));
                _line += lineCount;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                raw ??= Buffer();
                raw.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // keep the quotes, drop the backslash
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                position += code == '\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                lineCount++;
                lineStart = position;
                continue;
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
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private StringBuilder Buffer() => (_buffer ??= new StringBuilder()).Clear();

    /// <summary>JavaScript's <c>slice</c>: clamps the end to the body.</summary>
    private string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CodeAt(position)) << 12)
        | (ReadHexDigit(CodeAt(position + 1)) << 8)
        | (ReadHexDigit(CodeAt(position + 2)) << 4)
        | ReadHexDigit(CodeAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point < 0x10000)
        {
            value.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            value.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }
}
