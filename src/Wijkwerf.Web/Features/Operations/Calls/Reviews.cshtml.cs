using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Operations.Calls;

/// <summary>The team adds reviewers to a call and assigns them to submitted applications. A reviewer with a conflict
/// of interest is shown as such and cannot be chosen; the service refuses the assignment too (the form is not the
/// guard).</summary>
[Authorize(Policy = OperationsApi.Team)]
public sealed class ReviewsModel(CallService calls, WijkwerfDb db, IAuthorizationService authz, Language language) : OperationsPage(authz)
{
    public CallRow Call { get; private set; } = null!;
    public ReviewBoard Board { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Municipalities { get; private set; } = [];
    public ReviewerRequest Reviewer { get; private set; } = new("", "", "", null);
    /// <summary>Which form the error belongs to: "reviewer" or the application's id.</summary>
    public string? ErrorIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? assigned, int? to, string? added, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var texts = OperationsTexts.For(language);
        if (added is not null) Notice = string.Format(texts.ReviewerAdded, added);
        if (assigned is { } reviewerId && to is { } applicationId
            && Board.Reviewers.FirstOrDefault(r => r.Id == reviewerId) is { } r && Board.Applications.FirstOrDefault(a => a.ApplicationId == applicationId) is { } a)
            Notice = string.Format(texts.Assigned, r.Name, a.DistrictName ?? a.DistrictCode);
        return Page();
    }

    public async Task<IActionResult> OnPostReviewerAsync(int id, string? name, string? email, string? organisation, int? municipalityId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Reviewer = new ReviewerRequest(name ?? "", email ?? "", organisation ?? "", municipalityId);
        if (await TryAsync(() => calls.AddReviewerAsync(id, name ?? "", email ?? "", organisation ?? "", municipalityId, ct)))
            return Redirect($"/calls/{id}/reviews?added={Uri.EscapeDataString(name?.Trim() ?? "")}");
        ErrorIn = "reviewer";
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(int id, int applicationId, int reviewerId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Board.Applications.All(a => a.ApplicationId != applicationId)) return NotFound();
        if (await TryAsync(() => calls.AssignAsync(applicationId, reviewerId, ct)))
            return Redirect($"/calls/{id}/reviews?assigned={reviewerId}&to={applicationId}#application-{applicationId}");
        ErrorIn = $"{applicationId}";
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        await LoadRolesAsync();
        if (await calls.CallAsync(id, ct) is not { } call) return false;
        Call = call;
        Board = await calls.ReviewBoardAsync(id, ct);
        Municipalities = (await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .Select(m => (m.Id, m.Name)).ToList();
        return true;
    }
}
