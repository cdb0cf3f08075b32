using System.Text.Json.Serialization;
using Wijkwerf.Domain.Buildings;

namespace Wijkwerf.Domain.OneStopShop;

/// <summary>One household at one address, followed by the one-stop shop (energiehuis, renovation coach) from first
/// contact to finished renovation or heat connection. Personal data: it belongs to <see cref="MunicipalityId"/> (the
/// tenant) and is seen only by that municipality's staff.</summary>
/// <remarks>The segment fields (<see cref="DistrictId"/>, <see cref="DwellingType"/>, <see cref="BuildYearClass"/>,
/// <see cref="Tenure"/>) are copied from the address when the household is created, so that after erasure
/// (<see cref="ErasedAtUtc"/> set, address and personal fields cleared) the anonymous counts per district and segment
/// stay right.</remarks>
public sealed class Household
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    /// <summary>The address (BAG verblijfsobject); null once erased.</summary>
    public long? UnitId { get; set; }
    public int? DistrictId { get; set; }
    /// <summary>Street of the address (BAG openbare ruimte id); null once erased.</summary>
    public string? StreetCode { get; set; }
    public DwellingType? DwellingType { get; set; }
    public string BuildYearClass { get; set; } = Buildings.BuildYearClass.Unknown;
    /// <summary>Recorded by staff; null means not recorded (reach then uses the CBS shares as an estimate).</summary>
    public Tenure? Tenure { get; set; }
    public JourneyStage Stage { get; set; }
    public DateOnly StageSince { get; set; }
    public string? ContactName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Advisor { get; set; }
    public string? Notes { get; set; }
    /// <summary>The resident's own account, when they have one (export and erase through the account page).</summary>
    public string? ResidentUserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ErasedAtUtc { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<Tenure>))]
public enum Tenure
{
    OwnerOccupied,
    SocialRent,
    PrivateRent,
}

/// <summary>The stages of a household journey, in order. <see cref="HeatConnected"/> is the other way to finish
/// (connected to the heat network instead of an individual renovation).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JourneyStage>))]
public enum JourneyStage
{
    FirstContact,
    Advice,
    Decision,
    Financing,
    ContractorAssigned,
    Works,
    Done,
    HeatConnected,
}

/// <summary>One step in a household's journey: the stage history is never overwritten.</summary>
public sealed class JourneyEvent
{
    public long Id { get; set; }
    public long HouseholdId { get; set; }
    public int MunicipalityId { get; set; }
    public JourneyStage Stage { get; set; }
    public DateOnly Date { get; set; }
    public string? Advisor { get; set; }
    /// <summary>Free text; personal data (cleared on erasure).</summary>
    public string? Note { get; set; }
    /// <summary>The campaign that brought this step about, if any.</summary>
    public long? CampaignId { get; set; }
    /// <summary>A document reference (file name or link); personal data.</summary>
    public string? Document { get; set; }
}

/// <summary>Consent a household gave (or withdrew) for one purpose.</summary>
public sealed class Consent
{
    public long Id { get; set; }
    public long HouseholdId { get; set; }
    public int MunicipalityId { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public bool Given { get; set; }
    public DateOnly Date { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ConsentPurpose>))]
public enum ConsentPurpose
{
    /// <summary>Follow the household's journey (the one-stop shop's own service).</summary>
    Guidance,
    /// <summary>Pass name and address to a contractor or architect from the pool.</summary>
    ShareWithContractor,
    /// <summary>Invite to climate tables and collective projects.</summary>
    Invitations,
}

/// <summary>An activation campaign and the addresses it reached.</summary>
public sealed class Campaign
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public CampaignKind Kind { get; set; }
    public required string Name { get; set; }
    public DateOnly Date { get; set; }
    public string? DistrictCode { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<CampaignKind>))]
public enum CampaignKind
{
    DoorToDoor,
    InformationEvening,
    ClimateTable,
    Letter,
    School,
    NeighbourhoodAmbassador,
}

/// <summary>A campaign reached a household.</summary>
public sealed class CampaignContact
{
    public long Id { get; set; }
    public long CampaignId { get; set; }
    public long HouseholdId { get; set; }
    public int MunicipalityId { get; set; }
    public DateOnly Date { get; set; }
}

/// <summary>Every read or change of personal data, by whom (GDPR accountability).</summary>
public sealed class PersonalDataAccess
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public required string UserId { get; set; }
    public long? HouseholdId { get; set; }
    public required string Action { get; set; }
    public DateTime AtUtc { get; set; }
}

/// <summary>The Platform31 problem dimensions of a district, filled in by the municipality (1 = no problem … 5 =
/// severe; null = not assessed). Not personal data: it describes a district.</summary>
public sealed class DistrictVulnerability
{
    public long Id { get; set; }
    public int MunicipalityId { get; set; }
    public int DistrictId { get; set; }
    public int? Poverty { get; set; }
    public int? Unemployment { get; set; }
    public int? Debt { get; set; }
    public int? Loneliness { get; set; }
    public int? NuisanceInsecurity { get; set; }
    public string? Notes { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
