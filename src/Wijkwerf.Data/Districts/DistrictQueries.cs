using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;

namespace Wijkwerf.Data.Districts;

/// <summary>Read side of the district model: what the CLI, the API and the pages show.</summary>
public sealed class DistrictQueries(WijkwerfDb db)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public async Task<IReadOnlyList<MunicipalityRow>> MunicipalitiesAsync(CancellationToken ct = default)
    {
        var districts = await db.Districts.AsNoTracking().GroupBy(d => d.MunicipalityId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key ?? 0, x => x.N, ct);
        var buildings = await db.Buildings.AsNoTracking().Where(b => b.DistrictId != null)
            .Join(db.Districts, b => b.DistrictId, d => d.Id, (b, d) => d.MunicipalityId)
            .GroupBy(m => m).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key ?? 0, x => x.N, ct);
        var municipalities = await db.Municipalities.AsNoTracking()
            .Select(m => new { m.Id, m.Code, m.Name, m.Country, m.Inhabitants }).ToListAsync(ct);
        return municipalities
            .Where(m => districts.ContainsKey(m.Id))
            .Select(m => new MunicipalityRow(m.Code, m.Name, m.Country.ToString(), districts[m.Id], buildings.GetValueOrDefault(m.Id), m.Inhabitants))
            .OrderByDescending(m => m.Buildings).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Districts, optionally of one municipality (by code), ordered by code.</summary>
    public async Task<IReadOnlyList<DistrictRow>> DistrictsAsync(string? municipalityCode = null, CancellationToken ct = default)
    {
        var query = db.Districts.AsNoTracking();
        if (municipalityCode is not null) query = query.Where(d => d.Municipality != null && d.Municipality.Code == municipalityCode);
        var rows = await query.OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Code, d.Name, MCode = d.Municipality!.Code, MName = d.Municipality!.Name, Country = (Domain.Places.Country?)d.Municipality!.Country, d.Inhabitants, d.Households })
            .ToListAsync(ct);
        var ids = rows.Select(r => (int?)r.Id).ToList();
        var counts = await db.Buildings.AsNoTracking().Where(b => ids.Contains(b.DistrictId))
            .GroupBy(b => b.DistrictId).Select(g => new { g.Key, N = g.Count(), D = g.Sum(b => b.Dwellings) })
            .ToDictionaryAsync(x => x.Key!.Value, ct);
        return rows.Select(r => new DistrictRow(r.Code, r.Name, r.MCode, r.MName, r.Country?.ToString() ?? "",
                counts.TryGetValue(r.Id, out var c) ? c.N : 0, counts.TryGetValue(r.Id, out var c2) ? c2.D : 0, r.Inhabitants, r.Households))
            .ToList();
    }

    /// <summary>One district's figures, or null when no district has that code.</summary>
    public async Task<DistrictFigures?> DistrictAsync(string code, CancellationToken ct = default)
    {
        var d = await db.Districts.AsNoTracking().Include(x => x.Municipality).FirstOrDefaultAsync(x => x.Code == code, ct);
        if (d is null) return null;
        var buildings = db.Buildings.AsNoTracking().Where(b => b.DistrictId == d.Id);
        var totals = await buildings.GroupBy(_ => 1).Select(g => new
        {
            N = g.Count(),
            Residential = g.Count(b => b.Dwellings > 0),
            Dwellings = g.Sum(b => b.Dwellings),
            Units = g.Sum(b => b.Units),
            Floor = g.Sum(b => b.FloorAreaM2),
            Footprint = g.Sum(b => b.FootprintAreaM2),
            Connection = g.Average(b => b.ConnectionLengthM),
        }).FirstOrDefaultAsync(ct);
        var byType = await buildings.Where(b => b.DwellingType != null).GroupBy(b => b.DwellingType)
            .Select(g => new { g.Key, N = g.Count(), D = g.Sum(b => b.Dwellings) }).ToListAsync(ct);
        var byYear = await buildings.GroupBy(b => b.BuildYear)
            .Select(g => new { g.Key, N = g.Count(), D = g.Sum(b => b.Dwellings) }).ToListAsync(ct);
        var streetLength = await db.StreetSegments.AsNoTracking().Where(s => s.DistrictId == d.Id).SumAsync(s => (double?)s.LengthM, ct) ?? 0;
        var measured = (await db.MeasuredEnergyUses.AsNoTracking().Where(m => m.DistrictId == d.Id).GroupBy(m => m.Year)
                .Select(g => new
                {
                    Year = g.Key,
                    Gas = g.Sum(m => m.GasResidentialKWh ?? 0),
                    Electricity = g.Sum(m => m.ElectricityResidentialKWh ?? 0),
                    GasCustomers = g.Sum(m => m.GasResidentialCustomers ?? 0),
                    ElectricityCustomers = g.Sum(m => m.ElectricityResidentialCustomers ?? 0),
                })
                .ToListAsync(ct))
            .OrderBy(m => m.Year)
            .Select(m => new MeasuredYear(m.Year, Math.Round(m.Gas / 1000, 1), Math.Round(m.Electricity / 1000, 1), m.GasCustomers, m.ElectricityCustomers))
            .ToList();

        var types = Enum.GetValues<DwellingType>()
            .Select(t => byType.FirstOrDefault(x => x.Key == t) is { } x ? new CountRow(t.ToString(), x.N, x.D) : new CountRow(t.ToString(), 0, 0))
            .ToList();
        var years = BuildYearClass.All.Select(c => c.Key).Append(BuildYearClass.Unknown)
            .Select(k => new CountRow(k,
                byYear.Where(y => BuildYearClass.Of(y.Key) == k).Sum(y => y.N),
                byYear.Where(y => BuildYearClass.Of(y.Key) == k).Sum(y => y.D)))
            .ToList();

        var sourceIds = await buildings.Select(b => b.SourceId).Distinct().ToListAsync(ct);
        sourceIds.AddRange(await db.StreetSegments.Where(s => s.DistrictId == d.Id).Select(s => s.SourceId).Distinct().ToListAsync(ct));
        sourceIds.Add(d.SourceId);
        if (measured.Count > 0) sourceIds.AddRange(await db.MeasuredEnergyUses.Where(m => m.DistrictId == d.Id).Select(m => m.SourceId).Distinct().ToListAsync(ct));
        var attributions = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).Select(s => s.Attribution).Distinct().ToListAsync(ct);

        var stats = d.StatisticsJson is null
            ? new Dictionary<string, object?>()
            : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(d.StatisticsJson)!
                .ToDictionary(k => k.Key, k => (object?)(k.Value.ValueKind switch
                {
                    JsonValueKind.Number => k.Value.GetDouble(),
                    JsonValueKind.String => k.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => k.Value.GetRawText(),
                }));
        var e = d.Boundary.EnvelopeInternal;
        return new DistrictFigures(d.Code, d.Name, d.Municipality?.Code, d.Municipality?.Name, d.Municipality?.Country.ToString() ?? "",
            d.AreaHa, d.Inhabitants, d.Households,
            totals?.N ?? 0, totals?.Residential ?? 0, totals?.Dwellings ?? 0, totals?.Units ?? 0,
            Math.Round(totals?.Floor ?? 0, 1), Math.Round(totals?.Footprint ?? 0, 1), Math.Round(streetLength, 1),
            totals?.Connection is { } c ? Math.Round(c, 1) : null,
            types, years, measured, [e.MinX, e.MinY, e.MaxX, e.MaxY], stats, attributions);
    }

    /// <summary>The district's buildings as a GeoJSON FeatureCollection (WGS84) with properties id, buildYear,
    /// buildYearClass, dwellingType, dwellings, use, floorAreaM2, connectionLengthM; null when no district has that code.</summary>
    public async Task<string?> BuildingsGeoJsonAsync(string code, CancellationToken ct = default)
    {
        var id = await DistrictIdAsync(code, ct);
        if (id is null) return null;
        var rows = await db.Buildings.AsNoTracking().Where(b => b.DistrictId == id).OrderBy(b => b.Id)
            .Select(b => new { b.ExternalId, b.Footprint, b.BuildYear, b.DwellingType, b.Dwellings, b.Use, b.FloorAreaM2, b.ConnectionLengthM, b.Address })
            .ToListAsync(ct);
        return Collection(rows.Select(b => (b.Footprint, (object)new
        {
            id = b.ExternalId,
            buildYear = b.BuildYear,
            buildYearClass = BuildYearClass.Of(b.BuildYear),
            dwellingType = b.DwellingType?.ToString(),
            dwellings = b.Dwellings,
            use = b.Use,
            floorAreaM2 = Math.Round(b.FloorAreaM2, 1),
            connectionLengthM = b.ConnectionLengthM,
            address = b.Address,
        })));
    }

    /// <summary>The district's street segments as GeoJSON (properties id, name, kind, lengthM).</summary>
    public async Task<string?> StreetsGeoJsonAsync(string code, CancellationToken ct = default)
    {
        var id = await DistrictIdAsync(code, ct);
        if (id is null) return null;
        var rows = await db.StreetSegments.AsNoTracking().Where(s => s.DistrictId == id).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Centreline, s.Name, s.Kind, s.LengthM }).ToListAsync(ct);
        return Collection(rows.Select(s => (s.Centreline, (object)new { id = s.Id, name = s.Name, kind = s.Kind, lengthM = Math.Round(s.LengthM, 1) })));
    }

    /// <summary>District boundaries (of one municipality, or all) as GeoJSON (properties code, name, inhabitants).
    /// <paramref name="withBuildingsOnly"/> keeps the districts that have buildings: the overview map of a platform with
    /// every Flemish wijk would otherwise send thousands of outlines nobody can open yet.</summary>
    public async Task<string> DistrictsGeoJsonAsync(string? municipalityCode = null, CancellationToken ct = default, bool withBuildingsOnly = false)
    {
        var query = db.Districts.AsNoTracking();
        if (municipalityCode is not null) query = query.Where(d => d.Municipality != null && d.Municipality.Code == municipalityCode);
        if (withBuildingsOnly) query = query.Where(d => db.Buildings.Any(b => b.DistrictId == d.Id));
        var rows = await query.OrderBy(d => d.Code).Select(d => new { d.Code, d.Name, d.Boundary, d.Inhabitants }).ToListAsync(ct);
        return Collection(rows.Select(d => (d.Boundary, (object)new { code = d.Code, name = d.Name, inhabitants = d.Inhabitants })));
    }

    private Task<int?> DistrictIdAsync(string code, CancellationToken ct) =>
        db.Districts.AsNoTracking().Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);

    /// <summary>A GeoJSON FeatureCollection of (geometry, properties) pairs; also used by the LEKP measures map.</summary>
    internal static string Collection(IEnumerable<(Geometry Geometry, object Properties)> features)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var (geometry, properties) in features)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("geometry");
                JsonSerializer.Serialize(w, geometry, GeoJson);
                w.WritePropertyName("properties");
                JsonSerializer.Serialize(w, properties, properties.GetType());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
