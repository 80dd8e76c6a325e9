using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// What makes two reports the same content: the SHA-256 (hex) of the decoded plain text, NFKC-normalised (full-width
/// forms as ASCII) with all white space and table bars dropped. The same report as GB18030 bytes, as UTF-8 with a BOM,
/// or as an HTML page whose visible text is the report gets the same key.
/// </summary>
public static class ContentKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (!char.IsWhiteSpace(c) && c != '|')
            {
                kept.Append(c);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kept.ToString())));
    }
}
