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
            w.WriteString("name", chain.SubjectName);
            w.WriteString("kind", chain.SubjectKind);
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
        if (profile.Warnings.Count > 0)
        {
            // not part of the gold shape (the scorer ignores it): what could not be determined or was guessed
            w.WriteStartArray("warnings");
            foreach (var warning in profile.Warnings)
            {
                w.WriteStringValue(warning.ToString());
            }

            w.WriteEndArray();
        }

        WriteEntities(w, x.Entities);
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, Model.ExtractionResult e)
    {
        w.WriteStartArray("villages");
        e.Villages.ForEach(v => w.WriteStringValue(v.Name));
        w.WriteEndArray();
        w.WriteStartArray("projects");
        foreach (var p in e.Projects)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteStartArray("statuses");
            foreach (var s in p.Statuses)
            {
                w.WriteStartObject();
                w.WriteString("status", s.Status);
                w.WriteNumber("year", s.Year);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("location", p.Location);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("organizations");
        e.Organizations.ForEach(o => w.WriteStringValue(o.Name));
        w.WriteEndArray();
        w.WriteStartArray("brands");
        foreach (var b in e.Brands)
        {
            w.WriteStartObject();
            w.WriteString("name", b.Name);
            w.WriteString("owner", b.Owner);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("awards");
        foreach (var a in e.Awards)
        {
            w.WriteStartObject();
            w.WriteString("title", a.Title);
            w.WriteString("recipient", a.Recipient);
            WriteYear(w, "year", a.Year);
            w.WriteString("level", a.Level);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var ev in e.Events)
        {
            w.WriteStartObject();
            w.WriteString("name", ev.Name);
            WriteYear(w, "year", ev.Year);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("initiatives");
        e.Initiatives.ForEach(i => w.WriteStringValue(i.Name));
        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var i in e.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("metric", i.Metric);
            w.WriteNumber("value", i.Value);
            w.WriteString("unit", i.Unit);
            w.WriteString("kind", i.Kind);
            w.WriteNumber("year", i.Year);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var t in e.Targets)
        {
            w.WriteStartObject();
            w.WriteString("metric", t.Metric);
            w.WriteNumber("value", t.Value);
            w.WriteString("unit", t.Unit);
            w.WriteString("comparator", t.Comparator);
            w.WriteNumber("year", t.Year);
            w.WriteEndObject();
        }

        w.WriteEndArray();
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
