using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Streets;

namespace Wijkwerf.Data.Streets;

/// <summary><see cref="Format"/>: <c>counts</c> or <c>points</c>.</summary>
public sealed record ParkingImportOutcome(string File, string Format, int Rows, int Replaced, IReadOnlyList<string> Districts);

/// <summary>Imports parking counts or mobility points (car parks, stops, shared cars, charging stations, hubs) from CSV
/// (docs/streets.md, "Parking and mobility files"); the header tells which: <c>counted_cars</c> → counts, <c>kind</c> →
/// points. All or nothing: one bad row rejects the file, naming line, column and problem, and nothing is stored. An
/// import replaces the stored counts of each (district, slot) it holds, or the stored points of each (district, kind).</summary>
public static class ParkingImport
{
    public static readonly string[] CountColumns = ["segment", "street", "district", "slot", "counted_cars", "capacity", "counted_on", "lon", "lat"];
    public static readonly string[] PointColumns = ["kind", "name", "category", "lon", "lat", "capacity", "free_at_night"];
    public static readonly string[] Slots = ["night", "day"];
    public static readonly string[] PointKinds = ["car_park", "stop", "shared_car", "charging", "hub"];

    private sealed record DistrictRef(int Id, string Code, int? MunicipalityId, Geometry Boundary, double MinLon, double MinLat, double MaxLon, double MaxLat);

    public static async Task<ParkingImportOutcome> ImportAsync(WijkwerfDb db, string path, CancellationToken ct = default)
    {
        if (!File.Exists(path)) throw new BadInputException(path, null, null, "file not found.");
        if (!Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            throw new BadInputException(path, null, null, "is not a CSV (.csv) parking counts or mobility points file.");
        var header = CsvTable.ReadHeader(path).Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var districts = (await db.Districts.AsNoTracking().Select(d => new { d.Id, d.Code, d.MunicipalityId, d.Boundary, d.MinLon, d.MinLat, d.MaxLon, d.MaxLat }).ToListAsync(ct))
            .Select(d => new DistrictRef(d.Id, d.Code, d.MunicipalityId, d.Boundary, d.MinLon, d.MinLat, d.MaxLon, d.MaxLat)).ToList();
        if (header.Contains("counted_cars")) return await CountsAsync(db, path, districts, ct);
        if (header.Contains("kind")) return await PointsAsync(db, path, districts, ct);
        throw new BadInputException(path, "line 1", null, "has neither a counted_cars column (parking counts) nor a kind column (mobility points).");
    }

    private static DistrictRef? DistrictAt(List<DistrictRef> districts, double lon, double lat)
    {
        var p = new Point(lon, lat) { SRID = Crs.Wgs84 };
        return districts.FirstOrDefault(d => lon >= d.MinLon && lon <= d.MaxLon && lat >= d.MinLat && lat <= d.MaxLat && d.Boundary.Covers(p));
    }

    private static async Task<ParkingImportOutcome> CountsAsync(WijkwerfDb db, string path, List<DistrictRef> districts, CancellationToken ct)
    {
        var problems = new List<WorksImportProblem>();
        var rows = new List<(string Where, Dictionary<string, string?> V)>();
        using (var t = new CsvTable(path, "slot", "counted_cars", "capacity"))
            while (t.Read())
                rows.Add((t.Where, CountColumns.Where(t.Has).ToDictionary(c => c, c => t.Text(c)?.Trim())));
        if (rows.Count == 0) throw new BadInputException(path, null, null, "holds no counts.");

        var segmentIds = rows.Select(r => r.V.GetValueOrDefault("segment")).OfType<string>().Where(s => s.Length > 0).Distinct().ToList();
        var segments = await db.StreetSegments.AsNoTracking().Where(s => segmentIds.Contains(s.ExternalId))
            .Select(s => new { s.Id, s.ExternalId, s.Name, s.DistrictId, s.Centreline }).ToDictionaryAsync(s => s.ExternalId, ct);
        var names = rows.Select(r => r.V.GetValueOrDefault("street")).OfType<string>().Where(s => s.Length > 0).Distinct().ToList();
        var named = (await db.StreetSegments.AsNoTracking().Where(s => s.Name != null && names.Contains(s.Name) && s.DistrictId != null)
            .Select(s => new { s.Name, s.DistrictId, s.Centreline }).ToListAsync(ct)).ToLookup(s => s.Name!);
        var counts = new List<ParkingCount>();
        foreach (var (where, v) in rows)
        {
            var before = problems.Count;
            void Bad(string field, string problem) => problems.Add(new(where, field, problem));
            var slot = v.GetValueOrDefault("slot")?.ToLowerInvariant();
            if (string.IsNullOrEmpty(slot)) Bad("slot", "value is missing.");
            else if (!Slots.Contains(slot)) Bad("slot", $"'{slot}' is neither night nor day.");
            var cars = Count(v, "counted_cars", 0, Bad);
            var capacity = Count(v, "capacity", 1, Bad);
            DateOnly? countedOn = null;
            if (v.GetValueOrDefault("counted_on") is { Length: > 0 } on)
            {
                if (DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) countedOn = d;
                else Bad("counted_on", $"'{on}' is not a date (yyyy-mm-dd).");
            }
            var districtCode = v.GetValueOrDefault("district");
            if (!string.IsNullOrEmpty(districtCode) && districts.All(d => d.Code != districtCode)) Bad("district", $"no district has the code '{districtCode}'.");

            // Where: a segment, else a street name in the graph, else lon/lat (districts without a street graph).
            DistrictRef? district = null;
            string? street = null;
            long? segmentId = null;
            Point? at = null;
            var segment = v.GetValueOrDefault("segment");
            var name = v.GetValueOrDefault("street");
            if (!string.IsNullOrEmpty(segment))
            {
                if (!segments.TryGetValue(segment, out var s)) Bad("segment", $"street segment '{segment}' is not in the street graph.");
                else
                {
                    segmentId = s.Id;
                    street = name is { Length: > 0 } ? name : s.Name ?? s.ExternalId;
                    district = districts.FirstOrDefault(d => d.Id == s.DistrictId);
                    at = s.Centreline.InteriorPoint;
                    if (district is null) Bad("segment", $"street segment '{segment}' lies outside every district.");
                }
            }
            else if (!string.IsNullOrEmpty(name) && named[name].Any())
            {
                street = name;
                var inDistricts = named[name].Select(s => s.DistrictId).Distinct().ToList();
                var chosen = districtCode is { Length: > 0 } ? districts.FirstOrDefault(d => d.Code == districtCode && inDistricts.Contains(d.Id)) : null;
                if (chosen is null && inDistricts.Count == 1) chosen = districts.FirstOrDefault(d => d.Id == inDistricts[0]);
                if (chosen is null) Bad("street", inDistricts.Count > 1 && string.IsNullOrEmpty(districtCode)
                    ? $"'{name}' lies in {inDistricts.Count} districts; name the district."
                    : $"'{name}' does not lie in district {districtCode}.");
                else
                {
                    district = chosen;
                    at = new GeometryCollection(named[name].Where(s => s.DistrictId == chosen.Id).Select(s => s.Centreline).ToArray()).Centroid;
                }
            }
            else if (v.GetValueOrDefault("lon") is { Length: > 0 } lonText && v.GetValueOrDefault("lat") is { Length: > 0 } latText)
            {
                if (string.IsNullOrEmpty(name)) Bad("street", "value is missing (a count at lon/lat needs the street's name).");
                if (!double.TryParse(lonText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
                    Bad("lon", $"'{lonText}, {latText}' is not a position (degrees).");
                else
                {
                    street = name;
                    at = new Point(lon, lat);
                    district = DistrictAt(districts, lon, lat);
                    if (district is null) Bad("lon", $"{lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)} lies outside every district.");
                }
            }
            else if (!string.IsNullOrEmpty(name)) Bad("street", $"no street segment is named '{name}'; give lon/lat where the district has no street graph.");
            else Bad("segment", "a count needs a segment, a street name or lon/lat.");
            if (problems.Count > before) continue;
            counts.Add(new ParkingCount
            {
                DistrictCode = district!.Code,
                MunicipalityId = district.MunicipalityId,
                Street = street!,
                SegmentId = segmentId,
                Slot = slot!,
                CountedCars = cars,
                Capacity = capacity,
                CountedOn = countedOn,
                Lon = at!.X,
                Lat = at.Y,
                Source = Path.GetFileName(path),
            });
        }
        Throw(path, problems);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var replaced = 0;
        foreach (var g in counts.Select(c => (c.DistrictCode, c.Slot)).Distinct())
            replaced += await db.ParkingCounts.Where(c => c.DistrictCode == g.DistrictCode && c.Slot == g.Slot).ExecuteDeleteAsync(ct);
        db.ParkingCounts.AddRange(counts);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ParkingImportOutcome(Path.GetFileName(path), "counts", counts.Count, replaced, counts.Select(c => c.DistrictCode).Distinct().Order().ToArray());
    }

    private static async Task<ParkingImportOutcome> PointsAsync(WijkwerfDb db, string path, List<DistrictRef> districts, CancellationToken ct)
    {
        var problems = new List<WorksImportProblem>();
        var points = new List<MobilityPoint>();
        using (var t = new CsvTable(path, "kind", "name", "lon", "lat"))
            while (t.Read())
            {
                var before = problems.Count;
                var where = t.Where;
                void Bad(string field, string problem) => problems.Add(new(where, field, problem));
                var v = PointColumns.Where(t.Has).ToDictionary(c => c, c => t.Text(c)?.Trim());
                var kind = v.GetValueOrDefault("kind")?.ToLowerInvariant();
                if (string.IsNullOrEmpty(kind)) Bad("kind", "value is missing.");
                else if (!PointKinds.Contains(kind)) Bad("kind", $"'{kind}' is no point kind ({string.Join(", ", PointKinds)}).");
                var name = v.GetValueOrDefault("name");
                if (string.IsNullOrEmpty(name)) Bad("name", "value is missing.");
                var capacity = Count(v, "capacity", 0, Bad);
                var free = Count(v, "free_at_night", 0, Bad);
                if (free > capacity) Bad("free_at_night", $"{free} free spaces at night is more than the capacity ({capacity}).");
                if (kind == "car_park" && capacity < 1) Bad("capacity", "a car park needs at least 1 space.");
                DistrictRef? district = null;
                double lon = 0, lat = 0;
                if (!double.TryParse(v.GetValueOrDefault("lon"), NumberStyles.Float, CultureInfo.InvariantCulture, out lon)
                    || !double.TryParse(v.GetValueOrDefault("lat"), NumberStyles.Float, CultureInfo.InvariantCulture, out lat))
                    Bad("lon", $"'{v.GetValueOrDefault("lon")}, {v.GetValueOrDefault("lat")}' is not a position (degrees).");
                else if ((district = DistrictAt(districts, lon, lat)) is null)
                    Bad("lon", $"{lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)} lies outside every district.");
                if (problems.Count > before) continue;
                points.Add(new MobilityPoint
                {
                    DistrictCode = district!.Code,
                    MunicipalityId = district.MunicipalityId,
                    Kind = kind!,
                    Name = name!,
                    Category = v.GetValueOrDefault("category") is { Length: > 0 } c ? c : null,
                    Lon = lon,
                    Lat = lat,
                    Capacity = capacity,
                    FreeAtNight = free,
                    Source = Path.GetFileName(path),
                });
            }
        if (points.Count == 0 && problems.Count == 0) throw new BadInputException(path, null, null, "holds no points.");
        Throw(path, problems);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var replaced = 0;
        foreach (var g in points.Select(c => (c.DistrictCode, c.Kind)).Distinct())
            replaced += await db.MobilityPoints.Where(c => c.DistrictCode == g.DistrictCode && c.Kind == g.Kind).ExecuteDeleteAsync(ct);
        db.MobilityPoints.AddRange(points);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ParkingImportOutcome(Path.GetFileName(path), "points", points.Count, replaced, points.Select(c => c.DistrictCode).Distinct().Order().ToArray());
    }

    private static int Count(Dictionary<string, string?> v, string field, int min, Action<string, string> bad)
    {
        var text = v.GetValueOrDefault(field);
        if (string.IsNullOrEmpty(text))
        {
            if (min > 0) bad(field, "value is missing.");
            return 0;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0) { bad(field, $"'{text}' is not a whole number of 0 or more."); return 0; }
        if (n < min) bad(field, field == "capacity" ? $"{n} spaces: capacity must be at least {min} (pressure is counted cars ÷ capacity)." : $"must be at least {min}.");
        return n;
    }

    private static void Throw(string path, List<WorksImportProblem> problems) => WorksImport.RejectIfAny(path, problems);
}
