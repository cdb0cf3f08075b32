using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Outcomes;

public sealed class MonitorModel(OutcomeService outcomes) : PageModel
{
    public OutcomeMonitor Monitor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await outcomes.MonitorAsync(code, ct) is not { } m) return NotFound();
        Monitor = m;
        return Page();
    }
}
