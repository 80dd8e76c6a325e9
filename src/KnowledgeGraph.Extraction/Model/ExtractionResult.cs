using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Model;

/// <summary>
/// The entity lists extracted from one report, filled by the extractors in order. Adding a name already
/// present (same normalised form) merges instead of duplicating; a project's statuses accumulate.
/// </summary>
public sealed class ExtractionResult
{
    public List<ExtractedVillage> Villages { get; } = [];

    public List<ExtractedProject> Projects { get; } = [];

    public List<ExtractedOrganization> Organizations { get; } = [];

    public List<ExtractedBrand> Brands { get; } = [];

    public List<ExtractedAward> Awards { get; } = [];

    public List<ExtractedEvent> Events { get; } = [];

    public List<ExtractedInitiative> Initiatives { get; } = [];

    public List<ExtractedIndicator> Indicators { get; } = [];

    public List<ExtractedTarget> Targets { get; } = [];

    /// <summary>Whether <paramref name="name"/> is already a name in any list (villages, projects, organizations, brands, events, initiatives, award titles).</summary>
    public bool IsKnownName(string name)
    {
        var key = NodeIds.NormaliseName(name);
        return Villages.Any(v => Same(v.Name, key)) || Projects.Any(p => Same(p.Name, key)) || Organizations.Any(o => Same(o.Name, key))
            || Brands.Any(b => Same(b.Name, key)) || Events.Any(e => Same(e.Name, key)) || Initiatives.Any(i => Same(i.Name, key))
            || Awards.Any(a => Same(a.Title, key));
    }

    public void AddVillage(ExtractedVillage village)
    {
        if (!Villages.Any(v => Same(v.Name, NodeIds.NormaliseName(village.Name))))
        {
            Villages.Add(village);
        }
    }

    /// <summary>Adds a project, or merges its statuses (and a location, when the first had none) into the one of the same name.</summary>
    public void AddProject(ExtractedProject project)
    {
        var key = NodeIds.NormaliseName(project.Name);
        var index = Projects.FindIndex(p => Same(p.Name, key));
        if (index < 0)
        {
            Projects.Add(project with { Statuses = [.. project.Statuses.Distinct()] });
            return;
        }

        var existing = Projects[index];
        Projects[index] = existing with
        {
            Statuses = [.. existing.Statuses.Concat(project.Statuses).Distinct()],
            Location = existing.Location ?? project.Location,
        };
    }

    public void AddOrganization(ExtractedOrganization organization) =>
        AddUnique(Organizations, organization, o => o.Name);

    public void AddBrand(ExtractedBrand brand) => AddUnique(Brands, brand, b => b.Name);

    public void AddEvent(ExtractedEvent item) => AddUnique(Events, item, e => e.Name);

    public void AddInitiative(ExtractedInitiative initiative) => AddUnique(Initiatives, initiative, i => i.Name);

    /// <summary>Adds an award unless the same title already went to the same recipient.</summary>
    public void AddAward(ExtractedAward award)
    {
        var key = NodeIds.NormaliseName(award.Title);
        if (!Awards.Any(a => Same(a.Title, key) && a.Recipient == award.Recipient))
        {
            Awards.Add(award);
        }
    }

    /// <summary>Adds an indicator unless one with the same metric, value, unit and year is there.</summary>
    public void AddIndicator(ExtractedIndicator indicator)
    {
        if (!Indicators.Any(i => i.Value == indicator.Value && i.Unit == indicator.Unit && i.Year == indicator.Year && i.Metric == indicator.Metric))
        {
            Indicators.Add(indicator);
        }
    }

    public void AddTarget(ExtractedTarget target)
    {
        if (!Targets.Any(t => t.Value == target.Value && t.Unit == target.Unit && t.Year == target.Year && t.Metric == target.Metric))
        {
            Targets.Add(target);
        }
    }

    private static void AddUnique<T>(List<T> list, T item, Func<T, string> name)
    {
        var key = NodeIds.NormaliseName(name(item));
        if (!list.Any(x => Same(name(x), key)))
        {
            list.Add(item);
        }
    }

    private static bool Same(string name, string normalisedKey) => NodeIds.NormaliseName(name) == normalisedKey;
}
