using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Features.Districts;

public sealed class MunicipalityModel(DistrictQueries queries, WijkwerfDb db) : PageModel
{
    public MunicipalityRow Municipality { get; private set; } = null!;
    public IReadOnlyList<DistrictRow> Districts { get; private set; } = [];
    public IReadOnlyList<string> Attributions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var municipality = (await queries.MunicipalitiesAsync(ct)).FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase));
        if (municipality is null) return NotFound();
        Municipality = municipality;
        Districts = await queries.DistrictsAsync(municipality.Code, ct);
        Attributions = await Features.Districts.Attributions.ForDistrictsAsync(db, municipality.Code, ct);
        return Page();
    }
}
