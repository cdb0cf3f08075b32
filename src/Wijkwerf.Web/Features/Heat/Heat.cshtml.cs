using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Heat;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Heat.Density;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Web.Features.Heat;

public sealed class HeatModel(DistrictQueries queries, WijkwerfDb db) : PageModel
{
    public DistrictFigures District { get; private set; } = null!;
    public DistrictHeatResult? Result { get; private set; }
    public string? Problem { get; private set; }
    public string Scenario { get; private set; } = "mid";

    /// <summary>Lower bound of each density band, MWh per metre per year (VeryGood, Good, Sufficient; Critical is below Sufficient).</summary>
    public IReadOnlyDictionary<string, double> BandMinimum { get; } = Enum.GetValues<HeatDensityBand>()
        .ToDictionary(b => b.ToString(), b => HeatParameters.Default.DensityBandMinMWhPerM(b));

    public async Task<IActionResult> OnGetAsync(string code, string? scenario, CancellationToken ct)
    {
        var figures = await queries.DistrictAsync(code, ct);
        if (figures is null) return NotFound();
        District = figures;
        if (!HeatApi.TryScenario(scenario, out var s)) return BadRequest();
        Scenario = s.ToString().ToLowerInvariant();
        try { Result = await new DistrictHeatAnalysis(db).AnalyseAsync(code, s, ct); }
        catch (DistrictHeatInputException e) { Problem = e.Message; }
        return Page();
    }
}
