namespace KnowledgeGraph.GraphQL.Language.Tests;

public class LexerTests
{
    internal static Token LexOne(string text) => new Lexer(new Source(text)).Advance();

    internal static Token LexSecond(string text)
    {
        var lexer = new Lexer(new Source(text));
        lexer.Advance();
        return lexer.Advance();
    }

    internal static List<Token> LexAll(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        do
        {
            tokens.Add(lexer.Advance());
        }
        while (tokens[^1].Kind != TokenKind.Eof);

        return tokens;
    }

    private static void AssertToken(Token token, TokenKind kind, int start, int end, string? value)
    {
        Assert.Equal(kind, token.Kind);
        Assert.Equal(start, token.Start);
        Assert.Equal(end, token.End);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Ignores_bom_header()
    {
        AssertToken(LexOne("\uFEFF foo"), TokenKind.Name, 2, 5, "foo");
    }

    [Theory]
    [InlineData("foo", 0, 1, 1)]
    [InlineData("\nfoo", 1, 2, 1)]
    [InlineData("\rfoo", 1, 2, 1)]
    [InlineData("\r\nfoo", 2, 2, 1)]
    [InlineData("\n\rfoo", 2, 3, 1)]
    [InlineData("\r\r\n\nfoo", 4, 4, 1)]
    [InlineData("\n\n\r\rfoo", 4, 5, 1)]
    [InlineData("\n \r\n \r  foo\n", 8, 4, 3)]
    public void Tracks_line_breaks_and_columns(string text, int start, int line, int column)
    {
        var token = LexOne(text);
        AssertToken(token, TokenKind.Name, start, start + 3, "foo");
        Assert.Equal(line, token.Line);
        Assert.Equal(column, token.Column);
    }

    [Theory]
    [InlineData("\n\n    foo\n\n\n", 6)]
    [InlineData("\t\tfoo\t\t", 2)]
    [InlineData("\n    #comment\n    foo#comment\n", 18)]
    [InlineData(",,,foo,,,", 3)]
    public void Skips_whitespace_commas_and_comments(string text, int start)
    {
        AssertToken(LexOne(text), TokenKind.Name, start, start + 3, "foo");
    }

    [Fact]
    public void Lexes_every_punctuator()
    {
        var tokens = LexAll("! $ & ( ) ... : = @ [ ] { | }");
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR,
                TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR, TokenKind.Eof,
            ],
            tokens.Select(t => t.Kind));
        Assert.All(tokens, t => Assert.Null(t.Value));
        AssertToken(tokens[5], TokenKind.Spread, 10, 13, null);
        Assert.All(tokens.Take(14), t => Assert.True(t.Kind.IsPunctuator()));
    }

    [Fact]
    public void Lexes_names_numbers_strings_and_eof()
    {
        var tokens = LexAll("_name2 -12 3.5e-2 \"s\" \"\"\"b\"\"\"");
        Assert.Equal(
            [TokenKind.Name, TokenKind.Int, TokenKind.Float, TokenKind.String, TokenKind.BlockString, TokenKind.Eof],
            tokens.Select(t => t.Kind));
        Assert.Equal(["_name2", "-12", "3.5e-2", "s", "b", null], tokens.Select(t => t.Value));
        AssertToken(tokens[^1], TokenKind.Eof, 29, 29, null);
    }

    [Fact]
    public void Reads_comments_as_tokens_but_advance_skips_them()
    {
        var lexer = new Lexer(new Source("# Comment\r\nAnother"));
        var comment = lexer.ReadToken(0);
        AssertToken(comment, TokenKind.Comment, 0, 9, null);
        AssertToken(LexOne("# Comment \U0001F600\nfoo"), TokenKind.Name, 13, 16, "foo");
        Assert.Equal([TokenKind.BraceL, TokenKind.Name, TokenKind.BraceR, TokenKind.Eof], LexAll("{\n  #comment\n  field\n}").Select(t => t.Kind));
    }

    [Theory]
    [InlineData("4", false)]
    [InlineData("4.123", true)]
    [InlineData("-4", false)]
    [InlineData("9", false)]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("-4.123", true)]
    [InlineData("0.123", true)]
    [InlineData("123e4", true)]
    [InlineData("123E4", true)]
    [InlineData("123e-4", true)]
    [InlineData("123e+4", true)]
    [InlineData("-1.123e4", true)]
    [InlineData("-1.123E4", true)]
    [InlineData("-1.123e-4", true)]
    [InlineData("-1.123e+4", true)]
    [InlineData("-1.123e4567", true)]
    [InlineData("0e0", true)]
    public void Lexes_numbers(string text, bool isFloat)
    {
        AssertToken(LexOne(text), isFloat ? TokenKind.Float : TokenKind.Int, 0, text.Length, text);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("01.23", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1E", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 6)]
    public void Reports_number_errors(string text, string message, int column)
    {
        AssertLexError(text, message, 1, column);
    }

    [Fact]
    public void Reports_dash_inside_a_name_as_a_number_error()
    {
        var lexer = new Lexer(new Source("a-b"));
        AssertToken(lexer.Advance(), TokenKind.Name, 0, 1, "a");
        var error = Assert.Throws<GraphQLSyntaxException>(() => lexer.Advance());
        Assert.Equal("Syntax Error: Invalid number, expected digit but got: \"b\".", error.Message);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("~", "Unexpected character: \"~\".")]
    [InlineData("\u0000", "Unexpected character: U+0000.")]
    [InlineData("\b", "Unexpected character: U+0008.")]
    [InlineData("\u00AA", "Unexpected character: U+00AA.")]
    [InlineData("\u0AAA", "Unexpected character: U+0AAA.")]
    [InlineData("\u203B", "Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("\uD800\uDC00", "Unexpected character: U+10000.")]
    [InlineData("\uDBFF\uDFFF", "Unexpected character: U+10FFFF.")]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    public void Reports_unknown_characters(string text, string message)
    {
        AssertLexError(text, message, 1, 1);
    }

    [Fact]
    public void Reports_a_lone_surrogate_as_invalid()
    {
        // Kept out of [InlineData]: attribute strings cannot carry unpaired surrogates.
        AssertLexError("\uDEAD", "Invalid character: U+DEAD.", 1, 1);
    }

    [Fact]
    public void Comment_stops_at_a_lone_surrogate()
    {
        AssertLexError("# Invalid surrogate \uDEAD", "Invalid character: U+DEAD.", 1, 21);
    }

    [Fact]
    public void Error_positions_respect_whitespace_and_lines()
    {
        AssertLexError("\n\n ~\n", "Unexpected character: \"~\".", 3, 2);
    }

    internal static void AssertLexError(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => LexSecond(text));
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(message, error.Description);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
