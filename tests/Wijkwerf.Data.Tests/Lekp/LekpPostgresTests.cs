using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Tests.Import;
using Wijkwerf.Data.Tests.Storage;
using Wijkwerf.Domain.Lekp;

namespace Wijkwerf.Data.Tests.Lekp;

/// <summary>The LEKP tables of migration LekpPlan on PostgreSQL + PostGIS: plan outline, district figures, a measure
/// entered by hand, the district plan.</summary>
[Collection(PostgresCollection.Name)]
public sealed class LekpPostgresTests(PostgresServer server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Voorburg_buurt_plan_with_district_figures_and_the_outline_switch_works_on_PostgreSQL()
    {
        await using var db = await WijkwerfDbFactory.OpenAsync(new DatabaseLocation(await server.NewDatabaseAsync()));
        await new ImportService(db).ImportAsync(SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"), ct: Ct);
        var district = (await new DistrictQueries(db).DistrictsAsync(ct: Ct))[0];
        var municipality = (await LekpMunicipalities.SetFiguresAsync(db, district.MunicipalityName!, 40_000, 18_000, "2.0", new DateOnly(2024, 1, 1), ct: Ct))!;

        var file = Path.Combine(Directory.CreateTempSubdirectory("wijkwerf-figures-").FullName, "buurt.csv");
        await File.WriteAllTextAsync(file, $"code,housing_units,reference_date\n{district.Code},1210,2022-01-01\n", Ct);
        (await new PopulationFiguresImport(db).ImportAsync(file, null, Ct)).Districts.ShouldBe(1);

        var measures = new LekpMeasures(db);
        var saved = await measures.SaveAsync(municipality.Code, null, new Dictionary<string, string?>
        {
            ["district_code"] = district.Code, ["werf"] = "renovatie", ["target_key"] = "collectieve_renovaties", ["title"] = "Portiekflats",
            ["quantity"] = "24", ["status"] = "planned", ["start_date"] = "2026-03-01", ["end_date"] = "2027-06-30", ["lon"] = "4.36", ["lat"] = "52.07",
        }, Ct);
        saved!.Lon.ShouldBe(4.36);

        var monitor = (await new LekpMonitor(db).ForMunicipalityAsync(municipality.Code, Ct))!;
        var row = monitor.Districts.Single(d => d.Code == district.Code);
        row.HousingUnits.ShouldBe(1_210);
        row.Targets.Single(t => t.Key == "collectieve_renovaties").Required.ShouldBe(60); // 1,210 / 1,000 × 50 = 60.5, down

        var plans = new DistrictPlans(db);
        var plan = (await plans.ForDistrictAsync(district.Code, Ct))!;
        plan.Outline.ShouldBe(PlanOutline.Warmteprogramma);
        plan.Warmteprogramma.ShouldNotBeNull().HeatProblem.ShouldNotBeNull(); // buurten only, no BAG buildings: the outline says why its heat figures are missing
        (await plans.SetOutlineAsync(municipality.Code, PlanOutline.Lekp, Ct)).ShouldBeTrue();
        (await plans.ForDistrictAsync(district.Code, Ct))!.Warmteprogramma.ShouldBeNull();
    }
}
