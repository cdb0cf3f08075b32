using System.Globalization;

namespace Wijkwerf.Engine.Heat.Phasing;

/// <summary>A phasing input the user can fix: the message names the parameter and what is wrong with it.</summary>
public sealed class PhasingInputException(string parameter, string problem) : ArgumentException($"{parameter}: {problem}")
{
    public string Parameter { get; } = parameter;
}

/// <summary>Who owns dwellings, as shares of the dwellings (each 0–1, together 1). Decides who pays the building-side
/// investments (owner-occupier, housing association, private landlord) and who pays the energy bill (owner-occupier, tenant).</summary>
public sealed record TenureShares(double OwnerOccupied, double SocialRental, double PrivateRental)
{
    public double Rental => SocialRental + PrivateRental;

    /// <exception cref="PhasingInputException">A share is negative, above 1 or not a number, or the shares do not add up to 1.</exception>
    public TenureShares Validated(string parameter = "tenure")
    {
        Shares.Check(parameter, [("owner-occupied", OwnerOccupied), ("social rental", SocialRental), ("private rental", PrivateRental)]);
        return this;
    }
}

/// <summary>Who owns the collective part of a heat network (mains, source, connections, delivery sets), as shares that
/// add up to 1: a municipal (public) heat company, a private heat company, a heat cooperative. The owners invest in
/// proportion and share the operating result.</summary>
public sealed record OwnershipShares(double MunicipalCompany, double PrivateHeatCompany, double Cooperative)
{
    /// <exception cref="PhasingInputException">A share is negative, above 1 or not a number, or the shares do not add up to 1.</exception>
    public OwnershipShares Validated(string parameter = "ownership")
    {
        Shares.Check(parameter, [("municipal company", MunicipalCompany), ("private heat company", PrivateHeatCompany), ("cooperative", Cooperative)]);
        return this;
    }
}

internal static class Shares
{
    public const double Tolerance = 1e-6;

    public static void Check(string parameter, (string Name, double Value)[] shares)
    {
        foreach (var (name, value) in shares)
            if (!double.IsFinite(value) || value < 0 || value > 1)
                throw new PhasingInputException(parameter, string.Create(CultureInfo.InvariantCulture, $"the {name} share must be between 0 and 1 (0-100 %), not {value}"));
        var sum = shares.Sum(s => s.Value);
        if (Math.Abs(sum - 1) > 1e-3)
            throw new PhasingInputException(parameter, string.Create(CultureInfo.InvariantCulture,
                $"the shares ({string.Join(", ", shares.Select(s => $"{s.Name} {s.Value:0.###}"))}) must add up to 1 (100 %), not {sum:0.###}"));
    }
}

/// <summary>Phasing defaults from the embedded table <c>phasing.csv</c> (<c>name;value;unit;source</c>, a source for
/// every row). Immutable; the page, API and CLI start from <see cref="Default"/> and let the user change any value.</summary>
public sealed class PhasingParameters
{
    public const string Table = "phasing.csv";

    public int StartYear { get; }
    public int HorizonYears { get; }
    public int RolloutYears { get; }
    public double SCurveSteepness { get; }
    public int RenovationWaves { get; }
    public int RenovationWaveYears { get; }
    public int RenovationLeadYears { get; }
    public OwnershipShares Ownership { get; }
    public TenureShares TenureNetherlands { get; }
    public TenureShares TenureFlanders { get; }
    public double SubsidyOwnerOccupied { get; }
    public double SubsidyLandlords { get; }
    public double LoanShare { get; }
    /// <summary>Every row: name → (value, unit, source), in file order, to show on a page or in a report.</summary>
    public IReadOnlyList<(string Name, double Value, string Unit, string Source)> Rows { get; }

    private PhasingParameters(List<(string Name, double Value, string Unit, string Source)> rows)
    {
        Rows = rows;
        var map = rows.ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);
        double Get(string name) => map.TryGetValue(name, out var v) ? v : throw new InvalidDataException($"{Table}: row '{name}' is missing");
        int Whole(string name, int min)
        {
            var v = Get(name);
            if (v != Math.Floor(v) || v < min) throw new InvalidDataException($"{Table}: row '{name}' must be a whole number ≥ {min}, not {v.ToString(CultureInfo.InvariantCulture)}");
            return (int)v;
        }
        StartYear = Whole("start_year", 1900);
        HorizonYears = Whole("horizon_years", 1);
        RolloutYears = Whole("rollout_years", 1);
        SCurveSteepness = Get("s_curve_steepness");
        RenovationWaves = Whole("renovation_waves", 1);
        RenovationWaveYears = Whole("renovation_wave_years", 1);
        RenovationLeadYears = Whole("renovation_lead_years", 0);
        double Share(string name)
        {
            var v = Get(name);
            return v <= 1 ? v : throw new InvalidDataException($"{Table}: row '{name}' is a share, 0 to 1, not {v.ToString(CultureInfo.InvariantCulture)}");
        }
        SubsidyOwnerOccupied = Share("subsidy_owner_occupied");
        SubsidyLandlords = Share("subsidy_landlords");
        LoanShare = Share("loan_share_owner_occupied");
        try
        {
            Ownership = new OwnershipShares(Get("ownership_municipal_company"), Get("ownership_private_heat_company"), Get("ownership_cooperative")).Validated(Table + " ownership");
            TenureNetherlands = new TenureShares(Get("tenure_nl_owner_occupied"), Get("tenure_nl_social_rental"), Get("tenure_nl_private_rental")).Validated(Table + " tenure_nl");
            TenureFlanders = new TenureShares(Get("tenure_be_owner_occupied"), Get("tenure_be_social_rental"), Get("tenure_be_private_rental")).Validated(Table + " tenure_be");
        }
        catch (PhasingInputException e) { throw new InvalidDataException(e.Message, e); }
    }

    private static readonly Lazy<PhasingParameters> DefaultInstance = new(() =>
    {
        using var stream = typeof(PhasingParameters).Assembly.GetManifestResourceStream("Wijkwerf.Engine.Heat.Phasing." + Table)
                           ?? throw new InvalidDataException($"embedded table {Table} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    });

    /// <summary>The shipped defaults, loaded once.</summary>
    public static PhasingParameters Default => DefaultInstance.Value;

    /// <summary>Reads a phasing table; refuses a missing, negative or non-numeric value, a duplicate row or a row without source.</summary>
    /// <exception cref="InvalidDataException">The message names the table, the line and the row.</exception>
    public static PhasingParameters Parse(TextReader reader)
    {
        var rows = new List<(string, double, string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var header = true;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            var cells = line.Split(';');
            if (cells.Length < 4 || cells[3].Trim().Length == 0)
                throw new InvalidDataException($"{Table} line {lineNumber}: name;value;unit;source expected, with a source");
            var name = cells[0].Trim();
            if (!double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                throw new InvalidDataException($"{Table} line {lineNumber} ({name}): '{cells[1]}' is not a number");
            if (value < 0)
                throw new InvalidDataException($"{Table} line {lineNumber} ({name}): {cells[1]} is negative");
            if (!seen.Add(name)) throw new InvalidDataException($"{Table} line {lineNumber}: '{name}' appears twice");
            rows.Add((name, value, cells[2].Trim(), string.Join(";", cells.Skip(3)).Trim()));
        }
        return new PhasingParameters(rows);
    }
}
