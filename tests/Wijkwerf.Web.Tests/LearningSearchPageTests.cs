using System.Net;
using System.Net.Http.Json;
using Wijkwerf.Data.Accounts;

namespace Wijkwerf.Web.Tests;

/// <summary>The search page /learning/search in Dutch and English, finding a drempel just shared.</summary>
public sealed class LearningSearchPageTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_search_page_answers_in_both_languages_and_finds_a_shared_drempel()
    {
        var anonymous = site.CreateClient();
        (await anonymous.GetStringAsync("/learning/search", Ct)).ShouldContain("Zoek in drempels");
        (await anonymous.GetStringAsync("/learning/search?lang=en", Ct)).ShouldContain("Search drempels, lessons");

        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 1);
        var created = await staff.PostAsJsonAsync("/api/learning/drempels",
            new { title = "Zoekpagina grondwaterpeil", text = "Het **grondwaterpeil** blokkeert de warmteleiding.", kind = "Barrier", werven = new[] { "warmte" } }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));

        var page = await anonymous.GetStringAsync("/learning/search?q=grondwaterpeil", Ct);
        page.ShouldContain("Zoekpagina grondwaterpeil");
        page.ShouldContain("role=\"search\"");
        var english = await anonymous.GetStringAsync("/learning/search?q=grondwaterpeil&lang=en", Ct);
        english.ShouldContain("Zoekpagina grondwaterpeil");
        english.ShouldContain("Results");
    }
}
