using System.Text.Json;
using Wijkwerf.Cli;

namespace Wijkwerf.Data.Tests.Streets;

public class StreetCommandsTests(StreetWorksFixture fixture) : IClassFixture<StreetWorksFixture>
{
    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => Cli.CliRun.RunAsync(args);

    [Fact]
    public async Task Works_import_conflicts_plan_and_profile_each_print_one_JSON_document()
    {
        await using var copy = await fixture.CopyAsync();
        var db = copy.Location.Value;
        var import = await Run("works", "import", StreetWorksFixture.Sample("wechelderzande-works.geojson"), "--db", db, "--json");
        import.Exit.ShouldBe(CliApp.Ok, import.Err);
        JsonDocument.Parse(import.Out).RootElement.GetProperty("works").GetInt32().ShouldBe(16);

        var conflicts = await Run("works", "conflicts", "--scope", "13019W04", "--db", db, "--json");
        conflicts.Exit.ShouldBe(CliApp.Ok, conflicts.Err);
        JsonDocument.Parse(conflicts.Out).RootElement.GetProperty("conflicts").GetArrayLength().ShouldBeGreaterThan(0);

        var plan = await Run("works", "plan", "--scope", "Lille", "--db", db, "--json");
        plan.Exit.ShouldBe(CliApp.Ok, plan.Err);
        var p = JsonDocument.Parse(plan.Out).RootElement;
        p.GetProperty("after").GetProperty("openings").GetInt32().ShouldBeLessThan(p.GetProperty("before").GetProperty("openings").GetInt32());
        p.GetProperty("savingEur").GetDouble().ShouldBeGreaterThan(0);

        var profile = await Run("profile", "w37682499:0", "--db", db, "--json");
        profile.Exit.ShouldBe(CliApp.Ok, profile.Err);
        JsonDocument.Parse(profile.Out).RootElement.GetProperty("fit").GetProperty("violations")[0].GetProperty("network").GetString().ShouldBe("trees");
    }

    [Fact]
    public async Task A_bad_works_file_an_unknown_segment_and_a_too_narrow_profile_exit_with_2()
    {
        await using var copy = await fixture.CopyAsync();
        var db = copy.Location.Value;
        var bad = Path.Combine(copy.Folder, "works.csv");
        await File.WriteAllTextAsync(bad, "reference;owner;kind;start;end;lon;lat;street\nX-1;Gemeente;heat;2027-05-01;2027-04-01;4.8;51.3;Dorp\n");
        var import = await Run("works", "import", bad, "--db", db);
        import.Exit.ShouldBe(CliApp.BadInput);
        import.Err.ShouldContain("works.csv, line 2, field 'end'");
        (await Run("profile", "w0:0", "--db", db)).Exit.ShouldBe(CliApp.BadInput);
        var narrow = await Run("profile", "w37682499:0", "--strips", "footway:2|carriageway:6|footway:2", "--facade-width", "9", "--db", db);
        narrow.Exit.ShouldBe(CliApp.BadInput);
        narrow.Err.ShouldContain("narrower");
    }

    [Fact]
    public async Task A_GIPOD_feed_parking_counts_car_parks_and_hubs_go_through_the_CLI_as_one_JSON_document_each()
    {
        await using var copy = await fixture.CopyAsync();
        var db = copy.Location.Value;
        var feed = await Run("works", "import", StreetWorksFixture.Sample("wechelderzande-gipod.json"), "--db", db, "--json");
        feed.Exit.ShouldBe(CliApp.Ok, feed.Err);
        var outcome = JsonDocument.Parse(feed.Out).RootElement;
        outcome.GetProperty("format").GetString().ShouldBe("gipod");
        outcome.GetProperty("skipped").GetInt32().ShouldBe(1);

        var plan = await Run("works", "plan", "--scope", "13019W04", "--planning-date", "2027-01-01", "--db", db, "--json");
        plan.Exit.ShouldBe(CliApp.Ok, plan.Err);
        JsonDocument.Parse(plan.Out).RootElement.GetProperty("holds").EnumerateArray()
            .ShouldContain(h => h.GetProperty("reason").GetString() == "moratorium");
        (await Run("works", "plan", "--planning-date", "1 januari", "--db", db)).Exit.ShouldBe(CliApp.BadInput);

        (await Run("parking", "import", StreetWorksFixture.Sample("wechelderzande-parking-counts.csv"), "--db", db, "--json")).Exit.ShouldBe(CliApp.Ok);
        (await Run("parking", "import", StreetWorksFixture.Sample("wechelderzande-mobility-points.csv"), "--db", db, "--json")).Exit.ShouldBe(CliApp.Ok);
        var parking = await Run("parking", "13019W04", "--db", db, "--json");
        parking.Exit.ShouldBe(CliApp.Ok, parking.Err);
        var p = JsonDocument.Parse(parking.Out).RootElement;
        p.GetProperty("streets").EnumerateArray().ShouldContain(s => s.GetProperty("street").GetString() == "Heymansstraat" && s.GetProperty("full").GetBoolean());
        p.GetProperty("carsMoved").GetInt32().ShouldBe(21); // only the cars above 85 % (StreetParkingTests)
        p.GetProperty("spacesFreed").GetInt32().ShouldBe(2);
        var hubs = await Run("hubs", "13019W04", "--db", db, "--json");
        hubs.Exit.ShouldBe(CliApp.Ok, hubs.Err);
        JsonDocument.Parse(hubs.Out).RootElement.GetProperty("candidates").GetArrayLength().ShouldBeGreaterThan(0);

        (await Run("parking", "XX000", "--db", db)).Exit.ShouldBe(CliApp.BadInput);
        var bad = Path.Combine(copy.Folder, "counts.csv");
        await File.WriteAllTextAsync(bad, "district;street;slot;counted_cars;capacity\n13019W04;Heymansstraat;night;10;0\n");
        var refused = await Run("parking", "import", bad, "--db", db);
        refused.Exit.ShouldBe(CliApp.BadInput);
        refused.Err.ShouldContain("counts.csv, line 2, field 'capacity'");
    }
}
