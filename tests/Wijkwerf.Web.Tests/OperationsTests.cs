using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Tests;

/// <summary>The test site with a clock the test moves (a call closes while the test watches).</summary>
public sealed class OperationsSite : TestSite
{
    public MovableClock Clock { get; } = new();

    public string MailFolder => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "mail");

    public IReadOnlyList<string> Mails() =>
        Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").Select(File.ReadAllText).ToList() : [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class MovableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }
    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + Offset;
}

public sealed class OperationsSiteFixture : IAsyncLifetime
{
    public OperationsSite Site { get; } = new();
    public ValueTask InitializeAsync() => new(Site.PrepareAsync());
    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

/// <summary>The platform team runs a forum and a call end to end through the JSON API and the pages.</summary>
public sealed class OperationsTests(OperationsSiteFixture fixture) : IClassFixture<OperationsSiteFixture>
{
    private readonly OperationsSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private async Task<int> CreateForumAsync(HttpClient admin, int eventCapacity, int sessionCapacity)
    {
        var day = DateTime.UtcNow.Date.AddDays(30).AddHours(7);
        var response = await admin.PostAsJsonAsync("/api/forum/events", new
        {
            title = "Oogstsessie " + Guid.NewGuid().ToString("N")[..6],
            kind = "Oogstsessie",
            startsAtUtc = day,
            endsAtUtc = day.AddHours(8),
            capacity = eventCapacity,
            venue = "Gemeentehuis Lille",
            sessions = new[]
            {
                new { title = "Warmte, één straat tegelijk", startsAtUtc = day.AddHours(1), endsAtUtc = day.AddHours(2), room = "Raadzaal", capacity = sessionCapacity, speakers = "An; Bert", language = "nl", tags = "energie,wp1" },
                new { title = "Klimaattafels", startsAtUtc = day.AddHours(1), endsAtUtc = day.AddHours(2), room = "Zaal 2", capacity = 50, speakers = "Cas", language = "nl", tags = "wp2" },
                new { title = "Ontharding", startsAtUtc = day.AddHours(3), endsAtUtc = day.AddHours(4), room = "Raadzaal", capacity = 50, speakers = "Dirk", language = "en", tags = "groen,wp3" },
            },
        }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Fact]
    public async Task Forum_end_to_end_programme_parallel_registrations_waiting_list_check_in_and_exports()
    {
        using var admin = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var id = await CreateForumAsync(admin, eventCapacity: 100, sessionCapacity: 5);
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/forum/events/{id}", Ct);
        var sessions = detail.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToArray();

        // 30 people at once for 5 places in the first session.
        var anonymous = Enumerable.Range(0, 30).Select(_ => site.CreateClient()).ToList();
        var answers = await Task.WhenAll(anonymous.Select((c, i) => c.PostAsJsonAsync($"/api/forum/events/{id}/registrations",
            new { name = $"Deelnemer {i}", email = $"p{i}-{id}@example.org", organisation = "Lille", sessionIds = new[] { sessions[0], sessions[2] } }, Ct)));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        var rows = await Task.WhenAll(answers.Select(Json));
        rows.Count(r => r.GetProperty("sessions")[0].GetProperty("status").GetString() == "Confirmed").ShouldBe(5);
        rows.Count(r => r.GetProperty("sessions")[0].GetProperty("status").GetString() == "Waiting").ShouldBe(25);
        var registrations = await admin.GetFromJsonAsync<JsonElement>($"/api/forum/events/{id}/registrations", Ct);
        registrations.GetArrayLength().ShouldBe(30);

        // Refusals, with a message that says why.
        var twice = await anonymous[0].PostAsJsonAsync($"/api/forum/events/{id}/registrations", new { name = "Dubbel", email = $"p0-{id}@example.org", sessionIds = Array.Empty<int>() }, Ct);
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twice.Content.ReadAsStringAsync(Ct)).ShouldContain("already registered");
        var overlap = await anonymous[0].PostAsJsonAsync($"/api/forum/events/{id}/registrations", new { name = "Overlap", email = $"overlap-{id}@example.org", sessionIds = new[] { sessions[0], sessions[1] } }, Ct);
        overlap.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await overlap.Content.ReadAsStringAsync(Ct)).ShouldContain("same time");

        // A confirmed person cancels: the first on the waiting list moves up and gets an e-mail.
        var confirmed = rows.Where(r => r.GetProperty("sessions")[0].GetProperty("status").GetString() == "Confirmed").ToList();
        var firstWaiting = rows.Where(r => r.GetProperty("sessions")[0].GetProperty("status").GetString() == "Waiting")
            .OrderBy(r => r.GetProperty("createdAtUtc").GetDateTime()).ThenBy(r => r.GetProperty("id").GetInt32()).First();
        (await anonymous[0].DeleteAsync($"/api/forum/registrations/{confirmed[0].GetProperty("code").GetString()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var moved = await anonymous[0].GetFromJsonAsync<JsonElement>($"/api/forum/registrations/{firstWaiting.GetProperty("code").GetString()}", Ct);
        moved.GetProperty("sessions")[0].GetProperty("status").GetString().ShouldBe("Confirmed");
        site.Mails().ShouldContain(m => m.Contains(firstWaiting.GetProperty("email").GetString()!) && m.Contains("wachtlijst"));

        // Check-in at the door: the team only.
        var code = confirmed[1].GetProperty("code").GetString()!;
        (await anonymous[0].PostAsync($"/api/forum/checkin/{code}", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var checkIn = await admin.PostAsync($"/api/forum/checkin/{ForumService.FormatCode(code).ToLowerInvariant()}", null, Ct);
        checkIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(checkIn)).GetProperty("alreadyCheckedIn").GetBoolean().ShouldBeFalse();

        // Attendance list, calendar, reminders, badges.
        var xlsx = await admin.GetByteArrayAsync($"/api/forum/events/{id}/attendance.xlsx", Ct);
        var file = Path.Combine(Path.GetDirectoryName(site.DatabasePath)!, $"attendance-{id}.xlsx");
        await File.WriteAllBytesAsync(file, xlsx, Ct);
        var sheet = XlsxTable.Read(file, out var header);
        header.ShouldContain("checked in (brussels)");
        sheet.Count.ShouldBe(30);
        sheet.Count(r => r.Cells.TryGetValue("checked in (brussels)", out var t) && t.Length > 0).ShouldBe(1);

        var ics = await anonymous[0].GetStringAsync($"/api/forum/events/{id}/calendar.ics", Ct);
        Regex.Matches(ics, "BEGIN:VEVENT").Count.ShouldBe(4);
        ics.ShouldContain("\r\nSUMMARY:Warmte\\, één straat tegelijk\r\n");
        ics.Split("\r\n").ShouldAllBe(line => System.Text.Encoding.UTF8.GetByteCount(line) <= 75);

        var reminders = await admin.PostAsync($"/api/forum/events/{id}/reminders", null, Ct);
        (await Json(reminders)).GetProperty("sent").GetInt32().ShouldBe(29);
        site.Mails().Count(m => m.Contains("Herinnering")).ShouldBeGreaterThanOrEqualTo(29);

        var pdf = await admin.GetByteArrayAsync($"/api/forum/events/{id}/badges.pdf", Ct);
        var text = await PdfText.ExtractAsync(pdf, Ct);
        text.ShouldContain("Deelnemer");
        text.ShouldContain(ForumService.FormatCode(code));
    }

    [Fact]
    public async Task Registration_and_check_in_work_through_the_pages()
    {
        using var admin = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var id = await CreateForumAsync(admin, 10, 10);
        using var visitor = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await visitor.GetStringAsync($"/forum/{id}?lang=en", Ct);
        page.ShouldContain("Places left");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var sessionId = Regex.Match(page, "name=\"slot-0\" value=\"(\\d+)\"").Groups[1].Value;
        var post = await visitor.PostAsync($"/forum/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Eva Maes",
            ["Email"] = $"eva-{id}@example.org",
            ["Organisation"] = "Lille",
            ["slot-0"] = sessionId,
            ["slot-1"] = "",
            ["__RequestVerificationToken"] = token,
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ticketUrl = post.Headers.Location!.ToString();
        ticketUrl.ShouldStartWith("/forum/ticket/");
        var ticket = await visitor.GetStringAsync(ticketUrl, Ct);
        var code = ticketUrl.Split('/')[^1];
        ticket.ShouldContain(ForumService.FormatCode(code));

        var door = await admin.GetStringAsync("/forum/checkin", Ct);
        var doorToken = Regex.Match(door, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var checkedIn = await admin.PostAsync("/forum/checkin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = ForumService.FormatCode(code),
            ["__RequestVerificationToken"] = doorToken,
        }), Ct);
        (await checkedIn.Content.ReadAsStringAsync(Ct)).ShouldContain("Eva Maes is ingecheckt");
        (await visitor.GetAsync("/forum/checkin", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Call_end_to_end_from_applications_to_cases_with_tenant_and_conflict_checks()
    {
        int voorburg;
        await using (var db = WijkwerfDbFactory.Create(new DatabaseLocation(site.DatabasePath)))
            voorburg = await db.Municipalities.Where(m => m.Code == TestSite.Municipality).Select(m => m.Id).SingleAsync(Ct);
        using var admin = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, voorburg);
        var opens = BrusselsTime.ToBrussels(DateTime.UtcNow.AddHours(-1));
        var closes = BrusselsTime.ToBrussels(DateTime.UtcNow.AddHours(2));
        var created = await admin.PostAsJsonAsync("/api/calls", new
        {
            title = "Oproep " + Guid.NewGuid().ToString("N")[..6],
            text = "Twaalf wijken gezocht",
            opensBrussels = opens,
            closesBrussels = closes,
            maxPlaces = 1,
            criteria = new[] { new { name = "Integratie", weight = 75.0 }, new { name = "Betrokkenheid", weight = 25.0 } },
            scaleMin = 1,
            scaleMax = 5,
            eligibleApplicantTypes = "municipality,housing-association",
            minPartners = 1,
        }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var callId = int.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
        var call = await admin.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}", Ct);
        var criteria = call.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToArray();

        object Form(string district, string organisation) => new
        {
            districtCode = district,
            organisation,
            contactName = "Sanne",
            contactEmail = $"{district.ToLowerInvariant()}-{callId}@example.org",
            applicantType = "municipality",
            partners = "Vidomes",
            motivation = "Energie als hefboom",
        };
        // Staff apply for their own municipality's districts only.
        (await staff.PostAsJsonAsync($"/api/calls/{callId}/applications", Form(TestSite.FlemishDistrict, "Gemeente Lille"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var draft = await Json(await staff.PostAsJsonAsync($"/api/calls/{callId}/applications", Form(TestSite.District, "Gemeente Leidschendam-Voorburg"), Ct));
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        var a1 = draft.GetProperty("id").GetInt32();
        (await staff.PostAsync($"/api/calls/applications/{a1}/submit", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var a2 = (await Json(await admin.PostAsJsonAsync($"/api/calls/{callId}/applications", Form(TestSite.FlemishDistrict, "Gemeente Lille"), Ct))).GetProperty("id").GetInt32();
        (await admin.PostAsync($"/api/calls/applications/{a2}/submit", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reviewer = (await Json(await admin.PostAsJsonAsync($"/api/calls/{callId}/reviewers", new { name = "R", email = $"r-{callId}@example.org", organisation = "Nyenrode" }, Ct))).GetProperty("id").GetInt32();
        var conflicted = (await Json(await admin.PostAsJsonAsync($"/api/calls/{callId}/reviewers", new { name = "V", email = $"v-{callId}@example.org", organisation = "Vidomes" }, Ct))).GetProperty("id").GetInt32();
        var refusal = await admin.PostAsync($"/api/calls/applications/{a1}/reviewers/{conflicted}", null, Ct);
        refusal.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refusal.Content.ReadAsStringAsync(Ct)).ShouldContain("conflict of interest");
        foreach (var a in new[] { a1, a2 }) (await admin.PostAsync($"/api/calls/applications/{a}/reviewers/{reviewer}", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var outside = await admin.PostAsJsonAsync($"/api/calls/applications/{a1}/scores", new { reviewerId = reviewer, criterionId = criteria[0], value = 6 }, Ct);
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.Content.ReadAsStringAsync(Ct)).ShouldContain("outside the scale 1–5");
        foreach (var (a, v) in new[] { (a1, 3), (a2, 5) })
            foreach (var c in criteria)
                (await admin.PostAsJsonAsync($"/api/calls/applications/{a}/scores", new { reviewerId = reviewer, criterionId = c, value = v }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var ranking = await admin.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}/ranking", Ct);
        ranking[0].GetProperty("applicationId").GetInt32().ShouldBe(a2);
        ranking[0].GetProperty("weightedScore").GetDouble().ShouldBe(5);

        // A second after closing: no more applications; now the selection may be made.
        (await admin.PostAsJsonAsync($"/api/calls/{callId}/selection", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        site.Clock.Offset = BrusselsTime.ToUtc(closes) - DateTime.UtcNow + TimeSpan.FromSeconds(1);
        try
        {
            var late = await staff.PostAsJsonAsync($"/api/calls/{callId}/applications", Form(TestSite.OtherDistrict, "Gemeente Leidschendam-Voorburg"), Ct);
            late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await late.Content.ReadAsStringAsync(Ct)).ShouldContain("no more applications");
            var selection = await Json(await admin.PostAsJsonAsync($"/api/calls/{callId}/selection", new { }, Ct));
            selection.GetProperty("selected").EnumerateArray().Select(x => x.GetInt32()).ShouldBe([a2]);
            selection.GetProperty("notified").GetInt32().ShouldBe(2);
        }
        finally { site.Clock.Offset = TimeSpan.Zero; }
        await using (var db = WijkwerfDbFactory.Create(new DatabaseLocation(site.DatabasePath)))
        {
            var c = await db.Cases.SingleAsync(x => x.Origin == $"call:{callId}", Ct);
            c.DistrictCode.ShouldBe(TestSite.FlemishDistrict);
        }
        site.Mails().ShouldContain(m => m.Contains($"{TestSite.District.ToLowerInvariant()}-{callId}@example.org") && m.Contains("Niet geselecteerd"));
    }

    [Fact]
    public async Task Demo_seed_gives_a_forum_a_reviewed_call_and_five_dimensions_for_every_pilot_district_once()
    {
        using (var scope = site.Services.CreateScope())
        {
            var seed = scope.ServiceProvider.GetServices<Data.Modules.IDemoSeed>().OfType<OperationsDemoSeed>().Single();
            var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
            await seed.SeedAsync(db, Ct);
            await seed.SeedAsync(db, Ct);
            (await db.ForumEvents.CountAsync(e => e.Title == OperationsDemoSeed.ForumTitle, Ct)).ShouldBe(1);
            var forum = await db.ForumEvents.SingleAsync(e => e.Title == OperationsDemoSeed.ForumTitle, Ct);
            (await db.ForumRegistrations.CountAsync(r => r.EventId == forum.Id, Ct)).ShouldBe(36);
            (await db.Calls.CountAsync(c => c.Title == OperationsDemoSeed.CallTitle, Ct)).ShouldBe(1);
            (await db.ReviewScores.CountAsync(Ct)).ShouldBeGreaterThan(0);
        }
        using var client = site.CreateClient();
        foreach (var code in new[] { TestSite.District, TestSite.OtherDistrict, TestSite.FlemishDistrict })
        {
            var monitor = await client.GetFromJsonAsync<JsonElement>($"/api/outcomes/{code}", Ct);
            monitor.GetProperty("dimensions").GetArrayLength().ShouldBe(5);
        }
        var wechel = await client.GetFromJsonAsync<JsonElement>($"/api/outcomes/{TestSite.FlemishDistrict}", Ct);
        var gas = wechel.GetProperty("dimensions")[0].GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("key").GetString() == "gas-kwh-per-customer");
        gas.GetProperty("series").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData("nl", "Programma")]
    [InlineData("en", "Programme")]
    public async Task Operations_pages_answer_in_both_languages(string lang, string word)
    {
        using var admin = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var id = await CreateForumAsync(admin, 10, 10);
        foreach (var url in new[] { "/operations", "/forum", $"/forum/{id}", "/calls", $"/research/{TestSite.District}", "/research/lessons", $"/outcomes/{TestSite.District}",
                     "/forum/edit", $"/forum/edit/{id}", "/calls/edit", "/reviews" })
        {
            var response = await admin.GetAsync($"{url}?lang={lang}", Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            (await response.Content.ReadAsStringAsync(Ct)).ShouldContain(word, Case.Sensitive, url);
        }
    }
}
