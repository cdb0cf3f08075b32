using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Tests.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Tests.Operations;

/// <summary>The team edits an event and its programme after people registered, calls a session off, and the
/// scheduled reminders go out once, on the Brussels clock — on SQLite and on PostgreSQL.</summary>
public abstract class ForumProgrammeContract
{
    /// <summary>A new, empty database; <see cref="OpenAsync"/> opens it again (as after a restart).</summary>
    protected abstract Task<DatabaseLocation> NewDatabaseAsync();

    private DatabaseLocation? location;
    private readonly MailBox mail = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
    // Thursday 8 October 2026, 09:00 in Brussels (summer time).
    private static readonly DateTime Day = new(2026, 10, 8, 7, 0, 0, DateTimeKind.Utc);

    private async Task<WijkwerfDb> OpenAsync() => await WijkwerfDbFactory.OpenAsync(location ??= await NewDatabaseAsync());

    private ForumService Forum(WijkwerfDb db) => new(db, mail, clock);

    private async Task<(WijkwerfDb Db, ForumService Forum, int Event, int[] Sessions)> ForumAsync(int eventCapacity, int sessionCapacity, DateTime? day = null)
    {
        var start = day ?? Day;
        var db = await OpenAsync();
        var forum = Forum(db);
        var id = await forum.CreateEventAsync(new NewEvent("Oogstsessie Lille", ForumEventKind.Oogstsessie, start, start.AddHours(8), eventCapacity, "Gemeentehuis Lille",
            Sessions:
            [
                new("Warmtenet in één keer", start.AddHours(1), start.AddHours(2), "Zaal A", sessionCapacity, "An Peeters", "nl", "Energie, wp1"),
                new("Iedereen mee!", start.AddHours(1), start.AddHours(2), "Zaal B", 50, "Jan Smit", "nl/en", "renovatie,wp2"),
                new("Straten naar de toekomst", start.AddHours(3), start.AddHours(4), "Zaal A", 50, "Els Claes", "en", "wp3"),
            ]));
        var sessions = await db.ForumSessions.Where(s => s.EventId == id).OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Room).Select(s => s.Id).ToArrayAsync();
        return (db, forum, id, sessions);
    }

    private static NewSession Edit(SessionRow s, int? capacity = null, TimeSpan? shift = null) =>
        new(s.Title, s.StartsAtUtc + (shift ?? TimeSpan.Zero), s.EndsAtUtc + (shift ?? TimeSpan.Zero), s.Room, capacity ?? s.Capacity,
            s.Speakers, s.Language, string.Join(",", s.Tags), s.Description);

    [Fact]
    public async Task More_places_in_a_session_move_the_waiting_list_up_and_new_times_move_the_bookings()
    {
        var (db, forum, ev, s) = await ForumAsync(10, 1);
        await using var _ = db;
        await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, [s[0]]));
        var bert = await forum.RegisterAsync(ev, new("Bert", "bert@example.org", null, [s[0]]));
        bert.Sessions.Single().Status.ShouldBe(SeatStatus.Waiting);

        var session = (await forum.EventAsync(ev))!.Sessions.Single(x => x.Id == s[0]);
        session.Tags.ShouldBe(["energie", "wp1"]);
        await forum.UpdateSessionAsync(s[0], Edit(session, capacity: 2, shift: TimeSpan.FromMinutes(30)));

        var moved = (await forum.RegistrationAsync(bert.Code))!.Sessions.Single();
        moved.Status.ShouldBe(SeatStatus.Confirmed);
        moved.StartsAtUtc.ShouldBe(Day.AddHours(1.5));
        (await db.SessionBookings.AsNoTracking().Where(b => b.SessionId == s[0]).Select(b => b.StartsAtUtc).Distinct().ToListAsync()).ShouldBe([Day.AddHours(1.5)]);
        (await forum.EventAsync(ev))!.Sessions.Single(x => x.Id == s[0]).Taken.ShouldBe(2);
        mail.Sent.ShouldContain(m => m.To == "bert@example.org" && m.Subject.Contains("wachtlijst"));
    }

    [Fact]
    public async Task A_session_cannot_shrink_below_its_places_taken_and_a_refused_edit_changes_nothing()
    {
        var (db, forum, ev, s) = await ForumAsync(10, 5);
        await using var _ = db;
        await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, [s[0]]));
        await forum.RegisterAsync(ev, new("Bert", "bert@example.org", null, [s[0]]));
        var session = (await forum.EventAsync(ev))!.Sessions.Single(x => x.Id == s[0]);

        (await Should.ThrowAsync<BadInputException>(() => forum.UpdateSessionAsync(s[0], Edit(session, capacity: 1) with { Title = "Kleiner" })))
            .Message.ShouldContain("2 places of 'Kleiner' are taken");
        (await Should.ThrowAsync<BadInputException>(() => forum.UpdateSessionAsync(s[0], Edit(session) with { Language = "de" })))
            .Message.ShouldContain("'de' is not one of nl, en");
        (await Should.ThrowAsync<BadInputException>(() => forum.UpdateSessionAsync(s[0], Edit(session, shift: TimeSpan.FromHours(8)))))
            .Message.ShouldContain("outside the event's time");

        await using var fresh = await OpenAsync();
        var stored = await fresh.ForumSessions.AsNoTracking().SingleAsync(x => x.Id == s[0]);
        (stored.Title, stored.Capacity, stored.Language, stored.StartsAtUtc).ShouldBe(("Warmtenet in één keer", 5, "nl", Day.AddHours(1)));
    }

    [Fact]
    public async Task More_event_places_move_the_waiting_list_up_and_fewer_than_taken_are_refused()
    {
        var (db, forum, ev, s) = await ForumAsync(1, 10);
        await using var _ = db;
        await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, [s[0]]));
        var bert = await forum.RegisterAsync(ev, new("Bert", "bert@example.org", null, [s[2]]));
        bert.Status.ShouldBe(SeatStatus.Waiting);
        NewEvent Changed(int capacity, DateTime? starts = null) =>
            new("Oogstsessie Lille (nieuwe datum)", ForumEventKind.Oogstsessie, starts ?? Day, Day.AddHours(8), capacity, "Raadzaal", "Harvest session Lille");

        await forum.UpdateEventAsync(ev, Changed(2));

        var after = (await forum.RegistrationAsync(bert.Code))!;
        after.Status.ShouldBe(SeatStatus.Confirmed);
        after.Sessions.Single().Status.ShouldBe(SeatStatus.Confirmed);
        var row = (await forum.EventAsync(ev))!.Event;
        (row.Title, row.Taken, row.Capacity, row.Venue, row.TitleEn).ShouldBe(("Oogstsessie Lille (nieuwe datum)", 2, 2, "Raadzaal", "Harvest session Lille"));
        mail.Sent.ShouldContain(m => m.To == "bert@example.org");

        (await Should.ThrowAsync<BadInputException>(() => forum.UpdateEventAsync(ev, Changed(1)))).Message.ShouldContain("2 places are taken");
        (await Should.ThrowAsync<BadInputException>(() => forum.UpdateEventAsync(ev, Changed(2, starts: Day.AddHours(2)))))
            .Message.ShouldContain("'Warmtenet in één keer' would fall outside the event's time");
        await using var fresh = await OpenAsync();
        (await fresh.ForumEvents.AsNoTracking().SingleAsync(e => e.Id == ev)).StartsAtUtc.ShouldBe(Day);
    }

    [Fact]
    public async Task Calling_a_session_off_tells_everyone_booked_or_waiting_and_nobody_can_book_it_again()
    {
        var (db, forum, ev, s) = await ForumAsync(10, 1);
        await using var _ = db;
        var ann = await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, [s[0], s[2]]));
        await forum.RegisterAsync(ev, new("Bert", "bert@example.org", null, [s[0]]));
        await forum.RegisterAsync(ev, new("Cas", "cas@example.org", null, [s[1]]));
        var gone = await forum.RegisterAsync(ev, new("Dirk", "dirk@example.org", null, [s[0]]));
        await forum.CancelAsync(gone.Code);
        mail.Sent.Count.ShouldBe(0);

        (await forum.CallOffSessionAsync(s[0])).ShouldBe(2);

        mail.Sent.Select(m => m.To).ShouldBe(["ann@example.org", "bert@example.org"], ignoreOrder: true);
        mail.Sent.ShouldAllBe(m => m.Subject.Contains("Warmtenet in één keer") && m.Body.Contains("gaat niet door"));
        var annNow = (await forum.RegistrationAsync(ann.Code))!;
        annNow.Status.ShouldBe(SeatStatus.Confirmed);
        annNow.Sessions.Select(x => x.SessionId).ShouldBe([s[2]]);
        var session = (await forum.EventAsync(ev))!.Sessions.Single(x => x.Id == s[0]);
        (session.Cancelled, session.Taken).ShouldBe((true, 0));
        ICalendar.ForEvent((await forum.EventAsync(ev))!).Select(i => i.Uid).ShouldNotContain($"session-{s[0]}@wijkwerf");
        (await Should.ThrowAsync<BadInputException>(() => forum.RegisterAsync(ev, new("Eva", "eva@example.org", null, [s[0]])))).Message.ShouldContain("is cancelled");
        (await Should.ThrowAsync<BadInputException>(() => forum.BookSessionAsync(ann.Code, s[0]))).Message.ShouldContain("is cancelled");
        (await Should.ThrowAsync<BadInputException>(() => forum.CallOffSessionAsync(s[0]))).Message.ShouldContain("already cancelled");
    }

    [Fact]
    public async Task Reminders_go_out_once_a_day_ahead_with_their_own_text_for_the_waiting_list_and_none_for_the_cancelled()
    {
        var (db, forum, ev, s) = await ForumAsync(1, 10);
        await using (db)
        {
            await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, [s[0]]));
            (await forum.RegisterAsync(ev, new("Bert", "bert@example.org", null, []))).Status.ShouldBe(SeatStatus.Waiting);
            await forum.CancelAsync((await forum.RegisterAsync(ev, new("Cas", "cas@example.org", null, []))).Code);

            (await forum.SendDueRemindersAsync(TimeSpan.FromHours(24), "https://wijkwerf.example", Day.AddHours(-24).AddSeconds(-1))).Sent.ShouldBeEmpty();
            var run = await forum.SendDueRemindersAsync(TimeSpan.FromHours(24), "https://wijkwerf.example", Day.AddHours(-24));
            run.Sent.Select(r => (r.Email, r.Status)).ShouldBe([("ann@example.org", SeatStatus.Confirmed), ("bert@example.org", SeatStatus.Waiting)]);
            (await forum.SendDueRemindersAsync(TimeSpan.FromHours(24), null, Day.AddHours(-2))).Sent.ShouldBeEmpty();
        }
        // As after a restart: a new connection, a new service, the same database.
        await using (var again = await OpenAsync())
        {
            (await Forum(again).SendDueRemindersAsync(TimeSpan.FromHours(24), null, Day.AddHours(-1))).Sent.ShouldBeEmpty();
            (await Forum(again).SendRemindersAsync(ev)).ShouldBe(0);
            (await again.ForumRegistrations.CountAsync(r => r.ReminderSentAtUtc == Day.AddHours(-24))).ShouldBe(2);
        }
        mail.Sent.Count.ShouldBe(2);
        var ann = mail.Sent.Single(m => m.To == "ann@example.org");
        ann.Subject.ShouldStartWith("Herinnering");
        ann.Body.ShouldContain("2026 09:00 (Brusselse tijd)");
        ann.Body.ShouldContain("https://wijkwerf.example/forum/ticket/");
        ann.Body.ShouldContain("Warmtenet in één keer");
        var bert = mail.Sent.Single(m => m.To == "bert@example.org");
        bert.Subject.ShouldStartWith("Wachtlijst");
        bert.Body.ShouldContain("nog op de wachtlijst");
        bert.Body.ShouldNotContain("check-incode");
    }

    [Fact]
    public async Task A_day_ahead_is_counted_on_the_Brussels_clock_across_the_change_to_summer_time()
    {
        // Sunday 29 March 2026, 12:00 in Brussels (summer time since 03:00 that night) is 10:00 UTC; the day before,
        // 12:00 was still winter time: 11:00 UTC. Twenty-four elapsed hours would have been 10:00 UTC.
        var sunday = new DateTime(2026, 3, 29, 10, 0, 0, DateTimeKind.Utc);
        ForumService.ReminderDueUtc(sunday, TimeSpan.FromHours(24)).ShouldBe(new DateTime(2026, 3, 28, 11, 0, 0, DateTimeKind.Utc));
        var (db, forum, ev, _) = await ForumAsync(10, 10, day: sunday);
        await using var _db = db;
        await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, []));

        (await forum.SendDueRemindersAsync(TimeSpan.FromHours(24), null, new DateTime(2026, 3, 28, 10, 30, 0, DateTimeKind.Utc))).Sent.ShouldBeEmpty();
        (await forum.SendDueRemindersAsync(TimeSpan.FromHours(24), null, new DateTime(2026, 3, 28, 11, 0, 0, DateTimeKind.Utc))).Sent.Count.ShouldBe(1);
    }
}

public sealed class SqliteForumProgrammeTests : ForumProgrammeContract, IAsyncDisposable
{
    private readonly Import.TestDatabase database = new();

    protected override Task<DatabaseLocation> NewDatabaseAsync() => Task.FromResult(database.Location);

    public ValueTask DisposeAsync() => database.DisposeAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresForumProgrammeTests(PostgresServer server) : ForumProgrammeContract
{
    protected override async Task<DatabaseLocation> NewDatabaseAsync() => new(await server.NewDatabaseAsync());
}
