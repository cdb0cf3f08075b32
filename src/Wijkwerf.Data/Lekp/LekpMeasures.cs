using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Werven;

namespace Wijkwerf.Data.Lekp;

/// <summary>A measure as the API, the pages and the exports show it. Field names are the import columns (snake case in
/// JSON would differ from the rest of the API, so camel case here; <see cref="Fields"/> gives the column names), status
/// and funding as their file words (<c>in_progress</c>, <c>lekp_subsidy</c>). <see cref="Lon"/>/<see cref="Lat"/> are
/// the location's point, or its centroid for a polygon.</summary>
public sealed record MeasureRow(
    int Id, string Municipality, string Werf, string? TargetKey, string Title, double Quantity, string Unit, string? DistrictCode,
    string? StreetName, string Status, DateOnly? StartDate, DateOnly? EndDate, double? CostEur, string? Funding, string? BudgetCode,
    string? Owner, double? Lon, double? Lat, bool HasPolygon, string? StreetWorksRef, string? HeatNetworkRef, string? RenovationProjectRef,
    bool Imported)
{
    /// <summary>The measure as import-column values (what the edit form and an XLSX export row hold).</summary>
    public IReadOnlyDictionary<string, string?> Fields() => new Dictionary<string, string?>
    {
        ["municipality"] = Municipality,
        ["district_code"] = DistrictCode,
        ["werf"] = Werf,
        ["target_key"] = TargetKey,
        ["title"] = Title,
        ["quantity"] = Quantity.ToString(CultureInfo.InvariantCulture),
        ["unit"] = Unit,
        ["status"] = Status,
        ["start_date"] = StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["end_date"] = EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["cost_eur"] = CostEur?.ToString(CultureInfo.InvariantCulture),
        ["funding"] = Funding,
        ["budget_code"] = BudgetCode,
        ["owner"] = Owner,
        ["street_name"] = StreetName,
        ["lon"] = HasPolygon ? null : Lon?.ToString(CultureInfo.InvariantCulture),
        ["lat"] = HasPolygon ? null : Lat?.ToString(CultureInfo.InvariantCulture),
        ["street_works_ref"] = StreetWorksRef,
        ["heat_network_ref"] = HeatNetworkRef,
        ["renovation_project_ref"] = RenovationProjectRef,
    };
}

/// <summary>Reads and writes the measures of one municipality: the list, the map layer, and entering or editing one
/// measure with the same checks as an import (<see cref="MeasuresImport.CheckOneAsync"/>).</summary>
/// <remarks>Tenancy is the caller's: the web layer only calls <see cref="SaveAsync"/> for the municipality the user
/// works for; here a measure is never moved to another municipality (the code in the input is ignored).</remarks>
public sealed class LekpMeasures(WijkwerfDb db)
{
    public Task<Municipality?> MunicipalityAsync(string code, CancellationToken ct = default) =>
        db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Code == code, ct);

    /// <summary>The measures of a municipality (of one district when <paramref name="districtCode"/> is given), by
    /// district, start date and title.</summary>
    public async Task<IReadOnlyList<MeasureRow>> ListAsync(string municipalityCode, string? districtCode = null, CancellationToken ct = default)
    {
        var q = db.Measures.AsNoTracking().Where(m => m.Municipality!.Code == municipalityCode);
        if (districtCode is not null) q = q.Where(m => m.DistrictCode == districtCode);
        var list = await q.Select(m => new { m, Code = m.Municipality!.Code }).ToListAsync(ct);
        return list.Select(x => Row(x.m, x.Code))
            .OrderBy(r => r.DistrictCode, StringComparer.Ordinal).ThenBy(r => r.StartDate ?? DateOnly.MaxValue).ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToArray();
    }

    public async Task<MeasureRow?> GetAsync(int id, CancellationToken ct = default)
    {
        var x = await db.Measures.AsNoTracking().Where(m => m.Id == id).Select(m => new { m, Code = m.Municipality!.Code }).FirstOrDefaultAsync(ct);
        return x is null ? null : Row(x.m, x.Code);
    }

    /// <summary>The located measures as GeoJSON points or polygons (properties id, title, werf, status, quantity, unit).</summary>
    public async Task<string> GeoJsonAsync(string municipalityCode, string? districtCode = null, CancellationToken ct = default)
    {
        var q = db.Measures.AsNoTracking().Where(m => m.Municipality!.Code == municipalityCode && m.Location != null);
        if (districtCode is not null) q = q.Where(m => m.DistrictCode == districtCode);
        var rows = await q.ToListAsync(ct);
        return DistrictQueries.Collection(rows.OrderBy(m => m.Id).Select(m => (m.Location!, (object)new
        {
            id = m.Id,
            title = m.Title,
            werf = m.Werf.Slug(),
            status = MeasuresImport.Snake(m.Status),
            quantity = m.Quantity,
            unit = m.Unit,
            street = m.StreetName,
            district = m.DistrictCode,
        })));
    }

    /// <summary>Creates (<paramref name="id"/> null) or replaces a measure of the municipality from import-column values.</summary>
    /// <returns>The stored measure, or null when <paramref name="id"/> is no measure of this municipality.</returns>
    /// <exception cref="BadInputException">A field is missing or wrong (the message names it); nothing is stored.</exception>
    /// <remarks>A measure without lon/lat keeps the location it had (a polygon from a GeoJSON import cannot be typed in a
    /// form). An edited imported measure keeps its source: re-importing that file replaces it again, the file is the record.</remarks>
    public async Task<MeasureRow?> SaveAsync(string municipalityCode, int? id, IReadOnlyDictionary<string, string?> fields, CancellationToken ct = default)
    {
        var checkedMeasure = await new MeasuresImport(db).CheckOneAsync(fields, municipalityCode, id is null ? "new measure" : $"measure {id}", ct);
        Measure target;
        if (id is null)
        {
            target = checkedMeasure;
            db.Measures.Add(target);
        }
        else
        {
            var existing = await db.Measures.FirstOrDefaultAsync(m => m.Id == id && m.MunicipalityId == checkedMeasure.MunicipalityId, ct);
            if (existing is null) return null;
            Copy(checkedMeasure, existing);
            target = existing;
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(target.Id, ct);
    }

    /// <returns>False when <paramref name="id"/> is no measure of this municipality.</returns>
    public async Task<bool> DeleteAsync(string municipalityCode, int id, CancellationToken ct = default) =>
        await db.Measures.Where(m => m.Id == id && m.Municipality!.Code == municipalityCode).ExecuteDeleteAsync(ct) > 0;

    private static void Copy(Measure from, Measure to)
    {
        to.Werf = from.Werf;
        to.TargetKey = from.TargetKey;
        to.Title = from.Title;
        to.Quantity = from.Quantity;
        to.Unit = from.Unit;
        to.DistrictCode = from.DistrictCode;
        if (from.Location is not null) to.Location = from.Location;
        to.StreetName = from.StreetName;
        to.Status = from.Status;
        to.StartDate = from.StartDate;
        to.EndDate = from.EndDate;
        to.CostEur = from.CostEur;
        to.Funding = from.Funding;
        to.BudgetCode = from.BudgetCode;
        to.Owner = from.Owner;
        to.StreetWorksRef = from.StreetWorksRef;
        to.HeatNetworkRef = from.HeatNetworkRef;
        to.RenovationProjectRef = from.RenovationProjectRef;
    }

    private static MeasureRow Row(Measure m, string municipality)
    {
        Point? p = m.Location switch { null => null, Point point => point, var g => g.Centroid };
        return new MeasureRow(m.Id, municipality, m.Werf.Slug(), m.TargetKey, m.Title, m.Quantity, m.Unit, m.DistrictCode, m.StreetName,
            MeasuresImport.Snake(m.Status), m.StartDate, m.EndDate, m.CostEur, m.Funding is { } f ? MeasuresImport.Snake(f) : null, m.BudgetCode,
            m.Owner, p?.X, p?.Y, m.Location is not null and not Point, m.StreetWorksRef, m.HeatNetworkRef, m.RenovationProjectRef, m.SourceId is not null);
    }
}
