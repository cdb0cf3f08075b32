using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Wijkwerf.Data.Accounts;

namespace Wijkwerf.Web.Tests;

/// <summary>Drempels and lessen through the API: recurring challenges rise by marks of other municipalities, threads,
/// reports and moderation, and bad input (a script, a 50 MB attachment) refused without storing anything.</summary>
public sealed class DrempelApiTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<int> CreateAsync(HttpClient client, string title) =>
        (await Json(await client.PostAsJsonAsync("/api/learning/drempels", new { title, text = "We vinden geen **juridische vorm** voor het warmtenet.", kind = "Barrier", werven = new[] { "warmte" } }, Ct), HttpStatusCode.Created))
        .GetProperty("summary").GetProperty("id").GetInt32();

    [Fact]
    public async Task Marks_from_other_municipalities_make_a_recurring_challenge_rise()
    {
        using var voorburg = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 1);
        using var lille = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 2);
        using var lilleColleague = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 2);
        var rare = await CreateAsync(voorburg, "Zeldzame drempel " + Guid.NewGuid());
        var recurring = await CreateAsync(voorburg, "Terugkerende drempel " + Guid.NewGuid());

        (await Json(await lille.PostAsync($"/api/learning/drempels/{recurring}/marks", null, Ct), HttpStatusCode.OK)).GetProperty("marks").GetInt32().ShouldBe(1);
        (await Json(await lilleColleague.PostAsync($"/api/learning/drempels/{recurring}/marks", null, Ct), HttpStatusCode.OK)).GetProperty("marks").GetInt32().ShouldBe(1, "one mark per municipality");
        (await voorburg.PostAsync($"/api/learning/drempels/{recurring}/marks", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var list = (await Json(await site.CreateClient().GetAsync("/api/learning/drempels?werf=warmte", Ct), HttpStatusCode.OK)).EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ToList();
        list.IndexOf(recurring).ShouldBeLessThan(list.IndexOf(rare));
    }

    [Fact]
    public async Task A_script_in_a_lesson_is_refused_and_nothing_is_stored()
    {
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 1);
        var before = (await Json(await staff.GetAsync("/api/learning/drempels", Ct), HttpStatusCode.OK)).GetArrayLength();
        var refused = await staff.PostAsJsonAsync("/api/learning/drempels", new { title = "Les", text = "Goed idee <script>document.location='//evil'</script>", kind = "Lesson" }, Ct);
        var problem = await Json(refused, HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("text");
        problem.GetProperty("detail").GetString()!.ShouldContain("script");
        var link = await staff.PostAsJsonAsync("/api/learning/drempels", new { title = "Les", text = "[klik](javascript:alert(1))", kind = "Lesson" }, Ct);
        link.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(await staff.GetAsync("/api/learning/drempels", Ct), HttpStatusCode.OK)).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task Comments_thread_and_three_reports_hide_a_drempel_until_another_moderator_restores_it()
    {
        using var author = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var id = await CreateAsync(author, "Gemelde drempel " + Guid.NewGuid());
        using var reader = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 2);
        var first = (await Json(await reader.PostAsJsonAsync($"/api/learning/drempels/{id}/comments", new { text = "Herkenbaar." }, Ct), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await Json(await author.PostAsJsonAsync($"/api/learning/drempels/{id}/comments", new { text = "Hoe losten jullie het op?", parentId = first }, Ct), HttpStatusCode.Created);
        var thread = await Json(await reader.GetAsync($"/api/learning/drempels/{id}", Ct), HttpStatusCode.OK);
        thread.GetProperty("comments")[0].GetProperty("replies")[0].GetProperty("text").GetString().ShouldBe("Hoe losten jullie het op?");

        for (var i = 0; i < 3; i++)
        {
            using var reporter = await site.LoggedInClientAsync(Roles.Public);
            var hidden = (await Json(await reporter.PostAsJsonAsync($"/api/learning/reports/drempel/{id}", new { reason = "spam" }, Ct), HttpStatusCode.OK)).GetProperty("hidden").GetBoolean();
            hidden.ShouldBe(i == 2);
        }
        (await site.CreateClient().GetAsync($"/api/learning/drempels/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var queue = await Json(await author.GetAsync("/api/learning/moderation", Ct), HttpStatusCode.OK);
        queue.EnumerateArray().ShouldContain(q => q.GetProperty("contentId").GetInt32() == id && q.GetProperty("hidden").GetBoolean());

        (await author.PostAsJsonAsync($"/api/learning/moderation/drempel/{id}", new { hide = false }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var moderator = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        (await moderator.PostAsJsonAsync($"/api/learning/moderation/drempel/{id}", new { hide = false }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await site.CreateClient().GetAsync($"/api/learning/drempels/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_50_MB_attachment_is_refused_and_a_small_one_is_kept()
    {
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 1);
        var id = await CreateAsync(staff, "Drempel met bijlage " + Guid.NewGuid());
        static MultipartFormDataContent Upload(string name, byte[] bytes)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", name);
            return form;
        }
        var big = await staff.PostAsync($"/api/learning/drempels/{id}/attachments", Upload("plan.pdf", new byte[50 * 1024 * 1024]), Ct);
        (await Json(big, HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("at most 20 MB");
        await Json(await staff.PostAsync($"/api/learning/drempels/{id}/attachments", Upload("nota.pdf", "%PDF-1.4 klein"u8.ToArray()), Ct), HttpStatusCode.OK);
        var view = await Json(await staff.GetAsync($"/api/learning/drempels/{id}", Ct), HttpStatusCode.OK);
        view.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("fileName").GetString()).ShouldBe(["nota.pdf"]);
    }

    [Fact]
    public async Task Search_finds_drempels_by_stem_and_typo_with_facets_and_hides_reported_ones_from_the_public()
    {
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 1);
        var marker = "zonneboiler" + Guid.NewGuid().ToString("N")[..6];
        var id = (await Json(await staff.PostAsJsonAsync("/api/learning/drempels", new { title = $"Warmtenetten en {marker}", text = "Geen eigenaar voor de warmtenetten.", kind = "Lesson", werven = new[] { "warmte" } }, Ct), HttpStatusCode.Created))
            .GetProperty("summary").GetProperty("id").GetInt32();
        var anonymous = site.CreateClient();
        var found = await Json(await anonymous.GetAsync($"/api/learning/search?q=warmtenet+{marker}&type=drempel", Ct), HttpStatusCode.OK);
        found.GetProperty("hits")[0].GetProperty("id").GetString().ShouldBe($"drempel:{id}");
        found.GetProperty("facets").GetProperty("werf").GetProperty("warmte").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var typo = await Json(await anonymous.GetAsync($"/api/learning/search?q={marker[..^1]}x&kind=Lesson", Ct), HttpStatusCode.OK);
        typo.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ShouldContain($"drempel:{id}");

        for (var i = 0; i < 3; i++)
        {
            using var reporter = await site.LoggedInClientAsync(Roles.Public);
            await Json(await reporter.PostAsJsonAsync($"/api/learning/reports/drempel/{id}", new { reason = "off-topic" }, Ct), HttpStatusCode.OK);
        }
        (await Json(await anonymous.GetAsync($"/api/learning/search?q={marker}", Ct), HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);
        using var moderator = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        (await Json(await moderator.GetAsync($"/api/learning/search?q={marker}", Ct), HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(1);
    }
}
