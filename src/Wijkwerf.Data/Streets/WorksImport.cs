using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Streets;
using Wijkwerf.Engine.Streets;

namespace Wijkwerf.Data.Streets;

/// <summary>A record that was not imported: where (<c>line N</c>, <c>feature N</c>, <c>record {gipodId}</c>), the field and why.</summary>
public sealed record WorksImportProblem(string Where, string? Field, string Problem);

/// <summary><see cref="Format"/>: geojson, csv or gipod. <see cref="Rejected"/>: the records left out (GIPOD feed only;
/// the other formats are all or nothing). <see cref="Skipped"/>: cancelled feed records, not imported.</summary>
public sealed record WorksImportOutcome(string File, int Works, int Replaced, IReadOnlyList<string> Districts, int Problems,
    string Format = "geojson", IReadOnlyList<WorksImportProblem>? Rejected = null, int Skipped = 0);

/// <summary>One work to check, from any source: a file row, a GIPOD feed record or the page's form. <see cref="Text"/>
/// answers the <see cref="WorksImport.Columns"/>.</summary>
public sealed record WorkInput(string Where, Func<string, string?> Text, Geometry? Geometry);

/// <summary>Imports a works file (GeoJSON FeatureCollection, CSV or GIPOD feed, see docs/streets.md). GeoJSON and CSV
/// are all or nothing: one bad row rejects the whole file with every problem named, and nothing is stored. A GIPOD feed
/// is partial: bad records are left out and reported by id and field, the good ones are stored (a feed with no good
/// record stores nothing). A work whose reference is already stored for the municipality is replaced. The checks
/// (<see cref="CheckAsync"/>) are the same for every source, the page's form included.</summary>
public static class WorksImport
{
    /// <summary>How far (m) a segment's midpoint may lie from a work's geometry for the work to be on that segment.</summary>
    private const double SegmentMatchM = 8;

    public static async Task<WorksImportOutcome> ImportAsync(WijkwerfDb db, string path, CancellationToken ct = default)
    {
        if (!File.Exists(path)) throw new BadInputException(path, null, null, "file not found.");
        var rows = new List<WorkInput>();
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var format = ext == ".csv" ? "csv" : "geojson";
        if (ext is ".geojson" or ".json" && GipodFeed.IsFeed(path))
        {
            var feed = GipodFeed.Read(path);
            var (good, bad) = await CheckAsync(db, feed.Records, Path.GetFileName(path), ct);
            var rejected = feed.Problems.Concat(bad).ToArray();
            if (good.Count == 0)
                throw new BadInputException(path, rejected.FirstOrDefault()?.Where, rejected.FirstOrDefault()?.Field,
                    (rejected.FirstOrDefault()?.Problem ?? "holds no works to import.") + $" No record of the feed can be imported ({rejected.Length} rejected, {feed.Cancelled} cancelled). Nothing was imported.");
            var (stored, replacedFeed) = await StoreAsync(db, good, ct);
            return new WorksImportOutcome(Path.GetFileName(path), stored, replacedFeed, good.Select(w => w.DistrictCode).Distinct().Order().ToArray(),
                rejected.Length, "gipod", rejected, feed.Cancelled);
        }
        if (ext is ".geojson" or ".json")
        {
            await foreach (var (crs, f) in GeoJsonFeatureReader.ReadAsync(path, ct))
            {
                var g = f.Geometry is null ? null : crs == Crs.Wgs84 ? f.Geometry : Crs.Between(crs, Crs.Wgs84).Project(f.Geometry);
                rows.Add(new WorkInput(f.Where, f.Text, g));
            }
        }
        else if (ext == ".csv")
        {
            using var t = new CsvTable(path, "reference", "owner", "kind", "start", "end");
            while (t.Read())
            {
                var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                foreach (var c in Columns) if (t.Has(c)) values[c] = t.Text(c);
                Geometry? g = null;
                if (values.GetValueOrDefault("lon") is { } lon && values.GetValueOrDefault("lat") is { } lat
                    && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                    && double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
                    g = new Point(x, y) { SRID = Crs.Wgs84 };
                rows.Add(new WorkInput(t.Where, c => values.GetValueOrDefault(c), g));
            }
        }
        else throw new BadInputException(path, null, null, "is neither a GeoJSON (.geojson, .json), a GIPOD feed (.json) nor a CSV (.csv) works file.");
        if (rows.Count == 0) throw new BadInputException(path, null, null, "holds no works.");

        var (works, problems) = await CheckAsync(db, rows, Path.GetFileName(path), ct);
        RejectIfAny(path, problems);
        var (count, replaced) = await StoreAsync(db, works, ct);
        return new WorksImportOutcome(Path.GetFileName(path), count, replaced, works.Select(w => w.DistrictCode).Distinct().Order().ToArray(), 0, format);
    }

    /// <summary>All or nothing: the first problem with its place and field, and up to five more, in one error.</summary>
    internal static void RejectIfAny(string path, IReadOnlyList<WorksImportProblem> problems)
    {
        if (problems.Count == 0) return;
        var (where, field, problem) = problems[0];
        var more = problems.Count > 1
            ? $" ({problems.Count - 1} more: {string.Join("; ", problems.Skip(1).Take(5).Select(p => $"{p.Where} {p.Field}: {p.Problem}"))}{(problems.Count > 6 ? " ..." : "")}). Nothing was imported."
            : " Nothing was imported.";
        throw new BadInputException(path, where, field, problem + more);
    }

    /// <summary>Stores checked works in one transaction, replacing stored works with the same reference in the municipality.</summary>
    private static async Task<(int Works, int Replaced)> StoreAsync(WijkwerfDb db, List<StreetWork> works, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var replaced = 0;
        foreach (var group in works.GroupBy(w => w.MunicipalityId))
        {
            var refs = group.Select(w => w.Reference).ToList();
            replaced += await db.StreetWorks.Where(w => w.MunicipalityId == group.Key && refs.Contains(w.Reference)).ExecuteDeleteAsync(ct);
        }
        db.StreetWorks.AddRange(works);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (works.Count, replaced);
    }

    /// <summary>The one rule set for works: checks each input and builds the works of the good ones. A work's district
    /// is the district of its segments, else the district under its geometry.</summary>
    public static async Task<(List<StreetWork> Works, List<WorksImportProblem> Problems)> CheckAsync(WijkwerfDb db, IReadOnlyList<WorkInput> rows, string source, CancellationToken ct)
    {
        var problems = new List<WorksImportProblem>();
        var works = new List<StreetWork>();
        var references = new HashSet<string>(StringComparer.Ordinal);
        var segmentsByExternal = await SegmentsAsync(db, rows, ct);
        var districts = await db.Districts.AsNoTracking().Select(d => new { d.Id, d.Code, d.MunicipalityId, d.Boundary, d.MinLon, d.MinLat, d.MaxLon, d.MaxLat }).ToListAsync(ct);
        var districtById = districts.ToDictionary(d => d.Id);
        foreach (var row in rows)
        {
            var before = problems.Count;
            void Bad(string? field, string problem) => problems.Add(new WorksImportProblem(row.Where, field, problem));
            string? Required(string field)
            {
                var v = row.Text(field)?.Trim();
                if (string.IsNullOrEmpty(v)) Bad(field, "value is missing.");
                return v;
            }
            DateOnly? Date(string field, bool required)
            {
                var v = row.Text(field)?.Trim();
                if (string.IsNullOrEmpty(v)) { if (required) Bad(field, "value is missing."); return null; }
                if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
                Bad(field, $"'{v}' is not a date (yyyy-mm-dd)."); return null;
            }
            double Number(string field)
            {
                var v = row.Text(field)?.Trim();
                if (string.IsNullOrEmpty(v)) return 0;
                if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && double.IsFinite(d)) return d;
                Bad(field, $"'{v}' is not a non-negative number."); return 0;
            }

            var reference = Required("reference");
            var owner = Required("owner");
            var kindText = Required("kind");
            if (kindText is not null && !WorkKinds.TryParse(kindText, out _))
                Bad("kind", $"'{kindText}' is no work kind ({string.Join(", ", WorkKinds.All)}).");
            var surface = row.Text("surface")?.Trim();
            if (!WorkKinds.TryParseSurface(surface, out _)) Bad("surface", $"'{surface}' is neither carriageway nor footway.");
            var status = row.Text("status")?.Trim().ToLowerInvariant() ?? "planned";
            if (status is not ("planned" or "in_progress" or "finished")) Bad("status", $"'{status}' is not planned, in_progress or finished.");
            var start = Date("start", true);
            var end = Date("end", true);
            if (start is { } s0 && end is { } e0 && e0 < s0) Bad("end", $"ends ({e0:yyyy-MM-dd}) before it starts ({s0:yyyy-MM-dd}).");
            var earliest = Date("earliest_start", false) ?? start;
            var latest = Date("latest_start", false) ?? start;
            if (start is { } s1 && (earliest > s1 || latest < s1)) Bad("earliest_start", "the allowed window (earliest_start .. latest_start) must contain the start.");
            var registered = Date("registered_on", false);
            double area = Number("excavated_m2"), cost = Number("cost_eur"), unsealed = Number("unsealed_m2"), rain = Number("rainwater_m3");
            var trees = (int)Number("trees");
            var charging = (int)Number("charging_points");
            var dnText = row.Text("heat_dn")?.Trim();
            int? dn = null;
            if (!string.IsNullOrEmpty(dnText)) { if (int.TryParse(dnText, out var d) && d > 0) dn = d; else Bad("heat_dn", $"'{dnText}' is not a pipe size (DN)."); }
            var relocation = row.Text("utility_relocation")?.Trim().ToLowerInvariant() is "true" or "yes" or "1" or "ja";
            if (reference is not null && !references.Add(reference)) Bad("reference", $"'{reference}' appears twice in the file.");

            // Where: named segments, else the segments under the geometry, else (no street graph) the district under it.
            var segmentIds = new List<long>();
            var geometries = new List<Geometry>();
            var named = row.Text("segments")?.Split([' ', ',', '|'], StringSplitOptions.RemoveEmptyEntries) ?? [];
            foreach (var ext0 in named)
            {
                if (segmentsByExternal.TryGetValue(ext0, out var seg)) { segmentIds.Add(seg.Id); geometries.Add(seg.Centreline); }
                else Bad("segments", $"street segment '{ext0}' is not in the street graph.");
            }
            var geometry = row.Geometry ?? (geometries.Count > 0 ? new GeometryCollection(geometries.ToArray()).Union() : null);
            if (geometry is null) { if (named.Length == 0) Bad("geometry", "a work needs a geometry, lon/lat or segments."); continue; }
            geometry.SRID = Crs.Wgs84;
            if (named.Length == 0) segmentIds.AddRange(await MatchSegmentsAsync(db, geometry, ct));
            int? districtId = null;
            if (segmentIds.Count > 0)
                districtId = await db.StreetSegments.Where(x => segmentIds.Contains(x.Id) && x.DistrictId != null).Select(x => x.DistrictId).FirstOrDefaultAsync(ct);
            if (districtId is null)
            {
                var c = geometry.InteriorPoint;
                districtId = districts.FirstOrDefault(d => c.X >= d.MinLon && c.X <= d.MaxLon && c.Y >= d.MinLat && c.Y <= d.MaxLat && d.Boundary.Covers(c))?.Id;
            }
            if (districtId is null) { Bad("geometry", "lies outside every district."); continue; }
            var street = row.Text("street")?.Trim();
            if (segmentIds.Count == 0 && string.IsNullOrEmpty(street))
                Bad("street", "no street segment lies under the work and no street name is given.");
            if (problems.Count > before) continue;
            var district = districtById[districtId.Value];
            works.Add(new StreetWork
            {
                Reference = reference!, Title = row.Text("title")?.Trim() is { Length: > 0 } title ? title : reference!, Owner = owner!,
                Kind = kindText!.ToLowerInvariant(), Surface = string.IsNullOrEmpty(surface) ? "carriageway" : surface.ToLowerInvariant(),
                Geometry = geometry, SegmentIds = segmentIds.Distinct().ToList(), StreetName = street,
                Start = start!.Value, End = end!.Value, EarliestStart = earliest!.Value, LatestStart = latest!.Value, RegisteredOn = registered,
                ExcavatedM2 = area, UtilityRelocation = relocation, CostEur = cost, Status = status, UnsealedM2 = unsealed, RainwaterM3 = rain,
                Trees = trees, ChargingPoints = charging, HeatDn = dn, DistrictCode = district.Code, MunicipalityId = district.MunicipalityId,
                Source = source,
            });
        }
        return (works, problems);
    }

    /// <summary>The CSV columns (GeoJSON: the same names as properties).</summary>
    public static readonly string[] Columns =
    [
        "reference", "title", "owner", "kind", "surface", "segments", "street", "lon", "lat", "start", "end", "earliest_start",
        "latest_start", "registered_on", "excavated_m2", "utility_relocation", "cost_eur", "status", "unsealed_m2",
        "rainwater_m3", "trees", "charging_points", "heat_dn",
    ];

    private static async Task<Dictionary<string, StreetSegment>> SegmentsAsync(WijkwerfDb db, IReadOnlyList<WorkInput> rows, CancellationToken ct)
    {
        var ids = rows.SelectMany(r => r.Text("segments")?.Split([' ', ',', '|'], StringSplitOptions.RemoveEmptyEntries) ?? []).Distinct().ToList();
        if (ids.Count == 0) return [];
        var found = new Dictionary<string, StreetSegment>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
            foreach (var s in await db.StreetSegments.AsNoTracking().Where(s => chunk.Contains(s.ExternalId)).ToListAsync(ct))
                found.TryAdd(s.ExternalId, s);
        return found;
    }

    private static async Task<List<long>> MatchSegmentsAsync(WijkwerfDb db, Geometry wgs84, CancellationToken ct)
    {
        var env = wgs84.EnvelopeInternal;
        const double pad = 0.0005; // ~50 m
        var candidates = await db.StreetSegments.AsNoTracking()
            .Where(s => s.MaxLon >= env.MinX - pad && s.MinLon <= env.MaxX + pad && s.MaxLat >= env.MinY - pad && s.MinLat <= env.MaxY + pad)
            .ToListAsync(ct);
        if (candidates.Count == 0) return [];
        var c = wgs84.Centroid;
        var projector = Crs.Between(Crs.Wgs84, Crs.MetricFor(c.X, c.Y));
        var work = projector.Project(wgs84);
        var result = new List<long>();
        foreach (var s in candidates)
        {
            var line = projector.Project(s.Centreline);
            var midpoint = new NetTopologySuite.LinearReferencing.LengthIndexedLine(line).ExtractPoint(line.Length / 2);
            if (work.Distance(new Point(midpoint)) <= SegmentMatchM || (work is Point && work.Distance(line) <= SegmentMatchM)) result.Add(s.Id);
        }
        return result;
    }
}
