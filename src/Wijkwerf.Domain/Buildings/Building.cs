using NetTopologySuite.Geometries;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Domain.Buildings;

/// <summary>A building (BAG pand, OSM building) with what the district model derives for it.</summary>
public sealed class Building : IHasExtent
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    /// <summary>Identifier in its source: the 16-digit BAG pand id, or <c>w123</c> for an OSM way.</summary>
    public required string ExternalId { get; set; }
    /// <summary>Footprint in WGS84 (EPSG:4326).</summary>
    public required Geometry Footprint { get; set; }
    public double MinLon { get; set; }
    public double MinLat { get; set; }
    public double MaxLon { get; set; }
    public double MaxLat { get; set; }
    public double CentroidLon { get; set; }
    public double CentroidLat { get; set; }
    /// <summary>The 0.02° tile of the building's point (see <c>Tiles</c> in Data): an indexed key for "what lies
    /// here", the same on SQLite and PostgreSQL.</summary>
    public long TileKey { get; set; }
    public double FootprintAreaM2 { get; set; }
    public int? BuildYear { get; set; }
    public string? Status { get; set; }
    /// <summary>Use classes as in the source (BAG gebruiksdoel list, or the OSM <c>building</c> value).</summary>
    public string? Use { get; set; }
    public int? Levels { get; set; }
    /// <summary>Residential units in the building (BAG verblijfsobjecten with woonfunctie, or OSM estimate).</summary>
    public int Dwellings { get; set; }
    /// <summary>All units (dwellings, shops, offices ...).</summary>
    public int Units { get; set; }
    public double FloorAreaM2 { get; set; }
    public string? Address { get; set; }

    // Derived by the district model (Engine); recomputed after each import.
    public int? DistrictId { get; set; }
    public DwellingType? DwellingType { get; set; }
    /// <summary>Length of the footprint boundary shared with touching buildings, m.</summary>
    public double SharedWallM { get; set; }
    public int TouchingBuildings { get; set; }
    public long? StreetSegmentId { get; set; }
    /// <summary>Straight distance from the footprint to the nearest street segment, m: the house connection length.</summary>
    public double? ConnectionLengthM { get; set; }
}

/// <summary>Dwelling type derived from the footprints (shared walls) and the number of dwellings. See docs/district-model.md.</summary>
public enum DwellingType
{
    Detached,
    SemiDetached,
    TerracedEnd,
    TerracedMiddle,
    Apartment,
}
