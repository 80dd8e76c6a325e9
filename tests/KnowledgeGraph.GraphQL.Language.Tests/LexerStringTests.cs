using static KnowledgeGraph.GraphQL.Language.Tests.LexerTests;

namespace KnowledgeGraph.GraphQL.Language.Tests;

public class LexerStringTests
{
    [Theory]
    [InlineData("\"\"", 2, "")]
    [InlineData("\"simple\"", 8, "simple")]
    [InlineData("\" white space \"", 15, " white space ")]
    [InlineData("\"quote \\\"\"", 10, "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", 20, "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", 15, "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", 34, "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", 42, "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", 34, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", 42, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", 50, "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", 42, "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", 47, "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", 57, "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", 56, "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", 56, "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", 56, "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"control \u0007 and \u007F are source characters\"", 39, "control \u0007 and \u007F are source characters")]
    public void Lexes_strings(string text, int end, string value)
    {
        var token = LexOne(text);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal((0, end), (token.Start, token.End));
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"\"\"", "Unterminated string.", 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 5)]
    [InlineData("\"no end quote", "Unterminated string.", 14)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 25)]
    [InlineData("\"bad \\uD83D\\not an escape\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 6)]
    [InlineData("\"trailing backslash \\", "Invalid character escape sequence: \"\\\".", 21)]
    public void Reports_string_errors(string text, string message, int column)
    {
        AssertLexError(text, message, 1, column);
    }

    [Fact]
    public void Reports_unpaired_surrogates_in_strings()
    {
        // Unpaired surrogates cannot travel through [InlineData], so these are listed here.
        AssertLexError("\"bad surrogate \uDEAD\"", "Invalid character within String: U+DEAD.", 1, 16);
        AssertLexError("\"bad high surrogate pair \uDEAD\uDEAD\"", "Invalid character within String: U+DEAD.", 1, 26);
        AssertLexError("\"bad low surrogate pair \uD800\uD800\"", "Invalid character within String: U+D800.", 1, 25);
        AssertLexError("\"cannot escape half a pair \uD83D\\uDE00 esc\"", "Invalid character within String: U+D83D.", 1, 28);
        AssertLexError("\"cannot escape half a pair \\uD83D\uDE00 esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28);
        AssertLexError("\"\"\"contains invalid surrogate \uDEAD\"\"\"", "Invalid character within String: U+DEAD.", 1, 31);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", 6, "")]
    [InlineData("\"\"\"simple\"\"\"", 12, "simple")]
    [InlineData("\"\"\" white space \"\"\"", 19, " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", 22, "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", 32, "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", 16, "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", 28, "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", 32, "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", 38, "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", 19, "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", 68, "spans\n  multiple\n    lines")]
    public void Lexes_block_strings(string text, int end, string value)
    {
        var token = LexOne(text);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal((0, end, 1, 1), (token.Start, token.End, token.Line, token.Column));
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Advances_line_after_a_multiline_block_string()
    {
        var second = LexSecond("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \n \"\"\" second_token");
        Assert.Equal((71, 83, 8, 6, "second_token"), (second.Start, second.End, second.Line, second.Column, second.Value));

        second = LexSecond("\"\"\" \nspans \r\nmultiple \n\rlines \n\n\"\"\"\n second_token");
        Assert.Equal((37, 49, 8, 2, "second_token"), (second.Start, second.End, second.Line, second.Column, second.Value));
    }

    [Theory]
    [InlineData("\"\"\"", 4)]
    [InlineData("\"\"\"no end quote", 16)]
    public void Reports_unterminated_block_strings(string text, int column)
    {
        AssertLexError(text, "Unterminated string.", 1, column);
    }
}
