namespace KnowledgeGraph.Domain;

/// <summary>
/// The typed form of every node kind. Each record knows its id scheme and turns itself into the
/// <see cref="GraphNode"/> the stores keep (<see cref="ToGraphNode"/>).
/// </summary>
public abstract record Node(string Id, string Name, Evidence Evidence)
{
    public abstract NodeKind Kind { get; }

    protected virtual PropertyBag Properties() => PropertyBag.Empty;

    public GraphNode ToGraphNode() => new(Id, Kind, Name, Properties(), Evidence);
}

/// <summary>A province (省, 自治区, 直辖市), by its two-digit code.</summary>
public sealed record ProvinceNode(string Code, string Name, Evidence Evidence) : Node(NodeIds.Province(Code), Name, Evidence)
{
    public override NodeKind Kind => NodeKind.Province;

    protected override PropertyBag Properties() => PropertyBag.Of(("code", Code));
}

/// <summary>A prefecture-level city (地级市), by its four-digit code.</summary>
public sealed record CityNode(string Code, string Name, Evidence Evidence) : Node(NodeIds.City(Code), Name, Evidence)
{
    public override NodeKind Kind => NodeKind.City;

    protected override PropertyBag Properties() => PropertyBag.Of(("code", Code));
}

/// <summary>A county, county-level city or district (县, 县级市, 区), by its six-digit code.</summary>
public sealed record CountyNode(string Code, string Name, Evidence Evidence) : Node(NodeIds.County(Code), Name, Evidence)
{
    public override NodeKind Kind => NodeKind.County;

    protected override PropertyBag Properties() => PropertyBag.Of(("code", Code));
}

/// <summary>A township-level division (街道, 镇 or 乡), by its nine-digit code.</summary>
public sealed record TownshipNode(string Code, string Name, string TownshipKind, Evidence Evidence) : Node(NodeIds.Township(Code), Name, Evidence)
{
    public override NodeKind Kind => NodeKind.Township;

    protected override PropertyBag Properties() => PropertyBag.Of(("code", Code), ("kind", TownshipKind));
}

/// <summary>A calendar year, the node every dated fact points to.</summary>
public sealed record YearNode(int Value, Evidence Evidence) : Node(NodeIds.Year(Value), Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Evidence)
{
    public override NodeKind Kind => NodeKind.Year;

    protected override PropertyBag Properties() => PropertyBag.Of(("value", Value));
}

/// <summary>A work report: its file, title, the years and date it covers, and its warnings (property <c>warnings</c>, one <c>CODE: message</c> a line).</summary>
public sealed record ReportNode(string FileName, string? Title, int? ReviewYear, int? PlanYear, DateOnly? Published, string ContentHash, Evidence Evidence,
    IReadOnlyList<ReportWarning>? Warnings = null)
    : Node(NodeIds.Report(FileName), Title ?? Path.GetFileName(FileName), Evidence)
{
    public override NodeKind Kind => NodeKind.Report;

    protected override PropertyBag Properties() => PropertyBag.Of(
        ("fileName", Path.GetFileName(FileName)), ("title", Title), ("reviewYear", ReviewYear), ("planYear", PlanYear),
        ("published", Published), ("contentHash", ContentHash), ("warnings", ReportWarning.Join(Warnings)));
}

/// <summary>
/// A named entity extracted from report text (village, project, organization, brand, award, event,
/// initiative), identified by its normalised name within its scope (the township).
/// </summary>
public sealed record EntityNode(NodeKind EntityKind, string ScopeId, string Name, Evidence Evidence, PropertyBag Extra)
    : Node(NodeIds.Entity(EntityKind, ScopeId, Name), Name, Evidence)
{
    public override NodeKind Kind => EntityKind;

    protected override PropertyBag Properties() => Extra;
}

/// <summary>
/// A quantity: an achieved indicator of the review year or a target of the plan year
/// (metric, value, unit, kind or comparator, year), scoped to its township.
/// </summary>
public sealed record QuantityNode(NodeKind QuantityKind, string ScopeId, string Metric, double Value, string Unit, string Qualifier, int Year, Evidence Evidence)
    : Node(NodeIds.Entity(QuantityKind, ScopeId, $"{Metric}|{Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}|{Unit}|{Year}"), Metric, Evidence)
{
    public override NodeKind Kind => QuantityKind;

    protected override PropertyBag Properties() => PropertyBag.Of(
        ("metric", Metric), ("value", Value), ("unit", Unit),
        (QuantityKind == NodeKind.Target ? "comparator" : "kind", Qualifier), ("year", Year));
}
