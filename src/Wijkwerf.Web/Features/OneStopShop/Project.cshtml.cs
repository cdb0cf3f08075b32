using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>One collective renovation project: its addresses (add, remove), status, the collective permit file, and a
/// contractor or architect from the pool. Another municipality's project is a 404.</summary>
[Authorize(Policy = OneStopShopApi.Policy)]
public sealed class ProjectModel(WijkwerfDb db, CurrentStaff me, RenovationProjects projects, Pool pool) : PageModel
{
    public ProjectRow Project { get; private set; } = null!;
    public IReadOnlyList<AddressRow> Addresses { get; private set; } = [];
    public string? Problem { get; private set; }
    public Engine.OneStopShop.PoolMatchResult? Match { get; private set; }
    public IReadOnlyList<string> Needed { get; private set; } = [];
    public IReadOnlyList<PoolJobRow> Jobs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, string[]? qualifications, CancellationToken ct)
    {
        Needed = qualifications ?? [];
        return await ShowAsync(id, null, ct);
    }

    public Task<IActionResult> OnPostRemoveAsync(long id, long unitId, CancellationToken ct) =>
        ChangeAsync(id, staff => projects.AdjustAsync(staff.MunicipalityId, id, [], [unitId], ct), ct);

    public Task<IActionResult> OnPostAddAsync(long id, string postcode, string houseNumber, CancellationToken ct) =>
        ChangeAsync(id, async staff =>
        {
            var key = Data.OneStopShop.Addresses.Key(postcode, houseNumber);
            var pc = new string((postcode ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
            var match = (await Data.OneStopShop.Addresses.Of(db, staff.MunicipalityId).Where(a => a.Postcode == pc).Select(a => new { a.UnitId, a.Postcode, a.HouseNumber }).ToListAsync(ct))
                .Where(a => Data.OneStopShop.Addresses.Key(a.Postcode, a.HouseNumber) == key).ToList();
            if (match.Count != 1) throw new OneStopShopException($"{postcode} {houseNumber}: {(match.Count == 0 ? "no dwelling at this address in this municipality" : "several dwellings: add the suffix")}");
            await projects.AdjustAsync(staff.MunicipalityId, id, [match[0].UnitId], [], ct);
        }, ct);

    public Task<IActionResult> OnPostStatusAsync(long id, RenovationProjectStatus status, DateOnly? finishedOn, CancellationToken ct) =>
        ChangeAsync(id, staff => projects.SetStatusAsync(staff.MunicipalityId, id, status, finishedOn, ct), ct);

    public async Task<IActionResult> OnPostAssignAsync(long id, long memberId, string[]? qualifications, CancellationToken ct)
    {
        Needed = qualifications ?? [];
        return await ChangeAsync(id, staff => pool.AssignAsync(staff, memberId, PoolTarget.Project(id), Needed, DateOnly.FromDateTime(DateTime.UtcNow), ct), ct);
    }

    private async Task<IActionResult> ChangeAsync(long id, Func<Staff, Task> change, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        try
        {
            await change(staff);
            return RedirectToPage(new { id });
        }
        catch (NotInMunicipalityException) { return NotFound(); }
        catch (OneStopShopException e) { return await ShowAsync(id, e.Message, ct); }
    }

    private async Task<IActionResult> ShowAsync(long id, string? problem, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        if ((await projects.ListAsync(staff.MunicipalityId, ct)).FirstOrDefault(p => p.Id == id) is not { } project) return NotFound();
        Project = project;
        Addresses = await projects.AddressesAsync(staff.MunicipalityId, id, ct);
        Jobs = await pool.JobsAsync(staff, PoolTarget.Project(id), ct);
        Problem = problem;
        if (Needed.Count > 0 && Addresses.Count > 0)
        {
            try { Match = await pool.MatchAsync(staff, PoolTarget.Project(id), Needed, null, ct); }
            catch (OneStopShopException e) { Problem ??= e.Message; }
        }
        return Page();
    }
}
