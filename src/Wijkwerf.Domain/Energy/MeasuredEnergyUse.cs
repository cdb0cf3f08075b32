namespace Wijkwerf.Domain.Energy;

/// <summary>Measured gas and electricity offtake of one statistical sector in one year (Fluvius open data, kWh).</summary>
public sealed class MeasuredEnergyUse
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    /// <summary>Statbel statistical sector (2019 delineation), e.g. <c>13019B000</c>; <c>#####ZZZZ</c> is "rest of municipality".</summary>
    public required string SectorCode { get; set; }
    public int Year { get; set; }
    public double? GasResidentialKWh { get; set; }
    public double? GasNonResidentialKWh { get; set; }
    public double? ElectricityResidentialKWh { get; set; }
    public double? ElectricityNonResidentialKWh { get; set; }
    public double? ElectricityInjectedKWh { get; set; }
    public int? GasResidentialCustomers { get; set; }
    public int? GasNonResidentialCustomers { get; set; }
    public int? ElectricityResidentialCustomers { get; set; }
    public int? ElectricityNonResidentialCustomers { get; set; }
    public int? MunicipalityId { get; set; }
    public int? DistrictId { get; set; }
}

/// <summary>Which district a statistical sector belongs to (Flemish wijken are groups of sectors).</summary>
public sealed class SectorDistrictLink
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public required string SectorCode { get; set; }
    public required string DistrictCode { get; set; }
}
