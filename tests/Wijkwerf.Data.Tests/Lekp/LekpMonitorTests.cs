using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Cli;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Tests.Import;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Domain.Sources;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Data.Tests.Lekp;

public class LekpMonitorTests(LekpFixture fixture) : IClassFixture<LekpFixture>
{
    private static readonly string Sample = LekpFixture.RepositoryFile("samples/lille-maatregelen.csv");

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => Cli.CliRun.RunAsync(args);

    private static async Task<JsonElement> BerlaarTargets(TestDatabase database)
    {
        var db = database.Location.Value;
        var (exit, _, errors) = await Run("municipality", "set", "Berlaar", "--inhabitants", "11949", "--housing-units", "4900",
            "--pact", "2.0", "--date", "2024-01-01", "--db", db, "--json");
        exit.ShouldBe(0, errors);
        (exit, var output, errors) = await Run("targets", "Berlaar", "--json", "--db", db);
        exit.ShouldBe(0, errors);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static JsonElement Target(JsonElement root, string key) =>
        root.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("key").GetString() == key);

    [Fact]
    public async Task Berlaar_needs_179_charging_equivalents()
    {
        await using var database = await fixture.CopyAsync();
        var root = await BerlaarTargets(database);
        Target(root, "laadpuntequivalenten").GetProperty("required").GetDouble().ShouldBe(179);
    }

    [Fact]
    public async Task Berlaar_needs_11949_trees_m2_unsealing_m3_rainwater_and_23_shared_cars()
    {
        await using var database = await fixture.CopyAsync();
        var root = await BerlaarTargets(database);
        root.GetProperty("code").GetString().ShouldBe("12002");
        root.GetProperty("pactVersion").GetString().ShouldBe("2.0");
        root.GetProperty("figuresReferenceDate").GetString().ShouldBe("2024-01-01");
        Target(root, "bomen").GetProperty("required").GetDouble().ShouldBe(11_949);
        Target(root, "ontharding").GetProperty("required").GetDouble().ShouldBe(11_949);
        Target(root, "regenwater").GetProperty("required").GetDouble().ShouldBe(11_949);
        Target(root, "deelwagens").GetProperty("required").GetDouble().ShouldBe(23);
        Target(root, "collectieve_renovaties").GetProperty("required").GetDouble().ShouldBe(245);
        Target(root, "collectieve_renovaties_fossielvrij").GetProperty("required").GetDouble().ShouldBe(122);
    }

    [Fact]
    public async Task Targets_json_names_every_figure_of_every_target()
    {
        await using var database = await fixture.CopyAsync();
        var root = await BerlaarTargets(database);
        var targets = root.GetProperty("targets");
        targets.GetArrayLength().ShouldBe(LekpTargetTable.Default.For("2.0").Count);
        foreach (var t in targets.EnumerateArray())
        {
            foreach (var p in new[] { "key", "name", "werf", "unit" }) t.GetProperty(p).ValueKind.ShouldBe(JsonValueKind.String, p);
            foreach (var p in new[] { "required", "realised", "planned", "gap", "projected2030" }) t.GetProperty(p).ValueKind.ShouldBe(JsonValueKind.Number, p);
        }
        Target(root, "bomen").GetProperty("werf").GetString().ShouldBe("groen");
        Target(root, "bomen").GetProperty("gap").GetDouble().ShouldBe(11_949);
        root.GetProperty("districts").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_unknown_municipality_exits_with_2()
    {
        await using var database = await fixture.CopyAsync();
        var (exit, _, errors) = await Run("municipality", "set", "Nergensdorp", "--inhabitants", "10", "--db", database.Location.Value);
        exit.ShouldBe(2);
        errors.ShouldContain("Nergensdorp");
        (exit, _, _) = await Run("targets", "Nergensdorp", "--json", "--db", database.Location.Value);
        exit.ShouldBe(2);
        (exit, _, _) = await Run("municipality", "set", "Berlaar", "--pact", "3.0", "--db", database.Location.Value);
        exit.ShouldBe(2);
    }

    [Fact]
    public async Task Monitor_sums_equal_the_imported_measures_per_target_realised_and_planned_by_status()
    {
        await using var database = await fixture.CopyAsync();
        var db = database.Location.Value;
        (await Run("municipality", "set", "13019", "--inhabitants", "16900", "--housing-units", "7100", "--pact", "2.0", "--db", db)).Exit.ShouldBe(0);
        var (exit, output, errors) = await Run("measures", "import", Sample, "--municipality", "13019", "--db", db, "--json");
        exit.ShouldBe(0, errors);

        // The expectation is read from the file itself, independently of what was stored.
        var rows = new List<(string Key, double Quantity, string Status)>();
        using (var csv = new CsvTable(Sample))
            while (csv.Read())
                if (csv.Text("target_key") is { } key) rows.Add((key, csv.RequiredNumber("quantity"), csv.RequiredText("status")));
        JsonDocument.Parse(output).RootElement.GetProperty("measures").GetInt32().ShouldBe(13 - 1);

        await using var store = await database.OpenAsync();
        var monitor = (await new LekpMonitor(store).ForMunicipalityAsync("Lille"))!;
        var table = LekpTargetTable.Default.For("2.0");
        double Sum(string key, params string[] statuses) => rows
            .Where(r => r.Key == key || table.Single(t => t.Key == r.Key).PartOf == key)
            .Where(r => statuses.Contains(r.Status)).Sum(r => r.Quantity);
        foreach (var t in monitor.Targets)
        {
            t.Realised.ShouldBe(Sum(t.Key, "realised"), t.Key);
            t.Planned.ShouldBe(Sum(t.Key, "planned", "in_progress"), t.Key);
            t.Gap.ShouldBe(Math.Max(0, t.Required!.Value - t.Realised), t.Key);
        }
        var wechelderzande = monitor.Districts.Single(d => d.Code == "13019W04");
        wechelderzande.Targets.Select(t => (t.Key, t.Realised, t.Planned)).ShouldBe(monitor.Targets.Select(t => (t.Key, t.Realised, t.Planned)));
        monitor.Targets.Single(t => t.Key == "bomen").Realised.ShouldBe(150);
        monitor.Targets.Single(t => t.Key == "bomen").Projected2030.ShouldBe(174);
        (await store.Measures.CountAsync(m => m.Location != null)).ShouldBe(8);
    }

    [Fact]
    public async Task Plain_import_detects_a_measures_csv_and_a_pact_switch_reports_uncounted_measures()
    {
        await using var database = await fixture.CopyAsync();
        var db = database.Location.Value;
        var (exit, output, errors) = await Run("import", Sample, "--db", db, "--json");
        exit.ShouldBe(0, errors);
        JsonDocument.Parse(output).RootElement.GetProperty("imports")[0].GetProperty("kind").GetString().ShouldBe("MeasuresCsv");
        (await Run("municipality", "set", "Lille", "--inhabitants", "16900", "--pact", "1.0", "--db", db)).Exit.ShouldBe(0);
        (exit, output, _) = await Run("targets", "Lille", "--json", "--db", db);
        exit.ShouldBe(0);
        var root = JsonDocument.Parse(output).RootElement;
        // laadpuntequivalenten and collectieve_renovaties_fossielvrij are LEKP 2.0 targets.
        root.GetProperty("uncountedMeasures").GetInt32().ShouldBe(2);
        Target(root, "laadpunten").GetProperty("required").GetDouble().ShouldBe(169);
    }

    private const string Header = "municipality,district_code,werf,target_key,title,quantity,unit,status,end_date";
    private const string GoodRow = "13019,13019W04,groen,bomen,Laanbomen,10,tree,planned,2027-04-30";

    [Theory]
    [InlineData("13019,13019W04,groen,bomen,Laanbomen,10,m3,planned,2027-04-30", "unit", "does not fit")]
    [InlineData("13019,13019W04,groen,bomen,Laanbomen,-5,tree,planned,2027-04-30", "quantity", "negative")]
    [InlineData("13019,13019W99,groen,bomen,Laanbomen,10,tree,planned,2027-04-30", "district_code", "13019W99")]
    [InlineData("13019,13019W04,groen,bomen,Laanbomen,10,tree,planned,2031-03-01", "end_date", "after the end of the pact")]
    [InlineData("13019,13019W04,water,bomen,Laanbomen,10,tree,planned,2027-04-30", "werf", "belongs to werf 'groen'")]
    [InlineData("13019,13019W04,groen,bomen,Laanbomen,10,tree,bezig,2027-04-30", "status", "not one of")]
    [InlineData("12002,13019W04,groen,bomen,Laanbomen,10,tree,planned,2027-04-30", "district_code", "lies in municipality 13019")]
    [InlineData("13019,13019W04,groen,zonnepanelen,Laanbomen,10,tree,planned,2027-04-30", "target_key", "no LEKP target")]
    public async Task Every_bad_measure_stores_nothing(string badRow, string field, string problem)
    {
        await using var database = await fixture.CopyAsync();
        var path = Path.Combine(database.Folder, "maatregelen.csv");
        await File.WriteAllLinesAsync(path, [Header, GoodRow, badRow]);
        var before = await database.FingerprintAsync();
        await using (var db = await database.OpenAsync())
        {
            var e = await Should.ThrowAsync<BadInputException>(() => new MeasuresImport(db).ImportAsync(path));
            e.Where.ShouldBe("line 3");
            e.Field.ShouldBe(field);
            e.Message.ShouldContain(problem);
            e.Message.ShouldContain("maatregelen.csv");
            (await db.Measures.CountAsync()).ShouldBe(0);
            (await db.Sources.CountAsync(s => s.Kind == SourceKind.MeasuresCsv)).ShouldBe(0);
        }
        (await database.FingerprintAsync()).ShouldBe(before);

        var (exit, _, errors) = await Run("measures", "import", path, "--db", database.Location.Value);
        exit.ShouldBe(2);
        errors.ShouldContain("line 3");
    }

    [Fact]
    public async Task A_bad_reimport_keeps_the_measures_of_the_earlier_import()
    {
        await using var database = await fixture.CopyAsync();
        var path = Path.Combine(database.Folder, "maatregelen.csv");
        await File.WriteAllLinesAsync(path, [Header, GoodRow]);
        await using var db = await database.OpenAsync();
        (await new MeasuresImport(db).ImportAsync(path)).Measures.ShouldBe(1);
        var ids = await db.Measures.Select(m => m.Id).ToListAsync();
        await File.WriteAllLinesAsync(path, [Header, GoodRow, GoodRow.Replace(",10,", ",-1,")]);
        await Should.ThrowAsync<BadInputException>(() => new MeasuresImport(db).ImportAsync(path));
        (await db.Measures.Select(m => m.Id).ToListAsync()).ShouldBe(ids);
        await File.WriteAllLinesAsync(path, [Header, GoodRow, GoodRow]);
        var again = await new MeasuresImport(db).ImportAsync(path);
        again.Replaced.ShouldBeTrue();
        (await db.Measures.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task GeoJSON_measures_are_detected_by_import_and_keep_their_polygon()
    {
        await using var database = await fixture.CopyAsync();
        var path = Path.Combine(database.Folder, "ontharding.geojson");
        const string polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[4.8040,51.2640],[4.8043,51.2640],[4.8043,51.2642],[4.8040,51.2642],[4.8040,51.2640]]]}";
        await File.WriteAllTextAsync(path, $$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{{{polygon}}},"properties":{"district_code":"13019W04","werf":"groen","target_key":"ontharding","title":"Speelplaats","quantity":420,"unit":"m²","status":"realised","end_date":"2024-08-31"}}
            ]}
            """);
        await using var db = await database.OpenAsync();
        var outcome = await new ImportService(db).ImportAsync(path);
        outcome.Kind.ShouldBe(SourceKind.MeasuresGeoJson);
        var m = await db.Measures.SingleAsync();
        m.Unit.ShouldBe("m2");
        m.Status.ShouldBe(MeasureStatus.Realised);
        m.Location.ShouldNotBeNull().GeometryType.ShouldBe("Polygon");
        m.Location.SRID.ShouldBe(4326);
        (await db.Municipalities.SingleAsync(x => x.Id == m.MunicipalityId)).Code.ShouldBe("13019");

        await File.WriteAllTextAsync(path, $$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","geometry":{{{polygon}}},"properties":{"district_code":"13019W04","werf":"groen","target_key":"ontharding","title":"A","quantity":1,"status":"planned"}},
              {"type":"Feature","geometry":null,"properties":{"district_code":"13019W04","werf":"groen","target_key":"ontharding","title":"B","quantity":-3,"status":"planned"}}
            ]}
            """);
        var e = await Should.ThrowAsync<BadInputException>(() => new ImportService(db).ImportAsync(path));
        e.Where.ShouldBe("feature 2");
        e.Field.ShouldBe("quantity");
        (await db.Measures.SingleAsync()).Title.ShouldBe("Speelplaats");
    }
}
