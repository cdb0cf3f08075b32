using System.Text.Json.Serialization;

namespace Wijkwerf.Domain.OneStopShop;

/// <summary>An architect, contractor, installer or energy advisor in a municipality's pool: vetted by its one-stop shop,
/// matched to households and collective projects. Belongs to <see cref="MunicipalityId"/> (the tenant) like the
/// households it works for.</summary>
public sealed class PoolMember
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public required string Name { get; set; }
    public PoolMemberKind Kind { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>Qualification codes from <c>OneStopShop/Parameters/qualifications.csv</c>.</summary>
    public List<string> Qualifications { get; set; } = [];
    /// <summary>Where the member works: municipality codes (<c>GM1916</c>) or postcode areas (<c>2271</c>, <c>2271AB</c>),
    /// an address matching when its postcode starts with the area.</summary>
    public List<string> ServiceAreas { get; set; } = [];
    /// <summary>Jobs the member can hold at the same time.</summary>
    public int CapacityJobs { get; set; }
    /// <summary>An inactive member keeps its jobs and ratings but is not matched.</summary>
    public bool Active { get; set; } = true;
}

[JsonConverter(typeof(JsonStringEnumConverter<PoolMemberKind>))]
public enum PoolMemberKind
{
    Architect,
    Contractor,
    Installer,
    EnergyAdvisor,
}

/// <summary>A job a pool member holds: one household's renovation or one collective project. It counts against the
/// member's capacity until <see cref="FinishedOn"/>.</summary>
public sealed class PoolJob
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public long MemberId { get; set; }
    public long? HouseholdId { get; set; }
    public long? ProjectId { get; set; }
    /// <summary>The qualifications the job needed when it was matched.</summary>
    public List<string> Qualifications { get; set; } = [];
    public DateOnly AssignedOn { get; set; }
    public DateOnly? FinishedOn { get; set; }
}

/// <summary>A score (1–5) for one criterion of one finished job; the criteria are in the parameter table.</summary>
public sealed class PoolRating
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public long JobId { get; set; }
    public long MemberId { get; set; }
    public required string Criterion { get; set; }
    public int Score { get; set; }
}
