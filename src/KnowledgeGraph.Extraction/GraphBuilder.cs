using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Reading;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Turns an extraction into the nodes and edges of the graph, each with its evidence: the report, its township and
/// region chain (township → county → city → province), its review and plan years, and every extracted item.
/// </summary>
/// <remarks>
/// Entity ids are scoped by the township (by the report when the township is unknown), so a project named in two
/// reports of one township is one node, its HAS_STATUS edges (one per status and year) its timeline. Edges built:
/// report MENTIONS every entity; village LOCATED_IN township; project LOCATED_IN its village (else the township) and
/// HAS_STATUS → year (property and discriminator <c>status</c>); organization, event, initiative and brand BELONGS_TO
/// township; owner OWNS brand (the township, or the report's village or organization the owner names); recipient
/// RECEIVED award (the township, or a village, organization, project, brand, event or initiative of the report the recipient names, else an
/// organization node of that name); award and event IN_YEAR; township ACHIEVED indicator and SETS_TARGET target, each
/// IN_YEAR. Every edge is checked against <see cref="EdgeCatalog"/>.
/// </remarks>
public static class GraphBuilder
{
    /// <summary>
    /// The graph of one report. <paramref name="moreWarnings"/> are warnings found outside the text (a stored report with
    /// the same subject and years), stored with the profile's own. The content hash is <see cref="ContentKey.Of"/> of the
    /// text, so the same report in another encoding or as an HTML page is the same content.
    /// </summary>
    public static ReportGraph Build(ReportExtraction extraction, DateTimeOffset ingestedAt, IReadOnlyList<ReportWarning>? moreWarnings = null)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var report = extraction.Report;
        var profile = extraction.Profile;
        var text = report.Text;
        var titleSpan = profile.Title?.Span is { End: > 0 } s ? s : FirstLine(text);
        var contentHash = ContentKey.Of(text);
        var reportNode = new ReportNode(report.FileName, profile.Title?.Value, profile.ReviewYear?.Value, profile.PlanYear?.Value,
            profile.Published?.Value, contentHash, Evidence.FromSpan(NodeIds.Report(report.FileName), text, titleSpan.Start, titleSpan.End),
            [.. profile.Warnings, .. moreWarnings ?? []]);
        var graph = new Parts(reportNode, text);
        graph.Add(reportNode);

        Node? subject = null;
        if (profile.Subject is { } located)
        {
            var chain = located.Value;
            var evidence = graph.At(located.Span);
            var county = new CountyNode(chain.County.Code, chain.County.Name, evidence);
            var province = new ProvinceNode(chain.Province.Code, chain.Province.Name, evidence);
            graph.Add(county);
            graph.Add(province);
            subject = county;
            if (chain.Township is { } t)
            {
                subject = graph.Add(new TownshipNode(t.Code, t.Name, t.Kind, evidence));
                graph.Edge(EdgeKind.LocatedIn, subject, county, evidence);
            }
            if (chain.City is { IsPlaceholder: false } c)
            {
                var city = graph.Add(new CityNode(c.Code, c.Name, evidence));
                graph.Edge(EdgeKind.LocatedIn, county, city, evidence);
                graph.Edge(EdgeKind.LocatedIn, city, province, evidence);
            }
            else
            {
                graph.Edge(EdgeKind.LocatedIn, county, province, evidence);
            }

            graph.Edge(EdgeKind.ReportsOn, reportNode, subject, evidence);
            graph.Edge(EdgeKind.Mentions, reportNode, subject, evidence);
        }

        foreach (var (role, year) in new[] { ("review", profile.ReviewYear), ("plan", profile.PlanYear) })
        {
            if (year is not null)
            {
                var evidence = graph.At(year.Span.End > 0 ? year.Span : titleSpan);
                graph.Edge(EdgeKind.InYear, reportNode, graph.Year(year.Value, evidence), evidence, PropertyBag.Of(("role", role)), role);
            }
        }

        new EntityGraph(graph, subject, profile.Subject?.Value.SubjectKind).Add(extraction.Entities);
        var stored = new StoredReport(reportNode.Id, report.FileName, contentHash, report.Source, text, profile.Title?.Value,
            subject?.Id, profile.ReviewYear?.Value, profile.PlanYear?.Value, profile.Published?.Value, ingestedAt);
        return new ReportGraph(stored, [.. graph.Nodes.Select(n => n.ToGraphNode())], graph.Edges);
    }

    private static TextSpan FirstLine(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.IndexOf('\n', start);
        return new TextSpan(start, end < 0 ? text.Length : end);
    }

    /// <summary>The nodes and edges of one report, each id once (the first wins), every edge checked against the catalog.</summary>
    private sealed class Parts(ReportNode report, string text)
    {
        private readonly Dictionary<string, Node> nodeIds = new(StringComparer.Ordinal);
        private readonly HashSet<string> edgeIds = new(StringComparer.Ordinal);

        public ReportNode Report { get; } = report;

        public List<Node> Nodes { get; } = [];

        public List<GraphEdge> Edges { get; } = [];

        public Evidence At(TextSpan span) => Evidence.FromSpan(Report.Id, text, span.Start, span.End);

        /// <summary>The span of a mention: its own when it points into the text, else the first occurrence of the name, else the title.</summary>
        public Evidence At(TextSpan span, string name)
        {
            if (span.Start >= 0 && span.End > span.Start && span.End <= text.Length)
            {
                return At(span);
            }

            var found = name.Length > 0 ? text.IndexOf(name, StringComparison.Ordinal) : -1;
            return found >= 0 ? At(new TextSpan(found, found + name.Length)) : Report.Evidence;
        }

        public T Add<T>(T node)
            where T : Node
        {
            if (nodeIds.TryGetValue(node.Id, out var existing))
            {
                return (T)existing;
            }

            nodeIds[node.Id] = node;
            Nodes.Add(node);
            return node;
        }

        public YearNode Year(int year, Evidence evidence) => Add(new YearNode(year, evidence));

        public void Edge(EdgeKind kind, Node from, Node to, Evidence evidence, PropertyBag? properties = null, string? discriminator = null)
        {
            if (!EdgeCatalog.Allows(kind, from.Kind, to.Kind))
            {
                throw new InvalidOperationException($"{EdgeCatalog.Name(kind)} may not join a {from.Kind} ({from.Id}) to a {to.Kind} ({to.Id})");
            }

            var edge = GraphEdge.Create(kind, from.Id, to.Id, evidence, properties, discriminator);
            if (edgeIds.Add(edge.Id))
            {
                Edges.Add(edge);
            }
        }
    }

    /// <summary>The nodes and edges of the extracted entities, hung off the report's subject (a township or a county-level place).</summary>
    private sealed class EntityGraph(Parts graph, Node? township, string? subjectKind)
    {
        private readonly string scope = township?.Id ?? graph.Report.Id;
        private readonly Dictionary<string, Node> villages = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Node> organizations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Node> projects = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Node> others = new(StringComparer.Ordinal);

        public void Add(ExtractionResult entities)
        {
            // Places and actors first, so projects, brands and awards can point at them.
            entities.Villages.ForEach(v => Village(v.Name, graph.At(v.Span, v.Name)));
            foreach (var o in entities.Organizations)
            {
                var node = Organization(o.Name, graph.At(o.Span, o.Name));
                BelongsToTownship(node, node.Evidence);
            }

            entities.Projects.ForEach(Project);
            entities.Brands.ForEach(Brand);
            foreach (var e in entities.Events)
            {
                var evidence = graph.At(e.Span, e.Name);
                var node = Entity(NodeKind.Event, e.Name, evidence, PropertyBag.Of(("year", e.Year)));
                others.TryAdd(NodeIds.NormaliseName(e.Name), node);
                BelongsToTownship(node, evidence);
                InYear(node, e.Year, evidence);
            }

            foreach (var i in entities.Initiatives)
            {
                var evidence = graph.At(i.Span, i.Name);
                var node = Entity(NodeKind.Initiative, i.Name, evidence);
                others.TryAdd(NodeIds.NormaliseName(i.Name), node);
                BelongsToTownship(node, evidence);
            }

            // Awards last: a recipient may be any named thing of the report.
            entities.Awards.ForEach(Award);

            foreach (var i in entities.Indicators)
            {
                var evidence = graph.At(i.Span, i.Metric);
                Quantity(new QuantityNode(NodeKind.Indicator, scope, i.Metric, i.Value, i.Unit, i.Kind, i.Year, evidence), EdgeKind.Achieved);
            }

            foreach (var t in entities.Targets)
            {
                var evidence = graph.At(t.Span, t.Metric);
                Quantity(new QuantityNode(NodeKind.Target, scope, t.Metric, t.Value, t.Unit, t.Comparator, t.Year, evidence), EdgeKind.SetsTarget);
            }
        }

        private Node Entity(NodeKind kind, string name, Evidence evidence, PropertyBag? properties = null)
        {
            var node = graph.Add(new EntityNode(kind, scope, name.Trim(), evidence, properties ?? PropertyBag.Empty));
            graph.Edge(EdgeKind.Mentions, graph.Report, node, evidence);
            return node;
        }

        private Node Village(string name, Evidence evidence)
        {
            var node = Entity(NodeKind.Village, name, evidence);
            villages.TryAdd(NodeIds.NormaliseName(name), node);
            if (township is not null)
            {
                graph.Edge(EdgeKind.LocatedIn, node, township, evidence);
            }

            return node;
        }

        private Node Organization(string name, Evidence evidence)
        {
            var node = Entity(NodeKind.Organization, name, evidence);
            organizations.TryAdd(NodeIds.NormaliseName(name), node);
            return node;
        }

        private void Project(ExtractedProject p)
        {
            var evidence = graph.At(p.Span, p.Name);
            var node = Entity(NodeKind.Project, p.Name, evidence, PropertyBag.Of(("location", p.Location)));
            projects.TryAdd(NodeIds.NormaliseName(p.Name), node);
            Node? place = string.IsNullOrWhiteSpace(p.Location) || NamesTownship(p.Location)
                ? township
                : villages.GetValueOrDefault(NodeIds.NormaliseName(p.Location)) ?? Village(p.Location, evidence);
            if (place is not null)
            {
                graph.Edge(EdgeKind.LocatedIn, node, place, evidence);
            }

            foreach (var status in p.Statuses)
            {
                graph.Edge(EdgeKind.HasStatus, node, graph.Year(status.Year, evidence), evidence, PropertyBag.Of(("status", status.Status)), status.Status);
            }
        }

        private void Brand(ExtractedBrand b)
        {
            var evidence = graph.At(b.Span, b.Name);
            var node = Entity(NodeKind.Brand, b.Name, evidence, PropertyBag.Of(("owner", b.Owner)));
            others.TryAdd(NodeIds.NormaliseName(b.Name), node);
            BelongsToTownship(node, evidence);
            var owner = b.Owner is { } name && !NamesTownship(name)
                ? villages.GetValueOrDefault(NodeIds.NormaliseName(name)) ?? organizations.GetValueOrDefault(NodeIds.NormaliseName(name)) ?? township
                : township;
            if (owner is not null)
            {
                graph.Edge(EdgeKind.Owns, owner, node, evidence);
            }
        }

        private void Award(ExtractedAward a)
        {
            var evidence = graph.At(a.Span, a.Title);
            var node = Entity(NodeKind.Award, a.Title, evidence, PropertyBag.Of(("level", a.Level)));
            InYear(node, a.Year, evidence);
            if (string.IsNullOrWhiteSpace(a.Recipient))
            {
                return;
            }

            var key = NodeIds.NormaliseName(a.Recipient);
            Node? recipient = NamesTownship(a.Recipient) ? township : null;
            recipient ??= villages.GetValueOrDefault(key) ?? organizations.GetValueOrDefault(key) ?? projects.GetValueOrDefault(key)
                ?? others.GetValueOrDefault(key) ?? Organization(a.Recipient, evidence);
            graph.Edge(EdgeKind.Received, recipient, node, evidence);
        }

        private void Quantity(QuantityNode node, EdgeKind from)
        {
            var stored = graph.Add(node);
            graph.Edge(EdgeKind.Mentions, graph.Report, stored, node.Evidence);
            if (township is not null)
            {
                graph.Edge(from, township, stored, node.Evidence);
            }

            InYear(stored, node.Year, node.Evidence);
        }

        private void BelongsToTownship(Node node, Evidence evidence)
        {
            if (township is not null)
            {
                graph.Edge(EdgeKind.BelongsTo, node, township, evidence);
            }
        }

        private void InYear(Node node, int? year, Evidence evidence)
        {
            if (year is { } y)
            {
                graph.Edge(EdgeKind.InYear, node, graph.Year(y, evidence), evidence);
            }
        }

        /// <summary>
        /// Whether a recipient or owner names the report's township: its name, its name without the 街道/镇/乡 suffix,
        /// or the suffix itself as the text refers to it (街道, 本镇, 我乡, 全街道).
        /// </summary>
        private bool NamesTownship(string name)
        {
            if (township is null)
            {
                return false;
            }

            var key = NodeIds.NormaliseName(name);
            var kind = subjectKind ?? "";
            var shortName = township.Name.EndsWith(kind, StringComparison.Ordinal) && township.Name.Length - kind.Length >= 2 ? township.Name[..^kind.Length] : null;
            return key == NodeIds.NormaliseName(township.Name)
                || (shortName is { Length: > 0 } && key == shortName)
                || key == kind || key == "本" + kind || key == "我" + kind || key == "全" + kind;
        }
    }
}
