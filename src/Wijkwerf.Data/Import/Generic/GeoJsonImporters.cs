using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Import.Generic;

/// <summary>CBS KWB municipalities GeoJSON (properties <c>gemeentecode</c>, <c>gemeentenaam</c>, <c>aantal_inwoners</c>,
/// <c>huishoudens</c>, <c>woningvoorraad</c> ...) → Dutch municipalities with their key figures.</summary>
public sealed class CbsGemeentenImporter : IImporter
{
    public SourceKind Kind => SourceKind.CbsGemeentenGeoJson;
    public string Attribution => "Bron: CBS, Kerncijfers wijken en buurten 2022 (CC BY 4.0)";

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        var municipalities = new Municipalities(ctx);
        var n = 0;
        await foreach (var (crs, f) in GeoJsonFeatureReader.ReadAsync(ctx.Path, ctx.Cancellation))
        {
            n++;
            Func<string, string, Exception> bad = (field, problem) => ctx.Bad(f.Where, field, problem);
            var code = f.Text("gemeentecode") ?? throw bad("gemeentecode", "value is missing.");
            if (!code.StartsWith("GM", StringComparison.Ordinal)) continue; // GM0998 Buitenland is kept; other rows are not municipalities
            var outline = f.Geometry is null ? null : Crs.Between(crs, Crs.Wgs84).Project(f.Geometry);
            await municipalities.UpsertAsync(code, f.Text("gemeentenaam") ?? code, Country.NL, m =>
            {
                m.Inhabitants = (int?)f.Number_("aantal_inwoners", bad);
                m.Households = (int?)f.Number_("huishoudens", bad);
                m.HousingUnits = (int?)f.Number_("woningvoorraad", bad);
                m.StatisticsJson = f.Properties.GetRawText();
                m.Outline = outline;
            });
            ctx.Db.ChangeTracker.Clear();
        }
        if (n == 0) throw ctx.Bad(null, null, "has no features.");
        return n;
    }
}

/// <summary>Generic districts GeoJSON (Polygon/MultiPolygon; properties <c>district_code</c>, <c>district_name</c>,
/// <c>municipality_code</c>, <c>municipality_name</c>, <c>country</c> NL|BE, optional <c>inhabitants</c>,
/// <c>households</c>). See docs/import-formats.md.</summary>
public sealed class GeoJsonDistrictsImporter : IImporter
{
    public SourceKind Kind => SourceKind.GeoJsonDistricts;
    public string Attribution => "Wijkgrenzen: aangeleverd door de gebruiker";

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        var municipalities = new Municipalities(ctx);
        await using var writer = new BatchWriter(ctx.Db);
        var n = 0;
        await foreach (var (crs, f) in GeoJsonFeatureReader.ReadAsync(ctx.Path, ctx.Cancellation))
        {
            n++;
            Func<string, string, Exception> bad = (field, problem) => ctx.Bad(f.Where, field, problem);
            var code = f.Text("district_code") ?? throw bad("district_code", "value is missing.");
            var countryText = f.Text("country") ?? "NL";
            if (!Enum.TryParse<Country>(countryText, out var country)) throw bad("country", $"'{countryText}' is not NL or BE.");
            var mcode = f.Text("municipality_code") ?? throw bad("municipality_code", "value is missing.");
            var m = await municipalities.UpsertAsync(mcode, f.Text("municipality_name") ?? mcode, country);
            await DistrictRows.RequireNewCodeAsync(ctx, code, f.Where);
            var geometry = f.Geometry ?? throw bad("geometry", "district has no boundary.");
            var d = DistrictRows.Create(ctx, code, f.Text("district_name") ?? code, geometry, crs, m);
            d.Inhabitants = (int?)f.Number_("inhabitants", bad);
            d.Households = (int?)f.Number_("households", bad);
            d.StatisticsJson = f.Properties.GetRawText();
            await writer.AddAsync(d, ctx.Cancellation);
        }
        await writer.FlushAsync(ctx.Cancellation);
        if (n == 0) throw ctx.Bad(null, null, "has no features.");
        return n;
    }
}

/// <summary>Generic buildings GeoJSON (Polygon/MultiPolygon; properties <c>id</c> required, optional <c>build_year</c>,
/// <c>use</c>, <c>dwellings</c>, <c>floor_area_m2</c>, <c>levels</c>, <c>address</c>). See docs/import-formats.md.</summary>
public sealed class GeoJsonBuildingsImporter : IImporter
{
    public SourceKind Kind => SourceKind.GeoJsonBuildings;
    public string Attribution => "Gebouwen: aangeleverd door de gebruiker";

    public async Task<int> ImportAsync(ImportContext ctx)
    {
        await using var writer = new BatchWriter(ctx.Db);
        var n = 0;
        await foreach (var (crs, f) in GeoJsonFeatureReader.ReadAsync(ctx.Path, ctx.Cancellation))
        {
            n++;
            Func<string, string, Exception> bad = (field, problem) => ctx.Bad(f.Where, field, problem);
            var id = f.Text("id") ?? throw bad("id", "value is missing.");
            if (f.Geometry is not (Polygon or MultiPolygon)) throw bad("geometry", "a building footprint must be a Polygon or MultiPolygon.");
            var wgs = Crs.Between(crs, Crs.Wgs84).Project(f.Geometry);
            var area = crs == Crs.Wgs84 ? GeoMath.AreaM2(f.Geometry) : f.Geometry.Area;
            var dwellings = (int?)f.Number_("dwellings", bad) ?? 0;
            if (dwellings < 0) throw bad("dwellings", "must not be negative.");
            var floor = f.Number_("floor_area_m2", bad);
            if (floor < 0) throw bad("floor_area_m2", "must not be negative.");
            var levels = (int?)f.Number_("levels", bad);
            var b = new Building
            {
                SourceId = ctx.Source.Id,
                ExternalId = id,
                Footprint = wgs,
                FootprintAreaM2 = area,
                BuildYear = (int?)f.Number_("build_year", bad),
                Use = f.Text("use"),
                Levels = levels,
                Dwellings = dwellings,
                Units = dwellings,
                FloorAreaM2 = floor ?? area * (levels ?? 1),
                Address = f.Text("address"),
            };
            await writer.AddAsync(b.Located(), ctx.Cancellation);
        }
        await writer.FlushAsync(ctx.Cancellation);
        if (n == 0) throw ctx.Bad(null, null, "has no features.");
        return n;
    }
}
