using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Streets;

namespace Wijkwerf.Web.Features.Streets;

public sealed class StreetWorksModel(WijkwerfDb db, StreetWorksReport report) : PageModel
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public StreetWorksReport.Content Report { get; private set; } = null!;
    public SegmentProfile? Profile { get; private set; }
    public string? ProfileError { get; private set; }
    public IReadOnlyList<Geometry> Streets { get; private set; } = [];
    public Wijkwerf.Engine.Streets.StreetRules Rules => Wijkwerf.Engine.Streets.StreetRules.Default;

    [BindProperty(SupportsGet = true)]
    public string? Segment { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var district = await db.Districts.AsNoTracking().Where(d => d.Code == code).Select(d => new { d.Id, d.Code, d.Name }).FirstOrDefaultAsync(ct);
        if (district is null) return NotFound();
        Code = district.Code;
        Name = district.Name;
        Report = await report.BuildAsync(code, ct);
        Streets = await db.StreetSegments.AsNoTracking().Where(s => s.DistrictId == district.Id).Select(s => s.Centreline).ToListAsync(ct);
        Segment ??= Report.Works.SelectMany(w => w.Segments).FirstOrDefault(s => !s.StartsWith("street:", StringComparison.Ordinal));
        if (Segment is not null)
        {
            try { Profile = await new StreetProfiles(db).CheckAsync(Segment, new ProfileOptions(), ct); }
            catch (ArgumentException e) { ProfileError = e.Message; }
        }
        return Page();
    }
}
