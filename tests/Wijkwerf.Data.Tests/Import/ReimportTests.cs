using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;

namespace Wijkwerf.Data.Tests.Import;

public class ReimportTests
{
    [Fact]
    public async Task Reimporting_a_source_replaces_what_it_brought_and_nothing_else()
    {
        await using var database = new TestDatabase();
        await using var db = await database.OpenAsync();
        var service = new ImportService(db);
        await service.ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"));
        var links = Path.Combine(database.Folder, "links.csv");
        await File.WriteAllTextAsync(links, "sector_code,district_code\n13019B000,13019W04\n");
        await service.ImportAsync(links);

        var again = await service.ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"));

        again.Replaced.ShouldBeTrue();
        (await db.Districts.CountAsync()).ShouldBe(14);
        (await db.Sources.CountAsync()).ShouldBe(2);
        (await db.SectorDistrictLinks.CountAsync()).ShouldBe(1);
        (await db.Municipalities.Select(m => m.Code).OrderBy(c => c).ToListAsync()).ShouldBe(["GM0518", "GM1916"]);
    }

    [Fact]
    public async Task A_district_code_brought_by_another_source_is_refused()
    {
        await using var database = new TestDatabase();
        await using var db = await database.OpenAsync();
        var service = new ImportService(db);
        await service.ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"));
        var path = Path.Combine(database.Folder, "districts.geojson");
        var code = await db.Districts.Select(d => d.Code).FirstAsync();
        await File.WriteAllTextAsync(path, $$$"""
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"district_code":"{{{code}}}","district_name":"Dubbel","municipality_code":"GM1916"},
             "geometry":{"type":"Polygon","coordinates":[[[4.36,52.07],[4.37,52.07],[4.37,52.08],[4.36,52.07]]]}}]}
            """);
        var error = await Should.ThrowAsync<BadInputException>(() => service.ImportAsync(path));
        error.Message.ShouldContain(code);
        error.Message.ShouldContain("cbs-buurten-2022.gpkg");
    }

    [Fact]
    public async Task Generic_GeoJSON_buildings_and_districts_build_a_district_model()
    {
        await using var database = new TestDatabase();
        await using var db = await database.OpenAsync();
        var districts = Path.Combine(database.Folder, "wijk.geojson");
        await File.WriteAllTextAsync(districts, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"district_code":"X001","district_name":"Proefwijk","municipality_code":"GM9999","municipality_name":"Proefgemeente","inhabitants":120},
             "geometry":{"type":"Polygon","coordinates":[[[4.3600,52.0700],[4.3700,52.0700],[4.3700,52.0800],[4.3600,52.0800],[4.3600,52.0700]]]}}]}
            """);
        // Two semi-detached houses (sharing the wall at lon 4.3651) and a detached one, in RD New via the legacy crs member.
        var (x0, y0) = Wijkwerf.Data.Geo.Crs.Between(Wijkwerf.Data.Geo.Crs.Wgs84, Wijkwerf.Data.Geo.Crs.RdNew).Project(4.3650, 52.0750);
        string Box(double x, double y, double w, double h) => FormattableString.Invariant($"[[[{x},{y}],[{x + w},{y}],[{x + w},{y + h}],[{x},{y + h}],[{x},{y}]]]");
        var buildings = Path.Combine(database.Folder, "panden.geojson");
        await File.WriteAllTextAsync(buildings, $$$"""
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[
             {"type":"Feature","properties":{"id":"a","dwellings":1,"build_year":1931},"geometry":{"type":"Polygon","coordinates":{{{Box(x0, y0, 6, 10)}}}}},
             {"type":"Feature","properties":{"id":"b","dwellings":1,"build_year":1931},"geometry":{"type":"Polygon","coordinates":{{{Box(x0 + 6, y0, 6, 10)}}}}},
             {"type":"Feature","properties":{"id":"c","dwellings":1,"build_year":1975},"geometry":{"type":"Polygon","coordinates":{{{Box(x0 + 40, y0, 10, 10)}}}}}]}
            """);
        var service = new ImportService(db);
        await service.ImportAsync(districts);
        await service.ImportAsync(buildings);

        var d = (await new Districts.DistrictQueries(db).DistrictAsync("X001"))!;
        d.Buildings.ShouldBe(3);
        d.FootprintAreaM2.ShouldBe(220, 0.5);
        d.DwellingTypes.Single(t => t.Key == "SemiDetached").Buildings.ShouldBe(2);
        d.DwellingTypes.Single(t => t.Key == "Detached").Buildings.ShouldBe(1);
    }
}
