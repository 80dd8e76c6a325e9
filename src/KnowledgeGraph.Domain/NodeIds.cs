using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Domain;

/// <summary>
/// Stable ids. Regions and townships use their official division codes; years their number; reports
/// their file name; extracted entities a hash of (scope, kind, normalised name), where the scope is the
/// township, so the same project named in two reports of one township is one node.
/// </summary>
public static class NodeIds
{
    public static string Province(string code) => "province:" + code;

    public static string City(string code) => "city:" + code;

    public static string County(string code) => "county:" + code;

    public static string Township(string code) => "township:" + code;

    public static string Year(int year) => "year:" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of a report, from its file name (the base name, without folders).</summary>
    public static string Report(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName);
        var stem = Path.GetFileNameWithoutExtension(name);
        return stem.Length > 0 && stem.Length <= 64 && stem.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
            ? "report:" + stem
            : "report:" + Hash(name);
    }

    /// <summary>The id of an entity named <paramref name="name"/> of <paramref name="kind"/> within <paramref name="scopeId"/>.</summary>
    public static string Entity(NodeKind kind, string scopeId, string name) =>
        KindPrefix(kind) + ":" + Hash(scopeId + "\u001f" + NormaliseName(name));

    /// <summary>The id of an edge: kind, endpoints and an optional discriminator.</summary>
    public static string Edge(EdgeKind kind, string sourceId, string targetId, string? discriminator = null) =>
        "edge:" + Hash(EdgeCatalog.Name(kind) + "\u001f" + sourceId + "\u001f" + targetId + "\u001f" + discriminator);

    /// <summary>The lower-case kind prefix used in ids (project, organization …).</summary>
    public static string KindPrefix(NodeKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>NFKC, no quote marks or white space: the form under which two mentions are the same name.</summary>
    public static string NormaliseName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Extraction asks this for every candidate it compares: most names are ASCII and CJK unified ideographs, which
        // are their own NFKC form (no decomposition, nothing to compose with), so the ICU call is skipped for them.
        var drop = 0;
        foreach (var c in name)
        {
            if (IsDropped(c))
            {
                drop++;
            }
            else if (!IsOwnNfkc(c))
            {
                return Strip(name.Normalize(NormalizationForm.FormKC));
            }
        }

        return drop == 0 ? name : Strip(name);
    }

    /// <summary>Whether <paramref name="c"/> is its own NFKC form whatever stands beside it (ASCII, CJK unified ideographs).</summary>
    private static bool IsOwnNfkc(char c) => c < 0x80 || c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsDropped(char c) =>
        char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '《' or '》' or '〈' or '〉';

    private static string Strip(string nfkc)
    {
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (!IsDropped(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
}
