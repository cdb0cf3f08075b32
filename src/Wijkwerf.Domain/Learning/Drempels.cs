namespace Wijkwerf.Domain.Learning;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DrempelKind>))]
public enum DrempelKind { Barrier, Lesson, Question, GoodPractice }

/// <summary>A drempel (challenge/barrier) or les (lesson), question or good practice a municipality shares, per werf,
/// linked to a work programme, municipality, district or case. "We hit this too" marks from other municipalities make
/// recurring challenges rise. Hidden after enough reports until a moderator restores it.</summary>
public sealed class Drempel
{
    public int Id { get; set; }
    public DrempelKind Kind { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    /// <summary>Markdown, checked by SafeMarkdown.</summary>
    public required string Text { get; set; }
    public string? TextEn { get; set; }
    public string Werven { get; set; } = "";
    public int? ProgrammeId { get; set; }
    public int? MunicipalityId { get; set; }
    public string? DistrictCode { get; set; }
    public int? CaseId { get; set; }
    public required string AuthorId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public bool Hidden { get; set; }
    /// <summary>Validated lessons can be cited in the workbook.</summary>
    public bool Validated { get; set; }
}

/// <summary>"We hit this too": one mark per municipality per drempel.</summary>
public sealed class DrempelMark
{
    public int Id { get; set; }
    public int DrempelId { get; set; }
    public int MunicipalityId { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A comment on a drempel, threaded by <see cref="ParentId"/>.</summary>
public sealed class DrempelComment
{
    public int Id { get; set; }
    public int DrempelId { get; set; }
    public int? ParentId { get; set; }
    public required string AuthorId { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public bool Hidden { get; set; }
}

/// <summary>A report of a drempel or a comment by one person (once per person per item).</summary>
public sealed class ContentReport
{
    public int Id { get; set; }
    /// <summary>"drempel" or "comment".</summary>
    public required string ContentKind { get; set; }
    public int ContentId { get; set; }
    public required string ReporterId { get; set; }
    public string Reason { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public bool Resolved { get; set; }
}

/// <summary>A file attached to a drempel (stored in the database, at most <c>DrempelService.MaxAttachmentBytes</c>).</summary>
public sealed class DrempelAttachment
{
    public int Id { get; set; }
    public int DrempelId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>A moderator's decision on a reported or hidden item, with the reason: the trail of who hid or restored what.</summary>
public sealed class ModerationDecision
{
    public int Id { get; set; }
    /// <summary>"drempel" or "comment".</summary>
    public required string ContentKind { get; set; }
    public int ContentId { get; set; }
    public required string ModeratorId { get; set; }
    public bool Hide { get; set; }
    public string Reason { get; set; } = "";
    public DateTime DecidedAtUtc { get; set; }
}
