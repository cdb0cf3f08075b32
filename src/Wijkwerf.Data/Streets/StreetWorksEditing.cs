using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Streets;

namespace Wijkwerf.Data.Streets;

/// <summary>Adding, changing and deleting one work of a district from the page. The fields are the import columns
/// (<see cref="WorksImport.Columns"/>) and go through <see cref="WorksImport.CheckAsync"/>, the same rules as a file;
/// a refused work throws <see cref="BadInputException"/> naming the field and changes nothing.</summary>
public sealed class StreetWorksEditing(WijkwerfDb db)
{
    /// <summary>The form's fields: the import columns (lon/lat and street only matter where the district has no street graph).</summary>
    public static IReadOnlyList<string> Fields { get; } = WorksImport.Columns;

    public Task<StreetWork?> GetAsync(string district, long id, CancellationToken ct) =>
        db.StreetWorks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id && w.DistrictCode == district, ct);

    /// <summary>The stored work as form values (segments as their external ids).</summary>
    public async Task<Dictionary<string, string?>> ValuesAsync(StreetWork w, CancellationToken ct)
    {
        var externals = await db.StreetSegments.AsNoTracking().Where(s => w.SegmentIds.Contains(s.Id)).Select(s => s.ExternalId).ToListAsync(ct);
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string? N(double v) => v == 0 ? null : v.ToString(CultureInfo.InvariantCulture);
        var centre = w.Geometry.InteriorPoint;
        return new Dictionary<string, string?>
        {
            ["reference"] = w.Reference,
            ["title"] = w.Title,
            ["owner"] = w.Owner,
            ["kind"] = w.Kind,
            ["surface"] = w.Surface,
            ["segments"] = string.Join(' ', externals.Order(StringComparer.Ordinal)),
            ["street"] = w.StreetName,
            ["lon"] = w.SegmentIds.Count == 0 ? centre.X.ToString("0.######", CultureInfo.InvariantCulture) : null,
            ["lat"] = w.SegmentIds.Count == 0 ? centre.Y.ToString("0.######", CultureInfo.InvariantCulture) : null,
            ["start"] = D(w.Start),
            ["end"] = D(w.End),
            ["earliest_start"] = D(w.EarliestStart),
            ["latest_start"] = D(w.LatestStart),
            ["registered_on"] = w.RegisteredOn is { } r ? D(r) : null,
            ["excavated_m2"] = N(w.ExcavatedM2),
            ["utility_relocation"] = w.UtilityRelocation ? "yes" : null,
            ["cost_eur"] = N(w.CostEur),
            ["status"] = w.Status,
            ["unsealed_m2"] = N(w.UnsealedM2),
            ["rainwater_m3"] = N(w.RainwaterM3),
            ["trees"] = w.Trees == 0 ? null : w.Trees.ToString(CultureInfo.InvariantCulture),
            ["charging_points"] = w.ChargingPoints == 0 ? null : w.ChargingPoints.ToString(CultureInfo.InvariantCulture),
            ["heat_dn"] = w.HeatDn?.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Adds (<paramref name="id"/> null) or replaces a work of <paramref name="district"/>.</summary>
    /// <returns>The stored work; null when <paramref name="id"/> is not a work of the district.</returns>
    public async Task<StreetWork?> SaveAsync(string district, long? id, IReadOnlyDictionary<string, string?> fields, string source, CancellationToken ct)
    {
        StreetWork? existing = null;
        if (id is { } i && (existing = await db.StreetWorks.FirstOrDefaultAsync(w => w.Id == i && w.DistrictCode == district, ct)) is null) return null;
        // An empty window means "no shift": the import's defaults, not a refusal.
        var values = fields.ToDictionary(k => k.Key, k => string.IsNullOrWhiteSpace(k.Value) ? null : k.Value, StringComparer.OrdinalIgnoreCase);
        Geometry? point = null;
        if (values.GetValueOrDefault("lon") is { } lon && values.GetValueOrDefault("lat") is { } lat)
        {
            if (double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
                point = new Point(x, y) { SRID = Crs.Wgs84 };
            else throw new BadInputException("form", null, "lon", $"'{lon}, {lat}' is not a position (longitude, latitude in degrees).");
        }
        var (works, problems) = await WorksImport.CheckAsync(db, [new WorkInput("form", c => values.GetValueOrDefault(c), point)], source, ct);
        if (problems.Count > 0) throw new BadInputException("form", null, problems[0].Field, problems[0].Problem);
        var work = works[0];
        if (work.DistrictCode != district)
            throw new BadInputException("form", null, work.SegmentIds.Count > 0 ? "segments" : "lon", $"the work lies in district {work.DistrictCode}, not in {district}.");
        if (await db.StreetWorks.AnyAsync(w => w.MunicipalityId == work.MunicipalityId && w.Reference == work.Reference && w.Id != (id ?? -1), ct))
            throw new BadInputException("form", null, "reference", $"'{work.Reference}' is already the reference of another work of this municipality.");
        if (existing is null)
        {
            db.StreetWorks.Add(work);
            await db.SaveChangesAsync(ct);
            return work;
        }
        work.Id = existing.Id;
        db.Entry(existing).CurrentValues.SetValues(work);
        existing.Geometry = work.Geometry;
        existing.SegmentIds = work.SegmentIds;
        await db.SaveChangesAsync(ct);
        return existing;
    }

    public async Task<bool> DeleteAsync(string district, long id, CancellationToken ct) =>
        await db.StreetWorks.Where(w => w.Id == id && w.DistrictCode == district).ExecuteDeleteAsync(ct) > 0;
}
