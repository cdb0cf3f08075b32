using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Tests;

/// <summary>A site of its own: these tests add works, which would change the figures the other street tests check.</summary>
public sealed class StreetsEditSiteFixture : IAsyncLifetime
{
    public TestSite Site { get; } = new();
    public int LilleId { get; private set; }
    public int VoorburgId { get; private set; }
    /// <summary>A point inside the test's Wechelderzande district (it has no stored street graph: works are placed by lon/lat).</summary>
    public (double Lon, double Lat) Inside { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await Site.PrepareAsync();
        await StreetWorksSeed.InsertAsync(Site.DatabasePath, TestSite.FlemishDistrict);
        await using var db = WijkwerfDbFactory.Create(new DatabaseLocation(Site.DatabasePath));
        LilleId = await db.Municipalities.Where(m => m.Code == TestSite.FlemishMunicipality).Select(m => m.Id).SingleAsync();
        VoorburgId = await db.Municipalities.Where(m => m.Code == TestSite.Municipality).Select(m => m.Id).SingleAsync();
        var p = (await db.Districts.SingleAsync(d => d.Code == TestSite.FlemishDistrict)).Boundary.InteriorPoint;
        Inside = (p.X, p.Y);
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

public sealed class StreetsEditingTests(StreetsEditSiteFixture fixture) : IClassFixture<StreetsEditSiteFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Page = "/streets/" + TestSite.FlemishDistrict;
    private const string Form = Page + "/works/edit";

    private static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    private async Task<int> WorksAsync()
    {
        using var client = fixture.Site.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync($"/api/streets/{TestSite.FlemishDistrict}/works", Ct)).RootElement.GetProperty("works").GetArrayLength();
    }

    private Dictionary<string, string> Work(string token, string reference) => new()
    {
        ["__RequestVerificationToken"] = token, ["reference"] = reference, ["title"] = "Laadpunten Dorpsstraat", ["owner"] = "Fluvius",
        ["kind"] = "heat", ["surface"] = "carriageway", ["street"] = "Dorpsstraat",
        ["lon"] = fixture.Inside.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["lat"] = fixture.Inside.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["start"] = "2029-04-02", ["end"] = "2029-05-31", ["earliest_start"] = "2029-01-07", ["latest_start"] = "2029-06-04",
        ["excavated_m2"] = "120", ["status"] = "planned",
    };

    [Fact]
    public async Task Only_staff_of_the_districts_municipality_and_admins_may_open_the_work_form()
    {
        using var anonymous = fixture.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync(Form, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymous.GetStringAsync(Page, Ct)).ShouldNotContain("/works/edit");
        var voorburg = await fixture.Site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.VoorburgId);
        (await voorburg.GetAsync(Form, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await voorburg.GetStringAsync(Page, Ct)).ShouldNotContain("id=\"new-work\"");
        var admin = await fixture.Site.LoggedInClientAsync(Roles.PlatformAdmin);
        (await admin.GetAsync(Form, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var lille = await fixture.Site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.LilleId);
        var page = await lille.GetStringAsync(Page + "?lang=en", Ct);
        page.ShouldContain("id=\"new-work\"");
        page.ShouldContain("id=\"import-heading\"");
    }

    [Fact]
    public async Task Staff_add_a_work_in_the_form_its_conflicts_are_recomputed_and_a_bad_one_is_refused_naming_the_field()
    {
        var client = await fixture.Site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.LilleId);
        var form = await client.GetStringAsync(Form + "?lang=en", Ct);
        form.ShouldContain("GIPOD category: small"); // the live category of an empty area
        var before = await WorksAsync();

        var bad = Work(Token(form), "T-9");
        bad["end"] = "2029-01-01";
        var refused = await client.PostAsync(Form + "?lang=en", new FormUrlEncodedContent(bad), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("role=\"alert\"");
        html.ShouldContain("End: ends (2029-01-01) before it starts (2029-04-02).");
        html.ShouldContain("GIPOD category: major"); // 120 m², shown again with the refused values
        var unknown = Work(Token(form), "T-9");
        unknown["kind"] = "tunnel";
        (await (await client.PostAsync(Form, new FormUrlEncodedContent(unknown), Ct)).Content.ReadAsStringAsync(Ct)).ShouldContain("is no work kind");
        (await WorksAsync()).ShouldBe(before);

        var saved = await client.PostAsync(Form, new FormUrlEncodedContent(Work(Token(form), "T-9")), Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldStartWith(Page + "?saved=T-9");
        (await WorksAsync()).ShouldBe(before + 1);
        // The heat pipe digs the Dorpsstraat after the trees (T-3): the order conflict is found at once.
        var page = await client.GetStringAsync(saved.Headers.Location + "&lang=en", Ct);
        page.ShouldContain("Work T-9 saved.");
        Regex.Match(page, @"Conflicts and warnings recomputed: (\d+) concern this work").Groups[1].Value.ShouldNotBe("0");
        var conflicts = JsonDocument.Parse(await client.GetStringAsync($"/api/streets/{TestSite.FlemishDistrict}/conflicts", Ct)).RootElement;
        conflicts.GetProperty("conflicts").EnumerateArray().ShouldContain(c => c.GetProperty("work").GetString() == "T-9");

        // Edit and delete through the links on the page.
        var id = Regex.Match(page, Form + @"/(\d+)"">Edit <span class=""visually-hidden"">T-9").Groups[1].Value;
        id.ShouldNotBeEmpty();
        var edit = await client.GetStringAsync($"{Form}/{id}", Ct);
        edit.ShouldContain("value=\"T-9\"");
        (await client.PostAsync($"{Form}/{id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(edit) }), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WorksAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Staff_import_a_works_file_in_the_page_and_a_bad_file_stores_nothing()
    {
        var client = await fixture.Site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.LilleId);
        var page = await client.GetStringAsync(Page + "?lang=en", Ct);
        var before = await WorksAsync();
        var lon = fixture.Inside.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lat = fixture.Inside.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        async Task<string> PostAsync(string csv)
        {
            using var content = new MultipartFormDataContent();
            content.Add(new StringContent(Token(page)), "__RequestVerificationToken");
            var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(file, "file", "works.csv");
            var response = await client.PostAsync(Page + "?handler=Import&lang=en", content, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync(Ct);
        }
        var header = "reference;owner;kind;street;lon;lat;start;end";
        var refused = await PostAsync($"{header}\nI-1;Gemeente;sewer;Dorpsstraat;{lon};{lat};2030-03-01;2030-04-01\nI-2;Gemeente;tunnel;Dorpsstraat;{lon};{lat};2030-03-01;2030-04-01\n");
        refused.ShouldContain("line 3");
        refused.ShouldContain("Nothing was imported");
        (await WorksAsync()).ShouldBe(before);
        var imported = await PostAsync($"{header}\nI-1;Gemeente;sewer;Dorpsstraat;{lon};{lat};2030-03-01;2030-04-01\n");
        imported.ShouldContain("works.csv: 1 works imported");
        (await WorksAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Parking_and_hubs_are_in_the_API_and_an_unknown_district_is_a_404()
    {
        using var client = fixture.Site.CreateClient();
        var parking = JsonDocument.Parse(await client.GetStringAsync($"/api/streets/{TestSite.FlemishDistrict}/parking", Ct)).RootElement;
        parking.GetProperty("fullShare").GetDouble().ShouldBe(0.85);
        parking.GetProperty("streets").GetArrayLength().ShouldBe(0);
        var hubs = JsonDocument.Parse(await client.GetStringAsync($"/api/streets/{TestSite.FlemishDistrict}/hubs", Ct)).RootElement;
        hubs.GetProperty("walkM").GetDouble().ShouldBe(400);
        (await client.GetAsync("/api/streets/XX000/parking", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/streets/XX000/hubs", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
