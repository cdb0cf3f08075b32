using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Lekp;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Lekp;

/// <summary>Enter or edit one measure: municipality staff of that municipality (and platform admins) only. The fields are
/// the import columns and go through the same checks as an import.</summary>
[Authorize(Policy = LekpApi.Policy)]
public sealed class MeasureEditModel(WijkwerfDb db, LekpMeasures measures, LekpTenancy tenancy, Language language) : PageModel
{
    public LekpTexts X { get; } = LekpTexts.For(language);
    public Domain.Places.Municipality Municipality { get; private set; } = null!;
    public int? Id { get; private set; }
    public IReadOnlyDictionary<string, string?> Values { get; private set; } = new Dictionary<string, string?>();
    public IReadOnlyList<LekpTarget> Targets { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Districts { get; private set; } = [];
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }
    public bool HasPolygon { get; private set; }

    /// <summary>The fields of the form: the import columns without the municipality (that is the page's).</summary>
    public static IReadOnlyList<string> FormFields { get; } = MeasuresImport.Columns.Where(c => c != "municipality").ToArray();

    public async Task<IActionResult> OnGetAsync(string code, int? id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } stop) return stop;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int? id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } stop) return stop;
        var fields = FormFields.ToDictionary(f => f, f => (string?)Request.Form[f].ToString());
        try
        {
            var saved = await measures.SaveAsync(Municipality.Code, id, fields, ct);
            if (saved is null) return NotFound();
            return Redirect($"/municipalities/{Uri.EscapeDataString(Municipality.Code)}/measures");
        }
        catch (BadInputException e)
        {
            Values = fields;
            Error = e.Problem;
            ErrorField = e.Field;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } stop) return stop;
        await measures.DeleteAsync(Municipality.Code, id, ct);
        return Redirect($"/municipalities/{Uri.EscapeDataString(Municipality.Code)}/measures");
    }

    /// <returns>Null to go on; else the answer (not found, or forbidden for another municipality's staff).</returns>
    private async Task<IActionResult?> LoadAsync(string code, int? id, CancellationToken ct)
    {
        var m = await measures.MunicipalityAsync(code, ct);
        if (m is null) return NotFound();
        if (!await tenancy.MayEditAsync(User, m.Id)) return Forbid();
        Municipality = m;
        Id = id;
        Targets = m.PactVersion is { } v && LekpTargetTable.Default.HasVersion(v)
            ? LekpTargetTable.Default.For(v).Where(t => t.Per != TargetBasis.Municipality).ToArray() : [];
        Districts = (await db.Districts.AsNoTracking().Where(d => d.MunicipalityId == m.Id).OrderBy(d => d.Name)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct)).Select(d => (d.Code, d.Name)).ToArray();
        if (id is { } i)
        {
            var row = await measures.GetAsync(i, ct);
            if (row is null || !string.Equals(row.Municipality, m.Code, StringComparison.OrdinalIgnoreCase)) return NotFound();
            Values = row.Fields();
            HasPolygon = row.HasPolygon;
        }
        else Values = new Dictionary<string, string?> { ["status"] = "planned" };
        return null;
    }

    public string? Value(string field) => Values.TryGetValue(field, out var v) ? v : null;
}
