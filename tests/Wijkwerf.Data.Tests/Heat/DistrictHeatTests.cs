using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Cli;
using Wijkwerf.Data.Heat;
using Wijkwerf.Data.Tests.Import;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Data.Tests.Heat;

[Collection(PilotCollection.Name)]
public class DistrictHeatTests(PilotDatabaseFixture pilot)
{
    private static readonly string[] Strategies = ["S1", "S2", "S3", "S4", "S5"];

    private async Task<string[]> PilotDistrictCodesAsync()
    {
        await using var db = await pilot.OpenAsync();
        return await db.Districts.Where(d => db.Buildings.Any(b => b.DistrictId == d.Id)).OrderBy(d => d.Code).Select(d => d.Code).ToArrayAsync();
    }

    [Fact]
    public async Task Every_pilot_district_gets_calibrated_demand_and_five_strategy_costs()
    {
        var codes = await PilotDistrictCodesAsync();
        codes.Count(c => c.StartsWith("BU", StringComparison.Ordinal)).ShouldBe(14);
        codes.ShouldContain("13019W04");
        await using var db = await pilot.OpenAsync();
        var analysis = new DistrictHeatAnalysis(db);
        foreach (var code in codes)
        {
            var r = await analysis.AnalyseAsync(code, PriceScenario.Mid, TestContext.Current.CancellationToken);
            r.Demand.TotalMWhPerYear.ShouldBeGreaterThan(0, code);
            r.Demand.PeakSumMW.ShouldBeGreaterThan(0, code);
            r.Calibration.Applied.ShouldBeTrue(code);
            r.Calibration.Factor.ShouldBeInRange(0.2, 5, code);
            // The calibrated residential total equals the measured total.
            r.Calibration.CalibratedMWhPerYear.ShouldBe(r.Calibration.MeasuredMWhPerYear, r.Calibration.MeasuredMWhPerYear * 1e-9, code);
            Math.Abs(r.Calibration.ErrorAfterPercent).ShouldBeLessThan(1e-6, code);
            r.Strategies.Select(s => s.Code).ShouldBe(Strategies, code);
            r.Strategies.ShouldAllBe(s => s.NationalCostEurPerYear > 0 && s.EndUserCostEurPerYear > 0 && s.NationalCostEurPerDwellingPerYear > 0);
            Strategies.ShouldContain(r.CheapestNational);
            r.Streets.PerSegment.ShouldNotBeEmpty(code);
        }
    }

    [Fact]
    public async Task Wechelderzande_is_calibrated_to_Fluvius_and_its_OSM_buildings_without_build_year_get_the_default_period()
    {
        await using var db = await pilot.OpenAsync();
        var r = await new DistrictHeatAnalysis(db).AnalyseAsync("13019W04", PriceScenario.Mid, TestContext.Current.CancellationToken);
        r.Calibration.MeasuredSource.ShouldContain("Fluvius");
        r.Calibration.Year.ShouldBe(2021);
        r.Streets.GraphKind.ShouldBe("osm");
        r.Demand.BuildYearAssumed.ShouldBeGreaterThan(r.Demand.ResidentialBuildings / 2);
        r.Excluded.ShouldNotContain(e => e.Reason == nameof(HeatExclusion.MissingBuildYear));
        r.Demand.ResidentialBuildings.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task A_Voorburg_buurt_is_calibrated_to_the_CBS_gas_use_of_the_municipality_on_estimated_streets()
    {
        await using var db = await pilot.OpenAsync();
        var r = await new DistrictHeatAnalysis(db).AnalyseAsync("BU19161300", PriceScenario.High, TestContext.Current.CancellationToken);
        r.Calibration.MeasuredSource.ShouldContain("gem_aardgas");
        r.Streets.GraphKind.ShouldBe("estimated");
        r.Scenario.ShouldBe("High");
    }

    [Fact]
    public async Task The_estimated_Voorburg_streets_reach_at_least_80_percent_of_residential_buildings_within_60_m()
    {
        await using var db = await pilot.OpenAsync();
        var codes = (await PilotDistrictCodesAsync()).Where(c => c.StartsWith("BU", StringComparison.Ordinal));
        int residential = 0, near = 0;
        foreach (var code in codes)
        {
            var m = await DistrictHeatModel.LoadAsync(db, code, HeatParameters.Default, DistrictHeatParameters.Default, TestContext.Current.CancellationToken);
            m.GraphKind.ShouldBe(StreetGraphKind.Estimated);
            for (var i = 0; i < m.Buildings.Length; i++)
            {
                if (!m.IsResidential(i)) continue;
                residential++;
                if (m.Links[i].Segment >= 0 && m.Links[i].DistanceM <= 60) near++;
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{near} of {residential} residential buildings ({100.0 * near / residential:0.0} %) have an estimated street within 60 m");
        residential.ShouldBeGreaterThan(5000);
        ((double)near / residential).ShouldBeGreaterThanOrEqualTo(0.8);
    }

    [Theory]
    [InlineData("BU19160804")]
    [InlineData("13019W04")]
    [InlineData("BU05182665")] // +2.03 % before the local improvement pass
    [InlineData("BU19160902")] // +4.68 % before leaf pruning
    public async Task The_fast_network_design_is_never_below_the_exact_bound_and_within_2_percent_of_exact(string code)
    {
        await using var db = await pilot.OpenAsync();
        var problem = await new DistrictNetworkDesign(db).BuildProblemAsync(code, ct: TestContext.Current.CancellationToken);
        problem.Problem.Buildings.ShouldNotBeEmpty();
        var fast = DistrictNetworkDesign.Design(problem, exact: false);
        var exact = DistrictNetworkDesign.Design(problem, exact: true, timeLimitSeconds: 120, relativeGap: 0.01);
        fast.ObjectiveEurPerYear.ShouldBeGreaterThanOrEqualTo(exact.BoundEurPerYear - 1);
        fast.ObjectiveEurPerYear.ShouldBeLessThanOrEqualTo(exact.ObjectiveEurPerYear * 1.02);
        fast.ObjectiveEurPerYear.ShouldBeLessThanOrEqualTo(fast.AllIndividualEurPerYear + 1);
    }

    [Fact]
    public async Task Heat_json_is_one_document_with_five_strategies()
    {
        var (exit, output, errors) = await Run("heat", "BU19160804", "--scenario", "low", "--json", "--db", pilot.Database.Location.Value);
        exit.ShouldBe(0, errors);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("strategies").GetArrayLength().ShouldBe(5);
        doc.RootElement.GetProperty("calibration").GetProperty("factor").GetDouble().ShouldBeGreaterThan(0);
        doc.RootElement.GetProperty("demand").GetProperty("totalMWhPerYear").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Heat_network_json_names_the_street_graph_and_the_pipes()
    {
        var (exit, output, errors) = await Run("heat-network", "BU19160804", "--json", "--db", pilot.Database.Location.Value);
        exit.ShouldBe(0, errors);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("streetGraph").GetString().ShouldBe("estimated");
        doc.RootElement.GetProperty("connected").GetInt32().ShouldBeGreaterThan(0);
        doc.RootElement.GetProperty("pipesByDn").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Heat_phasing_json_spreads_the_strategy_over_the_years_with_cash_flows_per_actor()
    {
        var (exit, output, errors) = await Run("heat-phasing", "BU19161300", "--strategy", "S3", "--mode", "all-at-once", "--ownership", "municipal=0.6,cooperative=0.4", "--json", "--db", pilot.Database.Location.Value);
        exit.ShouldBe(0, errors);
        using var doc = JsonDocument.Parse(output);
        var r = doc.RootElement;
        r.GetProperty("strategy").GetString().ShouldBe("S3");
        r.GetProperty("mode").GetString().ShouldBe("all-at-once");
        r.GetProperty("renovationBeforeConnection").GetBoolean().ShouldBeTrue();
        var years = r.GetProperty("years").EnumerateArray().ToList();
        // Every investment once; nobody connects before the insulation waves are done.
        years.Sum(y => y.GetProperty("investmentEur").GetDouble()).ShouldBe(r.GetProperty("strategyTotals").GetProperty("investmentEur").GetDouble(), years.Count);
        years.ShouldAllBe(y => y.GetProperty("connectedShare").GetDouble() <= y.GetProperty("readyShare").GetDouble());
        r.GetProperty("actors").EnumerateArray().Select(a => a.GetString()).ShouldContain("Cooperative");
        r.GetProperty("actors").EnumerateArray().Select(a => a.GetString()).ShouldNotContain("PrivateHeatCompany");
        r.GetProperty("tenure").GetProperty("source").GetString()!.ShouldContain("GM1916");

        (exit, _, errors) = await Run("heat-phasing", "BU19161300", "--ownership", "municipal=-1,private=2", "--db", pilot.Database.Location.Value);
        exit.ShouldBe(2);
        errors.ShouldContain("municipal company share must be between 0 and 1");
        (exit, _, errors) = await Run("heat-phasing", "BU19161300", "--mode", "sometimes", "--db", pilot.Database.Location.Value);
        exit.ShouldBe(2);
        errors.ShouldContain("sometimes");
    }

    [Fact]
    public async Task A_source_outside_the_district_exits_with_2_and_says_so()
    {
        var (exit, output, errors) = await Run("heat-network", "BU19160804", "--source", "4.70,51.20", "--json", "--db", pilot.Database.Location.Value);
        exit.ShouldBe(2);
        errors.ShouldContain("outside district 'BU19160804'");
        JsonDocument.Parse(output).RootElement.GetProperty("exitCode").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task An_unknown_price_scenario_exits_with_2()
    {
        var (exit, _, errors) = await Run("heat", "BU19160804", "--scenario", "extreme", "--db", pilot.Database.Location.Value);
        exit.ShouldBe(2);
        errors.ShouldContain("extreme");
    }

    [Fact]
    public async Task An_unknown_district_exits_with_2_naming_the_code()
    {
        var (exit, _, errors) = await Run("heat", "BU99999999", "--json", "--db", pilot.Database.Location.Value);
        exit.ShouldBe(2);
        errors.ShouldContain("BU99999999");
    }

    [Fact]
    public async Task A_district_without_buildings_is_a_clear_message()
    {
        await using var db = await pilot.OpenAsync();
        var empty = await db.Districts.Where(d => !db.Buildings.Any(b => b.DistrictId == d.Id)).Select(d => d.Code).FirstAsync(TestContext.Current.CancellationToken);
        var e = await Should.ThrowAsync<DistrictHeatInputException>(() => new DistrictHeatAnalysis(db).AnalyseAsync(empty, ct: TestContext.Current.CancellationToken));
        e.Message.ShouldContain("has no buildings");
        e.Message.ShouldContain(empty);
    }

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => Cli.CliRun.RunAsync(args);
}
