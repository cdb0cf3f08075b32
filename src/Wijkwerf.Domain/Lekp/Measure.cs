using NetTopologySuite.Geometries;
using Wijkwerf.Domain.Werven;

namespace Wijkwerf.Domain.Lekp;

/// <summary>One measure of an integrated district plan: a number of trees, m² unsealing, a mobipunt, a collective
/// renovation ... It counts towards a LEKP target when <see cref="TargetKey"/> is set (its unit is then the target's).</summary>
public sealed class Measure
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Places.Municipality? Municipality { get; set; }
    public required Werf Werf { get; set; }
    /// <summary>Key of the LEKP target it counts towards (<c>bomen</c>, <c>ontharding</c> ...), null when it counts towards none.</summary>
    public string? TargetKey { get; set; }
    public required string Title { get; set; }
    /// <summary>How much, in <see cref="Unit"/>; never negative.</summary>
    public double Quantity { get; set; }
    /// <summary>Unit slug as in the targets table (<c>tree</c>, <c>m2</c>, <c>m3</c>, <c>charging_point_equivalent</c> ...).</summary>
    public required string Unit { get; set; }
    /// <summary>Code of the district it lies in (<c>13019W04</c>). A code, not a foreign key, so that re-importing the
    /// districts (which replaces their rows) never detaches a plan from its place.</summary>
    public string? DistrictCode { get; set; }
    /// <summary>Point or polygon in WGS84 (EPSG:4326), optional.</summary>
    public Geometry? Location { get; set; }
    public string? StreetName { get; set; }
    public MeasureStatus Status { get; set; }
    public DateOnly? StartDate { get; set; }
    /// <summary>When it is (or is expected to be) finished; the 2030 projection counts planned measures by this date.</summary>
    public DateOnly? EndDate { get; set; }
    public double? CostEur { get; set; }
    public FundingKind? Funding { get; set; }
    /// <summary>The subsidy's budget code, e.g. <c>ABB-LEKP-2023</c>.</summary>
    public string? BudgetCode { get; set; }
    public string? Owner { get; set; }
    /// <summary>Free-text id of the street works this measure goes with (the street works module comes later).</summary>
    public string? StreetWorksRef { get; set; }
    /// <summary>Free-text id of a heat network (plan) this measure belongs to.</summary>
    public string? HeatNetworkRef { get; set; }
    /// <summary>Free-text id of a (collective) renovation project.</summary>
    public string? RenovationProjectRef { get; set; }
    /// <summary>The import that brought it; null when entered by hand.</summary>
    public int? SourceId { get; set; }
}

public enum MeasureStatus { Idea, Planned, InProgress, Realised }

public enum FundingKind { LekpSubsidy, OtherSubsidy, OwnMeans }
