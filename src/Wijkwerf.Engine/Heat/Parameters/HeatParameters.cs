using System.Globalization;
using System.Reflection;
using Wijkwerf.Domain.Buildings;

namespace Wijkwerf.Engine.Heat.Parameters;

/// <summary>A parameter table is wrong: the message names the table, the row and the column.</summary>
public sealed class HeatParameterException(string table, string row, string column, string problem)
    : Exception($"Heat parameter table '{table}', row '{row}', column '{column}': {problem}")
{
    public string Table { get; } = table;
    public string Row { get; } = row;
    public string Column { get; } = column;
}

/// <summary>Per dwelling type figures (table dwelling_types.csv).</summary>
public readonly record struct DwellingTypeFigures(double SpaceHeatFactor, double HotWaterKWhPerDwelling, double InsulationEnvelopeFactor, double FullLoadHours);

/// <summary>Per non-residential use figures (table non_residential.csv).</summary>
public readonly record struct NonResidentialFigures(double HeatKWhPerM2, double FullLoadHours);

/// <summary>
/// All heat parameters, read from the embedded CSV tables in <c>Heat/Parameters</c> (each row cites its source).
/// Immutable after loading; one instance can serve every thread.
/// </summary>
public sealed class HeatParameters
{
    public const string SpaceHeatTable = "space_heat_by_label.csv";
    public const string DwellingTypeTable = "dwelling_types.csv";
    public const string NonResidentialTable = "non_residential.csv";
    public const string LabelDistributionTable = "label_distribution.csv";
    public const string InsulationTable = "insulation_to_label_b.csv";
    public const string PriceTable = "energy_prices.csv";
    public const string Co2Table = "co2_factors.csv";
    public const string DensityBandTable = "density_bands.csv";
    public const string KentallenTable = "kentallen.csv";

    public static IReadOnlyList<string> TableNames { get; } =
        [SpaceHeatTable, DwellingTypeTable, NonResidentialTable, LabelDistributionTable, InsulationTable, PriceTable, Co2Table, DensityBandTable, KentallenTable];

    private readonly double[] _spaceHeatKWhPerM2;        // [label]
    private readonly DwellingTypeFigures[] _dwellingTypes; // [type]
    private readonly NonResidentialFigures[] _nonResidential; // [use]
    private readonly double[] _labelShares;               // [type, period, label] flattened
    private readonly double[] _insulationEurPerM2;        // [label]
    private readonly double[] _prices;                    // [scenario, nationalFlag, carrier] flattened
    private readonly double[] _co2KgPerKWh;               // [carrier]
    private readonly double[] _densityBandMinMWhPerM;     // [band]
    private readonly Dictionary<string, double> _kentallen;

    private HeatParameters(double[] spaceHeat, DwellingTypeFigures[] types, NonResidentialFigures[] nonRes, double[] labelShares,
        double[] insulation, double[] prices, double[] co2, double[] bands, Dictionary<string, double> kentallen)
    {
        _spaceHeatKWhPerM2 = spaceHeat; _dwellingTypes = types; _nonResidential = nonRes; _labelShares = labelShares;
        _insulationEurPerM2 = insulation; _prices = prices; _co2KgPerKWh = co2; _densityBandMinMWhPerM = bands; _kentallen = kentallen;
        Kentallen = new HeatKentallen(this);
    }

    /// <summary>Actual space-heating demand per m² floor area at a label, before the dwelling-type factor.</summary>
    public double SpaceHeatKWhPerM2(EnergyLabel label) => _spaceHeatKWhPerM2[(int)label];
    public DwellingTypeFigures DwellingType(DwellingType type) => _dwellingTypes[(int)type];
    public NonResidentialFigures NonResidential(NonResidentialUse use) => _nonResidential[(int)use];
    /// <summary>Share of dwellings of this type and period that has the label; shares of one type × period sum to 1.</summary>
    public double LabelShare(DwellingType type, BuildPeriod period, EnergyLabel label) =>
        _labelShares[(((int)type * HeatLabels.PeriodCount) + (int)period) * HeatLabels.LabelCount + (int)label];
    /// <summary>Investment to bring a reference dwelling from this label to label B, € per m² floor area.</summary>
    public double InsulationToLabelBEurPerM2(EnergyLabel label) => _insulationEurPerM2[(int)label];
    /// <summary>Energy price in € per kWh; <paramref name="national"/> = excl. taxes and VAT.</summary>
    public double PriceEurPerKWh(PriceScenario scenario, bool national, EnergyCarrier carrier) =>
        _prices[(((int)scenario * 2) + (national ? 1 : 0)) * 4 + (int)carrier];
    public double Co2KgPerKWh(EnergyCarrier carrier) => _co2KgPerKWh[(int)carrier];
    /// <summary>Lower bound (MWh per m per year) of a linear heat density band.</summary>
    public double DensityBandMinMWhPerM(Density.HeatDensityBand band) => _densityBandMinMWhPerM[(int)band];
    public HeatKentallen Kentallen { get; }

    /// <summary>A scalar key figure of kentallen.csv by name.</summary>
    public double Kental(string name) =>
        _kentallen.TryGetValue(name, out var v) ? v : throw new HeatParameterException(KentallenTable, name, "value", "row is missing");

    /// <summary>The parameter tables shipped with the engine (embedded resources).</summary>
    public static HeatParameters LoadDefault() => Load(OpenEmbedded);

    private static readonly Lazy<HeatParameters> DefaultInstance = new(LoadDefault);
    /// <summary>The default tables, loaded once (immutable, so sharing is safe).</summary>
    public static HeatParameters Default => DefaultInstance.Value;

    /// <summary>The text of a shipped table, e.g. to change one value in a test or to show it on a page.</summary>
    public static string ReadEmbeddedTable(string table)
    {
        using var reader = OpenEmbedded(table);
        return reader.ReadToEnd();
    }

    private static TextReader OpenEmbedded(string table)
    {
        var assembly = typeof(HeatParameters).Assembly;
        var name = "Wijkwerf.Engine.Heat.Parameters." + table;
        var stream = assembly.GetManifestResourceStream(name)
            ?? throw new HeatParameterException(table, "-", "-", $"embedded resource '{name}' not found");
        return new StreamReader(stream);
    }

    /// <summary>Loads and validates all tables from <paramref name="openTable"/> (table file name → reader).</summary>
    /// <exception cref="HeatParameterException">A value is missing, negative or not a number, or a row is missing or duplicated.</exception>
    public static HeatParameters Load(Func<string, TextReader> openTable)
    {
        var spaceHeat = ReadByKey(openTable, SpaceHeatTable, "label", ParseLabel, HeatLabels.LabelCount, ["space_heat_kwh_per_m2"]);
        var types = ReadByKey(openTable, DwellingTypeTable, "dwelling_type", ParseEnum<DwellingType>, HeatLabels.DwellingTypeCount,
            ["space_heat_factor", "hot_water_kwh_per_dwelling", "insulation_envelope_factor", "full_load_hours"]);
        var nonRes = ReadByKey(openTable, NonResidentialTable, "use", ParseEnum<NonResidentialUse>, HeatLabels.UseCount, ["heat_kwh_per_m2", "full_load_hours"]);
        var insulation = ReadByKey(openTable, InsulationTable, "label", ParseLabel, HeatLabels.LabelCount, ["cost_eur_per_m2"]);
        var co2 = ReadByKey(openTable, Co2Table, "carrier", ParseCarrier, 4, ["kg_per_kwh"]);
        var bands = ReadByKey(openTable, DensityBandTable, "band", ParseEnum<Density.HeatDensityBand>, 4, ["min_mwh_per_m"]);

        var typeFigures = new DwellingTypeFigures[HeatLabels.DwellingTypeCount];
        for (var i = 0; i < typeFigures.Length; i++)
        {
            var r = types[i];
            typeFigures[i] = new DwellingTypeFigures(r[0], r[1], r[2], r[3]);
            RequirePositive(DwellingTypeTable, ((DwellingType)i).ToString(), "full_load_hours", r[3]);
        }
        var nonResFigures = new NonResidentialFigures[HeatLabels.UseCount];
        for (var i = 0; i < nonResFigures.Length; i++)
        {
            nonResFigures[i] = new NonResidentialFigures(nonRes[i][0], nonRes[i][1]);
            RequirePositive(NonResidentialTable, ((NonResidentialUse)i).ToString(), "full_load_hours", nonRes[i][1]);
        }

        return new HeatParameters(
            Column0(spaceHeat), typeFigures, nonResFigures, ReadLabelDistribution(openTable), Column0(insulation),
            ReadPrices(openTable), Column0(co2), Column0(bands), ReadKentallen(openTable));
    }

    private static double[] Column0(double[][] rows)
    {
        var result = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) result[i] = rows[i][0];
        return result;
    }

    private static void RequirePositive(string table, string row, string column, double value)
    {
        if (value <= 0) throw new HeatParameterException(table, row, column, $"must be greater than zero, found {value.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>One parsed data row: its key text, its 1-based line number and its cells by column name.</summary>
    private sealed record Row(string Key, int Line, string[] Cells);

    private static (string[] Header, List<Row> Rows) ReadTable(Func<string, TextReader> openTable, string table)
    {
        using var reader = openTable(table);
        string[]? header = null;
        var rows = new List<Row>();
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split(';');
            if (header is null)
            {
                header = cells.Select(c => c.Trim().TrimStart('\uFEFF')).ToArray();
                if (Array.IndexOf(header, "source") != header.Length - 1) throw new HeatParameterException(table, "header", "source", "every table needs a source column, as its last column");
                continue;
            }
            // The source is the last column and free text: a ';' inside it belongs to the text.
            if (cells.Length > header.Length) cells = [.. cells[..(header.Length - 1)], string.Join(';', cells[(header.Length - 1)..])];
            if (cells.Length != header.Length)
                throw new HeatParameterException(table, $"line {lineNo}", "-", $"has {cells.Length} cells, header has {header.Length}");
            rows.Add(new Row(cells[0].Trim(), lineNo, cells));
        }
        if (header is null) throw new HeatParameterException(table, "header", "-", "table is empty");
        foreach (var row in rows)
        {
            var source = row.Cells[Array.IndexOf(header, "source")];
            if (string.IsNullOrWhiteSpace(source)) throw new HeatParameterException(table, RowName(row), "source", "value is missing: every number needs a source");
        }
        return (header, rows);
    }

    private static string RowName(Row row) => $"{row.Key} (line {row.Line})";

    private static double Number(string table, Row row, string[] header, string column)
    {
        var index = Array.IndexOf(header, column);
        if (index < 0) throw new HeatParameterException(table, "header", column, "column is missing");
        var text = row.Cells[index].Trim();
        if (text.Length == 0) throw new HeatParameterException(table, RowName(row), column, "value is missing");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw new HeatParameterException(table, RowName(row), column, $"'{text}' is not a number");
        if (value < 0) throw new HeatParameterException(table, RowName(row), column, $"value is negative ({text})");
        return value;
    }

    private static double[][] ReadByKey(Func<string, TextReader> openTable, string table, string keyColumn, Func<string, int> parseKey, int count, string[] columns)
    {
        var (header, rows) = ReadTable(openTable, table);
        if (header[0] != keyColumn) throw new HeatParameterException(table, "header", keyColumn, "must be the first column");
        var result = new double[count][];
        foreach (var row in rows)
        {
            var key = parseKey(row.Key);
            if (key < 0 || key >= count) throw new HeatParameterException(table, RowName(row), keyColumn, $"unknown key '{row.Key}'");
            if (result[key] is not null) throw new HeatParameterException(table, RowName(row), keyColumn, $"duplicate key '{row.Key}'");
            var values = new double[columns.Length];
            for (var c = 0; c < columns.Length; c++) values[c] = Number(table, row, header, columns[c]);
            result[key] = values;
        }
        for (var i = 0; i < count; i++)
            if (result[i] is null) throw new HeatParameterException(table, KeyName(table, i), keyColumn, "row is missing");
        return result;
    }

    private static string KeyName(string table, int i) => table switch
    {
        SpaceHeatTable or InsulationTable => ((EnergyLabel)i).ToText(),
        DwellingTypeTable => ((DwellingType)i).ToString(),
        NonResidentialTable => ((NonResidentialUse)i).ToString(),
        Co2Table => CarrierTexts[i],
        DensityBandTable => ((Density.HeatDensityBand)i).ToString(),
        _ => i.ToString(CultureInfo.InvariantCulture),
    };

    private static readonly string[] CarrierTexts = ["gas", "electricity", "heat", "green_gas"];
    private static int ParseCarrier(string text) => Array.IndexOf(CarrierTexts, text);
    private static int ParseLabel(string text) => HeatLabels.TryParse(text, out var l) ? (int)l : -1;
    private static int ParseEnum<T>(string text) where T : struct, Enum => Enum.TryParse<T>(text, ignoreCase: false, out var v) ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : -1;

    private static double[] ReadLabelDistribution(Func<string, TextReader> openTable)
    {
        const string table = LabelDistributionTable;
        var (header, rows) = ReadTable(openTable, table);
        var shares = new double[HeatLabels.DwellingTypeCount * HeatLabels.PeriodCount * HeatLabels.LabelCount];
        var seen = new bool[HeatLabels.DwellingTypeCount * HeatLabels.PeriodCount];
        var periodColumn = Array.IndexOf(header, "period");
        if (periodColumn < 0) throw new HeatParameterException(table, "header", "period", "column is missing");
        foreach (var row in rows)
        {
            var type = ParseEnum<DwellingType>(row.Key);
            if (type < 0) throw new HeatParameterException(table, RowName(row), "dwelling_type", $"unknown dwelling type '{row.Key}'");
            var period = ParseEnum<BuildPeriod>(row.Cells[periodColumn].Trim());
            if (period < 0) throw new HeatParameterException(table, RowName(row), "period", $"unknown period '{row.Cells[periodColumn]}'");
            var cell = type * HeatLabels.PeriodCount + period;
            if (seen[cell]) throw new HeatParameterException(table, RowName(row), "period", "duplicate dwelling type × period");
            seen[cell] = true;
            var sum = 0.0;
            for (var l = 0; l < HeatLabels.LabelCount; l++)
            {
                var v = Number(table, row, header, ((EnergyLabel)l).ToText());
                shares[cell * HeatLabels.LabelCount + l] = v;
                sum += v;
            }
            // Shares are rounded to 2 decimals in the file; more than 2 % off means a typing error, not rounding.
            if (Math.Abs(sum - 1) > 0.02) throw new HeatParameterException(table, RowName(row), "A++++..G", $"shares sum to {sum.ToString("0.###", CultureInfo.InvariantCulture)}, not 1");
            for (var l = 0; l < HeatLabels.LabelCount; l++) shares[cell * HeatLabels.LabelCount + l] /= sum;
        }
        for (var cell = 0; cell < seen.Length; cell++)
            if (!seen[cell])
                throw new HeatParameterException(table, $"{(DwellingType)(cell / HeatLabels.PeriodCount)} {(BuildPeriod)(cell % HeatLabels.PeriodCount)}", "period", "row is missing");
        return shares;
    }

    private static double[] ReadPrices(Func<string, TextReader> openTable)
    {
        const string table = PriceTable;
        var (header, rows) = ReadTable(openTable, table);
        var prices = new double[3 * 2 * 4];
        Array.Fill(prices, double.NaN);
        int perspectiveColumn = Array.IndexOf(header, "perspective"), carrierColumn = Array.IndexOf(header, "carrier");
        foreach (var row in rows)
        {
            var scenario = row.Key switch { "low" => 0, "mid" => 1, "high" => 2, _ => -1 };
            if (scenario < 0) throw new HeatParameterException(table, RowName(row), "scenario", $"unknown scenario '{row.Key}' (low, mid, high)");
            var perspective = row.Cells[perspectiveColumn].Trim() switch { "end_user" => 0, "national" => 1, _ => -1 };
            if (perspective < 0) throw new HeatParameterException(table, RowName(row), "perspective", "must be end_user or national");
            var carrier = ParseCarrier(row.Cells[carrierColumn].Trim());
            if (carrier < 0) throw new HeatParameterException(table, RowName(row), "carrier", $"unknown carrier '{row.Cells[carrierColumn]}'");
            prices[((scenario * 2) + perspective) * 4 + carrier] = Number(table, row, header, "eur_per_kwh");
        }
        for (var i = 0; i < prices.Length; i++)
            if (double.IsNaN(prices[i]))
                throw new HeatParameterException(table, $"{(PriceScenario)(i / 8)} {(i / 4 % 2 == 0 ? "end_user" : "national")} {CarrierTexts[i % 4]}", "eur_per_kwh", "row is missing");
        return prices;
    }

    private static bool MustBePositive(string name) =>
        name.Contains("lifetime", StringComparison.Ordinal) || name.Contains("spf", StringComparison.Ordinal) || name.Contains("cop", StringComparison.Ordinal)
        || name.Contains("efficiency", StringComparison.Ordinal) || name.Contains("calorific", StringComparison.Ordinal) || name.Contains("m2_per", StringComparison.Ordinal);

    private static Dictionary<string, double> ReadKentallen(Func<string, TextReader> openTable)
    {
        var (header, rows) = ReadTable(openTable, KentallenTable);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var value = Number(KentallenTable, row, header, "value");
            // Divisors (lifetimes, efficiencies, COP/SPF, calorific value) must be strictly positive.
            if (value == 0 && MustBePositive(row.Key))
                throw new HeatParameterException(KentallenTable, RowName(row), "value", "must be greater than zero");
            if (!result.TryAdd(row.Key, value))
                throw new HeatParameterException(KentallenTable, RowName(row), "name", "duplicate name");
        }
        return result;
    }
}
