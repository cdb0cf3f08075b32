using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Features.Operations;

public sealed class HubModel(WijkwerfDb db) : PageModel
{
    public IReadOnlyList<(string Code, string Name, int? MunicipalityId)> Districts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Districts = await OperationsDemoSeed.PilotDistrictsAsync(db, ct);
}
