using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Engine.Knowledge.Cases;

namespace Wijkwerf.Data.Knowledge.Cases;

public sealed record CaseSummary(int Id, string Title, string? TitleEn, string? Municipality, string? DistrictCode, string? DistrictName, int Members);
public sealed record ReviewForm(string WhatWorks, string WhatToTry, string? Questions, IReadOnlyDictionary<string, int> Scores);
public sealed record ReviewView(int Id, int CaseId, string Reviewer, bool ByExpert, string WhatWorks, string WhatToTry, string Questions,
    IReadOnlyDictionary<string, int> Scores, DateTime SubmittedAtUtc, string? Answer, DateTime? AnsweredAtUtc);
public sealed record AssignmentView(int Id, int CaseId, string ReviewerId, string Reviewer, bool IsExpert, bool Submitted);
public sealed record RoundCaseView(CaseSummary Case, IReadOnlyList<AssignmentView> Reviewers, IReadOnlyList<ReviewView> Reviews);
public sealed record RoundView(int Id, string Title, IReadOnlyList<string> Themes, bool Open, DateTime OpenedAtUtc, IReadOnlyList<RoundCaseView> Cases);
public sealed record RoundSummary(int Id, string Title, bool Open, DateTime OpenedAtUtc, int Assignments, int Reviews);
public sealed record CaseMemberView(string UserId, string Name, string Role);
public sealed record GuidanceView(int Id, DateOnly HeldOn, string Minutes, string Html, string? Author);
public sealed record CaseReviewView(int RoundId, string RoundTitle, ReviewView Review);
public sealed record CaseView(CaseSummary Case, string? Summary, string? SummaryEn, IReadOnlyList<CaseMemberView> Team, IReadOnlyList<GuidanceView> Guidance, IReadOnlyList<CaseReviewView> Reviews);

/// <summary>Cases and their intervisie rounds: case teams, opening a round (reviewers assigned by
/// <see cref="ReviewerAssignment"/>), the structured review form, and the case team's answer.</summary>
public sealed class PeerReviewService(WijkwerfDb db, UnreadNotificationCounts? unread = null)
{
    public async Task<IReadOnlyList<CaseSummary>> CasesAsync(CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Title).ToListAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => cases.Select(c => c.MunicipalityId).Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var codes = cases.Where(c => c.DistrictCode != null).Select(c => c.DistrictCode!).ToList();
        var districts = await db.Districts.AsNoTracking().Where(d => codes.Contains(d.Code)).Select(d => new { d.Code, d.Name }).ToDictionaryAsync(d => d.Code, d => d.Name, ct);
        var members = await db.CaseMembers.AsNoTracking().GroupBy(m => m.CaseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return cases.Select(c => new CaseSummary(c.Id, c.Title, c.TitleEn, c.MunicipalityId is { } m ? municipalities.GetValueOrDefault(m) : null,
            c.DistrictCode, c.DistrictCode is { } d ? districts.GetValueOrDefault(d) : null, members.GetValueOrDefault(c.Id))).ToList();
    }

    /// <summary>One case as the network sees it: its team, guidance sessions with minutes, and every review it got in
    /// any round with the team's answers.</summary>
    public async Task<CaseView> CaseAsync(int caseId, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct) ?? throw LearningException.NotFound("case", caseId);
        var summary = (await CasesAsync(ct)).Single(x => x.Id == caseId);
        var members = await db.CaseMembers.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.Id).ToListAsync(ct);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Id).ToListAsync(ct);
        var userIds = members.Select(m => m.UserId).Concat(reviews.Select(r => r.ReviewerId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.UserName ?? u.Id, ct);
        var roundIds = reviews.Select(r => r.RoundId).Distinct().ToList();
        var rounds = await db.ReviewRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, ct);
        var assignmentIds = reviews.Select(r => r.AssignmentId).ToList();
        var expert = await db.ReviewAssignments.AsNoTracking().Where(a => assignmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.IsExpert, ct);
        var guidance = await db.GuidanceSessions.AsNoTracking().Where(g => g.CaseId == caseId).OrderByDescending(g => g.HeldOn).ThenByDescending(g => g.Id).ToListAsync(ct);
        return new CaseView(summary, c.Summary, c.SummaryEn,
            members.Select(m => new CaseMemberView(m.UserId, names.GetValueOrDefault(m.UserId, m.UserId), m.Role)).ToList(),
            guidance.Select(g => new GuidanceView(g.Id, g.HeldOn, g.Minutes, SafeMarkdown.ToHtml(g.Minutes), g.Author)).ToList(),
            reviews.Select(r => new CaseReviewView(r.RoundId, rounds.GetValueOrDefault(r.RoundId, ""), new ReviewView(r.Id, r.CaseId, names.GetValueOrDefault(r.ReviewerId, r.ReviewerId),
                expert.GetValueOrDefault(r.AssignmentId), r.WhatWorks, r.WhatToTry, r.Questions, JsonSerializer.Deserialize<Dictionary<string, int>>(r.ScoresJson) ?? [],
                r.SubmittedAtUtc, r.Answer, r.AnsweredAtUtc))).ToList());
    }

    /// <summary>Minutes of a guidance session with the case team, written by the platform team or a member of the case.</summary>
    public async Task<GuidanceSession> AddGuidanceSessionAsync(int caseId, DateOnly heldOn, string minutes, string userId, bool platformTeam, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct) ?? throw LearningException.NotFound("case", caseId);
        if (!platformTeam && !await db.CaseMembers.AnyAsync(m => m.CaseId == caseId && m.UserId == userId, ct))
            throw LearningException.Forbidden($"Only the platform team and the team of case \"{c.Title}\" write its guidance minutes.");
        if (heldOn == default) throw LearningException.Invalid("heldOn", "heldOn (the date of the session) is missing.");
        var author = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName ?? u.Email).FirstOrDefaultAsync(ct);
        var session = new GuidanceSession { CaseId = caseId, HeldOn = heldOn, Minutes = SafeMarkdown.Check(minutes, "minutes", 20_000), Author = author ?? userId };
        db.GuidanceSessions.Add(session);
        await db.SaveChangesAsync(ct);
        await new Notifier(db, unread).GuidanceSessionAsync(session, userId, ct);
        return session;
    }

    /// <summary>Adds the person with this e-mail address to the case team (the page form names people by e-mail).</summary>
    public async Task AddMemberByEmailAsync(int caseId, string email, string role, CancellationToken ct)
    {
        var normalized = (email ?? "").Trim().ToUpperInvariant();
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(ct)
            ?? throw LearningException.Invalid("email", $"Nobody has an account with the e-mail address \"{email}\".");
        await AddMemberAsync(caseId, userId, SafeMarkdown.Check(role, "role", 40), ct);
    }

    public async Task AddMemberAsync(int caseId, string userId, string role, CancellationToken ct)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct)) throw LearningException.NotFound("case", caseId);
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct)) throw LearningException.Invalid("userId", $"There is no user {userId}.");
        if (await db.CaseMembers.AnyAsync(m => m.CaseId == caseId && m.UserId == userId, ct)) return;
        db.CaseMembers.Add(new CaseMember { CaseId = caseId, UserId = userId, Role = role });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Opens a round over every case: peers from the other cases' teams and at least one expert per case.</summary>
    public async Task<ReviewRound> OpenRoundAsync(string title, IReadOnlyList<string> themes, int peersPerCase, string? by, CancellationToken ct)
    {
        var cleanThemes = themes.Select(t => SafeMarkdown.Check(t, "themes", 60)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (cleanThemes.Count == 0) throw LearningException.Invalid("themes", "A round needs at least one theme to score.");
        if (peersPerCase is < 1 or > 5) throw LearningException.Invalid("peersPerCase", "peersPerCase must be 1 to 5.");
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        if (cases.Count < 2) throw LearningException.Invalid("cases", "A peer review round needs at least two cases.");
        var members = await db.CaseMembers.AsNoTracking().ToListAsync(ct);
        var experts = await UsersInRoleAsync(Roles.Expert, ct);
        if (experts.Count == 0) throw LearningException.Invalid("experts", "A round needs at least one expert account; none exists.");
        var teams = cases.Select(c => new CaseTeam(c, members.Where(m => m.CaseId == c).Select(m => m.UserId).ToList())).ToList();
        var slots = ReviewerAssignment.Assign(teams, experts, peersPerCase);
        var round = new ReviewRound { Title = SafeMarkdown.Check(title, "title", 300), Themes = string.Join(',', cleanThemes), PeersPerCase = peersPerCase, OpenedAtUtc = DateTime.UtcNow, OpenedBy = by };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync(ct);
        db.ReviewAssignments.AddRange(slots.Select(s => new ReviewAssignment { RoundId = round.Id, CaseId = s.CaseId, ReviewerId = s.ReviewerId, IsExpert = s.IsExpert }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return round;
    }

    public async Task CloseRoundAsync(int roundId, CancellationToken ct)
    {
        var round = await db.ReviewRounds.FindAsync([roundId], ct) ?? throw LearningException.NotFound("review round", roundId);
        round.ClosedAtUtc ??= DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Review> SubmitAsync(int roundId, int caseId, string userId, ReviewForm form, CancellationToken ct)
    {
        var round = await db.ReviewRounds.FindAsync([roundId], ct) ?? throw LearningException.NotFound("review round", roundId);
        var reviewed = await db.Cases.FindAsync([caseId], ct) ?? throw LearningException.NotFound("case", caseId);
        if (await db.CaseMembers.AnyAsync(m => m.CaseId == caseId && m.UserId == userId, ct))
            throw LearningException.Forbidden($"You are in the team of case \"{reviewed.Title}\"; a case is never reviewed by its own team. Nothing was saved.");
        var assignment = await db.ReviewAssignments.FirstOrDefaultAsync(a => a.RoundId == roundId && a.CaseId == caseId && a.ReviewerId == userId, ct)
            ?? throw LearningException.Forbidden($"You are not a reviewer of case \"{reviewed.Title}\" in round \"{round.Title}\".");
        if (round.ClosedAtUtc is not null) throw new LearningException(Refusal.Conflict, "round", $"Round \"{round.Title}\" is closed.");
        if (await db.Reviews.AnyAsync(r => r.AssignmentId == assignment.Id, ct))
            throw new LearningException(Refusal.Conflict, "review", "You already reviewed this case in this round.");
        var themes = round.ThemeList;
        var scores = form.Scores ?? new Dictionary<string, int>();
        if (scores.Keys.FirstOrDefault(k => !themes.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            throw LearningException.Invalid("scores", $"\"{unknown}\" is not a theme of this round ({string.Join(", ", themes)}).");
        if (themes.FirstOrDefault(t => !scores.Keys.Contains(t, StringComparer.OrdinalIgnoreCase)) is { } missing)
            throw LearningException.Invalid("scores", $"The theme \"{missing}\" has no score.");
        if (scores.FirstOrDefault(s => s.Value is < 1 or > 5) is { Key: not null } bad)
            throw LearningException.Invalid("scores", $"The score for \"{bad.Key}\" is {bad.Value}; scores go from 1 to 5.");
        var review = new Review
        {
            AssignmentId = assignment.Id,
            RoundId = roundId,
            CaseId = caseId,
            ReviewerId = userId,
            WhatWorks = SafeMarkdown.Check(form.WhatWorks, "whatWorks", 4000),
            WhatToTry = SafeMarkdown.Check(form.WhatToTry, "whatToTry", 4000),
            Questions = SafeMarkdown.Check(form.Questions, "questions", 4000, required: false),
            ScoresJson = JsonSerializer.Serialize(themes.ToDictionary(t => t, t => scores.First(s => string.Equals(s.Key, t, StringComparison.OrdinalIgnoreCase)).Value)),
            SubmittedAtUtc = DateTime.UtcNow,
        };
        db.Reviews.Add(review);
        await db.SaveChangesAsync(ct);
        await new Notifier(db, unread).ReviewAsync(review, answered: false, ct);
        return review;
    }

    /// <summary>The case team (or the platform team) answers a review.</summary>
    public async Task AnswerAsync(int reviewId, string userId, bool platformTeam, string answer, CancellationToken ct)
    {
        var review = await db.Reviews.FindAsync([reviewId], ct) ?? throw LearningException.NotFound("review", reviewId);
        if (!platformTeam && !await db.CaseMembers.AnyAsync(m => m.CaseId == review.CaseId && m.UserId == userId, ct))
            throw LearningException.Forbidden("Only the team of the reviewed case answers its reviews.");
        review.Answer = SafeMarkdown.Check(answer, "answer", 4000);
        review.AnsweredBy = userId;
        review.AnsweredAtUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        await new Notifier(db, unread).ReviewAsync(review, answered: true, ct);
    }

    public async Task<IReadOnlyList<RoundSummary>> RoundsAsync(CancellationToken ct)
    {
        var rounds = await db.ReviewRounds.AsNoTracking().OrderByDescending(r => r.OpenedAtUtc).ToListAsync(ct);
        var assignments = await db.ReviewAssignments.AsNoTracking().GroupBy(a => a.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var reviews = await db.Reviews.AsNoTracking().GroupBy(a => a.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return rounds.Select(r => new RoundSummary(r.Id, r.Title, r.ClosedAtUtc is null, r.OpenedAtUtc, assignments.GetValueOrDefault(r.Id), reviews.GetValueOrDefault(r.Id))).ToList();
    }

    /// <summary>A round as the network sees it: per case its reviewers, the reviews that came in and the answers.</summary>
    public async Task<RoundView> RoundAsync(int roundId, CancellationToken ct)
    {
        var round = await db.ReviewRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw LearningException.NotFound("review round", roundId);
        var assignments = await db.ReviewAssignments.AsNoTracking().Where(a => a.RoundId == roundId).ToListAsync(ct);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.RoundId == roundId).OrderBy(r => r.Id).ToListAsync(ct);
        var userIds = assignments.Select(a => a.ReviewerId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.UserName ?? u.Id, ct);
        var cases = await CasesAsync(ct);
        var expert = assignments.ToDictionary(a => a.Id, a => a.IsExpert);
        return new RoundView(round.Id, round.Title, round.ThemeList, round.ClosedAtUtc is null, round.OpenedAtUtc,
            cases.Where(c => assignments.Any(a => a.CaseId == c.Id)).Select(c => new RoundCaseView(c,
                assignments.Where(a => a.CaseId == c.Id).OrderBy(a => a.IsExpert).Select(a => new AssignmentView(a.Id, a.CaseId, a.ReviewerId, names.GetValueOrDefault(a.ReviewerId, a.ReviewerId), a.IsExpert, reviews.Any(r => r.AssignmentId == a.Id))).ToList(),
                reviews.Where(r => r.CaseId == c.Id).Select(r => new ReviewView(r.Id, r.CaseId, names.GetValueOrDefault(r.ReviewerId, r.ReviewerId), expert.GetValueOrDefault(r.AssignmentId),
                    r.WhatWorks, r.WhatToTry, r.Questions, JsonSerializer.Deserialize<Dictionary<string, int>>(r.ScoresJson) ?? [], r.SubmittedAtUtc, r.Answer, r.AnsweredAtUtc)).ToList())).ToList());
    }

    private async Task<List<string>> UsersInRoleAsync(string role, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return roleId is null ? [] : await db.UserRoles.Where(ur => ur.RoleId == roleId).Select(ur => ur.UserId).OrderBy(u => u).ToListAsync(ct);
    }
}
