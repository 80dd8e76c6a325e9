using System.Text;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Reading.Tests;

public sealed class TextDecoderTests
{
    private static string SeedText(string prefix) => File.ReadAllText(RepositoryPaths.Seed(prefix), Encoding.UTF8);

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void A_GB18030_copy_of_a_seed_reads_identically(string prefix)
    {
        var text = SeedText(prefix);
        var gb = TextDecoder.Gb18030.GetBytes(text);
        Assert.NotEqual(Encoding.UTF8.GetBytes(text), gb);
        var (decoded, encoding) = TextDecoder.Decode("copy.txt", gb);
        Assert.Equal("GB18030", encoding);
        Assert.Equal(text, decoded);
    }

    [Fact]
    public void UTF8_with_and_without_BOM_and_UTF16_read_the_same_text()
    {
        var text = SeedText("001");
        var plain = Encoding.UTF8.GetBytes(text);
        Assert.Equal((text, "UTF-8"), TextDecoder.Decode("a.txt", plain));
        Assert.Equal((text, "UTF-8 BOM"), TextDecoder.Decode("a.txt", [0xEF, 0xBB, 0xBF, .. plain]));
        Assert.Equal((text, "UTF-16LE"), TextDecoder.Decode("a.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]));
    }

    [Fact]
    public void Empty_input_is_refused_by_name()
    {
        var e = Assert.Throws<ReportReadException>(() => TextDecoder.Decode("empty.txt", []));
        Assert.Equal("empty.txt: the file is empty", e.Message);
    }

    [Fact]
    public void Bytes_with_NUL_are_binary()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var e = Assert.Throws<ReportReadException>(() => TextDecoder.Decode("blob.txt", bytes));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PDF_is_named_as_such()
    {
        var e = Assert.Throws<ReportReadException>(() => TextDecoder.Decode("r.txt", "%PDF-1.7\n..."u8));
        Assert.Contains("PDF", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_valid_in_neither_encoding_are_refused_with_the_offset()
    {
        byte[] bytes = [.. "报告"u8, 0xFF, 0xFF, 0x80];
        var e = Assert.Throws<ReportReadException>(() => TextDecoder.Decode("bad.txt", bytes));
        Assert.Contains("neither valid UTF-8 nor valid GB18030", e.Problem, StringComparison.Ordinal);
        Assert.Contains("offset 6", e.Problem, StringComparison.Ordinal);
    }
}
