using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Knowledge.Workbook;
using Wijkwerf.Engine.Knowledge.Workbook;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

public sealed class WorkbookModel(Language language, WorkbookService workbook) : LearningPage(language)
{
    public IReadOnlyList<ChapterView> Chapters { get; private set; } = [];
    public Dictionary<int, SectionView> Sections { get; } = [];
    public IReadOnlyList<EditionSummary> Editions { get; private set; } = [];
    public int? Editing { get; private set; }
    public int? HistoryOf { get; private set; }
    public IReadOnlyList<RevisionView> History { get; private set; } = [];
    public IReadOnlyList<DiffLine>? Diff { get; private set; }
    public bool CanEdit => User.IsInRole(Roles.PlatformAdmin) || User.IsInRole(Roles.Expert);

    public async Task<IActionResult> OnGetAsync(int? edit, int? history, int? from, int? to, CancellationToken ct)
    {
        Editing = CanEdit ? edit : null;
        HistoryOf = history;
        await LoadAsync(ct);
        if (history is { } h && Sections.ContainsKey(h))
        {
            History = await workbook.HistoryAsync(h, ct);
            if (from is { } f && to is { } t) await TryAsync(async () => Diff = await workbook.DiffAsync(h, f, t, English ? "en" : "nl", ct));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int sectionId, string? markdownNl, string? markdownEn, string? note, int baseVersion, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (await TryAsync(() => workbook.SaveAsync(sectionId, markdownNl ?? "", markdownEn, note, User.Identity?.Name, baseVersion, ct)))
            return Redirect($"/learning/workbook#section-{sectionId}");
        Editing = sectionId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(string? title, CancellationToken ct)
    {
        if (!IsTeam) return Forbid();
        if (await TryAsync(() => workbook.PublishAsync(title ?? "", User.Identity?.Name, ct))) return Redirect("/learning/workbook#editions");
        await LoadAsync(ct);
        return Page();
    }

    public string Render(string markdown) => Wijkwerf.Data.Knowledge.SafeMarkdown.ToHtml(markdown);

    private async Task LoadAsync(CancellationToken ct)
    {
        Chapters = await workbook.ChaptersAsync(ct);
        foreach (var s in Chapters.SelectMany(c => c.Sections)) Sections[s.Id] = await workbook.SectionAsync(s.Id, ct);
        Editions = await workbook.EditionsAsync(ct);
    }
}
