using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Knowledge.Harvest;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

public sealed class HarvestModel(Language language, HarvestService harvest) : LearningPage(language)
{
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];
    public SessionView? Session { get; private set; }
    public IReadOnlyList<ClusterView> Suggestions { get; private set; } = [];
    public IReadOnlyList<ProgrammeView> Programmes { get; private set; } = [];

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public HarvestItemKind Kind { get; set; }
    [BindProperty] public string ItemLanguage { get; set; } = "nl";
    [BindProperty] public List<string> Werven { get; set; } = [];
    [BindProperty] public string? Organisation { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(string? title, DateOnly? heldOn, CancellationToken ct)
    {
        if (!IsTeam) return Forbid();
        HarvestSession? opened = null;
        if (await TryAsync(async () => opened = await harvest.OpenAsync(title ?? "", null, heldOn, Me, ct))) return Redirect($"/learning/harvest/{opened!.Id}");
        return await ShowAsync(null, ct);
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        var ok = await TryAsync(() => harvest.SubmitAsync(id, new HarvestSubmission(Text ?? "", Kind, ItemLanguage, Werven, Organisation), Me, ct));
        return ok ? Redirect($"/learning/harvest/{id}#items") : await ShowAsync(id, ct);
    }

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) => TeamAsync(id, () => harvest.CloseAsync(id, ct), ct);
    public Task<IActionResult> OnPostAdoptAsync(int id, CancellationToken ct) => TeamAsync(id, () => harvest.AdoptSuggestionsAsync(id, ct), ct);

    public Task<IActionResult> OnPostUpdateAsync(int id, int workPointId, string? title, int? programmeId, CancellationToken ct) =>
        TeamAsync(id, () => harvest.UpdateAsync(workPointId, title, null, programmeId, programmeId is null, ct), ct);

    public Task<IActionResult> OnPostMergeAsync(int id, List<int> workPointIds, string? mergedTitle, CancellationToken ct) =>
        TeamAsync(id, () => harvest.MergeAsync(workPointIds, mergedTitle, ct), ct);

    private async Task<IActionResult> TeamAsync(int id, Func<Task> change, CancellationToken ct)
    {
        if (!IsTeam) return Forbid();
        return await TryAsync(change) ? Redirect($"/learning/harvest/{id}#work-points") : await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(int? id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int? id, CancellationToken ct)
    {
        Sessions = await harvest.SessionsAsync(ct);
        if (id is not { } sessionId) return;
        if (Sessions.All(s => s.Id != sessionId)) { Response.StatusCode = 404; return; }
        Session = await harvest.SessionAsync(sessionId, ct);
        Suggestions = await harvest.SuggestAsync(sessionId, ct);
        Programmes = await harvest.ProgrammesAsync(ct);
    }
}
