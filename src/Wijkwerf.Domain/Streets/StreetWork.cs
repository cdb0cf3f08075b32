using NetTopologySuite.Geometries;

namespace Wijkwerf.Domain.Streets;

/// <summary>A planned street work (GIPOD "grondwerk"): who digs what, where and when, and how far it may shift.
/// <see cref="Kind"/> is a slug (sewer, heat, cables, charging, trees, unsealing, road); <see cref="Status"/> planned,
/// in_progress or finished. Quantities (<see cref="UnsealedM2"/> ...) count towards the LEKP targets once finished.</summary>
public sealed class StreetWork
{
    public long Id { get; set; }
    public int? MunicipalityId { get; set; }
    public required string DistrictCode { get; set; }
    /// <summary>The owner's or GIPOD's reference; unique per municipality, so a re-import replaces the work.</summary>
    public required string Reference { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public required string Kind { get; set; }
    /// <summary>carriageway or footway: which surface it opens (and which moratorium applies).</summary>
    public string Surface { get; set; } = "carriageway";
    /// <summary>Where, in WGS84 (EPSG:4326): the segments' centrelines or the file's own geometry.</summary>
    public required Geometry Geometry { get; set; }
    /// <summary>The <see cref="StreetSegment"/> ids the work lies on; empty where the district has no stored street
    /// graph (Voorburg), then <see cref="StreetName"/> stands for the segment.</summary>
    public List<long> SegmentIds { get; set; } = [];
    public string? StreetName { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public DateOnly EarliestStart { get; set; }
    public DateOnly LatestStart { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public double ExcavatedM2 { get; set; }
    public bool UtilityRelocation { get; set; }
    public double CostEur { get; set; }
    public string Status { get; set; } = "planned";
    public double UnsealedM2 { get; set; }
    public double RainwaterM3 { get; set; }
    public int Trees { get; set; }
    public int ChargingPoints { get; set; }
    /// <summary>Heat pipe size for the profile check (heat works).</summary>
    public int? HeatDn { get; set; }
    public required string Source { get; set; }
}
