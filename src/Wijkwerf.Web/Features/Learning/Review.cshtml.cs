using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Knowledge.Cases;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

public sealed class ReviewModel(Language language, PeerReviewService reviews, WijkwerfDb db) : LearningPage(language)
{
    public IReadOnlyList<RoundSummary> Rounds { get; private set; } = [];
    public RoundView? Round { get; private set; }
    /// <summary>Cases whose team the current user is in.</summary>
    public IReadOnlySet<int> MyCases { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostOpenAsync(string? title, string? themes, int peersPerCase, CancellationToken ct)
    {
        if (!IsTeam) return Forbid();
        ReviewRound? round = null;
        var list = (themes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (await TryAsync(async () => round = await reviews.OpenRoundAsync(title ?? "", list, peersPerCase, Me, ct))) return Redirect($"/learning/review/{round!.Id}");
        return await ShowAsync(null, ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(int id, int caseId, string? whatWorks, string? whatToTry, string? questions, Dictionary<string, int> scores, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        var ok = await TryAsync(() => reviews.SubmitAsync(id, caseId, Me, new ReviewForm(whatWorks ?? "", whatToTry ?? "", questions, scores), ct));
        return ok ? Redirect($"/learning/review/{id}#case-{caseId}") : await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, int reviewId, string? answer, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        var ok = await TryAsync(() => reviews.AnswerAsync(reviewId, Me, IsTeam, answer ?? "", ct));
        return ok ? Redirect($"/learning/review/{id}") : await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(int? id, CancellationToken ct)
    {
        Rounds = await reviews.RoundsAsync(ct);
        if (SignedIn) MyCases = (await db.CaseMembers.AsNoTracking().Where(m => m.UserId == Me).Select(m => m.CaseId).ToListAsync(ct)).ToHashSet();
        if (id is { } roundId)
        {
            if (Rounds.All(r => r.Id != roundId)) return NotFound();
            Round = await reviews.RoundAsync(roundId, ct);
        }
        return Page();
    }
}
