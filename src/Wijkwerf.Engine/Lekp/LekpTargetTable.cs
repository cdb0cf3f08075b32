using System.Globalization;
using Wijkwerf.Domain.Werven;

namespace Wijkwerf.Engine.Lekp;

/// <summary>The LEKP targets table is wrong: the message names the table, the row (line) and the column.</summary>
public sealed class LekpParameterException(string table, string row, string column, string problem)
    : Exception($"LEKP parameter table '{table}', {row}, column '{column}': {problem}")
{
    public string Table { get; } = table;
    public string Row { get; } = row;
    public string Column { get; } = column;
}

/// <summary>What a target's norm is counted per.</summary>
public enum TargetBasis
{
    Inhabitant,
    HundredInhabitants,
    ThousandInhabitants,
    ThousandHousingUnits,
    /// <summary>The norm is the target itself (a percentage for the municipality), not scaled by population.</summary>
    Municipality,
}

/// <summary>One row of <c>lekp-targets.csv</c>. <see cref="Norm"/> is decimal so that 11,949 × 1.5 / 100 is exactly
/// 179.235 before rounding, never 179.23499999.</summary>
public sealed record LekpTarget(
    string PactVersion, string Key, Werf Werf, string DescriptionNl, string DescriptionEn,
    decimal Norm, TargetBasis Per, string Unit, string? PartOf, DateOnly Deadline, string Source);

/// <summary>The LEKP targets per pact version (embedded table <c>Lekp/Parameters/lekp-targets.csv</c>, one source per row).</summary>
public sealed class LekpTargetTable
{
    public const string TableName = "lekp-targets.csv";
    private static readonly string[] Columns =
        ["pact_version", "target_key", "werf", "description_nl", "description_en", "norm", "per", "unit", "part_of", "deadline", "source"];

    private readonly Dictionary<string, LekpTarget[]> _byVersion;

    private LekpTargetTable(Dictionary<string, LekpTarget[]> byVersion)
    {
        _byVersion = byVersion;
        Versions = byVersion.Keys.Order(StringComparer.Ordinal).ToArray();
        PactEnd = byVersion.Values.SelectMany(t => t).Max(t => t.Deadline);
    }

    /// <summary>Pact versions in the table, e.g. 1.0, 2.0, 2.1.</summary>
    public IReadOnlyList<string> Versions { get; }

    /// <summary>The latest deadline of any target: measures dated after it cannot count for the pact.</summary>
    public DateOnly PactEnd { get; }

    public bool HasVersion(string version) => _byVersion.ContainsKey(version);

    /// <summary>The targets of one pact version, in table order.</summary>
    public IReadOnlyList<LekpTarget> For(string version) =>
        _byVersion.TryGetValue(version, out var t) ? t
            : throw new ArgumentException($"Unknown LEKP pact version '{version}'; known: {string.Join(", ", Versions)}.", nameof(version));

    /// <summary>The target with this key in any version (the latest version that has it), or null.</summary>
    public LekpTarget? AnyVersion(string key) =>
        Versions.Reverse().Select(v => _byVersion[v].FirstOrDefault(t => t.Key == key)).FirstOrDefault(t => t is not null);

    private static readonly Lazy<LekpTargetTable> DefaultInstance = new(() => Load(OpenEmbedded()));
    /// <summary>The shipped table, loaded once (immutable).</summary>
    public static LekpTargetTable Default => DefaultInstance.Value;

    public static string ReadEmbeddedTable()
    {
        using var r = OpenEmbedded();
        return r.ReadToEnd();
    }

    private static StreamReader OpenEmbedded()
    {
        const string name = "Wijkwerf.Engine.Lekp.Parameters." + TableName;
        var stream = typeof(LekpTargetTable).Assembly.GetManifestResourceStream(name)
                     ?? throw new LekpParameterException(TableName, "-", "-", $"embedded resource '{name}' not found");
        return new StreamReader(stream);
    }

    /// <summary>Reads and validates a targets table (semicolon-separated, <c>#</c> comment lines, header row).</summary>
    /// <exception cref="LekpParameterException">A column or value is missing, a number is negative or not a number,
    /// a row has more or fewer fields than the header, a werf, basis or date is unknown, a key is duplicated within a version, or <c>part_of</c> names no target.</exception>
    public static LekpTargetTable Load(TextReader text)
    {
        var byVersion = new Dictionary<string, List<LekpTarget>>(StringComparer.Ordinal);
        Dictionary<string, int>? index = null;
        var lineNumber = 0;
        while (text.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split(';');
            if (index is null)
            {
                index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < fields.Length; i++) index[fields[i].Trim()] = i;
                foreach (var c in Columns)
                    if (!index.ContainsKey(c)) throw new LekpParameterException(TableName, $"line {lineNumber} (header)", c, "column is missing");
                continue;
            }
            var row = $"line {lineNumber}";
            // A stray semicolon (in a source text, say) would silently shift every later column.
            if (fields.Length != index.Count)
                throw new LekpParameterException(TableName, row, "-", $"has {fields.Length} fields, the header has {index.Count}");
            string Field(string column, bool required = true)
            {
                var i = index[column];
                var v = i < fields.Length ? fields[i].Trim() : "";
                if (required && v.Length == 0) throw new LekpParameterException(TableName, row, column, "value is missing");
                return v;
            }
            var version = Field("pact_version");
            var key = Field("target_key");
            if (!WerfSlugs.TryParse(Field("werf"), out var werf))
                throw new LekpParameterException(TableName, row, "werf", $"'{Field("werf")}' is not a werf ({WerfSlugs.All})");
            if (!decimal.TryParse(Field("norm"), NumberStyles.Float, CultureInfo.InvariantCulture, out var norm))
                throw new LekpParameterException(TableName, row, "norm", $"'{Field("norm")}' is not a number");
            if (norm < 0) throw new LekpParameterException(TableName, row, "norm", $"{norm} is negative");
            var per = Field("per") switch
            {
                "inhabitant" => TargetBasis.Inhabitant,
                "100_inhabitants" => TargetBasis.HundredInhabitants,
                "1000_inhabitants" => TargetBasis.ThousandInhabitants,
                "1000_housing_units" => TargetBasis.ThousandHousingUnits,
                "municipality" => TargetBasis.Municipality,
                var other => throw new LekpParameterException(TableName, row, "per",
                    $"'{other}' is not one of inhabitant, 100_inhabitants, 1000_inhabitants, 1000_housing_units, municipality"),
            };
            if (!DateOnly.TryParseExact(Field("deadline"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline))
                throw new LekpParameterException(TableName, row, "deadline", $"'{Field("deadline")}' is not a date (yyyy-mm-dd)");
            var partOf = Field("part_of", required: false);
            var target = new LekpTarget(version, key, werf, Field("description_nl"), Field("description_en"), norm, per, Field("unit"),
                partOf.Length == 0 ? null : partOf, deadline, Field("source"));
            if (!byVersion.TryGetValue(version, out var list)) byVersion[version] = list = [];
            if (list.Any(t => t.Key == key)) throw new LekpParameterException(TableName, row, "target_key", $"'{key}' appears twice for pact {version}");
            list.Add(target);
        }
        if (index is null) throw new LekpParameterException(TableName, "line 1", "-", "the table has no header row");
        if (byVersion.Count == 0) throw new LekpParameterException(TableName, $"line {lineNumber}", "-", "the table has no rows");
        foreach (var (version, list) in byVersion)
            foreach (var t in list.Where(t => t.PartOf is not null))
            {
                var parent = list.FirstOrDefault(p => p.Key == t.PartOf)
                             ?? throw new LekpParameterException(TableName, $"pact {version} target {t.Key}", "part_of", $"'{t.PartOf}' is no target of pact {version}");
                if (parent.Unit != t.Unit) throw new LekpParameterException(TableName, $"pact {version} target {t.Key}", "unit", $"'{t.Unit}' differs from the unit of '{parent.Key}' ('{parent.Unit}')");
            }
        return new LekpTargetTable(byVersion.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }
}
