namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The kinds of lexical tokens (graphql-js <c>TokenKind</c>).</summary>
internal enum TokenKind
{
    Sof,
    Eof,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
    Comment,
}

internal static class TokenKinds
{
    /// <summary>graphql-js's string value of the kind, e.g. <c>...</c>, <c>Name</c> or <c>&lt;EOF&gt;</c>.</summary>
    public static string Text(this TokenKind kind) => kind switch
    {
        TokenKind.Sof => "<SOF>",
        TokenKind.Eof => "<EOF>",
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Amp => "&",
        TokenKind.ParenL => "(",
        TokenKind.ParenR => ")",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.Equals => "=",
        TokenKind.At => "@",
        TokenKind.BracketL => "[",
        TokenKind.BracketR => "]",
        TokenKind.BraceL => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceR => "}",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        TokenKind.Comment => "Comment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown token kind."),
    };

    public static bool IsPunctuator(this TokenKind kind) => kind is >= TokenKind.Bang and <= TokenKind.BraceR;

    /// <summary>How error messages name a kind: punctuators quoted, e.g. <c>"{"</c>; others bare.</summary>
    public static string Describe(this TokenKind kind) => kind.IsPunctuator() ? "\"" + kind.Text() + "\"" : kind.Text();
}
