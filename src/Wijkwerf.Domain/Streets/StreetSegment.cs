using NetTopologySuite.Geometries;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Domain.Streets;

/// <summary>A street between two intersections (or an intersection and a dead end): an edge of the routable street graph.</summary>
public sealed class StreetSegment : IHasExtent
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    /// <summary>Source way id and the segment's index along it, e.g. <c>w4242:3</c>.</summary>
    public required string ExternalId { get; set; }
    public string? Name { get; set; }
    /// <summary>OSM <c>highway</c> value (residential, primary, footway ...).</summary>
    public required string Kind { get; set; }
    public long FromNode { get; set; }
    public long ToNode { get; set; }
    /// <summary>Centreline in WGS84 (EPSG:4326).</summary>
    public required Geometry Centreline { get; set; }
    public double MinLon { get; set; }
    public double MinLat { get; set; }
    public double MaxLon { get; set; }
    public double MaxLat { get; set; }
    public double LengthM { get; set; }
    /// <summary>The 0.02° tile of the segment's first corner (MinLon, MinLat) (see <c>Tiles</c> in Data): an indexed key for "what lies
    /// here", the same on SQLite and PostgreSQL.</summary>
    public long TileKey { get; set; }
    public int? DistrictId { get; set; }
}

/// <summary>A land-use polygon (OSM landuse / leisure / natural): context for greening and water.</summary>
public sealed class LandUse : IHasExtent
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    public required string ExternalId { get; set; }
    public required string Kind { get; set; }
    public required Geometry Area { get; set; }
    public double MinLon { get; set; }
    public double MinLat { get; set; }
    public double MaxLon { get; set; }
    public double MaxLat { get; set; }
    public double AreaM2 { get; set; }
}
