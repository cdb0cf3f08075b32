namespace Wijkwerf.Domain.Learning;

/// <summary>An oogstsessie (harvest session, seed 002): the platform team opens it, municipalities and partner
/// organisations submit needs and opportunities until it is closed, and the team clusters them into work points.</summary>
public sealed class HarvestSession
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public DateOnly? HeldOn { get; set; }
    /// <summary>UTC (SQLite cannot order DateTimeOffset in SQL).</summary>
    public DateTime OpenedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public string? OpenedBy { get; set; }
    public bool IsOpen => ClosedAtUtc is null;
}

/// <summary>What a participant brings to a harvest session.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<HarvestItemKind>))]
public enum HarvestItemKind { Need, Opportunity }

/// <summary>One submitted need or opportunity, in the language it was written in, with the werven the submitter ticked.
/// <see cref="WorkPointId"/> is set once the team put it in a work point.</summary>
public sealed class HarvestItem
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public HarvestItemKind Kind { get; set; }
    public required string Text { get; set; }
    /// <summary>"nl" or "en".</summary>
    public string Language { get; set; } = "nl";
    /// <summary>Comma-separated werf codes (warmte, renovatie, mobiliteit, groen, water ...).</summary>
    public string Werven { get; set; } = "";
    /// <summary>Municipality or partner organisation as the submitter named it.</summary>
    public string? Organisation { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
    public int? WorkPointId { get; set; }

    public IReadOnlyList<string> WervenList => Werven.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A werkpunt: a recurring need the network works on, clustered from harvest items (the 2023 session gave 13),
/// grouped into a work programme. <see cref="BindingTerms"/> keeps why the items were grouped.</summary>
public sealed class WorkPoint
{
    public int Id { get; set; }
    public int? SessionId { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public string? Description { get; set; }
    public string? DescriptionEn { get; set; }
    /// <summary>Comma-separated words that bind the items (from the clustering engine).</summary>
    public string BindingTerms { get; set; } = "";
    public int? ProgrammeId { get; set; }
    /// <summary>Weight in the programme's progress roll-up.</summary>
    public double Weight { get; set; } = 1;
    /// <summary>Progress 0..1 when the work point has no breakthroughs of its own.</summary>
    public double Progress { get; set; }
}

/// <summary>A werkprogramma (seed 002: "Parel van het warmtenet", "Iedereen mee!", "Straten naar de toekomst").</summary>
public sealed class WorkProgramme
{
    public int Id { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public required string Goal { get; set; }
    public string? GoalEn { get; set; }
    /// <summary>Owner (organisation or person) of the programme.</summary>
    public string? Owner { get; set; }
}

/// <summary>One of the research questions a work programme works on (seed 002).</summary>
public sealed class ProgrammeQuestion
{
    public int Id { get; set; }
    public int ProgrammeId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public string? TextEn { get; set; }
}

/// <summary>A doorbraak a development team builds under a work point; its weighted progress rolls up.</summary>
public sealed class Breakthrough
{
    public int Id { get; set; }
    public int WorkPointId { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public double Weight { get; set; } = 1;
    /// <summary>0..1.</summary>
    public double Progress { get; set; }
    /// <summary>Validated breakthroughs can be cited in the workbook.</summary>
    public bool Validated { get; set; }
    /// <summary>What the development team delivers (a model covenant, a financing guide ...).</summary>
    public string? Deliverable { get; set; }
    /// <summary>The milestone date the team aims for.</summary>
    public DateOnly? DueOn { get; set; }
}
