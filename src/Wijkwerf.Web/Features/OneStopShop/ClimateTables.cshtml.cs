using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>Climate tables: <c>/one-stop-shop/climate-tables</c> lists the sessions and plans a new one;
/// <c>/one-stop-shop/climate-tables/{id}</c> invites addresses and records attendance and outcomes.</summary>
[Authorize(Policy = OneStopShopApi.Policy)]
public sealed class ClimateTablesModel(WijkwerfDb db, CurrentStaff me, ClimateTables tables) : PageModel
{
    public IReadOnlyList<ClimateTableRow> Sessions { get; private set; } = [];
    public ClimateTableDetail? Session { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Districts { get; private set; } = [];
    public IReadOnlyList<InvitationProblem> InvitationProblems { get; private set; } = [];
    public string? Problem { get; private set; }

    public Task<IActionResult> OnGetAsync(long? id, CancellationToken ct) => ShowAsync(id, null, ct);

    public async Task<IActionResult> OnPostCreateAsync(DateOnly date, string place, string topic, string? district, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        try { return RedirectToPage(new { id = (await tables.CreateAsync(staff, date, place ?? "", topic ?? "", district, ct)).Id }); }
        catch (OneStopShopException e) { return await ShowAsync(null, e.Message, ct); }
    }

    public async Task<IActionResult> OnPostInviteAsync(long id, string? addresses, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        try
        {
            var result = await tables.InviteByAddressAsync(staff, id, addresses ?? "", ct);
            if (result.Problems.Count == 0) return RedirectToPage(new { id });
            InvitationProblems = result.Problems;
            return await ShowAsync(id, null, ct);
        }
        catch (NotInMunicipalityException) { return NotFound(); }
        catch (OneStopShopException e) { return await ShowAsync(id, e.Message, ct); }
    }

    /// <summary>One row per guest: <c>attended</c> holds the unit ids ticked, <c>outcome-{unit}</c> the outcome.</summary>
    public async Task<IActionResult> OnPostAttendanceAsync(long id, long[]? guests, long[]? attended, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        var present = (attended ?? []).ToHashSet();
        var rows = (guests ?? []).Distinct().Select(u => new Attendance(u, present.Contains(u),
            Enum.TryParse<ClimateTableOutcome>(Request.Form[$"outcome-{u}"], out var o) ? o : null)).ToList();
        try
        {
            await tables.RecordAttendanceAsync(staff, id, rows, ct);
            return RedirectToPage(new { id });
        }
        catch (NotInMunicipalityException) { return NotFound(); }
        catch (OneStopShopException e) { return await ShowAsync(id, e.Message, ct); }
    }

    private async Task<IActionResult> ShowAsync(long? id, string? problem, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        Problem = problem;
        if (id is { } sessionId)
        {
            try { Session = await tables.DetailAsync(staff, sessionId, ct); }
            catch (NotInMunicipalityException) { return NotFound(); }
            return Page();
        }
        Sessions = await tables.ListAsync(staff, ct);
        Districts = (await db.Districts.AsNoTracking().Where(d => d.MunicipalityId == staff.MunicipalityId).OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct)).Select(d => (d.Code, d.Name)).ToList();
        return Page();
    }
}
