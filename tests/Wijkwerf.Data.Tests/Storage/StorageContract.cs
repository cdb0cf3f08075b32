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
