using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Wijkwerf.Web.Tests;

public sealed class PageTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_are_Dutch_by_default_and_English_after_the_switch_which_is_remembered()
    {
        using var client = site.CreateClient();
        var dutch = await client.GetStringAsync("/account/login", Ct);
        dutch.ShouldContain("<html lang=\"nl\">");
        dutch.ShouldContain("Wachtwoord");

        var english = await client.GetAsync("/account/login?lang=en", Ct);
        english.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("wijkwerf-lang=en"));
        var html = await english.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("Password");

        // No query any more: the cookie keeps English.
        (await client.GetStringAsync("/account/login", Ct)).ShouldContain("<html lang=\"en\">");
        (await client.GetStringAsync("/account/login?lang=nl", Ct)).ShouldContain("<html lang=\"nl\">");
    }

    [Fact]
    public async Task Every_page_has_a_skip_link_a_main_landmark_and_the_language_switch()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync("/account/login", Ct);
        html.ShouldContain("class=\"skip-link\" href=\"#content\"");
        html.ShouldContain("<main id=\"content\"");
        html.ShouldContain("hreflang=\"en\"");
    }

    [Fact]
    public async Task The_start_page_lists_the_municipalities_with_a_map_and_its_sources()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync("/?lang=en", Ct);
        html.ShouldContain("Leidschendam-Voorburg");
        html.ShouldContain("href=\"/municipalities/GM1916\"");
        html.ShouldContain("id=\"map\"");
        html.ShouldContain(TestSite.CbsAttribution);
    }

    [Fact]
    public async Task The_district_page_shows_key_figures_charts_with_tables_and_attribution()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync($"/districts/{TestSite.District}?lang=nl", Ct);
        html.ShouldContain("Kerncijfers");
        html.ShouldContain("id=\"chart-dwelling-types\"");
        html.ShouldContain("Gegevens van de grafiek: Woningtypen");
        html.ShouldContain("Tussenwoning");
        html.ShouldContain(TestSite.BagAttribution);
    }

    [Fact]
    public async Task A_Flemish_district_page_has_a_measured_energy_table()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync($"/districts/{TestSite.FlemishDistrict}?lang=en", Ct);
        html.ShouldContain("Measured energy use");
        html.ShouldContain("<th scope=\"row\">2021</th>");
        html.ShouldContain(TestSite.FluviusAttribution);
    }

    [Fact]
    public async Task An_unknown_district_page_is_a_404()
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync("/districts/BU00000000?lang=en", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Not found");
    }

    [Fact]
    public async Task The_municipality_page_lists_its_districts()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync($"/municipalities/{TestSite.Municipality}", Ct);
        html.ShouldContain("Voorburg Oud");
        html.ShouldContain("Park Leeuwenbergh");
        (await client.GetAsync("/municipalities/GM0000", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
