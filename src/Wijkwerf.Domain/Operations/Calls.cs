using System.Text.Json.Serialization;

namespace Wijkwerf.Domain.Operations;

/// <summary>A call for applications (seed 003: Platform31 looked for twelve districts). Opening and closing are
/// stored in UTC and entered and shown in Europe/Brussels time.</summary>
public sealed class Call
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public required string Text { get; set; }
    public string? TextEn { get; set; }
    public DateTime OpensAtUtc { get; set; }
    public DateTime ClosesAtUtc { get; set; }
    /// <summary>How many districts the call selects (12 in seed 003).</summary>
    public int MaxPlaces { get; set; }
    /// <summary>The scoring scale of every criterion: reviewers give whole numbers from <see cref="ScaleMin"/> to
    /// <see cref="ScaleMax"/>.</summary>
    public int ScaleMin { get; set; }
    public int ScaleMax { get; set; } = 10;
    /// <summary>Eligibility: the country whose districts may apply ("NL", "BE"), null for any.</summary>
    public string? EligibleCountry { get; set; }
    /// <summary>Eligibility: applicant types allowed, comma separated (seed 003: "municipality,housing-association").</summary>
    public string EligibleApplicantTypes { get; set; } = "municipality";
    /// <summary>Eligibility: partners an application must name at least.</summary>
    public int MinPartners { get; set; }
    public DateTime? SelectedAtUtc { get; set; }
    public List<CallCriterion> Criteria { get; set; } = [];
}

public sealed class CallCriterion
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    /// <summary>Percentage of the weighted score; a call's weights add up to 100.</summary>
    public double Weight { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))]
public enum ApplicationStatus { Draft, Submitted, Selected, NotSelected }

/// <summary>A district's application to a call. Personal data: the contact's name and e-mail.</summary>
public sealed class CallApplication
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public required string DistrictCode { get; set; }
    public int? MunicipalityId { get; set; }
    /// <summary>"municipality" or "housing-association".</summary>
    public string ApplicantType { get; set; } = "municipality";
    public required string Organisation { get; set; }
    public required string ContactName { get; set; }
    public required string ContactEmail { get; set; }
    public string? UserId { get; set; }
    /// <summary>Partners, one per line.</summary>
    public string? Partners { get; set; }
    public string? Motivation { get; set; }
    public string? SocialProfile { get; set; }
    public string? TechnicalProfile { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public DateTime? NotifiedAtUtc { get; set; }
    public int? CaseId { get; set; }
    public List<ApplicationAttachment> Attachments { get; set; } = [];
}

public sealed class ApplicationAttachment
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>A reviewer of a call, with what the conflict-of-interest check compares: organisation and municipality.</summary>
public sealed class CallReviewer
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string Organisation { get; set; }
    public int? MunicipalityId { get; set; }
}

/// <summary>A reviewer assigned to one application.</summary>
public sealed class CallReviewAssignment
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int ReviewerId { get; set; }
}

public sealed class ReviewScore
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int ReviewerId { get; set; }
    public int CriterionId { get; set; }
    public int Value { get; set; }
    public string? Comment { get; set; }
}
