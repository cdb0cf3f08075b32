using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Knowledge.Cases;
using Wijkwerf.Data.Knowledge.Harvest;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Knowledge.Programmes;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>/learning: the programme tree (programmes → work points → breakthroughs, progress rolled up with weights),
/// development teams, the cases; the platform team adds breakthroughs, updates progress and adds team members here.</summary>
public sealed class LearningIndexModel(Language language, HarvestService harvest, PeerReviewService reviews, BreakthroughService breakthroughs, NotificationService notifications) : LearningPage(language)
{
    public IReadOnlyList<ProgrammeView> Programmes { get; private set; } = [];
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];
    public FollowState Follows { get; private set; } = FollowState.None;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programmes = await harvest.ProgrammesAsync(ct);
        Cases = await reviews.CasesAsync(ct);
        Follows = await FollowState.LoadAsync(notifications, SignedIn ? Me : null, "/learning", T, ct);
    }

    public async Task<IActionResult> OnPostBreakthroughAsync(int workPointId, string? title, double weight, int progressPercent, string? deliverable, DateOnly? dueOn, CancellationToken ct)
    {
        if (!IsTeam) return SignedIn ? Forbid() : Challenge();
        return await ChangeAsync(() => breakthroughs.AddAsync(workPointId, new BreakthroughInput(title ?? "", null, weight, progressPercent / 100.0, deliverable, dueOn), Me, ct), $"workpoint-{workPointId}", ct);
    }

    public async Task<IActionResult> OnPostProgressAsync(int breakthroughId, int workPointId, int progressPercent, CancellationToken ct)
    {
        if (!IsTeam) return SignedIn ? Forbid() : Challenge();
        return await ChangeAsync(() => breakthroughs.UpdateAsync(breakthroughId, new BreakthroughUpdate(Progress: progressPercent / 100.0), ct), $"workpoint-{workPointId}", ct);
    }

    public async Task<IActionResult> OnPostMemberAsync(int workPointId, string? name, string? kind, bool owner, CancellationToken ct)
    {
        if (!IsTeam) return SignedIn ? Forbid() : Challenge();
        return await ChangeAsync(() => breakthroughs.AddMemberAsync(workPointId, new TeamMemberInput(name ?? "", kind ?? "partner", owner), ct), $"workpoint-{workPointId}", ct);
    }

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string anchor, CancellationToken ct)
    {
        if (await TryAsync(change)) return Redirect($"/learning#{anchor}");
        await OnGetAsync(ct);
        return Page();
    }
}
