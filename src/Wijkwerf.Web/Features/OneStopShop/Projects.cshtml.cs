using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>Collective renovation projects: the projects, and the groups the engine suggests in a district, each of
/// which staff can turn into a project.</summary>
[Authorize(Policy = OneStopShopApi.Policy)]
public sealed class ProjectsModel(WijkwerfDb db, CurrentStaff me, RenovationProjects projects) : PageModel
{
    public IReadOnlyList<(string Code, string Name)> Districts { get; private set; } = [];
    public string? District { get; private set; }
    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];
    public IReadOnlyList<SuggestedGroup> Suggestions { get; private set; } = [];
    public IReadOnlyDictionary<long, string> Labels { get; private set; } = new Dictionary<long, string>();
    public string? Problem { get; private set; }

    public Task<IActionResult> OnGetAsync(string? district, CancellationToken ct) => ShowAsync(district, null, ct);

    public async Task<IActionResult> OnPostCreateAsync(string? district, string name, long[] unitIds, int? plannedYear, bool fossilFree, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        try
        {
            var p = await projects.CreateAsync(staff.MunicipalityId, string.IsNullOrWhiteSpace(name) ? "Project" : name.Trim(), unitIds, plannedYear, fossilFree, ct);
            return RedirectToPage("Project", new { id = p.Id });
        }
        catch (OneStopShopException e) { return await ShowAsync(district, e.Message, ct); }
    }

    private async Task<IActionResult> ShowAsync(string? district, string? problem, CancellationToken ct)
    {
        if (await me.FindAsync(ct) is not { } staff) return Forbid();
        Districts = (await db.Districts.AsNoTracking().Where(d => d.MunicipalityId == staff.MunicipalityId).OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct)).Select(d => (d.Code, d.Name)).ToList();
        District = district is not null && Districts.Any(d => d.Code == district) ? district : Districts.FirstOrDefault().Code;
        Projects = await projects.ListAsync(staff.MunicipalityId, ct);
        if (District is not null)
        {
            Suggestions = await projects.SuggestAsync(staff.MunicipalityId, District, ct);
            var ids = Suggestions.SelectMany(g => g.Units).ToList();
            var rows = await Addresses.Of(db, staff.MunicipalityId).Where(a => a.DistrictCode == District).ToListAsync(ct);
            Labels = rows.Where(a => ids.Contains(a.UnitId)).ToDictionary(a => a.UnitId, a => a.Label);
        }
        Problem = problem;
        return Page();
    }
}
