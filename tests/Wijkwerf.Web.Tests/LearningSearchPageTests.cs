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

/// <summary>The drempels page /learning/drempels: a drempel shared through its form shows in the list and in search.</summary>
public sealed class LearningDrempelsPageTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_drempel_shared_through_the_form_shows_in_the_list_and_in_search()
    {
        (await site.CreateClient().GetStringAsync("/learning/drempels?lang=en", Ct)).ShouldContain("Drempels and lessons");
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 1);
        var form = await staff.GetStringAsync("/learning/drempels", Ct);
        form.ShouldContain("Deel een drempel of les");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var posted = await staff.PostAsync("/learning/drempels", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Title"] = "Formulier kabelgoot", ["Text"] = "De **kabelgoot** zit in de weg.", ["NewKind"] = "Lesson", ["Werven"] = "warmte",
        }), Ct);
        ((int)posted.StatusCode).ShouldBeLessThan(400, await posted.Content.ReadAsStringAsync(Ct));
        (await staff.GetStringAsync("/learning/drempels?kind=Lesson", Ct)).ShouldContain("Formulier kabelgoot");
        (await site.CreateClient().GetStringAsync("/learning/search?q=kabelgoot", Ct)).ShouldContain("Formulier kabelgoot");
    }
}
