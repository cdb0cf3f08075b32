using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>One household: details, stage history and the next stage, consent per purpose, export and erasure.
/// A household of another municipality is a 404.</summary>
[Authorize(Policy = OneStopShopApi.Policy)]
public sealed class HouseholdModel(CurrentStaff me, Households households, ResidentData residents, Pool pool) : PageModel
{
    public HouseholdDetail Household { get; private set; } = null!;
    public string? Problem { get; private set; }
    /// <summary>A refused stage change, worded by the page in its language (then <see cref="Problem"/> is null).</summary>
    public Engine.OneStopShop.JourneyRefusal? Refusal { get; private set; }
    /// <summary>The pool matching for the qualifications asked (null until staff ask).</summary>
    public Engine.OneStopShop.PoolMatchResult? Match { get; private set; }
    public IReadOnlyList<string> Needed { get; private set; } = [];
    public IReadOnlyList<PoolJobRow> Jobs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, string[]? qualifications, CancellationToken ct)
    {
        Needed = qualifications ?? [];
        return await ShowAsync(id, null, ct);
    }

    public async Task<IActionResult> OnPostAssignAsync(long id, long memberId, string[]? qualifications, CancellationToken ct)
    {
        Needed = qualifications ?? [];
        return await ChangeAsync(id, staff => pool.AssignAsync(staff, memberId, PoolTarget.Household(id), Needed, DateOnly.FromDateTime(DateTime.UtcNow), ct), ct);
    }

    public Task<IActionResult> OnPostStageAsync(long id, JourneyStage stage, DateOnly date, string? note, CancellationToken ct) =>
        ChangeAsync(id, staff => households.RecordStageAsync(staff, id, stage, date, note: note, ct: ct), ct);

    public Task<IActionResult> OnPostDetailsAsync(long id, string? contactName, string? email, string? phone, string? advisor, string? notes, Tenure? tenure, CancellationToken ct) =>
        ChangeAsync(id, staff => households.UpdateAsync(staff, id, new HouseholdChange(contactName, email, phone, advisor, notes, tenure), ct), ct);

    public Task<IActionResult> OnPostConsentAsync(long id, ConsentPurpose purpose, bool given, CancellationToken ct) =>
        ChangeAsync(id, staff => households.SetConsentAsync(staff, id, purpose, given, DateOnly.FromDateTime(DateTime.UtcNow), ct), ct);

    public async Task<IActionResult> OnPostEraseAsync(long id, bool confirm, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        if (!confirm) return await ShowAsync(id, null, ct);
        return await residents.EraseAsync(staff, id, ct) ? RedirectToPage(new { id }) : NotFound();
    }

    private async Task<IActionResult> ChangeAsync(long id, Func<Staff, Task> change, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        try
        {
            await change(staff);
            return RedirectToPage(new { id });
        }
        catch (HouseholdNotFoundException) { return NotFound(); }
        catch (NotInMunicipalityException) { return NotFound(); }
        catch (JourneyRefusedException e)
        {
            Refusal = e.Refusal;
            return await ShowAsync(id, null, ct);
        }
        catch (OneStopShopException e) { return await ShowAsync(id, e.Message, ct); }
    }

    private async Task<IActionResult> ShowAsync(long id, string? problem, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        if (await households.FindDetailAsync(staff, id, ct) is not { } detail) return NotFound();
        Household = detail;
        Problem = problem;
        Jobs = await pool.JobsAsync(staff, PoolTarget.Household(id), ct);
        if (Needed.Count > 0 && !detail.Erased)
        {
            try { Match = await pool.MatchAsync(staff, PoolTarget.Household(id), Needed, null, ct); }
            catch (OneStopShopException e) { Problem ??= e.Message; }
        }
        return Page();
    }
}
