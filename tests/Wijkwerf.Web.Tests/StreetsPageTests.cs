using System.Net;
using System.Text.Json;

namespace Wijkwerf.Web.Tests;

public sealed class StreetsSiteFixture : IAsyncLifetime
{
    public TestSite Site { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Site.PrepareAsync();
        await StreetWorksSeed.InsertAsync(Site.DatabasePath, TestSite.FlemishDistrict);
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

public sealed class StreetsPageTests(StreetsSiteFixture fixture) : IClassFixture<StreetsSiteFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Page = "/streets/" + TestSite.FlemishDistrict;

    [Fact]
    public async Task The_street_works_page_shows_the_map_the_dig_once_plan_the_timeline_and_the_conflicts_in_Dutch_and_English()
    {
        using var client = fixture.Site.CreateClient();
        var nl = await client.GetStringAsync(Page + "?lang=nl", Ct);
        nl.ShouldContain("Graaf-één-keer-plan");
        nl.ShouldContain("aria-labelledby=\"gantt-title gantt-desc\"");
        nl.ShouldContain("aria-labelledby=\"map-title map-desc\"");
        nl.ShouldContain("T-3 (trees)");
        var en = await client.GetStringAsync(Page + "?lang=en", Ct);
        en.ShouldContain("Dig-once plan");
        en.ShouldContain("Conflicts and warnings");
    }

    [Fact]
    public async Task The_plan_API_bundles_the_heat_network_into_the_sewer_trench_and_states_the_saving()
    {
        using var client = fixture.Site.CreateClient();
        var plan = JsonDocument.Parse(await client.GetStringAsync($"/api/streets/{TestSite.FlemishDistrict}/plan", Ct)).RootElement;
        plan.GetProperty("status").GetString().ShouldBe("optimal");
        plan.GetProperty("before").GetProperty("openings").GetInt32().ShouldBe(3);
        plan.GetProperty("after").GetProperty("openings").GetInt32().ShouldBe(1);
        plan.GetProperty("savingEur").GetDouble().ShouldBeGreaterThan(0);
        var conflicts = JsonDocument.Parse(await client.GetStringAsync($"/api/streets/{TestSite.FlemishDistrict}/conflicts", Ct)).RootElement;
        conflicts.GetProperty("conflicts").EnumerateArray().ShouldContain(c => c.GetProperty("rule").GetString() == "order" && c.GetProperty("work").GetString() == "T-1");
    }

    [Fact]
    public async Task The_report_downloads_as_Excel_and_an_unknown_district_is_a_404()
    {
        using var client = fixture.Site.CreateClient();
        var xlsx = await client.GetAsync($"/api/streets/{TestSite.FlemishDistrict}/report.xlsx", Ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync(Ct);
        bytes[..2].ShouldBe("PK"u8.ToArray());
        (await client.GetAsync("/api/streets/XX000/works", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/streets/profile/no-such-segment", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class DistrictStreetsBlockTests(StreetsSiteFixture fixture) : IClassFixture<StreetsSiteFixture>
{
    [Fact]
    public async Task The_district_page_shows_trees_unsealing_rainwater_and_charging_points_against_the_LEKP_targets()
    {
        using var client = fixture.Site.CreateClient();
        var html = await client.GetStringAsync($"/districts/{TestSite.FlemishDistrict}?lang=en", TestContext.Current.CancellationToken);
        html.ShouldContain("Streets: parking, mobility and water");
        html.ShouldContain($"href=\"/streets/{TestSite.FlemishDistrict}\"");
        html.ShouldContain("3 street works registered");
        html.ShouldContain("Unsealed area");
        html.ShouldContain("Extra rainwater buffering in the existing built area");
    }
}
