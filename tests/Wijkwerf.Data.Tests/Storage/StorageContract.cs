using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Tests.Storage;

/// <summary>The same storage behaviour on every provider: SQLite (embedded) and PostgreSQL + PostGIS.</summary>
public abstract class StorageContract
{
    protected abstract Task<DatabaseLocation> NewDatabaseAsync();

    [Fact]
    public async Task Voorburg_imports_to_14_buurten_whose_buildings_add_up()
    {
        await using var db = await WijkwerfDbFactory.OpenAsync(await NewDatabaseAsync());
        var service = new ImportService(db);
        await service.ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"));
        await service.ImportAsync(SharedData.File("nl-voorburg/bag-voorburg.gpkg"));

        var rows = await new DistrictQueries(db).DistrictsAsync();
        rows.Count.ShouldBe(14);
        rows.Sum(r => r.Buildings).ShouldBe(await db.Buildings.CountAsync(b => b.DistrictId != null));
        (await db.Buildings.CountAsync()).ShouldBe(15_306);
        var figures = (await new DistrictQueries(db).DistrictAsync(rows[0].Code))!;
        figures.DwellingTypes.Sum(t => t.Buildings).ShouldBe(figures.ResidentialBuildings);
        (await new DistrictQueries(db).BuildingsGeoJsonAsync(rows[0].Code))!.ShouldContain("\"Polygon\"");
    }

    [Fact]
    public async Task A_failed_import_leaves_the_stored_data_whole()
    {
        await using var db = await WijkwerfDbFactory.OpenAsync(await NewDatabaseAsync());
        var service = new ImportService(db);
        await service.ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"));
        var folder = Directory.CreateTempSubdirectory("wijkwerf-bad").FullName;
        var bad = Path.Combine(folder, "fluvius.csv");
        var lines = File.ReadLines(SharedData.File("be-fluvius/verbruik-per-sector.csv")).Take(3000).ToList();
        lines[2500] = lines[2500].Replace(",2018,", ",twintig,");
        await File.WriteAllLinesAsync(bad, lines);

        await Should.ThrowAsync<BadInputException>(() => service.ImportAsync(bad));

        (await db.MeasuredEnergyUses.CountAsync()).ShouldBe(0);
        (await db.Sources.CountAsync()).ShouldBe(1);
        (await db.Districts.CountAsync()).ShouldBe(14);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Measures_keep_their_geometry_and_count_in_the_lekp_monitor()
    {
        await using var db = await WijkwerfDbFactory.OpenAsync(await NewDatabaseAsync());
        await new ImportService(db).ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"));
        var district = (await new DistrictQueries(db).DistrictsAsync())[0];
        var municipality = (await Wijkwerf.Data.Lekp.LekpMunicipalities.SetFiguresAsync(db, district.MunicipalityName!, 40_000, 18_000, "2.0", new DateOnly(2024, 1, 1)))!;
        var folder = Directory.CreateTempSubdirectory("wijkwerf-measures").FullName;
        var path = Path.Combine(folder, "maatregelen.geojson");
        await File.WriteAllTextAsync(path, $$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[4.36,52.07],[4.361,52.07],[4.361,52.071],[4.36,52.07]]]},
               "properties":{"district_code":"{{{district.Code}}}","werf":"groen","target_key":"ontharding","title":"Tegels eruit","quantity":250,"status":"realised","end_date":"2025-05-01"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[4.3605,52.0705]},
               "properties":{"district_code":"{{{district.Code}}}","werf":"mobiliteit","target_key":"laadpuntequivalenten","title":"Laadplein","quantity":6,"status":"planned","end_date":"2026-05-01"}}
            ]}
            """);
        (await new Wijkwerf.Data.Lekp.MeasuresImport(db).ImportAsync(path)).Measures.ShouldBe(2);
        db.ChangeTracker.Clear();
        var unsealing = await db.Measures.SingleAsync(m => m.TargetKey == "ontharding");
        unsealing.Location.ShouldNotBeNull().GeometryType.ShouldBe("Polygon");
        unsealing.Location.SRID.ShouldBe(4326);
        unsealing.EndDate.ShouldBe(new DateOnly(2025, 5, 1));
        var monitor = (await new Wijkwerf.Data.Lekp.LekpMonitor(db).ForMunicipalityAsync(municipality.Code))!;
        monitor.FiguresReferenceDate.ShouldBe(new DateOnly(2024, 1, 1));
        monitor.Targets.Single(t => t.Key == "ontharding").Realised.ShouldBe(250);
        monitor.Targets.Single(t => t.Key == "laadpuntequivalenten").Projected2030.ShouldBe(6);
        monitor.Targets.Single(t => t.Key == "laadpuntequivalenten").Required.ShouldBe(600);
        monitor.Districts.Single(d => d.Code == district.Code).Targets.Single(t => t.Key == "ontharding").Realised.ShouldBe(250);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Reimport_replaces_rows_of_the_same_source()
    {
        await using var db = await WijkwerfDbFactory.OpenAsync(await NewDatabaseAsync());
        var service = new ImportService(db);
        await service.ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"));
        (await service.ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"))).Replaced.ShouldBeTrue();
        (await db.Districts.CountAsync()).ShouldBe(14);
        (await db.Sources.CountAsync()).ShouldBe(1);
    }
}

public sealed class SqliteStorageTests : StorageContract, IAsyncDisposable
{
    private readonly List<Import.TestDatabase> _databases = [];

    protected override Task<DatabaseLocation> NewDatabaseAsync()
    {
        var d = new Import.TestDatabase();
        _databases.Add(d);
        return Task.FromResult(d.Location);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var d in _databases) await d.DisposeAsync();
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : StorageContract
{
    protected override async Task<DatabaseLocation> NewDatabaseAsync() => new(await server.NewDatabaseAsync());

    [Fact]
    public async Task Geometry_is_stored_as_PostGIS_geometry_in_WGS84()
    {
        var location = await NewDatabaseAsync();
        await using var db = await WijkwerfDbFactory.OpenAsync(location);
        await new ImportService(db).ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"));
        var srid = await db.Database.SqlQueryRaw<int>("""SELECT ST_SRID("Boundary") AS "Value" FROM "Districts" LIMIT 1""").SingleAsync();
        srid.ShouldBe(4326);
        var inside = await db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM "Districts" WHERE ST_Contains("Boundary", ST_SetSRID(ST_MakePoint(4.37, 52.075), 4326))""").SingleAsync();
        inside.ShouldBeLessThanOrEqualTo(1);
    }
}
