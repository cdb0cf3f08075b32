using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Web.Features.Operations.Research;

public sealed class LogModel(ResearchService research, WijkwerfDb db, IAuthorizationService authz) : OperationsPage(authz)
{
    public string Code { get; private set; } = "";
    public string DistrictName { get; private set; } = "";
    public IReadOnlyList<ResearchEntryRow> Entries { get; private set; } = [];
    public IReadOnlyList<PracticeLabRow> Labs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string code, ResearchKind kind, string? title, string? body, string? werf, string? programme,
        string? partners, ResearchDomain[]? domains, string? evidence, string? author, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!IsContributor) return Forbid();
        var flags = (domains ?? []).Aggregate(ResearchDomain.None, (a, d) => a | d);
        await TryAsync(() => research.AddAsync(new NewResearchEntry(code, kind, title ?? "", body ?? "", author ?? "", werf, programme, partners, flags, evidence), ct));
        await LoadAsync(code, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostValidateAsync(string code, int labId, int entryId, string? validatedBy, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!IsTeam) return Forbid();
        await TryAsync(() => research.ValidateAsync(labId, entryId, validatedBy ?? "", reason ?? "", ct));
        await LoadAsync(code, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        await LoadRolesAsync();
        var name = await db.Districts.AsNoTracking().Where(d => d.Code == code).Select(d => d.Name).FirstOrDefaultAsync(ct);
        if (name is null) return false;
        Code = code;
        DistrictName = name;
        Entries = await research.LogAsync(code, ct);
        Labs = await research.LabsAsync(ct);
        return true;
    }
}
