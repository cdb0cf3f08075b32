using System.Net;

namespace Wijkwerf.Web.Tests.Heat;

public sealed class HeatPageTests(HeatSiteFixture fixture) : IClassFixture<HeatSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Page = $"/districts/{TestSite.District}/heat";

    [Fact]
    public async Task The_district_page_links_to_its_heat_page()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync($"/districts/{TestSite.District}", Ct);
        html.ShouldContain($"href=\"/districts/{TestSite.District}/heat\"");
    }

    [Fact]
    public async Task The_heat_page_shows_strategies_with_the_cheapest_marked_calibration_layers_phasing_and_report_links_in_Dutch()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync(Page + "?lang=nl", Ct);
        html.ShouldContain("<h1>Warmte in Voorburg Oud</h1>");
        html.ShouldContain("id=\"strategies-table\"");
        html.ShouldContain("class=\"cheapest\"");
        html.ShouldContain("★ goedkoopst voor de samenleving");
        html.ShouldContain("Kalibratiefactor");
        html.ShouldContain("Afwijking na kalibratie (%)");
        html.ShouldContain("id=\"chart-strategies\"");
        html.ShouldContain("Gegevens van de grafiek: Kosten per woning per jaar");
        html.ShouldContain("Wie betaalt wat");
        html.ShouldContain("woningcorporatie");
        // Layers and their legends.
        html.ShouldContain("geschat energielabel");
        html.ShouldContain("Straten naar warmtedichtheid");
        html.ShouldContain("Ontworpen warmtenet (leidingen)");
        html.ShouldContain($"/api/districts/{TestSite.District}/heat/buildings?scenario=mid");
        // Excluded buildings with the reason.
        html.ShouldContain("geen vloeroppervlak");
        html.ShouldContain(HeatSiteFixture.NoFloorArea);
        // Phasing and report links.
        html.ShouldContain("id=\"phasing-table\"");
        html.ShouldContain($"/api/districts/{TestSite.District}/heat/report.pdf?scenario=mid");
        html.ShouldContain($"/api/districts/{TestSite.District}/heat/report.xlsx?scenario=mid");
    }

    [Fact]
    public async Task The_price_scenario_and_the_phasing_are_chosen_by_form_and_the_page_is_English_on_request()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync(Page + "?lang=en&scenario=high&strategy=S4&mode=all-at-once&startYear=2030", Ct);
        html.ShouldContain("<h1>Heat in Voorburg Oud</h1>");
        html.ShouldContain("Strategies S1–S5 in price scenario high");
        html.ShouldContain("<option value=\"S4\" selected=\"selected\">");
        html.ShouldContain("S4 green gas with a hybrid heat pump, all at once: first connection in 2030, last in 2030.");
        html.ShouldContain("strategy=S4&amp;mode=all-at-once&amp;startYear=2030");
        html.ShouldContain("grid operator");
    }

    [Fact]
    public async Task A_wrong_phasing_value_is_shown_with_its_reason_and_the_default_phasing_stays()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync(Page + "?lang=en&municipalPct=80&privatePct=40&cooperativePct=0", Ct);
        html.ShouldContain("id=\"phasing-error\"");
        html.ShouldContain("must add up to 1");
        html.ShouldContain("id=\"phasing-table\"");
        html = await client.GetStringAsync(Page + "?lang=en&rolloutYears=ten", Ct);
        html.ShouldContain("roll-out years: &#x27;ten&#x27; is not a number");
    }

    [Fact]
    public async Task An_unknown_district_is_404_and_a_district_without_buildings_says_why()
    {
        using var client = site.CreateClient();
        (await client.GetAsync("/districts/BU00000000/heat", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await client.GetStringAsync($"/districts/{TestSite.OtherDistrict}/heat?lang=en", Ct);
        html.ShouldContain("role=\"alert\"");
        html.ShouldContain("has no buildings");
    }
}
