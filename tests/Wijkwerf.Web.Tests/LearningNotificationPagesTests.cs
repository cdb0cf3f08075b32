using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Storage;
using Case = Wijkwerf.Domain.Learning.Case;

namespace Wijkwerf.Web.Tests;

/// <summary>The learning pages added with notifications: following from a page, the notifications list and the unread
/// count in the navigation, the drempel page (marks, comments, reports), the moderation queue, the case page with
/// guidance minutes and the programme tree with breakthroughs.</summary>
public sealed class LearningNotificationPagesTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const int Voorburg = 1, Lille = 2;

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<int> ShareAsync(HttpClient client, string title, string werf = "warmte") =>
        (await Json(await client.PostAsJsonAsync("/api/learning/drempels", new { title, text = $"Bij **{title}** liepen we vast.", kind = "Barrier", werven = new[] { werf } }, Ct), HttpStatusCode.Created))
        .GetProperty("summary").GetProperty("id").GetInt32();

    /// <summary>Posts a form the way a browser does: the anti-forgery token taken from the page it is on.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page, Ct);
        fields["__RequestVerificationToken"] = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields), Ct);
    }

    private static string NavCount(string html) => Regex.Match(html, "id=\"nav-notifications\">[^<]*(<span class=\"unread-count\"> \\((\\d+))?").Groups[2].Value;

    [Fact]
    public async Task A_follower_sees_a_comment_in_the_list_and_the_navigation_count_until_it_is_read()
    {
        using var author = await site.LoggedInClientAsync(Roles.MunicipalityStaff, Voorburg);
        var id = await ShareAsync(author, "Volgbare drempel " + Guid.NewGuid().ToString("N")[..6]);
        using var follower = await site.LoggedInClientAsync(Roles.Public);
        var page = $"/learning/drempels/{id}";
        var followed = await PostFormAsync(follower, page, "/learning/notifications?handler=Follow", new() { ["target"] = "Drempel", ["key"] = id.ToString(), ["returnUrl"] = page });
        followed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        followed.Headers.Location!.ToString().ShouldBe(page);
        (await follower.GetStringAsync(page, Ct)).ShouldContain($"aria-pressed=\"true\" aria-label=\"Niet meer volgen: ");
        NavCount(await follower.GetStringAsync("/learning", Ct)).ShouldBe("");

        using var commenter = await site.LoggedInClientAsync(Roles.MunicipalityStaff, Lille);
        (await PostFormAsync(commenter, page, page + "?handler=Comment", new() { ["text"] = "Bij ons ook, in **Wechelderzande**." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await commenter.GetStringAsync(page, Ct)).ShouldContain("<strong>Wechelderzande</strong>");

        var list = await follower.GetStringAsync("/learning/notifications", Ct);
        list.ShouldContain("Nieuwe reactie op");
        list.ShouldContain($"href=\"/learning/drempels/{id}#comment-");
        list.ShouldContain("1 ongelezen");
        NavCount(list).ShouldBe("1");
        (await follower.GetStringAsync("/learning/notifications?lang=en", Ct)).ShouldContain("New comment on");
        (await commenter.GetStringAsync("/learning/notifications", Ct)).ShouldNotContain($"/learning/drempels/{id}#comment-", customMessage: "the commenter wrote it");
        (await author.GetStringAsync("/learning/notifications", Ct)).ShouldContain("Geen meldingen.", customMessage: "the author follows nothing");

        (await PostFormAsync(follower, "/learning/notifications", "/learning/notifications?handler=ReadAll", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        NavCount(await follower.GetStringAsync("/learning/notifications", Ct)).ShouldBe("");
        (await Json(await follower.GetAsync("/api/learning/notifications/unread-count", Ct), HttpStatusCode.OK)).GetProperty("unread").GetInt32().ShouldBe(0);
        (await Json(await follower.GetAsync("/api/learning/notifications", Ct), HttpStatusCode.OK)).EnumerateArray().ShouldContain(n => n.GetProperty("event").GetString() == "DrempelComment" && n.GetProperty("read").GetBoolean());
        (await site.CreateClient().GetAsync("/api/learning/notifications", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Settings_turn_the_digest_on_and_follow_a_werf_through_the_api()
    {
        using var reader = await site.LoggedInClientAsync(Roles.Public);
        (await PostFormAsync(reader, "/learning/notifications/settings", "/learning/notifications/settings", new() { ["digest"] = "true", ["digestLanguage"] = "en" }))
            .Headers.Location!.ToString().ShouldBe("/learning/notifications/settings?saved=true");
        var settings = await Json(await reader.GetAsync("/api/learning/notifications/settings", Ct), HttpStatusCode.OK);
        settings.GetProperty("digestEnabled").GetBoolean().ShouldBeTrue();
        settings.GetProperty("language").GetString().ShouldBe("en");

        (await Json(await reader.PostAsJsonAsync("/api/learning/follows", new { target = "werf", key = "water" }, Ct), HttpStatusCode.OK)).GetProperty("url").GetString().ShouldBe("/learning/drempels?werf=water");
        var problem = await Json(await reader.PostAsJsonAsync("/api/learning/follows", new { target = "werf", key = "kernenergie" }, Ct), HttpStatusCode.BadRequest);
        problem.GetProperty("field").GetString().ShouldBe("key");
        (await Json(await reader.PostAsJsonAsync("/api/learning/follows", new { target = "planet", key = "1" }, Ct), HttpStatusCode.BadRequest)).GetProperty("field").GetString().ShouldBe("target");
        var page = await reader.GetStringAsync("/learning/notifications/settings", Ct);
        page.ShouldContain("href=\"/learning/drempels?werf=water\"");
        (await Json(await reader.GetAsync("/api/learning/follows", Ct), HttpStatusCode.OK)).GetArrayLength().ShouldBe(1);
        (await reader.DeleteAsync("/api/learning/follows/werf/water", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Json(await reader.GetAsync("/api/learning/follows", Ct), HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_drempel_page_shows_which_municipalities_hit_it_too_threads_replies_and_refuses_a_script()
    {
        using var author = await site.LoggedInClientAsync(Roles.MunicipalityStaff, Voorburg);
        var id = await ShareAsync(author, "Drempelpagina " + Guid.NewGuid().ToString("N")[..6]);
        var page = $"/learning/drempels/{id}";
        var own = await author.GetStringAsync(page, Ct);
        own.ShouldNotContain("?handler=Mark");
        own.ShouldContain("Alleen medewerkers van een andere gemeente");

        using var lille = await site.LoggedInClientAsync(Roles.MunicipalityStaff, Lille);
        (await PostFormAsync(lille, page, page + "?handler=Mark", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var marked = await site.CreateClient().GetStringAsync(page + "?lang=en", Ct);
        marked.ShouldContain("Also hit by (1)");
        var markedBy = Regex.Match(marked, "<ul class=\"marked-by\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        markedBy.ShouldContain("<li>Lille</li>");
        Regex.Matches(markedBy, "<li>").Count.ShouldBe(1);

        var first = await PostFormAsync(lille, page, page + "?handler=Comment", new() { ["text"] = "Welke vergunning vroegen jullie aan?" });
        var commentId = Regex.Match(first.Headers.Location!.ToString(), "#comment-(\\d+)").Groups[1].Value;
        (await PostFormAsync(author, page, page + "?handler=Comment", new() { ["text"] = "Een collectieve.", ["parentId"] = commentId })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var thread = await author.GetStringAsync(page, Ct);
        var parent = thread.IndexOf($"<li id=\"comment-{commentId}\">", StringComparison.Ordinal);
        var reply = thread.IndexOf("Een collectieve.", StringComparison.Ordinal);
        parent.ShouldBeGreaterThan(0);
        var between = thread[parent..reply];
        between.ShouldContain("Welke vergunning");
        between.ShouldContain("<ul class=\"comments\">", customMessage: "the reply sits in a list inside the comment it answers");
        between.ShouldNotContain("</li>", customMessage: "the parent comment is still open where the reply is");

        var refused = await PostFormAsync(lille, page, page + "?handler=Comment", new() { ["text"] = "Kijk <script>alert(1)</script>" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("text contains a script");
        (await Json(await lille.GetAsync($"/api/learning/drempels/{id}", Ct), HttpStatusCode.OK)).GetProperty("summary").GetProperty("comments").GetInt32().ShouldBe(2);
        (await site.CreateClient().GetAsync("/learning/drempels/999999", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_moderation_queue_is_the_platform_teams_and_nobody_moderates_their_own_content()
    {
        (await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/learning/moderation", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, Voorburg))
            (await staff.GetAsync("/learning/moderation", Ct)).Headers.Location!.ToString().ShouldContain("/account/denied");

        using var author = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var title = "Gemelde drempel " + Guid.NewGuid().ToString("N")[..6];
        var id = await ShareAsync(author, title);
        for (var i = 0; i < 3; i++)
        {
            using var reporter = await site.LoggedInClientAsync(Roles.Public);
            (await PostFormAsync(reporter, $"/learning/drempels/{id}", $"/learning/drempels/{id}?handler=Report", new() { ["contentKind"] = "drempel", ["contentId"] = id.ToString(), ["reason"] = $"reclame {i}" }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        (await site.CreateClient().GetAsync($"/learning/drempels/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var queue = await author.GetStringAsync("/learning/moderation", Ct);
        var start = queue.IndexOf($"<li id=\"queue-drempel-{id}\">", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        var item = queue[start..queue.IndexOf("</article>", start, StringComparison.Ordinal)];
        item.ShouldContain(title);
        item.ShouldContain("3 meldingen");
        item.ShouldContain("reclame 2");
        item.ShouldContain("Jouw bijdrage: een andere moderator beslist.");
        var own = await PostFormAsync(author, "/learning/moderation", "/learning/moderation", new() { ["contentKind"] = "drempel", ["contentId"] = id.ToString(), ["hide"] = "false", ["reason"] = "mijn eigen" });
        own.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await own.Content.ReadAsStringAsync(Ct)).ShouldContain("You wrote this; another moderator decides on it.");

        using var moderator = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var restored = await PostFormAsync(moderator, "/learning/moderation", "/learning/moderation", new() { ["contentKind"] = "drempel", ["contentId"] = id.ToString(), ["hide"] = "false", ["reason"] = "Echte drempel, geen reclame." });
        restored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await site.CreateClient().GetStringAsync($"/learning/drempels/{id}", Ct)).ShouldContain(title);
        (await moderator.GetStringAsync("/learning/moderation", Ct)).ShouldNotContain($"queue-drempel-{id}");
        using var scope = site.Services.CreateScope();
        var decision = await scope.ServiceProvider.GetRequiredService<WijkwerfDb>().ModerationDecisions.SingleAsync(d => d.ContentKind == "drempel" && d.ContentId == id, Ct);
        decision.Hide.ShouldBeFalse();
        decision.Reason.ShouldBe("Echte drempel, geen reclame.");
    }

    [Fact]
    public async Task The_case_page_shows_the_district_guidance_minutes_from_its_team_and_refuses_others()
    {
        int caseId;
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
            var c = new Case { Title = "Lille: Wechelderzande " + Guid.NewGuid().ToString("N")[..4], MunicipalityId = Lille, DistrictCode = TestSite.FlemishDistrict, CreatedAt = DateTimeOffset.UtcNow };
            db.Cases.Add(c);
            await db.SaveChangesAsync(Ct);
            caseId = c.Id;
        }
        var page = $"/learning/cases/{caseId}";
        (await site.CreateClient().GetStringAsync(page, Ct)).ShouldContain($"href=\"/districts/{TestSite.FlemishDistrict}\">Wechelderzande</a>");

        using var outsider = await site.LoggedInClientAsync(Roles.MunicipalityStaff, Voorburg);
        var refused = await outsider.PostAsJsonAsync($"/api/learning/cases/{caseId}/guidance", new { heldOn = "2026-11-20", minutes = "Ik was er niet bij." }, Ct);
        (await Json(refused, HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("guidance minutes");

        using var team = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        (await PostFormAsync(team, page, page + "?handler=Guidance", new() { ["heldOn"] = "2026-11-20", ["minutes"] = "Afspraken:\n\n- **warmtenet** eerst in de Dorpsstraat" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var shown = await site.CreateClient().GetStringAsync(page, Ct);
        shown.ShouldContain("<strong>warmtenet</strong> eerst in de Dorpsstraat");
        shown.ShouldContain("datetime=\"2026-11-20\"");
        var view = await Json(await site.CreateClient().GetAsync($"/api/learning/cases/{caseId}", Ct), HttpStatusCode.OK);
        view.GetProperty("guidance").GetArrayLength().ShouldBe(1);

        // The platform team adds a member by e-mail; that member may then write minutes too.
        var (memberEmail, memberPassword) = await site.CreateUserAsync(Roles.MunicipalityStaff, Lille);
        (await PostFormAsync(team, page, page + "?handler=Member", new() { ["email"] = memberEmail, ["role"] = "wijkregisseur" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var unknown = await PostFormAsync(team, page, page + "?handler=Member", new() { ["email"] = "niemand@example.org", ["role"] = "member" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync(Ct)).ShouldContain("niemand@example.org");
        (await site.CreateClient().GetStringAsync(page, Ct)).ShouldContain("(wijkregisseur)");
        using var member = await site.LoggedInClientAsync(memberEmail, memberPassword);
        await Json(await member.PostAsJsonAsync($"/api/learning/cases/{caseId}/guidance", new { heldOn = "2026-11-21", minutes = "Tweede sessie." }, Ct), HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_programme_tree_rolls_weighted_breakthrough_progress_up_to_the_work_point()
    {
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
            foreach (var seed in scope.ServiceProvider.GetServices<IDemoSeed>().Where(s => s.Module == "learning")) await seed.SeedAsync(db, Ct);
        }
        using var team = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var programmes = await Json(await team.GetAsync("/api/learning/programmes", Ct), HttpStatusCode.OK);
        var heat = programmes.EnumerateArray().Single(p => p.GetProperty("number").GetInt32() == 1);
        var point = heat.GetProperty("workPoints")[0].GetProperty("id").GetInt32();

        var title = "Modelconvenant nutsbedrijven " + Guid.NewGuid().ToString("N")[..4];
        await Json(await team.PostAsJsonAsync($"/api/learning/work-points/{point}/breakthroughs", new { title, weight = 3, progress = 1.0, deliverable = "convenant" }, Ct), HttpStatusCode.Created);
        await Json(await team.PostAsJsonAsync($"/api/learning/work-points/{point}/breakthroughs", new { title = "Financieringsgids", weight = 1, progress = 0.0 }, Ct), HttpStatusCode.Created);
        var bad = await Json(await team.PostAsJsonAsync($"/api/learning/work-points/{point}/breakthroughs", new { title = "Te veel", progress = 1.5 }, Ct), HttpStatusCode.BadRequest);
        bad.GetProperty("field").GetString().ShouldBe("progress");
        using (var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, Voorburg))
            (await staff.PostAsJsonAsync($"/api/learning/work-points/{point}/breakthroughs", new { title = "Niet van mij" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var after = (await Json(await team.GetAsync("/api/learning/programmes", Ct), HttpStatusCode.OK)).EnumerateArray().Single(p => p.GetProperty("number").GetInt32() == 1);
        var workPoint = after.GetProperty("workPoints").EnumerateArray().Single(w => w.GetProperty("id").GetInt32() == point);
        workPoint.GetProperty("breakthroughs").GetArrayLength().ShouldBe(2);
        workPoint.GetProperty("progress").GetDouble().ShouldBe(0.75, 1e-9);
        var points = after.GetProperty("workPoints").EnumerateArray().Select(w => w.GetProperty("progress").GetDouble()).ToList();
        after.GetProperty("progress").GetDouble().ShouldBe(points.Average(), 1e-9, "work points weigh 1 each");

        var tree = await site.CreateClient().GetStringAsync("/learning", Ct);
        var li = Regex.Match(tree, $"<li id=\"workpoint-{point}\">.*?</li>\\s*</ul>", RegexOptions.Singleline).Value;
        li.ShouldContain("75 %");
        li.ShouldContain(title);
        li.ShouldContain("resultaat: convenant");
    }

    [Fact]
    public async Task The_scheduled_digest_mails_once_and_a_restart_the_same_day_mails_nothing_again()
    {
        var (email, _) = await site.CreateUserAsync(Roles.Public);
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
            var reader = (await db.Users.SingleAsync(u => u.Email == email, Ct)).Id;
            var (authorEmail, _) = await site.CreateUserAsync(Roles.MunicipalityStaff, Voorburg);
            var author = (await db.Users.SingleAsync(u => u.Email == authorEmail, Ct)).Id;
            var notifications = scope.ServiceProvider.GetRequiredService<Wijkwerf.Data.Knowledge.Notifications.NotificationService>();
            await notifications.FollowAsync(reader, Wijkwerf.Domain.Learning.FollowTarget.Werf, "ontharding", Ct);
            await notifications.SaveSettingsAsync(reader, true, "en", Ct);
            await scope.ServiceProvider.GetRequiredService<Wijkwerf.Data.Knowledge.Drempels.DrempelService>().CreateAsync(
                new("Tegels eruit op het schoolplein", "Het **schoolplein** wordt een speelbos.", Wijkwerf.Domain.Learning.DrempelKind.GoodPractice, "Tiles out of the schoolyard", Werven: ["ontharding"]), author, Voorburg, Ct);
        }
        var mailFolder = Path.Combine(Path.GetDirectoryName(site.DatabasePath)!, "mail");
        int MailsTo() => Directory.Exists(mailFolder) ? Directory.GetFiles(mailFolder, "*.eml").Count(f => File.ReadAllText(f).Contains(email, StringComparison.Ordinal)) : 0;

        // Hour 0: any start today is past the hour, so the schedule runs at once, as after a restart.
        var config = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Learning:Digest:Hour"] = "0" }).Build();
        for (var start = 1; start <= 2; start++)
        {
            var log = new RecordingLogger();
            var schedule = new Wijkwerf.Web.Features.Learning.DailyDigestSchedule(site.Services.GetRequiredService<IServiceScopeFactory>(), config, TimeProvider.System, log);
            await schedule.StartAsync(Ct);
            var ran = await log.FirstAsync(m => m.StartsWith("Daily digest", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
            await schedule.StopAsync(Ct);
            ran.ShouldEndWith(", 0 failed"); // other tests' readers may be in the same run; this reader's mails are counted below
            MailsTo().ShouldBe(1, $"start {start}: {ran}");
        }
    }

    /// <summary>Keeps what the schedule logs, so the test knows when a run finished.</summary>
    private sealed class RecordingLogger : Microsoft.Extensions.Logging.ILogger<Wijkwerf.Web.Features.Learning.DailyDigestSchedule>
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> messages = new();
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception.Message));

        public async Task<string> FirstAsync(Func<string, bool> match, TimeSpan guard)
        {
            var until = DateTime.UtcNow + guard;
            while (DateTime.UtcNow < until)
            {
                if (messages.FirstOrDefault(match) is { } found) return found;
                await Task.Delay(100);
            }
            throw new TimeoutException("The digest schedule logged no run.");
        }
    }
}
