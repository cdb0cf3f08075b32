using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using CliApp = Wijkwerf.Cli.CliApp;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Knowledge;
using Wijkwerf.Data.Knowledge.Cases;
using Wijkwerf.Data.Knowledge.Drempels;
using Wijkwerf.Data.Knowledge.Harvest;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Knowledge.Programmes;
using Wijkwerf.Data.Knowledge.Workbook;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Tests.Cli;
using Wijkwerf.Data.Tests.Import;
using Wijkwerf.Data.Tests.Operations;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Domain.Places;
using Case = Wijkwerf.Domain.Learning.Case;

namespace Wijkwerf.Data.Tests.Learning;

/// <summary>Follows and notifications on the seeded learning platform (the three real programmes, their work points and
/// the workbook) with two pioneer municipalities: events reach the followers only, never the actor; hidden content
/// leaves every list; the daily digest mails each opted-in person once a day in their language.</summary>
public sealed class NotificationTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private WijkwerfDb db = null!;
    private int mechelen, gent;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        db = await database.OpenAsync();
        await new LearningSeed().SeedAsync(db, Ct);
        var m = new Municipality { Code = "12025", Name = "Mechelen", Country = Country.BE };
        var g = new Municipality { Code = "44021", Name = "Gent", Country = Country.BE };
        db.Municipalities.AddRange(m, g);
        await db.SaveChangesAsync(Ct);
        (mechelen, gent) = (m.Id, g.Id);
    }

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<string> UserAsync(string name, int? municipality = null)
    {
        var user = new WijkwerfUser { UserName = $"{name}@example.org", Email = $"{name}@example.org", DisplayName = name, MunicipalityId = municipality };
        db.Users.Add(user);
        await db.SaveChangesAsync(Ct);
        return user.Id;
    }

    private NotificationService Notifications => new(db);

    private async Task<List<NotificationView>> InboxAsync(string user) => (await Notifications.ListAsync(user, 100, Ct)).ToList();

    private Task<Drempel> ShareAsync(string author, int municipality, string title, string werf, int? programme = null, string? titleEn = null) =>
        new DrempelService(db).CreateAsync(new DrempelInput(title, $"Wat we tegenkwamen bij **{title.ToLowerInvariant()}**.", DrempelKind.Barrier, titleEn, Werven: [werf], ProgrammeId: programme), author, municipality, Ct);

    [Fact]
    public async Task Each_event_reaches_the_followers_of_what_it_concerns_once_and_never_the_one_who_did_it()
    {
        var heat = await db.WorkProgrammes.SingleAsync(p => p.Number == 1, Ct);
        var author = await UserAsync("auteur-mechelen", mechelen);
        var werfFollower = await UserAsync("volgt-warmte");
        var programmeFollower = await UserAsync("volgt-programma-1");
        var municipalityFollower = await UserAsync("volgt-mechelen");
        var drempelFollower = await UserAsync("volgt-drempel", gent);
        var bystander = await UserAsync("volgt-niets");
        var workbookFollower = await UserAsync("volgt-werkboek");
        await Notifications.FollowAsync(author, FollowTarget.Werf, "warmte", Ct); // the author follows the werf too
        await Notifications.FollowAsync(werfFollower, FollowTarget.Werf, "warmte", Ct);
        await Notifications.FollowAsync(werfFollower, FollowTarget.Programme, heat.Id.ToString(), Ct); // two matches, one notification
        await Notifications.FollowAsync(programmeFollower, FollowTarget.Programme, heat.Id.ToString(), Ct);
        await Notifications.FollowAsync(municipalityFollower, FollowTarget.Municipality, mechelen.ToString(), Ct);
        await Notifications.FollowAsync(workbookFollower, FollowTarget.Workbook, Notifier.WorkbookKey, Ct);

        var drempel = await ShareAsync(author, mechelen, "Warmtenet zonder eigenaar", "warmte", heat.Id);
        foreach (var follower in new[] { werfFollower, programmeFollower, municipalityFollower })
            (await InboxAsync(follower)).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                n => n.Event.ShouldBe(NotificationEvent.DrempelShared),
                n => n.Title.ShouldBe("Warmtenet zonder eigenaar"),
                n => n.Url.ShouldBe($"/learning/drempels/{drempel.Id}"));
        (await InboxAsync(author)).ShouldBeEmpty("the author shared it");
        (await InboxAsync(bystander)).ShouldBeEmpty();
        (await InboxAsync(drempelFollower)).ShouldBeEmpty();
        await ShareAsync(author, mechelen, "Regenwater op het plein", "water");
        (await InboxAsync(werfFollower)).Count.ShouldBe(1, "water is not followed");

        await Notifications.FollowAsync(drempelFollower, FollowTarget.Drempel, drempel.Id.ToString(), Ct);
        await Notifications.FollowAsync(author, FollowTarget.Drempel, drempel.Id.ToString(), Ct);
        var drempels = new DrempelService(db);
        await drempels.CommentAsync(drempel.Id, null, "Herkenbaar in Gent.", drempelFollower, Ct);
        (await InboxAsync(author)).ShouldHaveSingleItem().Event.ShouldBe(NotificationEvent.DrempelComment);
        (await InboxAsync(drempelFollower)).ShouldBeEmpty("the commenter wrote it");
        await drempels.MarkAsync(drempel.Id, drempelFollower, gent, Ct);
        (await InboxAsync(author)).Select(n => n.Event).ShouldBe([NotificationEvent.DrempelMark, NotificationEvent.DrempelComment]);
        (await InboxAsync(werfFollower)).Count.ShouldBe(1, "comments and marks go to the drempel's followers only");

        await new WorkbookService(db).PublishAsync("Editie voorjaar", "volgt-programma-1@example.org", Ct);
        (await InboxAsync(workbookFollower)).ShouldHaveSingleItem().Event.ShouldBe(NotificationEvent.EditionPublished);
        (await InboxAsync(programmeFollower)).Select(n => n.Event).ShouldNotContain(NotificationEvent.EditionPublished, "the publisher is named by user name and still is the actor");

        var point = await db.WorkPoints.FirstAsync(w => w.ProgrammeId != heat.Id, Ct);
        await new HarvestService(db).UpdateAsync(point.Id, null, null, heat.Id, false, Ct, by: author);
        (await InboxAsync(programmeFollower)).First().ShouldSatisfyAllConditions(
            n => n.Event.ShouldBe(NotificationEvent.WorkPointAdded), n => n.Url.ShouldBe($"/learning#workpoint-{point.Id}"));
        await new HarvestService(db).UpdateAsync(point.Id, "Nieuwe naam", null, heat.Id, false, Ct, by: author);
        (await InboxAsync(programmeFollower)).Count(n => n.Event == NotificationEvent.WorkPointAdded).ShouldBe(1, "renaming is not arriving again");

        await Notifications.FollowAsync(bystander, FollowTarget.WorkPoint, point.Id.ToString(), Ct);
        await new BreakthroughService(db).AddAsync(point.Id, new BreakthroughInput("Modelconvenant met de nutsbedrijven", Progress: 0.5), author, Ct);
        (await InboxAsync(bystander)).ShouldHaveSingleItem().Event.ShouldBe(NotificationEvent.BreakthroughAdded);
    }

    [Fact]
    public async Task Reviews_given_and_answered_in_a_followed_case_reach_its_followers()
    {
        var noord = new Case { Title = "Mechelen: Arsenaal", MunicipalityId = mechelen, CreatedAt = DateTimeOffset.UtcNow };
        var zuid = new Case { Title = "Gent: Binnenstad", MunicipalityId = gent, CreatedAt = DateTimeOffset.UtcNow };
        db.Cases.AddRange(noord, zuid);
        var expertRole = new Microsoft.AspNetCore.Identity.IdentityRole(Roles.Expert) { NormalizedName = Roles.Expert.ToUpperInvariant() };
        db.Roles.Add(expertRole);
        await db.SaveChangesAsync(Ct);
        var expert = await UserAsync("expert");
        db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = expert, RoleId = expertRole.Id });
        var team = await UserAsync("team-arsenaal", mechelen);
        var follower = await UserAsync("volgt-arsenaal");
        var reviews = new PeerReviewService(db);
        await reviews.AddMemberAsync(noord.Id, team, "member", Ct);
        await Notifications.FollowAsync(follower, FollowTarget.Case, noord.Id.ToString(), Ct);
        await Notifications.FollowAsync(team, FollowTarget.Case, noord.Id.ToString(), Ct);

        var round = await reviews.OpenRoundAsync("Ronde 1", ["warmte"], 1, null, Ct);
        var review = await reviews.SubmitAsync(round.Id, noord.Id, expert, new ReviewForm("De wijkcoach kent elke straat.", "Een klimaattafel per bouwblok.", null, new Dictionary<string, int> { ["warmte"] = 4 }), Ct);
        (await InboxAsync(follower)).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            n => n.Event.ShouldBe(NotificationEvent.ReviewSubmitted), n => n.Url.ShouldBe($"/learning/cases/{noord.Id}#review-{review.Id}"));
        await reviews.AnswerAsync(review.Id, team, false, "Dank je, we proberen het in maart.", Ct);
        (await InboxAsync(follower)).Select(n => n.Event).ShouldBe([NotificationEvent.ReviewAnswered, NotificationEvent.ReviewSubmitted]);
        (await InboxAsync(team)).Select(n => n.Event).ShouldBe([NotificationEvent.ReviewSubmitted], "the team answered itself");

        await reviews.AddGuidanceSessionAsync(noord.Id, new DateOnly(2026, 11, 20), "## Afspraken\n- warmtenet in fase 1", team, false, Ct);
        (await InboxAsync(follower)).First().Event.ShouldBe(NotificationEvent.GuidanceSessionHeld);
        var refused = await Should.ThrowAsync<LearningException>(() => reviews.AddGuidanceSessionAsync(noord.Id, new DateOnly(2026, 11, 21), "Verslag", follower, false, Ct));
        refused.Kind.ShouldBe(Refusal.Forbidden);
        (await db.GuidanceSessions.CountAsync(Ct)).ShouldBe(1, "nothing saved after a refusal");
    }

    [Fact]
    public async Task Hidden_content_leaves_the_list_the_count_and_the_digest_until_a_moderator_restores_it()
    {
        var author = await UserAsync("auteur", mechelen);
        var follower = await UserAsync("volger");
        await Notifications.FollowAsync(follower, FollowTarget.Werf, "groen", Ct);
        await Notifications.SaveSettingsAsync(follower, true, "nl", Ct);
        var drempel = await ShareAsync(author, mechelen, "Bomen zonder wortelruimte", "groen");
        (await Notifications.UnreadCountAsync(follower, Ct)).ShouldBe(1);

        var drempels = new DrempelService(db);
        for (var i = 0; i < DrempelService.HideAfterReports; i++) await drempels.ReportAsync("drempel", drempel.Id, await UserAsync($"melder-{i}"), "spam", Ct);
        (await InboxAsync(follower)).ShouldBeEmpty();
        (await Notifications.UnreadCountAsync(follower, Ct)).ShouldBe(0);
        await Should.ThrowAsync<LearningException>(() => Notifications.FollowAsync(follower, FollowTarget.Drempel, drempel.Id.ToString(), Ct));

        var mail = new MailBox();
        var run = await new DailyDigest(db, mail, "https://wijkwerf.example").RunAsync(new DateOnly(2026, 11, 23), Ct);
        run.Digests.ShouldBe(0);
        mail.Sent.ShouldBeEmpty();

        await drempels.ModerateAsync("drempel", drempel.Id, await UserAsync("moderator"), hide: false, Ct, "Geen spam: een echte drempel.");
        (await InboxAsync(follower)).ShouldHaveSingleItem().Title.ShouldBe("Bomen zonder wortelruimte");
        (await db.ModerationDecisions.SingleAsync(Ct)).Reason.ShouldBe("Geen spam: een echte drempel.");
    }

    [Fact]
    public async Task The_digest_mails_each_opted_in_person_their_followed_items_in_their_language_once_a_day()
    {
        var author = await UserAsync("auteur", mechelen);
        var english = await UserAsync("reader-en");
        var dutch = await UserAsync("lezer-nl");
        var noDigest = await UserAsync("geen-mail");
        await Notifications.FollowAsync(english, FollowTarget.Werf, "warmte", Ct);
        await Notifications.FollowAsync(dutch, FollowTarget.Werf, "water", Ct);
        await Notifications.FollowAsync(noDigest, FollowTarget.Werf, "warmte", Ct);
        await Notifications.SaveSettingsAsync(english, true, "en", Ct);
        await Notifications.SaveSettingsAsync(dutch, true, "nl", Ct);
        await Notifications.SaveSettingsAsync(noDigest, false, "nl", Ct);
        await ShareAsync(author, mechelen, "Warmtenet zonder eigenaar", "warmte", titleEn: "Heat network without an owner");
        await ShareAsync(author, mechelen, "Regenwater op het plein", "water");

        var pickup = Path.Combine(database.Folder, "mail");
        var mailer = new Mailer(new MailOptions("wijkwerf@example.org", null, 25, null, null, pickup));
        var today = DailyDigest.DayIn(DateTimeOffset.UtcNow);
        var digest = new DailyDigest(db, mailer, "https://wijkwerf.example");
        var first = await digest.RunAsync(today, Ct);
        first.ShouldBe(new DigestRun(today, Digests: 2, Items: 2, AlreadySent: 0, Failed: 0));
        var mails = Eml.ReadAll(pickup);
        mails.Count.ShouldBe(2);
        var en = mails.Single(m => m.To == "reader-en@example.org");
        en.Subject.ShouldBe($"Wijkwerf: 1 notification for {today:yyyy-MM-dd}");
        en.Body.ShouldContain("New drempel or lesson: Heat network without an owner");
        en.Body.ShouldContain("https://wijkwerf.example/learning/drempels/");
        en.Body.ShouldNotContain("Regenwater");
        var nl = mails.Single(m => m.To == "lezer-nl@example.org");
        nl.Body.ShouldContain("Nieuwe drempel of les: Regenwater op het plein");
        nl.Body.ShouldNotContain("Warmtenet");
        mails.ShouldNotContain(m => m.To == "geen-mail@example.org");

        // A restart, or the CLI after the web app: nothing twice the same day, even with something new.
        await ShareAsync(author, mechelen, "Warmtepomp in een rijwoning", "warmte");
        var again = await new DailyDigest(db, mailer, "https://wijkwerf.example").RunAsync(today, Ct);
        again.ShouldBe(new DigestRun(today, 0, 0, AlreadySent: 2, Failed: 0));
        Eml.ReadAll(pickup).Count.ShouldBe(2);
        (await db.DigestDeliveries.CountAsync(Ct)).ShouldBe(2);

        var tomorrow = await digest.RunAsync(today.AddDays(1), Ct);
        tomorrow.ShouldBe(new DigestRun(today.AddDays(1), 1, 1, 0, 0));
        var next = Eml.ReadAll(pickup).Where(m => m.To == "reader-en@example.org").Select(m => m.Body).ToList();
        next.Count.ShouldBe(2);
        next.Count(b => b.Contains("Warmtepomp in een rijwoning", StringComparison.Ordinal)).ShouldBe(1, "only the new item, once");
    }

    [Fact]
    public async Task Cli_notifications_digest_reports_what_it_sent_and_refuses_a_bad_date()
    {
        var author = await UserAsync("auteur", mechelen);
        var reader = await UserAsync("lezer");
        await Notifications.FollowAsync(reader, FollowTarget.Municipality, mechelen.ToString(), Ct);
        await Notifications.SaveSettingsAsync(reader, true, "nl", Ct);
        await ShareAsync(author, mechelen, "Collectieve vergunning voor renovatie", "renovatie");
        await ShareAsync(author, mechelen, "Schoolparking als buurtparking", "mobiliteit");
        var day = DailyDigest.DayIn(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");

        var (exit, output, errors) = await CliRun.RunAsync(["notifications", "digest", "--date", day, "--json", "--db", database.Location.Value]);
        exit.ShouldBe(CliApp.Ok, errors);
        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("digests").GetInt32().ShouldBe(1);
        json.GetProperty("items").GetInt32().ShouldBe(2);
        json.GetProperty("day").GetString().ShouldBe(day);
        Eml.ReadAll(Path.Combine(database.Folder, "mail")).ShouldHaveSingleItem().Body.ShouldContain("Schoolparking als buurtparking");

        (exit, output, _) = await CliRun.RunAsync(["notifications", "digest", "--date", day, "--json", "--db", database.Location.Value]);
        exit.ShouldBe(CliApp.Ok);
        JsonDocument.Parse(output).RootElement.GetProperty("alreadySent").GetInt32().ShouldBe(1);

        (exit, output, errors) = await CliRun.RunAsync(["notifications", "digest", "--date", "23-11-2026", "--json", "--db", database.Location.Value]);
        exit.ShouldBe(CliApp.BadInput);
        errors.ShouldContain("--date");
        JsonDocument.Parse(output).RootElement.GetProperty("error").GetString()!.ShouldContain("yyyy-mm-dd");
    }

    [Fact]
    public async Task Following_something_that_does_not_exist_is_refused_with_the_field_named()
    {
        var user = await UserAsync("volger");
        (await Should.ThrowAsync<LearningException>(() => Notifications.FollowAsync(user, FollowTarget.Werf, "kernenergie", Ct))).Field.ShouldBe("key");
        (await Should.ThrowAsync<LearningException>(() => Notifications.FollowAsync(user, FollowTarget.Case, "999", Ct))).Kind.ShouldBe(Refusal.NotFound);
        (await Should.ThrowAsync<LearningException>(() => Notifications.FollowAsync(user, FollowTarget.Programme, "een", Ct))).Field.ShouldBe("key");
        (await Should.ThrowAsync<LearningException>(() => Notifications.SaveSettingsAsync(user, true, "fr", Ct))).Field.ShouldBe("language");
        (await db.Follows.CountAsync(Ct)).ShouldBe(0);
        (await db.NotificationSettings.CountAsync(Ct)).ShouldBe(0);
    }
}

/// <summary>An .eml file from the pickup folder, decoded (subject and body are base64 or quoted-printable UTF-8).</summary>
public sealed record Eml(string To, string Subject, string Body)
{
    public static IReadOnlyList<Eml> ReadAll(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(f => Parse(File.ReadAllText(f))).ToList() : [];

    public static Eml Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = Regex.Replace(raw[..split], "\r\n[ \t]+", " ");
        string Header(string name) => Regex.Match(headers, $"^{name}: (.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value.Trim();
        var body = raw[(split + 4)..];
        body = Header("Content-Transfer-Encoding").ToLowerInvariant() switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        var to = Regex.Match(Header("To"), @"[^<\s]+@[^>\s]+").Value;
        return new Eml(to, DecodeWords(Header("Subject")), body.Replace("\r\n", "\n"));
    }

    private static string DecodeWords(string value) => Regex.Replace(value, @"=\?utf-8\?(B|Q)\?([^?]*)\?=\s*", m => m.Groups[1].Value.ToUpperInvariant() == "B"
        ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[2].Value))
        : QuotedPrintable(m.Groups[2].Value.Replace('_', ' ')), RegexOptions.IgnoreCase);

    private static string QuotedPrintable(string text)
    {
        var joined = text.Replace("=\r\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
