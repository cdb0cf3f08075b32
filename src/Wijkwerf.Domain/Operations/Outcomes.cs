using System.Text.Json.Serialization;

namespace Wijkwerf.Domain.Operations;

/// <summary>The five outcome dimensions of the Toronto approach the Platform31 programme took as reference (seed 003):
/// energy savings, a better living climate, more participation, more employment and social cohesion.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutcomeDimension>))]
public enum OutcomeDimension { EnergySavings, LivingClimate, Participation, Employment, SocialCohesion }

/// <summary>An indicator defined by the platform team: what is measured, in which unit, from which source.</summary>
public sealed class OutcomeIndicator
{
    public int Id { get; set; }
    /// <summary>Stable key, e.g. "gas-use-per-dwelling".</summary>
    public required string Key { get; set; }
    public OutcomeDimension Dimension { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public required string Unit { get; set; }
    public required string Source { get; set; }
    /// <summary>False when a lower value is the better one (gas use, unemployment).</summary>
    public bool HigherIsBetter { get; set; } = true;
}

/// <summary>One measurement of an indicator in a district; the baseline is the one marked <see cref="IsBaseline"/>.</summary>
public sealed class OutcomeMeasurement
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public required string DistrictCode { get; set; }
    public DateOnly MeasuredOn { get; set; }
    public double Value { get; set; }
    public bool IsBaseline { get; set; }
    public string? Note { get; set; }
}
