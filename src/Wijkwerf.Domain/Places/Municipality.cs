namespace Wijkwerf.Domain.Places;

/// <summary>A local government: a Dutch gemeente (CBS code <c>GM0518</c>) or a Flemish/Brussels gemeente (NIS code <c>13019</c>).
/// It is the tenant for personal data and staff accounts.</summary>
public sealed class Municipality
{
    public int Id { get; set; }
    /// <summary>Official code: <c>GM####</c> (CBS) or the five-digit NIS code (Statbel).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required Country Country { get; set; }
    public int? Inhabitants { get; set; }
    public int? Households { get; set; }
    public int? HousingUnits { get; set; }
    /// <summary>Other published key figures (CBS KWB ...) as a JSON object, property names as in the source.</summary>
    public string? StatisticsJson { get; set; }
    /// <summary>Outline in WGS84 (EPSG:4326), null when no source brought one.</summary>
    public NetTopologySuite.Geometries.Geometry? Outline { get; set; }
    public int? SourceId { get; set; }
    /// <summary>The LEKP version the municipality signed (<c>1.0</c>, <c>2.0</c>, <c>2.1</c>), null when it signed none
    /// (or is Dutch).</summary>
    public string? PactVersion { get; set; }
    /// <summary>The date <see cref="Inhabitants"/> and <see cref="HousingUnits"/> refer to when set by hand
    /// (<c>municipality set --date</c>); the LEKP targets are computed from these figures.</summary>
    public DateOnly? FiguresReferenceDate { get; set; }
}

public enum Country { NL, BE }
