using NetTopologySuite.Geometries;

namespace Wijkwerf.Domain.Places;

/// <summary>A wijk, buurt or dorpskern: the unit a district plan is made for. CBS buurt (<c>BU19161300</c>) in the
/// Netherlands, a municipality-defined wijk (<c>13019W04</c>, Statbel ggw7) in Flanders.</summary>
public sealed class District : IHasExtent
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    /// <summary>Boundary in WGS84 (EPSG:4326).</summary>
    public required Geometry Boundary { get; set; }
    public double MinLon { get; set; }
    public double MinLat { get; set; }
    public double MaxLon { get; set; }
    public double MaxLat { get; set; }
    public double AreaHa { get; set; }
    public int? Inhabitants { get; set; }
    public int? Households { get; set; }
    /// <summary>Other published statistics of the source as a JSON object (CBS KWB names kept).</summary>
    public string? StatisticsJson { get; set; }
    public int SourceId { get; set; }
}

