using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Lekp;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Lekp;

public sealed class MonitorModel(WijkwerfDb db, LekpMeasures measures, LekpCouncilReport reports, LekpTenancy tenancy, Language language) : PageModel
{
    public LekpTexts X { get; } = LekpTexts.For(language);
    public Domain.Places.Municipality Municipality { get; private set; } = null!;
    public LekpReport? Report { get; private set; }
    public string? Problem { get; private set; }
    public int Year { get; private set; }
    public bool MayEdit { get; private set; }
    public IReadOnlyDictionary<string, int> MeasuresPerDistrict { get; private set; } = new Dictionary<string, int>();

    public async Task<IActionResult> OnGetAsync(string code, int? year, CancellationToken ct)
    {
        var m = await measures.MunicipalityAsync(code, ct);
        if (m is null) return NotFound();
        Municipality = m;
        Year = Math.Clamp(year ?? DateTime.UtcNow.Year, 2020, 2031);
        MayEdit = await tenancy.MayEditAsync(User, m.Id);
        var (_, problem) = await LekpApi.Monitor(db, m.Code, ct);
        if (problem is not null)
        {
            Problem = X.NoPact;
            return Page();
        }
        Report = await reports.BuildAsync(m.Code, Year, ct);
        MeasuresPerDistrict = Report!.Measures.Where(x => x.DistrictCode is not null).GroupBy(x => x.DistrictCode!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return Page();
    }

    public string MonitorTableHtml()
    {
        var b = new StringBuilder();
        LekpCouncilReport.MonitorTable(b, Report!.Monitor.Targets, X.Report);
        return b.ToString();
    }

    public string YearHtml()
    {
        var b = new StringBuilder();
        LekpCouncilReport.YearHtml(b, Report!.Year, X.Report);
        return b.ToString();
    }

    public static IReadOnlyList<int> Years => Enumerable.Range(2021, LekpTargetTable.Default.PactEnd.Year - 2020).ToArray();
}
