using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Streets;
using Wijkwerf.Web.Features.Lekp;

namespace Wijkwerf.Web.Features.Streets;

/// <summary>Add, change or delete one street work of a district: staff of the district's municipality and platform admins
/// only (the LEKP measures' rule, <see cref="LekpTenancy"/>). The fields are the import columns and go through the same
/// checks as an import (<see cref="StreetWorksEditing"/>); after a change the page shows the recomputed conflicts.</summary>
[Authorize(Policy = LekpApi.Policy)]
public sealed class WorkEditModel(WijkwerfDb db, LekpTenancy tenancy) : PageModel
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public long? Id { get; private set; }
    public IReadOnlyDictionary<string, string?> Values { get; private set; } = new Dictionary<string, string?>();
    /// <summary>The district's named street segments: external id, name, kind and centreline (for the list and the map).</summary>
    public IReadOnlyList<(string Id, string Label, Geometry Line)> Segments { get; private set; } = [];
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }
    public Wijkwerf.Engine.Streets.StreetRules Rules => Wijkwerf.Engine.Streets.StreetRules.Default;

    /// <summary>The form's fields: the import columns; street and lon/lat only where the district has no street graph.</summary>
    public IReadOnlyList<string> FormFields => StreetWorksEditing.Fields
        .Where(f => Segments.Count > 0 ? f is not ("street" or "lon" or "lat") : f != "segments").ToArray();

    public async Task<IActionResult> OnGetAsync(string code, long? id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } stop) return stop;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, long? id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } stop) return stop;
        var fields = StreetWorksEditing.Fields.ToDictionary(f => f, f => f == "segments"
            ? string.Join(' ', Request.Form[f].Where(v => !string.IsNullOrWhiteSpace(v)).SelectMany(v => v!.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            : (string?)Request.Form[f].ToString());
        try
        {
            var saved = await new StreetWorksEditing(db).SaveAsync(Code, id, fields, "page: " + (User.Identity?.Name ?? "staff"), ct);
            if (saved is null) return NotFound();
            return Redirect($"/streets/{Uri.EscapeDataString(Code)}?saved={Uri.EscapeDataString(saved.Reference)}#works-heading");
        }
        catch (BadInputException e)
        {
            Values = fields;
            Error = e.Problem;
            ErrorField = e.Field;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(string code, long id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } stop) return stop;
        await new StreetWorksEditing(db).DeleteAsync(Code, id, ct);
        return Redirect($"/streets/{Uri.EscapeDataString(Code)}?deleted=1#works-heading");
    }

    /// <returns>Null to go on; else not found, or forbidden for another municipality's staff.</returns>
    private async Task<IActionResult?> LoadAsync(string code, long? id, CancellationToken ct)
    {
        var district = await db.Districts.AsNoTracking().Where(d => d.Code == code).Select(d => new { d.Id, d.Code, d.Name, d.MunicipalityId }).FirstOrDefaultAsync(ct);
        if (district is null) return NotFound();
        if (!await tenancy.MayEditAsync(User, district.MunicipalityId ?? -1)) return Forbid();
        Code = district.Code;
        Name = district.Name;
        Id = id;
        Segments = (await db.StreetSegments.AsNoTracking().Where(s => s.DistrictId == district.Id)
                .Select(s => new { s.ExternalId, s.Name, s.Kind, s.LengthM, s.Centreline }).ToListAsync(ct))
            .OrderBy(s => s.Name ?? "\uffff", StringComparer.CurrentCulture).ThenBy(s => s.ExternalId, StringComparer.Ordinal)
            .Select(s => (s.ExternalId, $"{s.Name ?? s.Kind} ({s.ExternalId}, {s.LengthM:0} m)", s.Centreline)).ToArray();
        var editing = new StreetWorksEditing(db);
        if (id is { } i)
        {
            var work = await editing.GetAsync(Code, i, ct);
            if (work is null) return NotFound();
            Values = await editing.ValuesAsync(work, ct);
        }
        else Values = new Dictionary<string, string?> { ["status"] = "planned", ["surface"] = "carriageway", ["kind"] = "sewer" };
        return null;
    }

    public string? Value(string field) => Values.TryGetValue(field, out var v) ? v : null;

    public bool Selected(string segment) => (Value("segments") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(segment);
}
