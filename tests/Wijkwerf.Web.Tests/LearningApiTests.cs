using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Case = Wijkwerf.Domain.Learning.Case;

namespace Wijkwerf.Web.Tests;

/// <summary>The learning platform through its JSON API, as the platform team, municipality staff and experts use it.</summary>
public sealed class LearningApiTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task SeedProgrammesAsync()
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
        foreach (var seed in scope.ServiceProvider.GetServices<IDemoSeed>().Where(s => s.Module == "learning"))
            await seed.SeedAsync(db, Ct);
    }

    [Fact]
    public async Task A_harvest_session_runs_from_submissions_to_work_points_in_the_three_programmes()
    {
        using var team = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 1);
        var session = await Json(await team.PostAsJsonAsync("/api/learning/harvest/sessions", new { title = "Oogstsessie test", heldOn = "2026-03-08" }, Ct), HttpStatusCode.Created);
        var id = session.GetProperty("session").GetProperty("id").GetInt32();

        string[] needs =
        [
            "Wie wordt eigenaar van het warmtenet in onze wijk en hoe financieren we het warmtenet?",
            "Hoe sluiten we een hele straat tegelijk aan op het warmtenet?",
            "Welke juridische structuur past voor een warmtenet met publieke en private investeringen?",
            "Kunnen we de parking van de school en de supermarkt als buurtparking gebruiken?",
            "Afspraken met supermarkten over dubbel gebruik van hun parking als buurtparking.",
            "Minder parkeerplaatsen in de straat door een buurtparking, zodat de straat vergroening krijgt.",
        ];
        foreach (var (text, i) in needs.Select((t, i) => (t, i)))
            await Json(await staff.PostAsJsonAsync($"/api/learning/harvest/sessions/{id}/items",
                new { text, kind = "Need", language = "nl", werven = new[] { i < 3 ? "warmte" : "mobiliteit" }, organisation = "Gemeente Lille" }, Ct), HttpStatusCode.Created);

        // Participants may not run the session.
        (await staff.PostAsync($"/api/learning/harvest/sessions/{id}/close", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var clusters = await Json(await staff.GetAsync($"/api/learning/harvest/sessions/{id}/clusters", Ct), HttpStatusCode.OK);
        var heat = clusters.EnumerateArray().Single(c => c.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("text").GetString()!.StartsWith("Wie wordt eigenaar", StringComparison.Ordinal)));
        heat.GetProperty("items").GetArrayLength().ShouldBe(3);
        heat.GetProperty("bindingTerms").EnumerateArray().Select(t => t.GetString()).ShouldContain("warmtenet");

        await Json(await team.PostAsync($"/api/learning/harvest/sessions/{id}/close", null, Ct), HttpStatusCode.OK);
        var refused = await staff.PostAsJsonAsync($"/api/learning/harvest/sessions/{id}/items", new { text = "Nog een nood", language = "nl" }, Ct);
        (await Json(refused, HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("is closed");

        var adopted = await Json(await team.PostAsync($"/api/learning/harvest/sessions/{id}/work-points", null, Ct), HttpStatusCode.OK);
        adopted.GetProperty("session").GetProperty("items").GetInt32().ShouldBe(needs.Length, "the refused submission stored nothing");
        var points = adopted.GetProperty("workPoints").EnumerateArray().ToList();
        points.Count.ShouldBeGreaterThanOrEqualTo(2);
        points.Sum(p => p.GetProperty("items").GetArrayLength()).ShouldBe(needs.Length);
        var heatPoint = points.Single(p => p.GetProperty("items").GetArrayLength() == 3 && p.GetProperty("bindingTerms").GetString()!.Contains("warmtenet"));
        var others = points.Where(p => p.GetProperty("id").GetInt32() != heatPoint.GetProperty("id").GetInt32()).Select(p => p.GetProperty("id").GetInt32()).ToList();

        // The team splits one need off, merges the rest back into one parking work point, renames and groups them.
        var heatId = heatPoint.GetProperty("id").GetInt32();
        var firstItem = heatPoint.GetProperty("items")[0].GetProperty("id").GetInt32();
        var split = await Json(await team.PostAsJsonAsync($"/api/learning/work-points/{heatId}/split", new { itemIds = new[] { firstItem }, title = "Eigenaarschap van het warmtenet" }, Ct), HttpStatusCode.OK);
        if (others.Count > 1)
            await Json(await team.PostAsJsonAsync("/api/learning/work-points/merge", new { workPointIds = others, title = "Buurtparkings" }, Ct), HttpStatusCode.OK);
        await SeedProgrammesAsync();
        var programmes = await Json(await staff.GetAsync("/api/learning/programmes", Ct), HttpStatusCode.OK);
        programmes.EnumerateArray().Select(p => p.GetProperty("title").GetString()).ShouldBe(["Parel van het warmtenet", "Iedereen mee!", "Straten naar de toekomst"]);
        programmes[0].GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("text").GetString()).ShouldContain("Van wie is het net en hoe wordt het gefinancierd?");
        var wp1 = programmes[0].GetProperty("id").GetInt32();
        var wp3 = programmes[2].GetProperty("id").GetInt32();
        await Json(await team.PatchAsJsonAsync($"/api/learning/work-points/{heatId}", new { title = "Aansluiten en juridische structuur", programmeId = wp1 }, Ct), HttpStatusCode.OK);
        await Json(await team.PatchAsJsonAsync($"/api/learning/work-points/{split.GetProperty("id").GetInt32()}", new { programmeId = wp1 }, Ct), HttpStatusCode.OK);
        await Json(await team.PatchAsJsonAsync($"/api/learning/work-points/{others[0]}", new { programmeId = wp3 }, Ct), HttpStatusCode.OK);

        var after = await Json(await staff.GetAsync("/api/learning/programmes", Ct), HttpStatusCode.OK);
        bool Ours(JsonElement w) => w.GetProperty("id").GetInt32() is var i && (i == heatId || i == split.GetProperty("id").GetInt32() || others.Contains(i));
        after[0].GetProperty("workPoints").EnumerateArray().Where(Ours).Select(w => w.GetProperty("title").GetString()).ShouldBe(["Aansluiten en juridische structuur", "Eigenaarschap van het warmtenet"], ignoreOrder: true);
        after[2].GetProperty("workPoints").EnumerateArray().Where(Ours).SelectMany(w => w.GetProperty("items").EnumerateArray()).Count().ShouldBe(3);
    }

    private async Task<(string Id, HttpClient Client)> PersonAsync(string role)
    {
        var (email, password) = await site.CreateUserAsync(role);
        using var scope = site.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<WijkwerfUser>>().FindByEmailAsync(email);
        return (user!.Id, await site.LoggedInClientAsync(email, password));
    }

    [Fact]
    public async Task A_peer_review_round_assigns_reviewers_from_other_cases_and_experts_and_the_case_team_answers()
    {
        int[] cases;
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
            var made = new[] { "Case A: Wechelderzande", "Case B: Voorburg Oud", "Case C: Park Leeuwenbergh" }
                .Select(t => new Case { Title = t, Origin = "staff", CreatedAt = DateTimeOffset.UtcNow }).ToList();
            db.Cases.AddRange(made);
            await db.SaveChangesAsync(Ct);
            cases = made.Select(c => c.Id).ToArray();
        }
        using var team = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var members = new List<(string Id, HttpClient Client, int Case)>();
        foreach (var c in cases)
            for (var k = 0; k < 2; k++)
            {
                var (uid, client) = await PersonAsync(Roles.MunicipalityStaff);
                (await team.PostAsJsonAsync($"/api/learning/cases/{c}/members", new { userId = uid }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
                members.Add((uid, client, c));
            }
        var (expertId, expert) = await PersonAsync(Roles.Expert);

        var round = await Json(await team.PostAsJsonAsync("/api/learning/review-rounds", new { title = "Intervisie voorjaar", themes = new[] { "warmte", "participatie" }, peersPerCase = 2 }, Ct), HttpStatusCode.Created);
        var roundId = round.GetProperty("id").GetInt32();
        var ours = round.GetProperty("cases").EnumerateArray().Where(c => cases.Contains(c.GetProperty("case").GetProperty("id").GetInt32())).ToList();
        ours.Count.ShouldBe(3);
        foreach (var c in ours)
        {
            var caseId = c.GetProperty("case").GetProperty("id").GetInt32();
            var reviewers = c.GetProperty("reviewers").EnumerateArray().ToList();
            reviewers.ShouldContain(r => r.GetProperty("isExpert").GetBoolean(), "at least one expert per case");
            reviewers.Count(r => !r.GetProperty("isExpert").GetBoolean()).ShouldBe(2);
            foreach (var r in reviewers)
                members.Where(m => m.Case == caseId).Select(m => m.Id).ShouldNotContain(r.GetProperty("reviewerId").GetString());
        }

        var target = cases[0];
        var form = new { whatWorks = "De klimaattafel brengt bewoners samen.", whatToTry = "Koppel de **renovatie** aan het warmtenet.", questions = "Wie trekt het?", scores = new Dictionary<string, int> { ["warmte"] = 4, ["participatie"] = 5 } };
        // A member of the reviewed case is refused, and nothing is stored.
        var own = members.First(m => m.Case == target);
        var refused = await own.Client.PostAsJsonAsync($"/api/learning/review-rounds/{roundId}/cases/{target}/reviews", form, Ct);
        (await Json(refused, HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("never reviewed by its own team");

        var reviewerId = ours.Single(c => c.GetProperty("case").GetProperty("id").GetInt32() == target).GetProperty("reviewers").EnumerateArray()
            .First(r => !r.GetProperty("isExpert").GetBoolean()).GetProperty("reviewerId").GetString();
        var peer = members.Single(m => m.Id == reviewerId);
        await Json(await peer.Client.PostAsJsonAsync($"/api/learning/review-rounds/{roundId}/cases/{target}/reviews", form, Ct), HttpStatusCode.Created);
        var badScore = await expert.PostAsJsonAsync($"/api/learning/review-rounds/{roundId}/cases/{target}/reviews", form with { scores = new Dictionary<string, int> { ["warmte"] = 9, ["participatie"] = 3 } }, Ct);
        (await Json(badScore, HttpStatusCode.BadRequest)).GetProperty("field").GetString().ShouldBe("scores");
        await Json(await expert.PostAsJsonAsync($"/api/learning/review-rounds/{roundId}/cases/{target}/reviews", form, Ct), HttpStatusCode.Created);

        var seen = await Json(await own.Client.GetAsync($"/api/learning/review-rounds/{roundId}", Ct), HttpStatusCode.OK);
        var reviews = seen.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("case").GetProperty("id").GetInt32() == target).GetProperty("reviews").EnumerateArray().ToList();
        reviews.Count.ShouldBe(2);
        reviews.ShouldContain(r => r.GetProperty("byExpert").GetBoolean());
        reviews[0].GetProperty("scores").GetProperty("participatie").GetInt32().ShouldBe(5);
        var reviewId = reviews[0].GetProperty("id").GetInt32();
        (await expert.PostAsJsonAsync($"/api/learning/reviews/{reviewId}/answer", new { answer = "Niet van ons" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await own.Client.PostAsJsonAsync($"/api/learning/reviews/{reviewId}/answer", new { answer = "Dank, we nemen het mee naar de stuurgroep." }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var answered = await Json(await site.CreateClient().GetAsync($"/api/learning/review-rounds/{roundId}", Ct), HttpStatusCode.OK);
        answered.GetProperty("cases").EnumerateArray().SelectMany(c => c.GetProperty("reviews").EnumerateArray())
            .ShouldContain(r => r.GetProperty("answer").GetString() == "Dank, we nemen het mee naar de stuurgroep.");
        _ = expertId;
    }

    [Fact]
    public async Task A_published_workbook_edition_is_frozen_and_exports_as_pdf_in_dutch_and_english()
    {
        using var team = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var chapter = await Json(await team.PostAsJsonAsync("/api/learning/workbook/chapters", new { title = "Warmte in de wijk", titleEn = "Heat in the district", werf = "warmte" }, Ct), HttpStatusCode.OK);
        var section = await Json(await team.PostAsJsonAsync($"/api/learning/workbook/chapters/{chapter.GetProperty("id").GetInt32()}/sections",
            new { title = "Collectief aansluiten", titleEn = "Connecting together", markdownNl = "Sluit een **hele straat** tegelijk aan.\n", markdownEn = "Connect a **whole street** at once.\n" }, Ct), HttpStatusCode.Created);
        var sid = section.GetProperty("id").GetInt32();

        // A script is refused and stores nothing.
        var script = await team.PutAsJsonAsync($"/api/learning/workbook/sections/{sid}", new { markdownNl = "Hallo <script>alert(1)</script>", baseVersion = 1 }, Ct);
        (await Json(script, HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("script");
        await Json(await team.PutAsJsonAsync($"/api/learning/workbook/sections/{sid}", new { markdownNl = "Sluit een **hele straat** tegelijk aan.\nBegin bij de school.\n", note = "school", baseVersion = 1 }, Ct), HttpStatusCode.OK);
        var stale = await team.PutAsJsonAsync($"/api/learning/workbook/sections/{sid}", new { markdownNl = "Oud", baseVersion = 1 }, Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var history = await Json(await team.GetAsync($"/api/learning/workbook/sections/{sid}/history", Ct), HttpStatusCode.OK);
        history.EnumerateArray().Select(r => r.GetProperty("version").GetInt32()).ShouldBe([2, 1]);
        var diff = await Json(await team.GetAsync($"/api/learning/workbook/sections/{sid}/diff?from=1&to=2", Ct), HttpStatusCode.OK);
        diff.EnumerateArray().ShouldContain(d => d.GetProperty("kind").GetString() == "Added" && d.GetProperty("text").GetString() == "Begin bij de school.");

        var edition = await Json(await team.PostAsJsonAsync("/api/learning/workbook/editions", new { title = "Werkboek 2026" }, Ct), HttpStatusCode.Created);
        var number = edition.GetProperty("number").GetInt32();
        await Json(await team.PutAsJsonAsync($"/api/learning/workbook/sections/{sid}", new { markdownNl = "Na publicatie herschreven.\n", baseVersion = 2 }, Ct), HttpStatusCode.OK);

        var anonymous = site.CreateClient();
        var html = await anonymous.GetStringAsync($"/api/learning/workbook/export?edition={number}&lang=nl", Ct);
        html.ShouldContain("Begin bij de school.");
        html.ShouldNotContain("Na publicatie herschreven.");
        var english = await anonymous.GetStringAsync($"/api/learning/workbook/export?edition={number}&lang=en", Ct);
        english.ShouldContain("Not translated yet"); // version 2 has no English text: shown in Dutch, marked

        var pdfNl = await anonymous.GetAsync($"/api/learning/workbook/export?edition={number}&lang=nl&format=pdf", Ct);
        pdfNl.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var textNl = await PdfText.ExtractAsync(await pdfNl.Content.ReadAsByteArrayAsync(Ct), Ct);
        textNl.ShouldContain("Collectief aansluiten");
        textNl.ShouldContain("Begin bij de school.");
        var textEn = await PdfText.ExtractAsync(await anonymous.GetByteArrayAsync($"/api/learning/workbook/export?edition={number}&lang=en&format=pdf", Ct), Ct);
        textEn.ShouldContain("Connecting together");
        textEn.ShouldContain("Heat in the district");
    }
}
