using Microsoft.Data.Sqlite;
using Wijkwerf.Data.Import;

namespace Wijkwerf.Data.Tests.Import;

/// <summary>Each kind of bad input gets a clear error naming file, place and field, and the database stays exactly as
/// it was (a database with Voorburg's buurten already imported).</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private string _before = "";

    public async ValueTask InitializeAsync()
    {
        await using var db = await _database.OpenAsync();
        await new ImportService(db).ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"));
        _before = await _database.FingerprintAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private string Scratch(string name) => Path.Combine(_database.Folder, name);

    private async Task<BadInputException> ImportFailsAsync(string path)
    {
        await using var db = await _database.OpenAsync();
        var error = await Should.ThrowAsync<BadInputException>(() => new ImportService(db).ImportAsync(path));
        error.Message.ShouldStartWith(Path.GetFileName(path));
        (await _database.FingerprintAsync()).ShouldBe(_before, "the database must be exactly as before");
        return error;
    }

    private string CopyOf(string relative, string name)
    {
        var path = Scratch(name);
        File.Copy(SharedData.File(relative), path, overwrite: true);
        return path;
    }

    private static void Sql(string gpkg, string sql)
    {
        using var c = new SqliteConnection($"Data Source={gpkg};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public async Task Import_of_a_truncated_geopackage_stores_nothing()
    {
        var path = Scratch("bag-truncated.gpkg");
        var bytes = await File.ReadAllBytesAsync(SharedData.File("nl-voorburg/bag-voorburg.gpkg"));
        await File.WriteAllBytesAsync(path, bytes.AsSpan(0, bytes.Length / 3).ToArray());
        var error = await ImportFailsAsync(path);
        error.Message.ShouldContain("corrupt", Case.Insensitive);
    }

    [Fact]
    public async Task Import_of_a_geopackage_with_garbage_pages_stores_nothing()
    {
        var path = CopyOf("nl-voorburg/bag-voorburg.gpkg", "bag-corrupt.gpkg");
        await using (var f = File.OpenWrite(path))
        {
            f.Position = f.Length / 2;
            var junk = new byte[200_000];
            new Random(7).NextBytes(junk);
            f.Write(junk);
        }
        await ImportFailsAsync(path);
    }

    [Fact]
    public async Task A_geopackage_without_the_expected_layer_is_refused_by_name()
    {
        var path = CopyOf("nl-voorburg/bag-voorburg.gpkg", "bag-no-vbo.gpkg");
        Sql(path, "DELETE FROM gpkg_geometry_columns WHERE table_name = 'verblijfsobject'; DELETE FROM gpkg_contents WHERE table_name = 'verblijfsobject';");
        var error = await ImportFailsAsync(path);
        error.Message.ShouldContain("verblijfsobject");
    }

    [Fact]
    public async Task A_geopackage_in_an_unsupported_CRS_is_refused_naming_the_CRS()
    {
        var path = CopyOf("nl-voorburg/cbs-buurten-2022.gpkg", "buurten-webmercator.gpkg");
        Sql(path, "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition) VALUES ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, 'undefined'); UPDATE gpkg_contents SET srs_id = 3857; UPDATE gpkg_geometry_columns SET srs_id = 3857;");
        var error = await ImportFailsAsync(path);
        error.Message.ShouldContain("EPSG:3857");
        error.Where.ShouldBe("layer 'buurten'");
    }

    [Fact]
    public async Task A_district_file_whose_required_field_is_missing_names_the_field()
    {
        var path = CopyOf("nl-voorburg/cbs-buurten-2022.gpkg", "buurten-no-inhabitants.gpkg");
        Sql(path, "ALTER TABLE buurten DROP COLUMN aantal_inwoners");
        var error = await ImportFailsAsync(path);
        error.Field.ShouldBe("aantal_inwoners");
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var path = Scratch("empty.gpkg");
        await File.WriteAllBytesAsync(path, []);
        (await ImportFailsAsync(path)).Message.ShouldContain("empty");
    }

    [Fact]
    public async Task An_OSM_file_without_buildings_is_refused()
    {
        var path = Scratch("no-buildings.osm");
        await File.WriteAllTextAsync(path, """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6" generator="test">
              <node id="1" lat="51.26" lon="4.79"/>
              <node id="2" lat="51.27" lon="4.80"/>
              <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
            </osm>
            """);
        (await ImportFailsAsync(path)).Message.ShouldContain("building");
    }

    [Fact]
    public async Task A_Fluvius_CSV_with_a_missing_column_names_the_column()
    {
        var path = Scratch("fluvius-missing.csv");
        var lines = File.ReadLines(SharedData.File("be-fluvius/verbruik-per-sector.csv")).Take(50)
            .Select(l => string.Join(",", l.Split(',').Where((_, i) => i != 7)));
        await File.WriteAllLinesAsync(path, lines);
        var error = await ImportFailsAsync(path);
        error.Field.ShouldBe("v2506_gas_res_cons");
    }

    [Fact]
    public async Task A_non_number_where_a_number_belongs_names_line_and_column()
    {
        var path = Scratch("fluvius-text.csv");
        var lines = File.ReadLines(SharedData.File("be-fluvius/verbruik-per-sector.csv")).Take(50).ToList();
        var cells = lines[30].Split(',');
        cells[3] = "veel";
        lines[30] = string.Join(",", cells);
        await File.WriteAllLinesAsync(path, lines);
        var error = await ImportFailsAsync(path);
        error.Where.ShouldBe("line 31");
        error.Field.ShouldBe("v2506_elek_res_cons");
        error.Message.ShouldContain("'veel' is not a number");
    }

    [Fact]
    public async Task A_hostile_string_in_a_CSV_header_is_reported_not_executed()
    {
        var path = Scratch("hostile.csv");
        await File.WriteAllTextAsync(path, "id,lon,lat,street\n1,4.79,51.26,\"'); DROP TABLE \"\"Buildings\"\"; --\"\n2,4.79,x,Kerkstraat\n");
        var error = await ImportFailsAsync(path);
        error.Where.ShouldBe("line 3");
        error.Field.ShouldBe("lat");
    }

    [Fact]
    public async Task Coordinates_in_a_projected_CRS_in_a_WGS84_CSV_are_refused()
    {
        var path = Scratch("units-rd.csv");
        await File.WriteAllTextAsync(path, "id,lon,lat\n1,84000,455000\n");
        (await ImportFailsAsync(path)).Message.ShouldContain("projected CRS");
    }

    [Fact]
    public async Task A_district_code_twice_in_one_file_is_refused_naming_both_features()
    {
        var path = Scratch("twice.geojson");
        var square = "[[[4.36,52.07],[4.37,52.07],[4.37,52.08],[4.36,52.07]]]";
        await File.WriteAllTextAsync(path, $$$"""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"district_code":"X1","municipality_code":"GM1916"},"geometry":{"type":"Polygon","coordinates":{{{square}}}}},
             {"type":"Feature","properties":{"district_code":"X1","municipality_code":"GM1916"},"geometry":{"type":"Polygon","coordinates":{{{square}}}}}]}
            """);
        var error = await ImportFailsAsync(path);
        error.Message.ShouldContain("X1 appears twice");
        error.Where.ShouldBe("feature 2");
    }
}
