using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Streets;
using Wijkwerf.Web.Features.Lekp;

namespace Wijkwerf.Web.Features.Streets;

public sealed class StreetWorksModel(WijkwerfDb db, StreetWorksReport report, LekpTenancy tenancy) : PageModel
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public StreetWorksReport.Content Report { get; private set; } = null!;
    public SegmentProfile? Profile { get; private set; }
    public string? ProfileError { get; private set; }
    public IReadOnlyList<Geometry> Streets { get; private set; } = [];
    public Wijkwerf.Engine.Streets.StreetRules Rules => Wijkwerf.Engine.Streets.StreetRules.Default;
    /// <summary>Staff of the district's municipality and platform admins may add, edit, delete and import works.</summary>
    public bool MayEdit { get; private set; }
    public IReadOnlyDictionary<string, long> WorkIds { get; private set; } = new Dictionary<string, long>();
    public ParkingResult? Parking { get; private set; }
    public HubsResult? Hubs { get; private set; }
    /// <summary>After a save: the work's reference and the conflicts that now concern it.</summary>
    public string? SavedReference { get; private set; }
    public int SavedConflicts { get; private set; }
    public bool WasDeleted { get; private set; }
    public WorksImportOutcome? Imported { get; private set; }
    public string? ImportError { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Segment { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, string? saved, bool? deleted, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (saved is not null && Report.Works.Any(w => w.Reference == saved))
        {
            SavedReference = saved;
            SavedConflicts = Report.Conflicts.Conflicts.Count(c => c.Work == saved || c.Other == saved);
        }
        WasDeleted = deleted == true;
        return Page();
    }

    /// <summary>The page's import: the same route as <c>wijkwerf works import</c> (format read from the content).</summary>
    public async Task<IActionResult> OnPostImportAsync(string code, IFormFile? file, CancellationToken ct)
    {
        var district = await db.Districts.AsNoTracking().Where(d => d.Code == code).Select(d => new { d.MunicipalityId }).FirstOrDefaultAsync(ct);
        if (district is null) return NotFound();
        if (!await tenancy.MayEditAsync(User, district.MunicipalityId ?? -1)) return Forbid();
        if (file is null || file.Length == 0) ImportError = "no file was chosen.";
        else
        {
            var ext = Path.GetExtension(file.FileName).ToLowerInvariant();
            var folder = Directory.CreateTempSubdirectory("wijkwerf-works-");
            var path = Path.Combine(folder.FullName, Path.GetFileName(file.FileName) is { Length: > 0 } n && ext is ".csv" or ".json" or ".geojson" ? n : "works" + ext);
            try
            {
                await using (var stream = System.IO.File.Create(path)) await file.CopyToAsync(stream, ct);
                Imported = await WorksImport.ImportAsync(db, path, ct);
            }
            catch (BadInputException e) { ImportError = e.Message.Replace(folder.FullName + Path.DirectorySeparatorChar, "", StringComparison.Ordinal); }
            finally { folder.Delete(true); }
        }
        await LoadAsync(code, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var district = await db.Districts.AsNoTracking().Where(d => d.Code == code).Select(d => new { d.Id, d.Code, d.Name, d.MunicipalityId }).FirstOrDefaultAsync(ct);
        if (district is null) return false;
        Code = district.Code;
        Name = district.Name;
        MayEdit = await tenancy.MayEditAsync(User, district.MunicipalityId ?? -1);
        Report = await report.BuildAsync(code, ct);
        WorkIds = await db.StreetWorks.AsNoTracking().Where(w => w.DistrictCode == code).ToDictionaryAsync(w => w.Reference, w => w.Id, ct);
        Streets = await db.StreetSegments.AsNoTracking().Where(s => s.DistrictId == district.Id).Select(s => s.Centreline).ToListAsync(ct);
        Parking = Report.Parking; // the same figures as the PDF/Excel report
        Hubs = Report.Hubs;
        Segment ??= Report.Works.SelectMany(w => w.Segments).FirstOrDefault(s => !s.StartsWith("street:", StringComparison.Ordinal));
        if (Segment is not null)
        {
            try { Profile = await new StreetProfiles(db).CheckAsync(Segment, new ProfileOptions(), ct); }
            catch (ArgumentException e) { ProfileError = e.Message; }
        }
        return true;
    }
}
