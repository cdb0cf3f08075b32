namespace Wijkwerf.Data.Districts;

/// <summary>One row of the district list (CLI <c>districts</c>, <c>/api/districts</c>, the municipality page).</summary>
public sealed record DistrictRow(
    string Code,
    string Name,
    string? MunicipalityCode,
    string? MunicipalityName,
    string Country,
    int Buildings,
    int Dwellings,
    int? Inhabitants,
    int? Households);

/// <summary>A district's figures (CLI <c>district CODE</c>, <c>/api/districts/{code}</c>, the district page).</summary>
public sealed record DistrictFigures(
    string Code,
    string Name,
    string? MunicipalityCode,
    string? MunicipalityName,
    string Country,
    double AreaHa,
    int? Inhabitants,
    int? Households,
    int Buildings,
    int ResidentialBuildings,
    int Dwellings,
    int Units,
    double FloorAreaM2,
    double FootprintAreaM2,
    double StreetLengthM,
    double? MeanConnectionLengthM,
    IReadOnlyList<CountRow> DwellingTypes,
    IReadOnlyList<CountRow> BuildYearClasses,
    IReadOnlyList<MeasuredYear> MeasuredEnergy,
    double[] Bounds,
    IReadOnlyDictionary<string, object?> Statistics,
    IReadOnlyList<string> Attributions);

/// <summary>A count per class: buildings (and dwellings in them) per dwelling type or build-year class.</summary>
public sealed record CountRow(string Key, int Buildings, int Dwellings);

/// <summary>Measured use (Fluvius) summed over the statistical sectors linked to the district, per year.</summary>
public sealed record MeasuredYear(int Year, double GasResidentialMWh, double ElectricityResidentialMWh, int GasResidentialCustomers, int ElectricityResidentialCustomers);

/// <summary>A municipality with its district count (the start page).</summary>
public sealed record MunicipalityRow(string Code, string Name, string Country, int Districts, int Buildings, int? Inhabitants);
