using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Writes extractions in the shape of the annotation gold files (eval/gold-format.json): one object per
/// document under "documents", so the scorer reads the output directly.
/// </summary>
public static class GoldJson
{
    /// <summary>The entity lists of the gold shape, in order.</summary>
    public static IReadOnlyList<string> Lists { get; } =
        ["villages", "projects", "organizations", "brands", "awards", "events", "initiatives", "indicators", "targets"];

    public static void Write(Stream output, IEnumerable<ReportExtraction> extractions, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteStartArray("documents");
        foreach (var extraction in extractions)
        {
            WriteDocument(w, extraction);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, ReportExtraction x)
    {
        var profile = x.Profile;
        w.WriteStartObject();
        w.WriteString("file", x.Report.FileName);
        if (profile.Township?.Value is { } chain)
        {
            w.WriteStartObject("township");
            w.WriteString("name", chain.Township.Name);
            w.WriteString("kind", chain.Township.Kind);
            w.WriteString("county", chain.County.Name);
            w.WriteString("city", chain.CityName);
            w.WriteString("province", chain.Province.Name);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("township");
        }

        WriteYear(w, "reviewYear", profile.ReviewYear?.Value);
        WriteYear(w, "planYear", profile.PlanYear?.Value);
        if (profile.Published?.Value is { } date)
        {
            w.WriteString("published", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("published");
        }

        w.WriteString("title", profile.Title?.Value);
        foreach (var list in Lists)
        {
            w.WriteStartArray(list);
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteYear(Utf8JsonWriter w, string name, int? year)
    {
        if (year is { } y)
        {
            w.WriteNumber(name, y);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
