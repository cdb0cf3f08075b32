using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>One household: details, stage history and the next stage, consent per purpose, export and erasure.
/// A household of another municipality is a 404.</summary>
[Authorize(Policy = OneStopShopApi.Policy)]
public sealed class HouseholdModel(CurrentStaff me, Households households, ResidentData residents) : PageModel
{
    public HouseholdDetail Household { get; private set; } = null!;
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await ShowAsync(id, null, ct);

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

    private async Task<IActionResult> ChangeAsync(long id, Func<Staff, Task<HouseholdDetail>> change, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        try
        {
            await change(staff);
            return RedirectToPage(new { id });
        }
        catch (HouseholdNotFoundException) { return NotFound(); }
        catch (OneStopShopException e) { return await ShowAsync(id, e.Message, ct); }
    }

    private async Task<IActionResult> ShowAsync(long id, string? problem, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        if (await households.FindDetailAsync(staff, id, ct) is not { } detail) return NotFound();
        Household = detail;
        Problem = problem;
        return Page();
    }
}
