using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.OneStopShop;

namespace Wijkwerf.Web.Tests;

public sealed class VoorburgSiteFixture : IAsyncLifetime
{
    public VoorburgSite Site { get; } = new();
    public ValueTask InitializeAsync() => new(Site.ImportAsync());
    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

public sealed partial class OneStopShopTests(VoorburgSiteFixture fixture) : IClassFixture<VoorburgSiteFixture>
{
    private readonly VoorburgSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private async Task<long> NewHouseholdAsync(HttpClient client, long unitId, string name)
    {
        var response = await client.PostAsJsonAsync("/api/one-stop-shop/households", new { unitId, contactName = name, email = "bewoner@example.org" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task A_Voorburg_household_is_invisible_to_Den_Haag_staff_and_to_the_platform_admin()
    {
        var street = await site.LongestStreetAsync();
        using var voorburg = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        using var denHaag = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.DenHaagId);
        using var admin = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var id = await NewHouseholdAsync(voorburg, street[^1].UnitId, "Fam. El Amrani");

        (await voorburg.GetStringAsync($"/api/one-stop-shop/households/{id}", Ct)).ShouldContain("Fam. El Amrani");
        (await denHaag.GetAsync($"/api/one-stop-shop/households/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await denHaag.GetAsync($"/api/one-stop-shop/households/{id}/export", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await denHaag.DeleteAsync($"/api/one-stop-shop/households/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await denHaag.GetStringAsync("/api/one-stop-shop/households", Ct)).ShouldNotContain("El Amrani");
        (await denHaag.GetAsync($"/one-stop-shop/households/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await denHaag.PostAsJsonAsync("/api/one-stop-shop/households", new { unitId = street[^2].UnitId }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/one-stop-shop/households/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync($"/api/one-stop-shop/households/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Staff_run_a_campaign_record_a_journey_see_reach_and_export_and_erase_a_resident()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        var campaign = await (await staff.PostAsJsonAsync("/api/one-stop-shop/campaigns",
            new { kind = "DoorToDoor", name = "Deur aan deur Oud noord", date = "2026-04-01", districtCode = VoorburgSite.VoorburgOudNoord }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var visited = street.Take(10).Select(a => a.UnitId).ToArray();
        var reached = await staff.PostAsJsonAsync($"/api/one-stop-shop/campaigns/{campaign.GetProperty("id").GetInt64()}/reached", new { unitIds = visited }, Ct);
        (await reached.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("newlyReached").GetInt32().ShouldBe(10);

        var report = await staff.GetFromJsonAsync<ReachReport>($"/api/one-stop-shop/reach?district={VoorburgSite.VoorburgOudNoord}", Web, Ct);
        // Other tests share this site: every household followed in the district counts, at least the ten visited.
        var followed = (await staff.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/households?district={VoorburgSite.VoorburgOudNoord}", Ct)).GetArrayLength();
        followed.ShouldBeGreaterThanOrEqualTo(10);
        report!.Reached.ShouldBe(followed);
        report.Segments["tenure"].Select(r => r.Key).ShouldBe(["OwnerOccupied", "SocialRent", "PrivateRent"]);
        report.Segments["dwellingType"].Where(r => r.Reached is > 0).Sum(r => r.Reached!.Value).ShouldBeLessThanOrEqualTo(followed);
        var map = JsonDocument.Parse(await staff.GetStringAsync($"/api/one-stop-shop/reach/{VoorburgSite.VoorburgOudNoord}/map", Ct)).RootElement;
        var features = map.GetProperty("features").EnumerateArray().ToList();
        features.ShouldNotBeEmpty();
        features.ShouldContain(f => f.GetProperty("properties").GetProperty("share").ValueKind == JsonValueKind.Number);

        var households = await staff.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/households?district={VoorburgSite.VoorburgOudNoord}", Ct);
        var id = households.EnumerateArray().First(h => h.GetProperty("unitId").GetInt64() == visited[0]).GetProperty("id").GetInt64();
        (await staff.PatchAsJsonAsync($"/api/one-stop-shop/households/{id}", new { contactName = "T. Pieterse", tenure = "PrivateRent" }, Ct)).EnsureSuccessStatusCode();
        var skip = await staff.PostAsJsonAsync($"/api/one-stop-shop/households/{id}/stages", new { stage = "Works", date = "2026-04-10" }, Ct);
        skip.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // No ?lang= and no cookie: the refusal is worded in Dutch, the code is the same in every language.
        var refusal = await skip.Content.ReadFromJsonAsync<JsonElement>(Ct);
        refusal.GetProperty("code").GetString().ShouldBe("SkipsSteps");
        refusal.GetProperty("detail").GetString()!.ShouldStartWith("Uitvoering slaat verplichte stap(pen) over: Advies / energiescan, Besluit");
        (await staff.PostAsJsonAsync($"/api/one-stop-shop/households/{id}/stages", new { stage = "Advice", date = "2026-04-10", note = "energiescan" }, Ct)).EnsureSuccessStatusCode();

        var export = await staff.GetAsync($"/api/one-stop-shop/households/{id}/export", Ct);
        export.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var exported = await export.Content.ReadAsStringAsync(Ct);
        exported.ShouldContain("T. Pieterse");
        exported.ShouldContain("energiescan");
        exported.ShouldContain("Deur aan deur Oud noord");

        (await staff.DeleteAsync($"/api/one-stop-shop/households/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await staff.GetStringAsync($"/api/one-stop-shop/households/{id}", Ct);
        after.ShouldNotContain("T. Pieterse");
        after.ShouldContain("\"erased\":true");
        (await staff.GetFromJsonAsync<ReachReport>($"/api/one-stop-shop/reach?district={VoorburgSite.VoorburgOudNoord}", Web, Ct))!.Reached.ShouldBe(report.Reached);
    }

    [Fact]
    public async Task The_dashboard_and_household_pages_render_in_Dutch_and_English_for_staff_only()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        var id = await NewHouseholdAsync(staff, street[^3].UnitId, "K. de Jong");
        var nl = await staff.GetStringAsync($"/one-stop-shop?district={VoorburgSite.VoorburgOudNoord}&lang=nl", Ct);
        nl.ShouldContain("Trechter per fase");
        nl.ShouldContain("Voorburg Oud noord");
        var en = await staff.GetStringAsync($"/one-stop-shop/households/{id}?lang=en", Ct);
        en.ShouldContain("K. de Jong");
        en.ShouldContain("Advice / energy scan");
        using var visitor = await site.LoggedInClientAsync(Roles.Public);
        var denied = await visitor.GetAsync("/one-stop-shop", Ct);
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    [Fact]
    public async Task A_contact_list_upload_previews_and_stores_only_on_commit()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        var a = street[20];
        var b = street[21];
        var csv = $"postcode;house_number;name;email;phone\n{a.Postcode};{a.HouseNumber};H. Claes;hclaes@example.org;\n{b.Postcode};{b.HouseNumber};0612345678;;\n9999XX;1;Niemand;;\n";
        MultipartFormDataContent Upload()
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", "contacten.csv");
            return form;
        }
        var preview = await (await staff.PostAsync("/api/one-stop-shop/contact-lists", Upload(), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        preview.GetProperty("committed").GetBoolean().ShouldBeFalse();
        preview.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("status").GetString()).ShouldBe(["Valid", "WrongColumn", "UnknownAddress"]);
        (await staff.GetStringAsync("/api/one-stop-shop/households", Ct)).ShouldNotContain("H. Claes");
        var commit = await (await staff.PostAsync("/api/one-stop-shop/contact-lists?commit=true", Upload(), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        commit.GetProperty("stored").GetInt32().ShouldBe(1);
        (await staff.GetStringAsync("/api/one-stop-shop/households", Ct)).ShouldContain("H. Claes");
    }
}
