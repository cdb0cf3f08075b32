using System.Globalization;

namespace Wijkwerf.Data.Heat;

/// <summary>The district heat analysis's own parameter tables (embedded, <c>;</c>-separated, <c>source</c> last column):
/// trench cost per street kind (<c>street_trench_costs.csv</c>) and a few scalars (<c>district_heat.csv</c>).</summary>
public sealed class DistrictHeatParameters
{
    private readonly Dictionary<string, double> _trench;

    private DistrictHeatParameters(Dictionary<string, double> trench, Dictionary<string, double> scalars)
    {
        _trench = trench;
        DefaultBuildYear = (int)Scalar(scalars, "default_build_year");
        SourceFixedCostEurPerYear = Scalar(scalars, "source_fixed_cost_eur_per_year");
        SourceHeatCostEurPerMWh = Scalar(scalars, "source_heat_cost_eur_per_mwh");
        StreetLinkMaxDistanceM = Scalar(scalars, "street_link_max_distance_m");
        EstimatedStreetsMarginDeg = Scalar(scalars, "estimated_streets_margin_deg");
        if (!trench.ContainsKey("other")) throw new InvalidDataException("street_trench_costs.csv: row 'other' is missing");
    }

    /// <summary>Build year assumed for a building without one (OSM without start_date); its label is estimated.</summary>
    public int DefaultBuildYear { get; }
    public double SourceFixedCostEurPerYear { get; }
    public double SourceHeatCostEurPerMWh { get; }
    public double StreetLinkMaxDistanceM { get; }
    public double EstimatedStreetsMarginDeg { get; }

    /// <summary>Trench cost of a street kind (OSM highway value, <c>estimated</c>, ...); unknown kinds cost as <c>other</c>.</summary>
    public double TrenchCostEurPerM(string kind) => _trench.TryGetValue(kind, out var v) ? v : _trench["other"];

    public static DistrictHeatParameters Default { get; } = new(Read("street_trench_costs.csv"), Read("district_heat.csv"));

    private static double Scalar(Dictionary<string, double> table, string key) =>
        table.TryGetValue(key, out var v) ? v : throw new InvalidDataException($"district_heat.csv: row '{key}' is missing");

    /// <summary>First column → second column; refuses a missing or non-numeric value, a duplicate key or a missing source.</summary>
    private static Dictionary<string, double> Read(string name)
    {
        using var stream = typeof(DistrictHeatParameters).Assembly.GetManifestResourceStream("Wijkwerf.Heat." + name)
                           ?? throw new InvalidDataException($"embedded table {name} is missing");
        using var reader = new StreamReader(stream);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        var header = true;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            var cells = line.Split(';');
            if (cells.Length < 3 || cells[^1].Trim().Length == 0)
                throw new InvalidDataException($"{name} line {lineNumber}: a value and a source are needed");
            if (!double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= 0))
                throw new InvalidDataException($"{name} line {lineNumber} ({cells[0]}): '{cells[1]}' is not a number ≥ 0");
            if (!result.TryAdd(cells[0].Trim(), value))
                throw new InvalidDataException($"{name} line {lineNumber}: '{cells[0]}' appears twice");
        }
        return result;
    }
}
