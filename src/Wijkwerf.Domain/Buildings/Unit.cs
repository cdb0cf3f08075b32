namespace Wijkwerf.Domain.Buildings;

/// <summary>An addressable unit: a BAG verblijfsobject (dwelling, shop, office ...) or an OSM address.</summary>
public sealed class Unit
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    public required string ExternalId { get; set; }
    /// <summary>External id of the building the unit lies in (BAG pand id / OSM way id).</summary>
    public string? BuildingExternalId { get; set; }
    public long? BuildingId { get; set; }
    public string? Use { get; set; }
    public bool IsDwelling { get; set; }
    public double? FloorAreaM2 { get; set; }
    public string? Status { get; set; }
    public string? Street { get; set; }
    /// <summary>Code of the street in its source (BAG openbare ruimte id): groups the addresses of one street even
    /// where the street's name or geometry is not known.</summary>
    public string? StreetCode { get; set; }
    public string? HouseNumber { get; set; }
    public string? Postcode { get; set; }
    public string? City { get; set; }
    public double Lon { get; set; }
    public double Lat { get; set; }
    /// <summary>The 0.02° tile of the address point (see <c>Tiles</c> in Data): an indexed key for "what lies
    /// here", the same on SQLite and PostgreSQL.</summary>
    public long TileKey { get; set; }
    public int? DistrictId { get; set; }
}
