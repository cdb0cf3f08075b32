using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Operations;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Operations.Calls;

/// <summary>A reviewer's page: the applications assigned to them (the reviewer is known by the e-mail of their
/// account), each with a scoring form per criterion. The team opens any reviewer's page with <c>?reviewer=</c> and
/// may score on their behalf, as the API allows.</summary>
[Authorize]
public sealed class MyReviewsModel(CallService calls, IAuthorizationService authz, Language language) : OperationsPage(authz)
{
    public IReadOnlyList<ReviewTask> Tasks { get; private set; } = [];
    public int? ReviewerId { get; private set; }
    /// <summary>The application whose form was refused, with what was typed.</summary>
    public int? ErrorFor { get; private set; }
    public IReadOnlyDictionary<string, string> Typed { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int? reviewer, int? saved, CancellationToken ct)
    {
        if (!await LoadAsync(reviewer, ct)) return Forbid();
        if (saved is { } id && Tasks.FirstOrDefault(t => t.Application.Id == id) is { } task)
            Notice = string.Format(OperationsTexts.For(language).ScoresSaved, task.Application.DistrictName ?? task.Application.DistrictCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? reviewer, int applicationId, int reviewerId, CancellationToken ct)
    {
        if (!await LoadAsync(reviewer, ct)) return Forbid();
        // Only the reviewer's own assignments (or, for the team, the reviewer's they opened).
        if (Tasks.FirstOrDefault(t => t.Application.Id == applicationId && t.ReviewerId == reviewerId) is not { } task) return Forbid();
        var what = $"application {applicationId}";
        if (await TryAsync(async () =>
            {
                var given = task.Criteria.Select(k =>
                {
                    var typed = Request.Form[$"score-{k.Id}"].ToString();
                    if (!int.TryParse(typed.Trim(), out var value))
                        throw new BadInputException(what, null, "value", string.IsNullOrWhiteSpace(typed)
                            ? $"the score for '{k.Name}' is missing"
                            : $"'{typed}' for '{k.Name}' is not a whole number");
                    return new GivenScore(k.Id, value, Request.Form[$"comment-{k.Id}"].ToString());
                }).ToList();
                await calls.ScoreAsync(applicationId, reviewerId, given, ct);
            }))
            return Redirect($"/reviews?{(reviewer is { } r ? $"reviewer={r}&" : "")}saved={applicationId}#application-{applicationId}");
        ErrorFor = applicationId;
        Typed = Request.Form.Where(f => f.Key.StartsWith("score-", StringComparison.Ordinal) || f.Key.StartsWith("comment-", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value.ToString());
        return Page();
    }

    /// <summary>The signed-in reviewer's tasks, or (team only) those of the reviewer asked for; false when not allowed.</summary>
    private async Task<bool> LoadAsync(int? reviewer, CancellationToken ct)
    {
        await LoadRolesAsync();
        if (reviewer is { } id)
        {
            var email = await calls.ReviewerEmailAsync(id, ct);
            if (email is null) return false;
            if (!IsTeam && !string.Equals(email, MyEmail(), StringComparison.OrdinalIgnoreCase)) return false;
            ReviewerId = id;
            Tasks = await calls.ReviewTasksAsync(email, id, ct);
            return true;
        }
        Tasks = MyEmail() is { Length: > 0 } mine ? await calls.ReviewTasksAsync(mine, null, ct) : [];
        return true;
    }

    private string? MyEmail() => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name;
}
