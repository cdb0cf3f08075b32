using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Knowledge.Drempels;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>/learning/drempels: drempels and lessen, most-marked first, filtered by werf and kind, and a form to share one.</summary>
public sealed class LearningDrempelsModel(Language language, DrempelService drempels, WijkwerfDb db) : LearningPage(language)
{
    public IReadOnlyList<DrempelSummary> Items { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Werf { get; set; }
    [BindProperty(SupportsGet = true)] public DrempelKind? Kind { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public DrempelKind NewKind { get; set; } = DrempelKind.Barrier;
    [BindProperty] public string? Werven { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Items = await drempels.ListAsync(string.IsNullOrEmpty(Werf) ? null : Werf, Kind, IsTeam, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!SignedIn) return Challenge();
        var werven = (Werven ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var municipality = await LearningApi.MunicipalityOfAsync(db, User, ct);
        var ok = await TryAsync(() => drempels.CreateAsync(new DrempelInput(Title ?? "", Text ?? "", NewKind, Werven: werven), Me, municipality, ct));
        if (ok) return Redirect("/learning/drempels" + (English ? "?lang=en" : ""));
        await OnGetAsync(ct);
        return Page();
    }
}
