using System.Reflection;

namespace KnowledgeGraph.Gazetteer;

/// <summary>
/// The official divisions of China (province, city, county, township) with their codes, loaded from
/// the data embedded in this assembly. Immutable and safe to share; <see cref="Default"/> loads once.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(LoadEmbedded);

    private readonly Dictionary<string, Province> provinces;
    private readonly Dictionary<string, City> cities;
    private readonly Dictionary<string, County> counties;
    private readonly Dictionary<string, Township> townshipsByCode;
    private readonly Dictionary<string, List<Township>> townshipsByName;
    private readonly Dictionary<string, List<County>> countiesByName;
    private readonly Dictionary<string, List<County>> formerCountiesByName;

    public Gazetteer(IEnumerable<Province> provinces, IEnumerable<City> cities, IEnumerable<County> counties, IEnumerable<Township> townships)
        : this(provinces, cities, counties, townships, [])
    {
    }

    /// <summary>A gazetteer that also knows the former names of county-level places (<paramref name="renames"/>: old name → today's code).</summary>
    public Gazetteer(IEnumerable<Province> provinces, IEnumerable<City> cities, IEnumerable<County> counties, IEnumerable<Township> townships, IEnumerable<(string OldName, string Code)> renames)
    {
        this.provinces = provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        this.cities = cities.ToDictionary(c => c.Code, StringComparer.Ordinal);
        this.counties = counties.ToDictionary(c => c.Code, StringComparer.Ordinal);
        townshipsByCode = townships.ToDictionary(t => t.Code, StringComparer.Ordinal);
        townshipsByName = Group(townshipsByCode.Values, t => t.Name);
        countiesByName = Group(this.counties.Values, c => c.Name);
        formerCountiesByName = new Dictionary<string, List<County>>(StringComparer.Ordinal);
        foreach (var (oldName, code) in renames)
        {
            var county = this.counties.GetValueOrDefault(code) ?? throw new InvalidOperationException($"gazetteer: the former name {oldName} points to unknown county {code}");
            if (!formerCountiesByName.TryGetValue(oldName, out var list))
            {
                formerCountiesByName[oldName] = list = [];
            }

            list.Add(county);
        }
        MaxTownshipNameLength = townshipsByCode.Values.Max(t => t.Name.Length);
    }

    /// <summary>The gazetteer shipped with the product (NBS 统计用区划代码, 2023 edition).</summary>
    public static Gazetteer Default => Shared.Value;

    public int MaxTownshipNameLength { get; }

    public IReadOnlyCollection<Township> Townships => townshipsByCode.Values;

    public IReadOnlyCollection<County> Counties => counties.Values;

    public IReadOnlyCollection<City> Cities => cities.Values;

    public IReadOnlyCollection<Province> Provinces => provinces.Values;

    public IReadOnlyList<Township> TownshipsNamed(string name) =>
        townshipsByName.TryGetValue(name, out var list) ? list : [];

    public IReadOnlyList<County> CountiesNamed(string name) =>
        countiesByName.TryGetValue(name, out var list) ? list : [];

    /// <summary>A lookup of township names by span, for scanning text without allocating.</summary>
    public Dictionary<string, List<Township>>.AlternateLookup<ReadOnlySpan<char>> TownshipNameLookup =>
        townshipsByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The county-level places known by <paramref name="name"/>: today's name, or a former one (清苑县 → 清苑区).</summary>
    public IReadOnlyList<County> CountiesKnownAs(string name) =>
        formerCountiesByName.TryGetValue(name, out var former) ? [.. CountiesNamed(name), .. former.Except(CountiesNamed(name))] : CountiesNamed(name);

    /// <summary>Today's name and the former names of a county-level place (清苑区, 清苑县).</summary>
    public IReadOnlyList<string> NamesOf(County county)
    {
        ArgumentNullException.ThrowIfNull(county);
        return [county.Name, .. formerCountiesByName.Where(f => f.Value.Contains(county)).Select(f => f.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every name a county-level place is known by: today's names and the former names of the renames list.</summary>
    public IEnumerable<string> CountyNames => countiesByName.Keys.Concat(formerCountiesByName.Keys).Distinct(StringComparer.Ordinal);

    public Province? ProvinceByCode(string code) => provinces.GetValueOrDefault(code);

    public City? CityByCode(string code) => cities.GetValueOrDefault(code);

    public County? CountyByCode(string code) => counties.GetValueOrDefault(code);

    public Township? TownshipByCode(string code) => townshipsByCode.GetValueOrDefault(code);

    /// <summary>The county, city and province of a township.</summary>
    public RegionChain ChainOf(Township township)
    {
        ArgumentNullException.ThrowIfNull(township);
        var county = counties.GetValueOrDefault(township.CountyCode)
            ?? throw new InvalidOperationException($"gazetteer: township {township.Code} names unknown county {township.CountyCode}");
        var province = provinces.GetValueOrDefault(township.ProvinceCode)
            ?? throw new InvalidOperationException($"gazetteer: township {township.Code} names unknown province {township.ProvinceCode}");
        return new RegionChain(township, county, cities.GetValueOrDefault(township.CityCode), province);
    }

    /// <summary>The city and province of a county-level place, as the chain of a county-level subject.</summary>
    public RegionChain ChainOf(County county)
    {
        ArgumentNullException.ThrowIfNull(county);
        var province = provinces.GetValueOrDefault(county.ProvinceCode)
            ?? throw new InvalidOperationException($"gazetteer: county {county.Code} names unknown province {county.ProvinceCode}");
        return new RegionChain(null, county, cities.GetValueOrDefault(county.CityCode), province);
    }

    private static Dictionary<string, List<T>> Group<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var result = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            if (!result.TryGetValue(k, out var list))
            {
                result[k] = list = [];
            }

            list.Add(item);
        }

        return result;
    }

    private static Gazetteer LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        return new Gazetteer(
            Rows(assembly, "provinces.csv").Select(r => new Province(r[0], r[1])),
            Rows(assembly, "cities.csv").Select(r => new City(r[0], r[1], r[2])),
            Rows(assembly, "areas.csv").Select(r => new County(r[0], r[1], r[2], r[3])),
            Rows(assembly, "streets.csv").Select(r => new Township(r[0], r[1], r[2], r[4], r[3])),
            Rows(assembly, "county-renames.csv").Select(r => (r[0], r[1])));
    }

    private static List<string[]> Rows(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"gazetteer data '{resource}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return CsvLines.Parse(reader).Skip(1).ToList();
    }
}
