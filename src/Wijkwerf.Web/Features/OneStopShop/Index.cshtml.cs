using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>The one-stop-shop dashboard of the staff member's municipality: funnel, reach per segment and street (map
/// and table), campaign results, the households followed in the chosen district.</summary>
[Authorize(Policy = OneStopShopApi.Policy)]
public sealed class IndexModel(WijkwerfDb db, CurrentStaff me, ReachQueries reach, Campaigns campaigns, Households households) : PageModel
{
    public IReadOnlyList<(string Code, string Name)> Districts { get; private set; } = [];
    public string? District { get; private set; }
    public ReachReport Reach { get; private set; } = null!;
    public IReadOnlyList<CampaignResult> CampaignResults { get; private set; } = [];
    public IReadOnlyList<HouseholdSummary> Followed { get; private set; } = [];
    public bool AddressUnknown { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? district, bool unknownAddress, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        Districts = (await db.Districts.AsNoTracking().Where(d => d.MunicipalityId == staff.MunicipalityId).OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct)).Select(d => (d.Code, d.Name)).ToList();
        District = district is not null && Districts.Any(d => d.Code == district) ? district : Districts.FirstOrDefault().Code;
        AddressUnknown = unknownAddress;
        Reach = await reach.ReachAsync(staff.MunicipalityId, District, ct);
        CampaignResults = await campaigns.ResultsAsync(staff, ct);
        if (District is not null) Followed = await households.ListAsync(staff, District, 200, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCampaignAsync(CampaignKind kind, string name, DateOnly date, string? district, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        try { await campaigns.CreateAsync(staff, kind, name, date, district, ct); }
        catch (OneStopShopException) { return BadRequest(); }
        return RedirectToPage(new { district });
    }

    public async Task<IActionResult> OnPostOpenAsync(string postcode, string houseNumber, string? district, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        var key = Addresses.Key(postcode, houseNumber);
        var pc = new string((postcode ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        var candidates = await Addresses.Of(db, staff.MunicipalityId).Where(a => a.Postcode == pc).Select(a => new { a.UnitId, a.Postcode, a.HouseNumber }).ToListAsync(ct);
        var match = candidates.Where(a => Addresses.Key(a.Postcode, a.HouseNumber) == key).ToList();
        if (match.Count != 1) return RedirectToPage(new { district, unknownAddress = true });
        var h = await households.OpenAsync(staff, match[0].UnitId, DateOnly.FromDateTime(DateTime.UtcNow), ct: ct);
        return RedirectToPage("Household", new { id = h.Id });
    }
}
