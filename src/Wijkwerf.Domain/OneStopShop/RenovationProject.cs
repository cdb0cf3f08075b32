using System.Text.Json.Serialization;
using Wijkwerf.Domain.Buildings;

namespace Wijkwerf.Domain.OneStopShop;

/// <summary>A collective renovation: similar dwellings (same type, build-year class, street or block) renovated with one
/// design, one tender and one collective permit application.</summary>
public sealed class RenovationProject
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public required string Name { get; set; }
    public int? DistrictId { get; set; }
    public DwellingType? DwellingType { get; set; }
    public string BuildYearClass { get; set; } = Buildings.BuildYearClass.Unknown;
    public string? StreetCode { get; set; }
    public RenovationProjectStatus Status { get; set; }
    /// <summary>Planned year of the works: the heat programme reads it as the project's renovation wave.</summary>
    public int? PlannedYear { get; set; }
    public DateOnly? FinishedOn { get; set; }
    /// <summary>The renovation leaves the dwellings without fossil heat (LEKP 2.0 counts these separately).</summary>
    public bool FossilFree { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<RenovationProjectStatus>))]
public enum RenovationProjectStatus
{
    Suggested,
    Planned,
    InProgress,
    Finished,
}

/// <summary>One address in a collective renovation project.</summary>
public sealed class RenovationProjectUnit
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public long UnitId { get; set; }
}
