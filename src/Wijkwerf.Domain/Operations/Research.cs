using System.Text.Json.Serialization;

namespace Wijkwerf.Domain.Operations;

/// <summary>The four kinds of action-research findings of seed 003: "uitdagingen, oplossingen, inzichten en lessen".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ResearchKind>))]
public enum ResearchKind { Challenge, Solution, Insight, Lesson }

/// <summary>Where a finding sits; the seeds' third success factor is connecting social, physical and technical work.</summary>
[Flags, JsonConverter(typeof(JsonStringEnumConverter<ResearchDomain>))]
public enum ResearchDomain { None = 0, Social = 1, Physical = 2, Technical = 4 }

/// <summary>One entry of a district's action-research log.</summary>
public sealed class ResearchEntry
{
    public int Id { get; set; }
    public required string DistrictCode { get; set; }
    public ResearchKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    /// <summary>The werf, lower case (renovatie, energie, groen, water, mobiliteit ...), if any.</summary>
    public string? Werf { get; set; }
    /// <summary>The work programme (wp1, wp2, wp3) or experiment programme, if any.</summary>
    public string? Programme { get; set; }
    /// <summary>Partners, comma separated.</summary>
    public string? Partners { get; set; }
    public ResearchDomain Domains { get; set; }
    /// <summary>What backs the entry: a document, a measurement, a quote, a link.</summary>
    public string? Evidence { get; set; }
    public required string Author { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>The practice lab where the entry was presented and validated.</summary>
    public int? PracticeLabId { get; set; }
    public DateTime? ValidatedAtUtc { get; set; }
    public string? ValidatedBy { get; set; }
    public string? ValidationReason { get; set; }
}

/// <summary>A practice lab (<i>praktijklab</i>): a session where entries are presented, discussed and validated.</summary>
public sealed class PracticeLab
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public DateTime HeldAtUtc { get; set; }
    public string? Place { get; set; }
    public string? Notes { get; set; }
}
