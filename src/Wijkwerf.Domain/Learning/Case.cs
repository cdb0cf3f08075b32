namespace Wijkwerf.Domain.Learning;

/// <summary>An in-depth case of the network (seed 001: 8–10 districts followed with guidance and peer review): one
/// real district in Wijkwerf, its municipality and the team that carries it. Cases come from the demo seed, from
/// staff, or from a call for applications that selected the district (<see cref="Origin"/>).</summary>
public sealed class Case
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public int? MunicipalityId { get; set; }
    /// <summary>The district's code in Wijkwerf (CBS buurtcode, Statbel sector/wijk code), when it has one.</summary>
    public string? DistrictCode { get; set; }
    public string? Summary { get; set; }
    public string? SummaryEn { get; set; }
    /// <summary>"seed", "staff" or "call:{callId}".</summary>
    public string Origin { get; set; } = "staff";
    public DateTimeOffset CreatedAt { get; set; }
}
