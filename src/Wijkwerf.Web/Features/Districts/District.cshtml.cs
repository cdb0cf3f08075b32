using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Districts;

namespace Wijkwerf.Web.Features.Districts;

public sealed class DistrictModel(DistrictQueries queries) : PageModel
{
    public DistrictFigures District { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var figures = await queries.DistrictAsync(code, ct);
        if (figures is null) return NotFound();
        District = figures;
        return Page();
    }
}
