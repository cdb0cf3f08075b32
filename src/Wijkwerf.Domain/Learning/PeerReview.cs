namespace Wijkwerf.Domain.Learning;

/// <summary>A person in the team that carries a case (municipality staff, partners). Members never review their own case.</summary>
public sealed class CaseMember
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string UserId { get; set; }
    public string Role { get; set; } = "member";
}

/// <summary>A guidance session with a case team, with its minutes (Markdown).</summary>
public sealed class GuidanceSession
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Minutes { get; set; }
    public string? Author { get; set; }
}

/// <summary>An intervisie round: the platform team opens it, every case gets peer reviewers from other cases and at
/// least one expert. Rounds and their outcomes stay visible to the network.</summary>
public sealed class ReviewRound
{
    public int Id { get; set; }
    public required string Title { get; set; }
    /// <summary>Comma-separated themes scored in the form (the werven, participation ...).</summary>
    public required string Themes { get; set; }
    public int PeersPerCase { get; set; } = 2;
    public DateTime OpenedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public string? OpenedBy { get; set; }

    public IReadOnlyList<string> ThemeList => Themes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Who reviews which case in a round.</summary>
public sealed class ReviewAssignment
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int CaseId { get; set; }
    public required string ReviewerId { get; set; }
    public bool IsExpert { get; set; }
}

/// <summary>A filled review form: what works, what to try, questions, a score 1..5 per theme; and the case team's answer.</summary>
public sealed class Review
{
    public int Id { get; set; }
    public int AssignmentId { get; set; }
    public int RoundId { get; set; }
    public int CaseId { get; set; }
    public required string ReviewerId { get; set; }
    public required string WhatWorks { get; set; }
    public required string WhatToTry { get; set; }
    public string Questions { get; set; } = "";
    /// <summary>JSON object theme → score 1..5.</summary>
    public string ScoresJson { get; set; } = "{}";
    public DateTime SubmittedAtUtc { get; set; }
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTime? AnsweredAtUtc { get; set; }
}
