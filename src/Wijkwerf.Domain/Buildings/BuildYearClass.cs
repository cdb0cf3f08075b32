namespace Wijkwerf.Domain.Buildings;

/// <summary>Build-year classes used across Wijkwerf. The bounds follow the periods of the Dutch example dwellings
/// (RVO Voorbeeldwoningen 2022) so that label and heat-demand tables line up with them.</summary>
public static class BuildYearClass
{
    public static readonly (string Key, int From, int To)[] All =
    [
        ("<1946", int.MinValue, 1945),
        ("1946-1964", 1946, 1964),
        ("1965-1974", 1965, 1974),
        ("1975-1991", 1975, 1991),
        ("1992-2005", 1992, 2005),
        ("2006-2014", 2006, 2014),
        (">=2015", 2015, int.MaxValue),
    ];

    public const string Unknown = "unknown";

    public static string Of(int? year)
    {
        if (year is null) return Unknown;
        foreach (var c in All)
            if (year >= c.From && year <= c.To) return c.Key;
        return Unknown;
    }
}
