using System.Text.Json.Serialization;

namespace Wijkwerf.Domain.OneStopShop;

/// <summary>A climate table (klimaattafel): a session in a district where invited households talk about their homes and
/// the energy transition. Each session has its own campaign of kind <see cref="CampaignKind.ClimateTable"/>, so
/// attendance counts in the campaign results and in reach.</summary>
public sealed class ClimateTableSession
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public DateOnly Date { get; set; }
    public required string Place { get; set; }
    public required string Topic { get; set; }
    public int? DistrictId { get; set; }
    public long CampaignId { get; set; }
}

/// <summary>An address invited to (or walking into) a climate table, whether it attended and what came of it.</summary>
public sealed class ClimateTableInvitation
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    public int MunicipalityId { get; set; }
    /// <summary>The invited address; null once the household is erased.</summary>
    public long? UnitId { get; set; }
    /// <summary>Set when the household attended (attending opens its journey).</summary>
    public long? HouseholdId { get; set; }
    /// <summary>False for a walk-in: attended without an invitation.</summary>
    public bool Invited { get; set; } = true;
    public bool Attended { get; set; }
    public ClimateTableOutcome? Outcome { get; set; }
}

/// <summary>What a climate table led to for one household.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClimateTableOutcome>))]
public enum ClimateTableOutcome
{
    /// <summary>Wants advice or an energy scan: the journey moves to <see cref="JourneyStage.Advice"/>.</summary>
    AdviceRequested,
    InterestedInCollectiveProject,
    FinancingQuestion,
    NoFollowUp,
}
