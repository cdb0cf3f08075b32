using System.Globalization;
using System.Reflection;

namespace Wijkwerf.Engine.Streets;

/// <summary>A street rules table is wrong: the message names the table, the line and the column.</summary>
public sealed class StreetRulesException(string table, int line, string column, string problem)
    : Exception($"Street rules table '{table}', line {line}, column '{column}': {problem}");

/// <summary>What each network needs below the street (table <c>network-zones.csv</c>).</summary>
public sealed record NetworkZoneRule(string Network, string LabelEn, string LabelNl, double ZoneWidthM, double CoverM, IReadOnlyList<StripKind> AllowedStrips, string Source);

/// <summary>A default cross-section for an OSM street kind (table <c>profile-defaults.csv</c>).</summary>
public sealed record ProfileDefault(string Kind, IReadOnlyList<Strip> Strips, IReadOnlyList<string> ExistingNetworks, string Source);

/// <summary>The street rules: scalars, network zones, clearances and default profiles, from the embedded CSV tables in
/// <c>Streets/Parameters</c> (one source per row). A municipality can load its own copy with <see cref="Load"/>.</summary>
public sealed class StreetRules
{
    private readonly Dictionary<string, (double Value, string Source)> _scalars;
    private readonly Dictionary<(string, string), double> _clearances;
    private readonly double _defaultClearanceM;

    public IReadOnlyDictionary<string, NetworkZoneRule> Networks { get; }
    public IReadOnlyList<ProfileDefault> Profiles { get; }

    public static StreetRules Default { get; } = LoadEmbedded();

    private StreetRules(Dictionary<string, (double, string)> scalars, Dictionary<string, NetworkZoneRule> networks,
        Dictionary<(string, string), double> clearances, List<ProfileDefault> profiles)
    {
        _scalars = scalars; Networks = networks; _clearances = clearances; Profiles = profiles;
        _defaultClearanceM = clearances.GetValueOrDefault(("*", "*"), 0.2);
    }

    public double this[string name] => _scalars.TryGetValue(name, out var v) ? v.Value
        : throw new KeyNotFoundException($"street rule '{name}' is not in street-rules.csv");

    public string SourceOf(string name) => _scalars[name].Source;

    public IEnumerable<(string Name, double Value, string Source)> Scalars => _scalars.Select(k => (k.Key, k.Value.Value, k.Value.Source));

    public double ClearanceM(string a, string b) =>
        _clearances.TryGetValue((a, b), out var v) || _clearances.TryGetValue((b, a), out v) ? v : _defaultClearanceM;

    public ProfileDefault ProfileFor(string osmKind) =>
        Profiles.FirstOrDefault(p => p.Kind == osmKind) ?? Profiles.First(p => p.Kind == "*");

    private static StreetRules LoadEmbedded()
    {
        string Read(string name)
        {
            using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("Wijkwerf.Engine.Streets.Parameters." + name)
                          ?? throw new InvalidOperationException($"embedded street table {name} missing");
            return new StreamReader(s).ReadToEnd();
        }
        return Load(Read("street-rules.csv"), Read("network-zones.csv"), Read("clearances.csv"), Read("profile-defaults.csv"));
    }

    /// <summary>Reads the four tables from their CSV text (semicolon-separated, header line, # comments).</summary>
    public static StreetRules Load(string scalarsCsv, string networksCsv, string clearancesCsv, string profilesCsv)
    {
        var scalars = new Dictionary<string, (double, string)>();
        foreach (var (line, f) in Rows("street-rules.csv", scalarsCsv, 4))
        {
            if (!scalars.TryAdd(f[0], (Number("street-rules.csv", line, "value", f[1]), Sourced("street-rules.csv", line, f[3]))))
                throw new StreetRulesException("street-rules.csv", line, "name", $"'{f[0]}' appears twice");
        }
        var networks = new Dictionary<string, NetworkZoneRule>();
        foreach (var (line, f) in Rows("network-zones.csv", networksCsv, 7))
            networks[f[0]] = new NetworkZoneRule(f[0], f[1], f[2], Number("network-zones.csv", line, "zone_width_m", f[3]),
                Number("network-zones.csv", line, "cover_m", f[4]), f[5].Split('|').Select(s => Strips.Parse(s, "network-zones.csv", line)).ToArray(),
                Sourced("network-zones.csv", line, f[6]));
        var clearances = new Dictionary<(string, string), double>();
        foreach (var (line, f) in Rows("clearances.csv", clearancesCsv, 4))
        {
            Sourced("clearances.csv", line, f[3]);
            clearances[(f[0], f[1])] = Number("clearances.csv", line, "min_m", f[2]);
        }
        var profiles = new List<ProfileDefault>();
        foreach (var (line, f) in Rows("profile-defaults.csv", profilesCsv, 4))
        {
            var strips = f[1].Split('|').Select(part =>
            {
                var kv = part.Split(':');
                if (kv.Length != 2) throw new StreetRulesException("profile-defaults.csv", line, "strips", $"'{part}' is not kind:width");
                return new Strip(Strips.Parse(kv[0], "profile-defaults.csv", line), Number("profile-defaults.csv", line, "strips", kv[1]));
            }).ToArray();
            profiles.Add(new ProfileDefault(f[0], strips, f[2].Split('|', StringSplitOptions.RemoveEmptyEntries), Sourced("profile-defaults.csv", line, f[3])));
        }
        if (profiles.All(p => p.Kind != "*")) throw new StreetRulesException("profile-defaults.csv", 0, "kind", "a '*' row (any other street) is required");
        return new StreetRules(scalars, networks, clearances, profiles);
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(string table, string csv, int columns)
    {
        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        var headerSeen = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            if (!headerSeen) { headerSeen = true; continue; }
            // The last column (the source) may hold semicolons of its own.
            var f = text.Split(';', columns);
            if (f.Length != columns) throw new StreetRulesException(table, i + 1, "*", $"{f.Length} columns, expected {columns}");
            yield return (i + 1, f.Select(x => x.Trim()).ToArray());
        }
    }

    private static double Number(string table, int line, string column, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v
            : throw new StreetRulesException(table, line, column, $"'{text}' is not a non-negative number");

    private static string Sourced(string table, int line, string source) =>
        source.Length > 0 ? source : throw new StreetRulesException(table, line, "source", "every rule needs a source");
}
