using System.Globalization;

namespace Wijkwerf.Engine.OneStopShop;

/// <summary>One row of <c>OneStopShop/Parameters/financing.csv</c>: a rule or figure of a loan scheme, the renovation
/// obligation or the privacy rules, with where it comes from.</summary>
public sealed record SchemeParameter(string Scheme, string Country, string Key, string Value, string Unit, string Source);

/// <summary>The one-stop shop's parameter table (embedded, one source per row).</summary>
public sealed class OneStopShopParameters
{
    public const string TableName = "financing.csv";
    private readonly SchemeParameter[] _rows;

    private OneStopShopParameters(SchemeParameter[] rows) => _rows = rows;

    public IReadOnlyList<SchemeParameter> Rows => _rows;

    private static readonly Lazy<OneStopShopParameters> DefaultInstance = new(() =>
    {
        const string name = "Wijkwerf.Engine.OneStopShop.Parameters." + TableName;
        using var stream = typeof(OneStopShopParameters).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"embedded resource '{name}' not found");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    public static OneStopShopParameters Default => DefaultInstance.Value;

    /// <summary>Reads the table; a row with a missing column or source is refused, naming the line.</summary>
    public static OneStopShopParameters Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || lines[0] != "scheme;country;key;value;unit;source")
            throw new FormatException($"{TableName}: header must be scheme;country;key;value;unit;source");
        var rows = new List<SchemeParameter>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = lines[i].Split(';', 6);
            if (f.Length < 6 || f.Any(string.IsNullOrWhiteSpace))
                throw new FormatException($"{TableName}, line {i + 1}: every row needs scheme, country, key, value, unit and source");
            rows.Add(new SchemeParameter(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return new OneStopShopParameters([.. rows]);
    }

    public SchemeParameter Row(string scheme, string key) =>
        _rows.FirstOrDefault(r => r.Scheme == scheme && r.Key == key)
        ?? throw new KeyNotFoundException($"{TableName} has no '{key}' for scheme '{scheme}'");

    public decimal Number(string scheme, string key) => decimal.Parse(Row(scheme, key).Value, CultureInfo.InvariantCulture);

    public IReadOnlyList<SchemeParameter> Scheme(string scheme) => _rows.Where(r => r.Scheme == scheme).ToArray();

    /// <summary>Aggregates of fewer households than this are not shown.</summary>
    public int SmallNumberThreshold => (int)Number("privacy", "small_number_threshold");
}
