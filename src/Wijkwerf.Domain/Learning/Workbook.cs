namespace Wijkwerf.Domain.Learning;

/// <summary>A chapter of the living workbook (seed 000: "a dynamic workbook that serves as a guide"), per werf or per
/// work programme.</summary>
public sealed class WorkbookChapter
{
    public int Id { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public string? Werf { get; set; }
    public int? ProgrammeId { get; set; }
}

/// <summary>A section: a versioned Markdown document. Its text lives in <see cref="WorkbookRevision"/>s.</summary>
public sealed class WorkbookSection
{
    public int Id { get; set; }
    public int ChapterId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public int CurrentVersion { get; set; }
}

/// <summary>One version of a section, in Dutch and (when translated) English. Never changed after it is written.</summary>
public sealed class WorkbookRevision
{
    public int Id { get; set; }
    public int SectionId { get; set; }
    public int Version { get; set; }
    public required string MarkdownNl { get; set; }
    public string? MarkdownEn { get; set; }
    public string? Author { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A published edition: frozen, it points at one revision per section (JSON list of revision ids).</summary>
public sealed class WorkbookEdition
{
    public int Id { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public required string RevisionIdsJson { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public string? PublishedBy { get; set; }
}
