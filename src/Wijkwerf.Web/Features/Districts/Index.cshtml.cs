using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Storage;
using Wijkwerf.Web.Hosting;

namespace Wijkwerf.Web.Features.Districts;

/// <summary>Start page: the municipalities and a map of all district outlines.</summary>
public sealed class IndexModel(DistrictQueries queries, WijkwerfDb db, SeedStatus seed) : PageModel
{
    public IReadOnlyList<MunicipalityRow> Municipalities { get; private set; } = [];
    public IReadOnlyList<string> Attributions { get; private set; } = [];
    public SeedStatus Seed => seed;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Municipalities = await queries.MunicipalitiesAsync(ct);
        Attributions = await Districts.Attributions.ForDistrictsAsync(db, null, ct);
    }
}
