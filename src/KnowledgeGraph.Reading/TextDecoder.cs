using System.Text;

namespace KnowledgeGraph.Reading;

/// <summary>
/// Decodes report bytes: a BOM decides (UTF-8, UTF-16); otherwise strict UTF-8, then strict GB18030
/// (which covers GBK and GB2312). Binary data and undecodable bytes are refused with a clear reason.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The GB18030 encoding (throws on invalid bytes); tests use it to make GB18030 copies.</summary>
    public static Encoding Gb18030 => StrictGb18030.Value;

    /// <summary>Decodes <paramref name="bytes"/>, returning the text and the name of the encoding found.</summary>
    /// <exception cref="ReportReadException">The bytes are empty, binary or in no supported encoding.</exception>
    public static (string Text, string Encoding) Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new ReportReadException(path, "the file is empty");
        }

        if (Signature(bytes) is { } kind)
        {
            throw new ReportReadException(path, $"this is a {kind} file, not a report in text or HTML; convert it to .txt or .html first");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Strict(path, StrictUtf8, bytes[3..], "UTF-8 (with BOM)"), "UTF-8 BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Strict(path, new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE"), "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Strict(path, new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE"), "UTF-16BE");
        }

        if (bytes.Contains((byte)0))
        {
            throw new ReportReadException(path, "the file holds NUL bytes: it is binary data, not a text or HTML report");
        }

        string text;
        string encoding;
        if (TryDecode(StrictUtf8, bytes, out var utf8))
        {
            (text, encoding) = (utf8, "UTF-8");
        }
        else if (TryDecode(StrictGb18030.Value, bytes, out var gb))
        {
            (text, encoding) = (gb, "GB18030");
        }
        else
        {
            throw new ReportReadException(path, $"the bytes are neither valid UTF-8 nor valid GB18030/GBK (first invalid UTF-8 byte at offset {FirstInvalidUtf8(bytes)}); save the report as UTF-8");
        }

        RejectControlCharacters(path, text);
        return (text, encoding);
    }

    private static string Strict(string path, Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        if (!TryDecode(encoding, bytes, out var text))
        {
            throw new ReportReadException(path, $"the file starts with a {name} byte-order mark but is not valid {name}");
        }

        RejectControlCharacters(path, text);
        return text;
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    // Text may hold tabs, line breaks and form feeds; many other C0 controls mean binary data.
    private static void RejectControlCharacters(string path, string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f') || c == '\u007f')
            {
                controls++;
            }
        }

        if (controls > 0 && controls * 100 > text.Length)
        {
            throw new ReportReadException(path, $"the file holds {controls} control characters in {text.Length}: it is binary data, not a text or HTML report");
        }
    }

    private static string? Signature(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("%PDF"u8) ? "PDF"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) ? "ZIP (or DOCX/XLSX)"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) ? "legacy Office (DOC/XLS)"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "PNG image"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "JPEG image"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) ? "gzip"
        : null;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? -1 : IndexOfInvalid(bytes);

    private static int IndexOfInvalid(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : bytes.Length;
    }
}
