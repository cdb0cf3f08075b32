using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Seeding;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Tests.Import;

[Collection(PilotCollection.Name)]
public class PilotImportTests(PilotDatabaseFixture pilot)
{
    [Fact]
    public void First_run_imports_every_pilot_file_and_the_Lille_sector_links() =>
        pilot.Outcomes.Select(o => o.File).ShouldBe(PilotSeed.Files.Select(Path.GetFileName).Take(6)
            .Append("lille-sectoren-wijken.csv").Append("verbruik-per-sector.csv"), ignoreOrder: false);

    [Fact]
    public async Task Voorburg_has_its_14_CBS_buurten_with_the_published_inhabitants()
    {
        await using var db = await pilot.OpenAsync();
        var rows = await new DistrictQueries(db).DistrictsAsync();
        var buurten = rows.Where(r => r.Code.StartsWith("BU", StringComparison.Ordinal)).ToList();
        buurten.Count.ShouldBe(14);
        buurten.Sum(b => b.Inhabitants ?? 0).ShouldBe(48_695);
        buurten.Sum(b => b.Households ?? 0).ShouldBe(26_295);
    }

    [Fact]
    public async Task Building_counts_of_the_buurten_add_up_to_every_building_whose_centroid_lies_inside_them()
    {
        await using var db = await pilot.OpenAsync();
        var rows = (await new DistrictQueries(db).DistrictsAsync()).Where(r => r.Code.StartsWith("BU", StringComparison.Ordinal)).ToList();
        var districts = await db.Districts.Where(d => d.Code.StartsWith("BU")).Select(d => new { d.Code, d.Boundary }).ToListAsync();
        var bag = await db.Sources.SingleAsync(s => s.Kind == SourceKind.BagGeoPackage);
        var centroids = await db.Buildings.Where(b => b.SourceId == bag.Id).Select(b => new { b.CentroidLon, b.CentroidLat }).ToListAsync();
        // Independent brute-force check of the engine's indexed assignment.
        var inside = districts.ToDictionary(d => d.Code, d => centroids.Count(c => d.Boundary.Covers(new Point(c.CentroidLon, c.CentroidLat))));
        foreach (var r in rows) r.Buildings.ShouldBe(inside[r.Code], $"district {r.Code}");
        rows.Sum(r => r.Buildings).ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task Erroneous_BAG_registrations_are_left_out_and_every_other_building_is_kept()
    {
        await using var db = await pilot.OpenAsync();
        var bag = await db.Sources.SingleAsync(s => s.Kind == SourceKind.BagGeoPackage);
        (await db.Buildings.CountAsync(b => b.SourceId == bag.Id)).ShouldBe(15_380 - 74);
        (await db.Units.CountAsync(u => u.SourceId == bag.Id)).ShouldBe(31_293);
        bag.Features.ShouldBe(15_380 + 31_293);
    }

    [Fact]
    public async Task Dwellings_are_the_existing_residential_units_of_each_building()
    {
        await using var db = await pilot.OpenAsync();
        var bag = await db.Sources.SingleAsync(s => s.Kind == SourceKind.BagGeoPackage);
        var dwellings = await db.Buildings.Where(b => b.SourceId == bag.Id).SumAsync(b => b.Dwellings);
        // 27,016 non-withdrawn residential units, less the 'gevormd' (not yet built) ones and units whose building is absent.
        dwellings.ShouldBeInRange(25_000, 27_016);
        var flat = await db.Buildings.Where(b => b.Dwellings >= 3).CountAsync(b => b.DwellingType != DwellingType.Apartment);
        flat.ShouldBe(0);
    }

    [Fact]
    public async Task Voorburg_dwelling_types_are_plausible_for_a_1900_1970_city_district()
    {
        await using var db = await pilot.OpenAsync();
        var types = await db.Buildings.Where(b => b.Dwellings > 0 && b.CentroidLat > 52.0)
            .GroupBy(b => b.DwellingType).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.N);
        var residential = types.Values.Sum();
        types.Keys.ShouldBe(Enum.GetValues<DwellingType>(), ignoreOrder: true);
        // Terraced houses dominate Voorburg's single-family stock; detached villas are a small minority.
        (types[DwellingType.TerracedMiddle] + types[DwellingType.TerracedEnd]).ShouldBeGreaterThan(types[DwellingType.Detached] * 2);
        types[DwellingType.Apartment].ShouldBeGreaterThan(residential / 10);
        types[DwellingType.TerracedMiddle].ShouldBeGreaterThan(types[DwellingType.TerracedEnd]);
    }

    [Fact]
    public async Task Wechelderzande_has_its_village_buildings_and_streets()
    {
        await using var db = await pilot.OpenAsync();
        var w = await new DistrictQueries(db).DistrictAsync("13019W04");
        w.ShouldNotBeNull();
        w.Name.ShouldBe("Wechelderzande");
        w.MunicipalityName.ShouldBe("Lille");
        w.Buildings.ShouldBeInRange(1_400, 1_803);
        w.StreetLengthM.ShouldBeGreaterThan(10_000);
        w.MeanConnectionLengthM.ShouldNotBeNull();
        w.Attributions.ShouldContain(a => a.Contains("OpenStreetMap"));
    }

    [Fact]
    public async Task Wechelderzande_shows_Fluvius_measured_gas_of_its_own_sectors()
    {
        await using var db = await pilot.OpenAsync();
        var w = (await new DistrictQueries(db).DistrictAsync("13019W04"))!;
        w.MeasuredEnergy.Select(m => m.Year).ShouldBe([2018, 2019, 2020, 2021]);
        var expected = await db.MeasuredEnergyUses.Where(m => m.SectorCode.StartsWith("13019B") && m.Year == 2021).SumAsync(m => m.GasResidentialKWh);
        w.MeasuredEnergy.Single(m => m.Year == 2021).GasResidentialMWh.ShouldBe(expected!.Value / 1000, 0.1);
        w.Attributions.ShouldContain(a => a.Contains("Fluvius"));
    }

    [Fact]
    public async Task Every_residential_building_near_a_street_gets_a_connection_length()
    {
        await using var db = await pilot.OpenAsync();
        var w = await db.Districts.SingleAsync(d => d.Code == "13019W04");
        var linked = await db.Buildings.Where(b => b.DistrictId == w.Id && b.Dwellings > 0).Select(b => b.ConnectionLengthM).ToListAsync();
        linked.Count(l => l is not null).ShouldBeGreaterThan((int)(linked.Count * 0.95));
        linked.Where(l => l is not null).Average(l => l!.Value).ShouldBeInRange(3, 60);
    }

    [Fact]
    public async Task District_page_figures_hold_the_build_year_distribution_of_all_its_buildings()
    {
        await using var db = await pilot.OpenAsync();
        var d = (await new DistrictQueries(db).DistrictAsync("BU05181302")) ?? (await new DistrictQueries(db).DistrictAsync((await db.Districts.FirstAsync(x => x.Code.StartsWith("BU0518"))).Code))!;
        d.BuildYearClasses.Sum(c => c.Buildings).ShouldBe(d.Buildings);
        d.DwellingTypes.Sum(c => c.Buildings).ShouldBe(d.ResidentialBuildings);
        d.Attributions.ShouldContain(a => a.Contains("BAG"));
        d.Attributions.ShouldContain(a => a.Contains("CBS"));
    }

    [Fact]
    public async Task Buildings_of_a_district_come_out_as_GeoJSON_in_WGS84()
    {
        await using var db = await pilot.OpenAsync();
        var json = await new DistrictQueries(db).BuildingsGeoJsonAsync("13019W04");
        using var doc = System.Text.Json.JsonDocument.Parse(json!);
        var features = doc.RootElement.GetProperty("features");
        features.GetArrayLength().ShouldBeGreaterThan(1_000);
        var first = features[0].GetProperty("geometry").GetProperty("coordinates")[0][0];
        first[0].GetDouble().ShouldBeInRange(4.7, 4.9);
        first[1].GetDouble().ShouldBeInRange(51.2, 51.3);
    }
}
