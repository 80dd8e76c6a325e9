namespace KnowledgeGraph.Neo4j.Tests;

public sealed class EscapingTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData(@"C:\dir\n", @"'C:\\dir\\n'")]
    [InlineData("a\nb\r\tc", @"'a\nb\r\tc'")]
    [InlineData("“两山”理念·嘉兴", "'“两山”理念·嘉兴'")]
    [InlineData("\u0001\u2028", @"'\u0001\u2028'")]
    [InlineData("𠀀", "'𠀀'")]
    [InlineData(@"\'", @"'\\\''")]
    public void Strings_are_escaped_for_cypher(string value, string literal) =>
        Assert.Equal(literal, CypherLiteral.String(value));

    [Fact]
    public void A_lone_surrogate_is_escaped() => // not in InlineData: test discovery would replace it with U+FFFD
        Assert.Equal(@"'\uD800x'", CypherLiteral.String("\ud800x"));

    [Theory]
    [InlineData(5.0, "5.0")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(1e21, "1E+21")]
    [InlineData(0.1, "0.1")]
    public void Floats_stay_floats(double value, string literal) => Assert.Equal(literal, CypherLiteral.Float(value));

    [Theory]
    [InlineData("name", "name")]
    [InlineData("evidence_start", "evidence_start")]
    [InlineData("two words", "`two words`")]
    [InlineData("a`b", "`a``b`")]
    [InlineData("1st", "`1st`")]
    public void Names_are_quoted_when_needed(string name, string literal) => Assert.Equal(literal, CypherLiteral.Name(name));

    [Fact]
    public void Csv_fields_double_their_quotes() => Assert.Equal("\"say \"\"hi\"\", 中文\"", CsvExport.Quote("say \"hi\", 中文"));
}
