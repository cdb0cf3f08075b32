using System.Net;
using System.Text.Json;

namespace Wijkwerf.Web.Tests.Heat;

public sealed class HeatApiTests(HeatSiteFixture fixture) : IClassFixture<HeatSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Heat = $"/api/districts/{TestSite.District}/heat";

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url + ": " + text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<(HttpStatusCode Status, string? Detail)> ProblemAsync(string url)
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", url);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_analysis_gives_five_strategies_with_investments_yearly_costs_and_end_user_cost_per_actor()
    {
        var r = await JsonAsync(Heat + "?scenario=high");
        r.GetProperty("scenario").GetString().ShouldBe("High");
        var strategies = r.GetProperty("strategies").EnumerateArray().ToList();
        strategies.Select(s => s.GetProperty("code").GetString()).ShouldBe(["S1", "S2", "S3", "S4", "S5"]);
        foreach (var s in strategies)
        {
            var inv = s.GetProperty("investments");
            (inv.GetProperty("owner").GetDouble() + inv.GetProperty("collective").GetDouble()).ShouldBe(s.GetProperty("investmentEur").GetDouble(), 2);
            var actors = s.GetProperty("endUserByActor");
            var sum = actors.GetProperty("ownerOccupier").GetDouble() + actors.GetProperty("tenant").GetDouble()
                      + actors.GetProperty("housingAssociation").GetDouble() + actors.GetProperty("privateLandlord").GetDouble();
            sum.ShouldBe(s.GetProperty("endUserCostEurPerYear").GetDouble(), 3, s.GetProperty("code").GetString());
            s.GetProperty("yearlyCosts").GetProperty("energyBillEurPerYear").GetDouble().ShouldBeGreaterThan(0);
        }
        // Tenure and calibration from the municipality's CBS figures.
        var tenure = r.GetProperty("tenure");
        tenure.GetProperty("ownerOccupied").GetDouble().ShouldBe(0.6, 1e-9);
        tenure.GetProperty("socialRental").GetDouble().ShouldBe(0.3, 1e-9);
        tenure.GetProperty("source").GetString()!.ShouldContain("GM1916");
        var c = r.GetProperty("calibration");
        c.GetProperty("applied").GetBoolean().ShouldBeTrue();
        c.GetProperty("errorAfterPercent").GetDouble().ShouldBe(0, 1e-6);
        r.GetProperty("cheapestNational").GetString().ShouldBe(strategies.MinBy(s => s.GetProperty("nationalCostEurPerYear").GetDouble()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Buildings_without_floor_area_or_use_are_excluded_with_their_reason_in_the_analysis_and_on_the_map()
    {
        var r = await JsonAsync(Heat);
        var excluded = r.GetProperty("excluded").EnumerateArray().ToDictionary(e => e.GetProperty("reason").GetString()!);
        excluded["NoFloorArea"].GetProperty("examples").EnumerateArray().Select(e => e.GetString()).ShouldContain(HeatSiteFixture.NoFloorArea);
        excluded["NoFloorArea"].GetProperty("explanation").GetString()!.ShouldContain("no floor area");
        excluded["UnknownUse"].GetProperty("examples").EnumerateArray().Select(e => e.GetString()).ShouldContain(HeatSiteFixture.Shed);

        var map = await JsonAsync(Heat + "/buildings");
        var features = map.GetProperty("features").EnumerateArray().ToList();
        features.Count.ShouldBe(62);
        var house = features.Single(f => f.GetProperty("properties").GetProperty("id").GetString() == HeatSiteFixture.NoFloorArea).GetProperty("properties");
        house.GetProperty("excluded").GetString().ShouldBe("NoFloorArea");
        house.GetProperty("excludedWhy").GetString()!.ShouldContain("no floor area");
        house.GetProperty("demandMWhPerYear").GetDouble().ShouldBe(0);
        var included = features.Select(f => f.GetProperty("properties")).Where(p => !p.TryGetProperty("excluded", out _)).ToList();
        included.Count.ShouldBe(60);
        included.ShouldAllBe(p => p.GetProperty("demandMWhPerYear").GetDouble() > 0 && p.GetProperty("label").GetString()!.Length > 0 && p.GetProperty("labelEstimated").GetBoolean());
        features[0].GetProperty("geometry").GetProperty("type").GetString().ShouldBe("Polygon");
    }

    [Fact]
    public async Task Street_density_is_a_line_per_segment_with_its_band()
    {
        var map = await JsonAsync(Heat + "/density");
        map.GetProperty("streetGraph").GetString().ShouldBe("osm");
        var features = map.GetProperty("features").EnumerateArray().ToList();
        features.Count.ShouldBe(3);
        features.ShouldAllBe(f => f.GetProperty("geometry").GetProperty("type").GetString() == "LineString");
        features.Select(f => f.GetProperty("properties").GetProperty("band").GetString())
            .ShouldAllBe(b => b == "VeryGood" || b == "Good" || b == "Sufficient" || b == "Critical");
    }

    [Fact]
    public async Task The_network_design_has_pipes_with_geometry_and_names_the_buildings_a_disconnected_street_graph_leaves_out()
    {
        var a = await JsonAsync(Heat + "/network");
        var s = a.GetProperty("summary");
        s.GetProperty("mode").GetString().ShouldBe("fast");
        s.GetProperty("pipeGeometry").GetBoolean().ShouldBeTrue();
        var excluded = a.GetProperty("excluded").EnumerateArray().ToDictionary(e => e.GetProperty("reason").GetString()!);
        // The three test streets share no node: the buildings along the two streets without the source are unreachable.
        var unreachable = excluded["Unreachable"];
        unreachable.GetProperty("buildings").GetInt32().ShouldBeGreaterThan(0);
        unreachable.GetProperty("ids").GetArrayLength().ShouldBe(unreachable.GetProperty("buildings").GetInt32());
        unreachable.GetProperty("explanation").GetString()!.ShouldContain("not connect");
        (s.GetProperty("candidates").GetInt32() + unreachable.GetProperty("buildings").GetInt32()).ShouldBe(s.GetProperty("residentialBuildings").GetInt32());
        a.GetProperty("pipes").GetProperty("features").EnumerateArray()
            .ShouldAllBe(f => f.GetProperty("geometry").GetProperty("type").GetString() == "LineString" && f.GetProperty("properties").GetProperty("dn").GetInt32() > 0);
        a.GetProperty("buildings").GetProperty("features").GetArrayLength().ShouldBe(s.GetProperty("connected").GetInt32());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_reason()
    {
        var (status, detail) = await ProblemAsync(Heat + "/network?source=4.90,52.37");
        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        detail!.ShouldContain("lies outside district 'BU19160500'");
        (status, detail) = await ProblemAsync(Heat + "/network?source=here");
        status.ShouldBe(HttpStatusCode.BadRequest);
        detail!.ShouldContain("lon,lat");
        (status, detail) = await ProblemAsync(Heat + "/phasing?municipal=-0.2&private=1.2&cooperative=0");
        status.ShouldBe(HttpStatusCode.BadRequest);
        detail!.ShouldContain("municipal company share must be between 0 and 1");
        (status, detail) = await ProblemAsync(Heat + "/phasing?rolloutYears=-3");
        status.ShouldBe(HttpStatusCode.BadRequest);
        detail!.ShouldContain("roll-out years");
        (status, detail) = await ProblemAsync(Heat + "/phasing?rates=0.5,-0.1,0.6");
        status.ShouldBe(HttpStatusCode.BadRequest);
        detail!.ShouldContain("connection rates");
        (status, detail) = await ProblemAsync(Heat + "/phasing?loanShare=1.5");
        status.ShouldBe(HttpStatusCode.BadRequest);
        detail!.ShouldContain("loan share");
        (status, detail) = await ProblemAsync(Heat + "/phasing?loanYears=ten");
        status.ShouldBe(HttpStatusCode.BadRequest);
        detail!.ShouldContain("loanYears");
        (status, detail) = await ProblemAsync(Heat + "/phasing?strategy=S9");
        status.ShouldBe(HttpStatusCode.BadRequest);
        (status, _) = await ProblemAsync(Heat + "?scenario=extreme");
        status.ShouldBe(HttpStatusCode.BadRequest);
        (status, _) = await ProblemAsync("/api/districts/BU00000000/heat/phasing");
        status.ShouldBe(HttpStatusCode.NotFound);
        // A district without buildings cannot be analysed: 422 with the reason.
        (status, detail) = await ProblemAsync($"/api/districts/{TestSite.OtherDistrict}/heat/buildings");
        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        detail!.ShouldContain("has no buildings");
    }

    [Fact]
    public async Task Phasing_cash_flows_add_up_to_the_strategy_totals_and_follow_the_users_ownership_split()
    {
        var p = await JsonAsync(Heat + "/phasing?strategy=S2&mode=stepwise&rolloutYears=5&municipal=0.25&private=0&cooperative=0.75");
        p.GetProperty("strategy").GetString().ShouldBe("S2");
        p.GetProperty("actors").EnumerateArray().Select(a => a.GetString()).ShouldBe(["MunicipalCompany", "Cooperative", "OwnerOccupier", "HousingAssociation", "PrivateLandlord", "Tenant"]);
        var years = p.GetProperty("years").EnumerateArray().ToList();
        years.Count.ShouldBe(15);
        var investment = years.Sum(y => y.GetProperty("investmentEur").GetDouble());
        investment.ShouldBe(p.GetProperty("strategyTotals").GetProperty("investmentEur").GetDouble(), years.Count);
        years.Take(5).ShouldAllBe(y => y.GetProperty("newConnectionShare").GetDouble() > 0);
        years[4].GetProperty("connectedShare").GetDouble().ShouldBe(1);
        var totals = p.GetProperty("actorTotals").EnumerateArray().ToDictionary(a => a.GetProperty("actor").GetString()!);
        totals["Cooperative"].GetProperty("investmentEur").GetDouble().ShouldBe(3 * totals["MunicipalCompany"].GetProperty("investmentEur").GetDouble(), 3);
        // Contributions: paid by owners, received by the heat companies.
        p.GetProperty("actorTotals").EnumerateArray().Sum(a => a.GetProperty("contributionEur").GetDouble()).ShouldBe(0, 5);

        var s3 = await JsonAsync(Heat + "/phasing?strategy=S3&mode=all-at-once&waves=2&waveYears=2&leadYears=1");
        s3.GetProperty("renovationBeforeConnection").GetBoolean().ShouldBeTrue();
        s3.GetProperty("firstConnectionYear").GetInt32().ShouldBe(s3.GetProperty("startYear").GetInt32() + 4);
        s3.GetProperty("years").EnumerateArray()
            .ShouldAllBe(y => y.GetProperty("connectedShare").GetDouble() <= y.GetProperty("renovatedShare").GetDouble() + 1e-9);
    }

    [Fact]
    public async Task A_subsidy_and_a_renovation_loan_move_money_to_public_funds_and_the_lender_without_changing_the_investment()
    {
        var cash = await JsonAsync(Heat + "/phasing?strategy=S1&mode=all-at-once");
        var financed = await JsonAsync(Heat + "/phasing?strategy=S1&mode=all-at-once&subsidyOwners=0.3&subsidyLandlords=0.1&loanShare=0.5&loanRate=0&loanYears=10");
        var f = financed.GetProperty("settings").GetProperty("financing");
        f.GetProperty("loanScheme").GetString().ShouldBe("warmtefonds-energiebespaarlening"); // a Voorburg (Dutch) district
        f.GetProperty("loanYears").GetInt32().ShouldBe(10);
        financed.GetProperty("actors").EnumerateArray().Select(a => a.GetString()).ShouldContain("PublicFunds");
        financed.GetProperty("actors").EnumerateArray().Select(a => a.GetString()).ShouldContain("Lender");
        static double Sum(JsonElement p, string field) => p.GetProperty("actorTotals").EnumerateArray().Sum(a => a.GetProperty(field).GetDouble());
        Sum(financed, "investmentEur").ShouldBe(Sum(cash, "investmentEur"), 10);
        var years = financed.GetProperty("years").EnumerateArray().ToList();
        // Every year the subsidies and loans cancel out over the actors (each figure rounded to the euro).
        years.ShouldAllBe(y => Math.Abs(y.GetProperty("actors").EnumerateArray().Sum(a => a.GetProperty("financingEur").GetDouble())) <= 10);
        var totals = financed.GetProperty("actorTotals").EnumerateArray().ToDictionary(a => a.GetProperty("actor").GetString()!);
        // Interest-free: the lender ends at zero, the owner-occupiers are left with their subsidy.
        totals["Lender"].GetProperty("financingEur").GetDouble().ShouldBe(0, 10);
        var owners = cash.GetProperty("actorTotals").EnumerateArray().First(a => a.GetProperty("actor").GetString() == "OwnerOccupier").GetProperty("investmentEur").GetDouble();
        totals["OwnerOccupier"].GetProperty("financingEur").GetDouble().ShouldBe(-0.3 * owners, 0.001 * owners);
        years.Count.ShouldBeGreaterThanOrEqualTo(11);
    }
}
