using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Knowledge.Cases;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Storage;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>/learning/cases/{id}: a case with its team, the linked Wijkwerf district, guidance sessions with minutes (a
/// form for the platform team and the case team) and every review it got with the team's answers.</summary>
public sealed class CaseModel(Language language, PeerReviewService cases, NotificationService notifications, WijkwerfDb db) : LearningPage(language)
{
    public CaseView? Case { get; private set; }
    public FollowState Follows { get; private set; } = FollowState.None;
    public bool InTeam { get; private set; }
    public bool MayWriteMinutes => IsTeam || InTeam;

    public Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostGuidanceAsync(int id, DateOnly heldOn, string? minutes, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        return await TryAsync(() => cases.AddGuidanceSessionAsync(id, heldOn, minutes ?? "", Me, IsTeam, ct))
            ? Redirect($"/learning/cases/{id}#guidance-heading")
            : await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostMemberAsync(int id, string? email, string? role, CancellationToken ct)
    {
        if (!IsTeam) return SignedIn ? Forbid() : Challenge();
        return await TryAsync(() => cases.AddMemberByEmailAsync(id, email ?? "", string.IsNullOrWhiteSpace(role) ? "member" : role, ct))
            ? Redirect($"/learning/cases/{id}#team-heading")
            : await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, int reviewId, string? answer, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        return await TryAsync(() => cases.AnswerAsync(reviewId, Me, IsTeam, answer ?? "", ct))
            ? Redirect($"/learning/cases/{id}#review-{reviewId}")
            : await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        try { Case = await cases.CaseAsync(id, ct); }
        catch (Wijkwerf.Data.Knowledge.LearningException) { return NotFound(); }
        Follows = await FollowState.LoadAsync(notifications, SignedIn ? Me : null, $"/learning/cases/{id}", T, ct);
        InTeam = SignedIn && await db.CaseMembers.AnyAsync(m => m.CaseId == id && m.UserId == Me, ct);
        return Page();
    }
}
