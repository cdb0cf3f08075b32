using System.Net;
using System.Text.Json;

namespace Wijkwerf.Web.Tests;

/// <summary>One app for the class; tests only read.</summary>
public sealed class ApiTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }

    [Fact]
    public async Task Health_says_the_database_is_reachable_and_counts_the_districts()
    {
        var health = await JsonAsync("/health");
        health.GetProperty("status").GetString().ShouldBe("ok");
        health.GetProperty("database").GetProperty("reachable").GetBoolean().ShouldBeTrue();
        health.GetProperty("districts").GetInt32().ShouldBe(3);
        health.GetProperty("seed").GetProperty("state").GetString().ShouldBe("disabled");
    }

    [Fact]
    public async Task Municipalities_list_code_name_country_and_counts()
    {
        var list = await JsonAsync("/api/municipalities");
        list.EnumerateArray().Select(x => x.GetProperty("code").GetString()).ShouldBe([TestSite.FlemishMunicipality, TestSite.Municipality], ignoreOrder: true);
        var m = list.EnumerateArray().Single(x => x.GetProperty("code").GetString() == TestSite.Municipality);
        m.GetProperty("code").GetString().ShouldBe(TestSite.Municipality);
        m.GetProperty("name").GetString().ShouldBe("Leidschendam-Voorburg");
        m.GetProperty("country").GetString().ShouldBe("NL");
        m.GetProperty("districts").GetInt32().ShouldBe(2);
        m.GetProperty("buildings").GetInt32().ShouldBe(60);
    }

    [Fact]
    public async Task Districts_can_be_filtered_by_municipality()
    {
        (await JsonAsync("/api/districts")).GetArrayLength().ShouldBe(3);
        var ours = await JsonAsync($"/api/districts?municipality={TestSite.Municipality}");
        ours.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldBe([TestSite.District, TestSite.OtherDistrict]);
        (await JsonAsync("/api/districts?municipality=GM0000")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_district_shows_its_figures_and_attributions()
    {
        var d = await JsonAsync($"/api/districts/{TestSite.District}");
        d.GetProperty("name").GetString().ShouldBe("Voorburg Oud");
        d.GetProperty("buildings").GetInt32().ShouldBe(60);
        d.GetProperty("inhabitants").GetInt32().ShouldBe(2_450);
        d.GetProperty("dwellingTypes").GetArrayLength().ShouldBeGreaterThan(0);
        d.GetProperty("bounds").GetArrayLength().ShouldBe(4);
        d.GetProperty("attributions").EnumerateArray().Select(a => a.GetString()).ShouldContain(TestSite.BagAttribution);
    }

    [Fact]
    public async Task A_Flemish_district_shows_measured_energy_per_year_with_the_Fluvius_attribution()
    {
        var d = await JsonAsync($"/api/districts/{TestSite.FlemishDistrict}");
        d.GetProperty("country").GetString().ShouldBe("BE");
        var years = d.GetProperty("measuredEnergy").EnumerateArray().ToList();
        years.Select(y => y.GetProperty("year").GetInt32()).ShouldBe([2020, 2021]);
        years[0].GetProperty("gasResidentialMWh").GetDouble().ShouldBe((14_500_000 - 2020) / 1000.0, tolerance: 1); // MWh, rounding allowed
        years[0].GetProperty("gasResidentialCustomers").GetInt32().ShouldBe(880);
        d.GetProperty("attributions").EnumerateArray().Select(a => a.GetString()).ShouldContain(TestSite.FluviusAttribution);
    }

    [Theory]
    [InlineData("/api/districts/BU00000000")]
    [InlineData("/api/districts/BU00000000/buildings")]
    [InlineData("/api/districts/BU00000000/streets")]
    public async Task An_unknown_district_is_a_404_problem(string url)
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("detail").GetString()!.ShouldContain("BU00000000");
    }

    [Fact]
    public async Task Buildings_come_as_geojson_with_their_classes()
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync($"/api/districts/{TestSite.District}/buildings", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        var fc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        fc.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var features = fc.GetProperty("features");
        features.GetArrayLength().ShouldBe(60);
        var first = features[0];
        first.GetProperty("geometry").GetProperty("type").GetString().ShouldBe("Polygon");
        var p = first.GetProperty("properties");
        p.TryGetProperty("buildYear", out _).ShouldBeTrue();
        p.TryGetProperty("dwellingType", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Streets_and_district_outlines_come_as_geojson()
    {
        using var client = site.CreateClient();
        var streets = await client.GetAsync($"/api/districts/{TestSite.District}/streets", Ct);
        streets.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        JsonDocument.Parse(await streets.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("features").GetArrayLength().ShouldBe(3);

        var outlines = await client.GetAsync($"/api/districts.geojson?municipality={TestSite.Municipality}", Ct);
        outlines.Content.Headers.ContentType!.MediaType.ShouldBe("application/geo+json");
        var codes = JsonDocument.Parse(await outlines.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("features")
            .EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("code").GetString());
        codes.ShouldBe([TestSite.District, TestSite.OtherDistrict], ignoreOrder: true);
    }
}

public sealed class TestSiteFixture : IAsyncLifetime
{
    public TestSite Site { get; } = new();
    public ValueTask InitializeAsync() => new(Site.PrepareAsync());
    public ValueTask DisposeAsync() => Site.DisposeAsync();
}
