namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// One lexical token: <see cref="Start"/>/<see cref="End"/> are character offsets (end exclusive),
/// <see cref="Line"/>/<see cref="Column"/> 1-based. <see cref="Value"/> is the interpreted value of
/// names, numbers and strings; null for punctuators, SOF/EOF and comments.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>How graphql-js's <c>getTokenDesc</c> names the token in error messages.</summary>
    public string Describe() => Value is null ? Kind.Describe() : Kind.Describe() + " \"" + Value + "\"";
}
