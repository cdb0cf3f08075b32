using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Lekp;

public sealed class MeasuresModel(LekpMeasures measures, LekpTenancy tenancy, Language language) : PageModel
{
    public LekpTexts X { get; } = LekpTexts.For(language);
    public Domain.Places.Municipality Municipality { get; private set; } = null!;
    public IReadOnlyList<MeasureRow> Measures { get; private set; } = [];
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var m = await measures.MunicipalityAsync(code, ct);
        if (m is null) return NotFound();
        Municipality = m;
        Measures = await measures.ListAsync(m.Code, null, ct);
        MayEdit = await tenancy.MayEditAsync(User, m.Id);
        return Page();
    }
}
