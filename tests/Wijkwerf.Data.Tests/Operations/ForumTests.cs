using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Tests.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Tests.Operations;

/// <summary>The forum's registration rules, on SQLite and on PostgreSQL.</summary>
public abstract class ForumContract
{
    protected abstract Task<DatabaseLocation> NewDatabaseAsync();

    private static readonly DateTime Day = new(2026, 10, 8, 7, 0, 0, DateTimeKind.Utc);
    protected readonly MailBox Mail = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    private ForumService Forum(WijkwerfDb db) => new(db, Mail, clock);

    private async Task<(DatabaseLocation Location, int Event, int[] Sessions)> ForumWithProgrammeAsync(int eventCapacity, int sessionCapacity)
    {
        var location = await NewDatabaseAsync();
        await using var db = await WijkwerfDbFactory.OpenAsync(location);
        var id = await Forum(db).CreateEventAsync(new NewEvent("100 Wijkenforum 2026", ForumEventKind.Forum, Day, Day.AddHours(9), eventCapacity, "Vooruit, Gent",
            Sessions:
            [
                new("Warmtenet in één keer", Day.AddHours(1), Day.AddHours(2), "Zaal A", sessionCapacity, "An Peeters", "nl", "energie,wp1"),
                new("Iedereen mee!", Day.AddHours(1), Day.AddHours(2), "Zaal B", sessionCapacity, "Jan Smit", "nl/en", "renovatie,wp2"),
                new("Straten naar de toekomst", Day.AddHours(2), Day.AddHours(3), "Zaal A", sessionCapacity, "Els Claes", "en", "mobiliteit,wp3"),
            ]));
        var sessions = await db.ForumSessions.Where(s => s.EventId == id).OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Room).Select(s => s.Id).ToArrayAsync();
        return (location, id, sessions);
    }

    [Fact]
    public async Task A_full_session_puts_the_next_person_on_its_waiting_list_who_moves_up_on_cancellation()
    {
        var (location, ev, s) = await ForumWithProgrammeAsync(eventCapacity: 10, sessionCapacity: 1);
        await using var db = await WijkwerfDbFactory.OpenAsync(location);
        var forum = Forum(db);
        var first = await forum.RegisterAsync(ev, new("Ann", "ann@example.org", "Gent", [s[0]]));
        var second = await forum.RegisterAsync(ev, new("Bert", "bert@example.org", "Lille", [s[0]]));
        first.Sessions.Single().Status.ShouldBe(SeatStatus.Confirmed);
        second.Status.ShouldBe(SeatStatus.Confirmed);
        second.Sessions.Single().Status.ShouldBe(SeatStatus.Waiting);

        await forum.CancelAsync(first.Code);

        (await forum.RegistrationAsync(second.Code))!.Sessions.Single().Status.ShouldBe(SeatStatus.Confirmed);
        (await forum.EventAsync(ev))!.Sessions[0].Taken.ShouldBe(1);
        Mail.Sent.ShouldContain(m => m.To == "bert@example.org" && m.Subject.Contains("wachtlijst"));
    }

    [Fact]
    public async Task A_full_event_keeps_a_waiting_list_that_moves_up_with_its_sessions()
    {
        var (location, ev, s) = await ForumWithProgrammeAsync(eventCapacity: 1, sessionCapacity: 5);
        await using var db = await WijkwerfDbFactory.OpenAsync(location);
        var forum = Forum(db);
        var first = await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, [s[2]]));
        var second = await forum.RegisterAsync(ev, new("Bert", "bert@example.org", null, [s[2]]));
        second.Status.ShouldBe(SeatStatus.Waiting);
        (await forum.EventAsync(ev))!.Sessions[2].Taken.ShouldBe(1);

        await forum.CancelAsync(first.Code);

        var moved = (await forum.RegistrationAsync(second.Code))!;
        moved.Status.ShouldBe(SeatStatus.Confirmed);
        moved.Sessions.Single().Status.ShouldBe(SeatStatus.Confirmed);
        var detail = (await forum.EventAsync(ev))!;
        detail.Event.Taken.ShouldBe(1);
        detail.Sessions[2].Taken.ShouldBe(1);
    }

    [Fact]
    public async Task Overlapping_sessions_are_refused_as_a_double_booking()
    {
        var (location, ev, s) = await ForumWithProgrammeAsync(10, 10);
        await using var db = await WijkwerfDbFactory.OpenAsync(location);
        var forum = Forum(db);
        var e = await Should.ThrowAsync<BadInputException>(() => forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, [s[0], s[1]])));
        e.Message.ShouldContain("same time");
        (await db.ForumRegistrations.CountAsync()).ShouldBe(0);

        var ok = await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, [s[0], s[2]]));
        ok.Sessions.Count.ShouldBe(2);
        (await Should.ThrowAsync<BadInputException>(() => forum.BookSessionAsync(ok.Code, s[1]))).Message.ShouldContain("same time");
        (await Should.ThrowAsync<BadInputException>(() => forum.RegisterAsync(ev, new("Ann again", "ANN@example.org", null, [])))).Message.ShouldContain("already registered");
    }

    [Fact]
    public async Task Check_in_with_the_code_as_typed_marks_the_person_present_once()
    {
        var (location, ev, s) = await ForumWithProgrammeAsync(10, 10);
        await using var db = await WijkwerfDbFactory.OpenAsync(location);
        var forum = Forum(db);
        var r = await forum.RegisterAsync(ev, new("Ann", "ann@example.org", "Gent", [s[0]]));
        var typed = ForumService.FormatCode(r.Code).ToLowerInvariant();

        var first = await forum.CheckInAsync(typed);
        first.AlreadyCheckedIn.ShouldBeFalse();
        first.Sessions.Single().Title.ShouldBe("Warmtenet in één keer");
        (await forum.CheckInAsync(r.Code)).AlreadyCheckedIn.ShouldBeTrue();
        (await forum.EventsAsync()).Single().CheckedIn.ShouldBe(1);
        await Should.ThrowAsync<BadInputException>(() => forum.CheckInAsync("NOPE-NOPE"));
    }

    [Fact]
    public async Task Reminders_go_once_to_every_confirmed_person_with_their_code()
    {
        var (location, ev, s) = await ForumWithProgrammeAsync(2, 10);
        await using var db = await WijkwerfDbFactory.OpenAsync(location);
        var forum = Forum(db);
        var a = await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, [s[0]]));
        await forum.RegisterAsync(ev, new("Bert", "bert@example.org", null, []));
        await forum.RegisterAsync(ev, new("Cas", "cas@example.org", null, []));

        (await forum.SendRemindersAsync(ev)).ShouldBe(2);
        (await forum.SendRemindersAsync(ev)).ShouldBe(0);
        var reminders = Mail.Sent.Where(m => m.Subject.StartsWith("Herinnering")).ToList();
        reminders.Select(m => m.To).Order().ShouldBe(["ann@example.org", "bert@example.org"]);
        reminders.Single(m => m.To == "ann@example.org").Body.ShouldContain(ForumService.FormatCode(a.Code));
        reminders.Single(m => m.To == "ann@example.org").Body.ShouldContain("Warmtenet in één keer");
    }

    [Fact]
    public async Task Parallel_registrations_for_the_last_seats_never_oversell_and_lose_nobody()
    {
        const int people = 40, seats = 5;
        var (location, ev, s) = await ForumWithProgrammeAsync(eventCapacity: 30, sessionCapacity: seats);
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, people).Select(i => Task.Run(async () =>
        {
            await using var db = WijkwerfDbFactory.Create(location);
            start.Wait();
            return await Forum(db).RegisterAsync(ev, new($"Person {i}", $"p{i}@example.org", null, [s[0]]));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(tasks);

        results.Count(r => r.Status == SeatStatus.Confirmed).ShouldBe(30);
        results.Count(r => r.Status == SeatStatus.Waiting).ShouldBe(people - 30);
        results.Count(r => r.Sessions.Single().Status == SeatStatus.Confirmed).ShouldBe(seats);
        await using var check = await WijkwerfDbFactory.OpenAsync(location);
        (await check.ForumRegistrations.CountAsync()).ShouldBe(people);
        (await check.ForumEvents.SingleAsync()).Taken.ShouldBe(30);
        (await check.ForumSessions.SingleAsync(x => x.Id == s[0])).Taken.ShouldBe(seats);
        (await check.SessionBookings.CountAsync(b => b.SessionId == s[0] && b.Status == SeatStatus.Confirmed)).ShouldBe(seats);
    }
}

public sealed class SqliteForumTests : ForumContract, IAsyncDisposable
{
    private readonly List<Import.TestDatabase> databases = [];

    protected override Task<DatabaseLocation> NewDatabaseAsync()
    {
        var d = new Import.TestDatabase();
        databases.Add(d);
        return Task.FromResult(d.Location);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var d in databases) await d.DisposeAsync();
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresForumTests(PostgresServer server) : ForumContract
{
    protected override async Task<DatabaseLocation> NewDatabaseAsync() => new(await server.NewDatabaseAsync());
}
