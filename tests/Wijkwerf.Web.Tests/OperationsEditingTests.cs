using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;
using Wijkwerf.Web.Features.Operations.Forum;

namespace Wijkwerf.Web.Tests;

/// <summary>The platform team's pages for events, calls and reviews; the ticket's QR code; the scheduled reminders.</summary>
public sealed class OperationsEditingTests(OperationsSiteFixture fixture) : IClassFixture<OperationsSiteFixture>
{
    private readonly OperationsSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client(HttpClient? logged = null) => logged ?? site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> TeamAsync()
    {
        var (email, password) = await site.CreateUserAsync(Roles.PlatformAdmin);
        return await LoggedInAsync(email, password);
    }

    /// <summary>A signed-in client that does not follow redirects (the tests read where a form sends them).</summary>
    private async Task<HttpClient> LoggedInAsync(string email, string password)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/account/login", Ct);
        var post = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = Token(login),
        }), Ct);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync(Ct));
        return client;
    }

    private static string Token(string page) => Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>Opens the page (for its antiforgery token) and posts the form as a browser would.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(page, Ct);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", Token(html)))), Ct);
    }

    /// <summary>Signed in without the right: the cookie scheme sends the browser to the access-denied page.</summary>
    private static void Refused(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/denied");
    }

    /// <summary>A mail as its recipient reads it: the body decoded from quoted-printable or base64.</summary>
    private static string Readable(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var (head, body) = (eml[..split], eml[(split + 4)..]);
        if (head.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            body = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, "\\s", "")));
        else if (head.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = Regex.Replace(body.Replace("=\r\n", ""), "=([0-9A-F]{2})", m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString());
            body = System.Text.Encoding.UTF8.GetString(bytes.Select(c => (byte)c).ToArray());
        }
        return head + "\r\n\r\n" + body;
    }

    private WijkwerfDb Db() => WijkwerfDbFactory.Create(new DatabaseLocation(site.DatabasePath));

    [Fact]
    public async Task The_team_builds_an_event_and_its_programme_on_the_pages_in_Brussels_time_and_calling_a_session_off_mails_the_registered()
    {
        using var team = await TeamAsync();
        var title = "Praktijklabdag " + Guid.NewGuid().ToString("N")[..6];
        var created = await PostFormAsync(team, "/forum/edit", "/forum/edit?handler=Event", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["TitleEn"] = "Practice lab day",
            ["Kind"] = "PracticeLab",
            ["Venue"] = "Gemeentehuis Voorburg",
            ["Starts"] = "2027-01-14T09:00",
            ["Ends"] = "2027-01-14T17:00",
            ["Capacity"] = "40",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync(Ct));
        var editor = created.Headers.Location!.ToString();
        editor.ShouldStartWith("/forum/edit/");
        var id = int.Parse(Regex.Match(editor, @"/forum/edit/(\d+)").Groups[1].Value);
        await using (var db = Db())
        {
            var stored = await db.ForumEvents.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
            // 09:00 in Brussels in January (winter time, UTC+1) is 08:00 UTC.
            (stored.Title, stored.Kind, stored.StartsAtUtc, stored.Capacity).ShouldBe((title, ForumEventKind.PracticeLab, new DateTime(2027, 1, 14, 8, 0, 0), 40));
        }

        Dictionary<string, string> Session(string name, string starts, string ends) => new()
        {
            ["Title"] = name,
            ["Starts"] = starts,
            ["Ends"] = ends,
            ["Room"] = "Raadzaal",
            ["Capacity"] = "20",
            ["Speakers"] = "An Peeters, Jan Smit",
            ["Language"] = "nl/en",
            ["Tags"] = "Energie, wp1",
        };
        var bad = await PostFormAsync(team, editor, $"/forum/edit/{id}?handler=Session", Session("Te laat", "2027-01-14T18:00", "2027-01-14T19:00"));
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("&#x27;Te laat&#x27; is outside the event&#x27;s time");
        var added = await PostFormAsync(team, editor, $"/forum/edit/{id}?handler=Session", Session("Warmte in de wijk", "2027-01-14T10:00", "2027-01-14T11:30"));
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync(Ct));
        int sessionId;
        await using (var db = Db())
        {
            var session = await db.ForumSessions.AsNoTracking().SingleAsync(s => s.EventId == id, Ct);
            (session.StartsAtUtc, session.Language, session.Tags, session.Capacity).ShouldBe((new DateTime(2027, 1, 14, 9, 0, 0), "nl/en", "energie,wp1", 20));
            sessionId = session.Id;
        }

        // Editing the session: the form comes back filled in, the change is stored.
        var editPage = await team.GetStringAsync($"/forum/edit/{id}?session={sessionId}", Ct);
        editPage.ShouldContain("value=\"2027-01-14T10:00\"");
        var edited = Session("Warmte in de wijk (verplaatst)", "2027-01-14T13:00", "2027-01-14T14:00");
        edited["SessionId"] = $"{sessionId}";
        (await PostFormAsync(team, editor, $"/forum/edit/{id}?handler=Session", edited)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var visitor = Client();
        var email = $"ruben-{id}@example.org";
        (await visitor.PostAsJsonAsync($"/api/forum/events/{id}/registrations", new { name = "Ruben", email, sessionIds = new[] { sessionId } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var calledOff = await PostFormAsync(team, editor, $"/forum/edit/{id}?handler=CallOff", new Dictionary<string, string> { ["sessionId"] = $"{sessionId}" });
        calledOff.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await team.GetStringAsync(calledOff.Headers.Location!.ToString(), Ct)).ShouldContain("1 ingeschrevenen kregen bericht");
        site.Mails().Select(Readable).ShouldContain(m => m.Contains(email) && m.Contains("gaat niet door"));
        var programme = await visitor.GetStringAsync($"/forum/{id}", Ct);
        programme.ShouldContain("Warmte in de wijk (verplaatst) (Geannuleerd)");
        programme.ShouldNotContain($"value=\"{sessionId}\"");
    }

    [Fact]
    public async Task Only_the_platform_team_opens_the_editors()
    {
        using var staff = await site.LoggedInClientAsync(Roles.Expert);
        using var anonymous = Client();
        foreach (var url in new[] { "/forum/edit", "/calls/edit" })
        {
            (await anonymous.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            Refused(await staff.GetAsync(url, Ct));
        }
        (await staff.PutAsJsonAsync("/api/calls/1", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, string> CallForm(string title, params (string Name, string Weight)[] criteria)
    {
        var form = new Dictionary<string, string>
        {
            ["Title"] = title,
            ["TitleEn"] = "Sustainable districts",
            ["Text"] = "Wij zoeken wijken.",
            ["TextEn"] = "We look for districts.",
            ["Opens"] = "2027-01-15T09:00",
            ["Closes"] = "2027-07-13T23:59",
            ["MaxPlaces"] = "12",
            ["ScaleMin"] = "0",
            ["ScaleMax"] = "10",
            ["ApplicantTypes"] = "municipality",
            ["EligibleCountry"] = "",
            ["MinPartners"] = "1",
        };
        for (var i = 0; i < criteria.Length; i++)
        {
            form[$"Criteria[{i}].Name"] = criteria[i].Name;
            form[$"Criteria[{i}].Weight"] = criteria[i].Weight;
        }
        return form;
    }

    [Fact]
    public async Task The_call_form_refuses_what_the_API_refuses_with_the_same_message_and_stores_Brussels_times()
    {
        using var team = await TeamAsync();
        var title = "Oproep " + Guid.NewGuid().ToString("N")[..6];
        var refused = await PostFormAsync(team, "/calls/edit", "/calls/edit", CallForm(title, ("Integratie", "50"), ("Betrokkenheid", "40")));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("the weights add up to 90 %; they must add up to 100 %");
        page.ShouldContain($"value=\"{title}\"");
        var api = await team.PostAsJsonAsync("/api/calls", new
        {
            title,
            text = "Wij zoeken wijken.",
            opensBrussels = new DateTime(2027, 1, 15, 9, 0, 0),
            closesBrussels = new DateTime(2027, 7, 13, 23, 59, 0),
            maxPlaces = 12,
            criteria = new[] { new { name = "Integratie", weight = 50.0 }, new { name = "Betrokkenheid", weight = 40.0 } },
        }, Ct);
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.Content.ReadAsStringAsync(Ct)).ShouldContain("the weights add up to 90 %; they must add up to 100 %");
        await using (var db = Db()) (await db.Calls.CountAsync(c => c.Title == title, Ct)).ShouldBe(0);

        var created = await PostFormAsync(team, "/calls/edit", "/calls/edit", CallForm(title, ("Integratie", "62,5"), ("Betrokkenheid", "37.5")));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync(Ct));
        await using (var db = Db())
        {
            var call = await db.Calls.AsNoTracking().Include(c => c.Criteria).SingleAsync(c => c.Title == title, Ct);
            // 9:00 in January is 08:00 UTC; 23:59 on 13 July (summer time) is 21:59 UTC.
            (call.OpensAtUtc, call.ClosesAtUtc, call.TextEn).ShouldBe((new DateTime(2027, 1, 15, 8, 0, 0), new DateTime(2027, 7, 13, 21, 59, 0), "We look for districts."));
            call.Criteria.OrderBy(k => k.Id).Select(k => k.Weight).ShouldBe([62.5, 37.5]);
        }
    }

    [Fact]
    public async Task Reviewers_are_assigned_on_the_review_page_with_conflicts_refused_and_score_on_their_own_page()
    {
        using var team = await TeamAsync();
        int callId, applicationId;
        using (var scope = site.Services.CreateScope())
        {
            var calls = scope.ServiceProvider.GetRequiredService<CallService>();
            var now = BrusselsTime.ToBrussels(DateTime.UtcNow);
            callId = await calls.CreateAsync(new NewCall("Reviewoproep " + Guid.NewGuid().ToString("N")[..6], "Tekst", now.AddHours(-1), now.AddDays(3), 2,
                [new("Integratie", 75), new("Betrokkenheid", 25)], ScaleMin: 1, ScaleMax: 5, MinPartners: 1));
            applicationId = (await calls.SaveDraftAsync(callId, new(TestSite.District, "Gemeente Leidschendam-Voorburg", "Sanne", $"sanne-{callId}@example.org",
                Partners: "Woonstichting Vidomes", Motivation: "Energie en armoede samen"))).Id;
            await calls.SubmitAsync(applicationId);
        }
        var (reviewerEmail, reviewerPassword) = await site.CreateUserAsync(Roles.Expert);
        var board = $"/calls/{callId}/reviews";
        async Task<int> AddReviewer(string name, string email, string organisation)
        {
            var r = await PostFormAsync(team, board, $"{board}?handler=Reviewer", new Dictionary<string, string> { ["name"] = name, ["email"] = email, ["organisation"] = organisation, ["municipalityId"] = "" });
            r.StatusCode.ShouldBe(HttpStatusCode.Redirect, await r.Content.ReadAsStringAsync(Ct));
            await using var db = Db();
            return await db.CallReviewers.Where(x => x.CallId == callId && x.Email == email.ToLowerInvariant()).Select(x => x.Id).SingleAsync(Ct);
        }
        var neutral = await AddReviewer("Noor Nyenrode", reviewerEmail, "Nyenrode Business Universiteit");
        var partner = await AddReviewer("Vera Vidomes", $"vera-{callId}@example.org", "Woonstichting Vidomes");

        var boardPage = await team.GetStringAsync(board, Ct);
        boardPage.ShouldContain("Vera Vidomes: works for a partner of the application (Woonstichting Vidomes)");
        boardPage.ShouldContain($"<option value=\"{partner}\" disabled>");
        var conflicted = await PostFormAsync(team, board, $"{board}?handler=Assign", new Dictionary<string, string> { ["applicationId"] = $"{applicationId}", ["reviewerId"] = $"{partner}" });
        conflicted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await conflicted.Content.ReadAsStringAsync(Ct)).ShouldContain("conflict of interest: Vera Vidomes works for a partner");
        (await PostFormAsync(team, board, $"{board}?handler=Assign", new Dictionary<string, string> { ["applicationId"] = $"{applicationId}", ["reviewerId"] = $"{neutral}" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = Db())
            (await db.CallReviewAssignments.Where(a => a.ApplicationId == applicationId).Select(a => a.ReviewerId).ToListAsync(Ct)).ShouldBe([neutral]);

        int[] criteria;
        await using (var db = Db()) criteria = await db.CallCriteria.Where(k => k.CallId == callId).OrderBy(k => k.Id).Select(k => k.Id).ToArrayAsync(Ct);
        using var reviewer = await LoggedInAsync(reviewerEmail, reviewerPassword);
        var mine = await reviewer.GetStringAsync("/reviews", Ct);
        mine.ShouldContain("Energie en armoede samen");
        mine.ShouldContain("min=\"1\" max=\"5\"");
        Dictionary<string, string> Scores(string first, string second) => new()
        {
            ["applicationId"] = $"{applicationId}",
            ["reviewerId"] = $"{neutral}",
            [$"score-{criteria[0]}"] = first,
            [$"comment-{criteria[0]}"] = "Sterke koppeling sociaal en technisch",
            [$"score-{criteria[1]}"] = second,
            [$"comment-{criteria[1]}"] = "",
        };
        var outside = await PostFormAsync(reviewer, "/reviews", "/reviews", Scores("4", "6"));
        outside.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await outside.Content.ReadAsStringAsync(Ct)).ShouldContain("score 6 for &#x27;Betrokkenheid&#x27; is outside the scale 1–5");
        await using (var db = Db()) (await db.ReviewScores.CountAsync(s => s.ApplicationId == applicationId, Ct)).ShouldBe(0);
        (await PostFormAsync(reviewer, "/reviews", "/reviews", Scores("4", "2"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Someone else cannot score as this reviewer, neither on the page nor through the API.
        using var other = await site.LoggedInClientAsync(Roles.Expert);
        Refused(await PostFormAsync(other, "/reviews", "/reviews", Scores("5", "5")));
        Refused(await other.GetAsync($"/reviews?reviewer={neutral}", Ct));
        await using (var db = Db()) (await db.ReviewScores.Where(s => s.ApplicationId == applicationId).Select(s => s.Value).ToListAsync(Ct)).ShouldBe([4, 2], ignoreOrder: true);
        (await other.PostAsJsonAsync($"/api/calls/applications/{applicationId}/scores", new { reviewerId = neutral, criterionId = criteria[0], value = 5 }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // (75 · 4 + 25 · 2) / 100 = 3.5
        var ranking = await team.GetStringAsync($"/calls/{callId}/ranking?lang=en", Ct);
        ranking.ShouldContain("3.50");
        ranking.ShouldContain("Integratie (75 %)");
        ranking.ShouldContain("Selection is possible once the call has closed.");
    }

    [Fact]
    public async Task The_ticket_shows_a_QR_code_of_the_door_page_with_the_code_which_the_door_page_fills_in()
    {
        int id;
        using (var scope = site.Services.CreateScope())
        {
            var day = DateTime.UtcNow.Date.AddDays(40).AddHours(8);
            id = await scope.ServiceProvider.GetRequiredService<ForumService>().CreateEventAsync(new NewEvent("QR-dag", ForumEventKind.Forum, day, day.AddHours(4), 10));
        }
        using var visitor = Client();
        var registered = await visitor.PostAsJsonAsync($"/api/forum/events/{id}/registrations", new { name = "Hanne Wouters", email = $"hanne-{id}@example.org", sessionIds = Array.Empty<int>() }, Ct);
        var code = (await registered.Content.ReadFromJsonAsync<RegistrationRow>(Ct))!.Code;
        var ticket = await visitor.GetStringAsync($"/forum/ticket/{code}", Ct);
        var qr = Regex.Match(ticket, "<div role=\"img\" aria-label=\"[^\"]+\" id=\"check-in-qr\">(<svg.*?</svg>)</div>", RegexOptions.Singleline);
        qr.Success.ShouldBeTrue("the ticket holds an SVG QR code");
        qr.Groups[1].Value.ShouldContain("viewBox");
        // The same address drawn by the same generator: the code on the ticket is the door page with this code.
        qr.Groups[1].Value.ShouldBe(TicketQr.Svg($"http://localhost/forum/checkin?code={code}"));

        using var team = await TeamAsync();
        var door = await team.GetStringAsync($"/forum/checkin?code={code}", Ct);
        door.ShouldContain($"value=\"{ForumService.FormatCode(code)}\"");
        door.ShouldContain("Code van Hanne Wouters");
    }

    [Fact]
    public async Task The_reminder_worker_mails_a_day_ahead_once_and_a_restarted_worker_sends_nothing_again()
    {
        var starts = DateTime.UtcNow.Date.AddDays(60).AddHours(9);
        int id;
        using (var scope = site.Services.CreateScope())
        {
            var forum = scope.ServiceProvider.GetRequiredService<ForumService>();
            id = await forum.CreateEventAsync(new NewEvent("Herinneringsdag", ForumEventKind.Oogstsessie, starts, starts.AddHours(3), 1, "Lille"));
            await forum.RegisterAsync(id, new RegistrationRequest("Ann", $"ann-{id}@example.org", null, []));
            await forum.RegisterAsync(id, new RegistrationRequest("Bert", $"bert-{id}@example.org", null, []));
        }
        // The worker's clock stands 23 hours before the event (far from the real now, where the site's own worker looks).
        var clock = new FixedClock(new DateTimeOffset(starts.AddHours(-23), TimeSpan.Zero));
        var options = new ForumReminderOptions(TimeSpan.FromHours(24), TimeSpan.FromHours(1), "https://wijkwerf.example", true);
        var scopes = site.Services.GetRequiredService<IServiceScopeFactory>();
        using (var worker = new ForumReminderWorker(scopes, clock, options, NullLogger<ForumReminderWorker>.Instance))
        {
            await worker.StartAsync(Ct);
            var waited = 0;
            while (site.Mails().Count(m => m.Contains($"-{id}@example.org")) < 2 && waited++ < 200) await Task.Delay(50, Ct);
            await worker.StopAsync(Ct);
        }
        var mails = site.Mails().Select(Readable).Where(m => m.Contains($"-{id}@example.org")).ToList();
        mails.Count.ShouldBe(2);
        mails.ShouldContain(m => m.Contains($"ann-{id}@example.org") && m.Contains("https://wijkwerf.example/forum/ticket/"));
        mails.ShouldContain(m => m.Contains($"bert-{id}@example.org") && m.Contains("nog op de wachtlijst"));

        using var restarted = new ForumReminderWorker(scopes, clock, options, NullLogger<ForumReminderWorker>.Instance);
        (await restarted.RunOnceAsync(Ct)).Sent.ShouldBeEmpty();
        site.Mails().Count(m => m.Contains($"-{id}@example.org")).ShouldBe(2);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
