using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;
using Wijkwerf.Engine.Operations;

namespace Wijkwerf.Data.Operations;

public sealed record NewSession(string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Room, int Capacity,
    string? Speakers = null, string Language = "nl", string? Tags = null, string? Description = null);

public sealed record NewEvent(string Title, ForumEventKind Kind, DateTime StartsAtUtc, DateTime EndsAtUtc, int Capacity,
    string? Venue = null, string? TitleEn = null, string? Description = null, IReadOnlyList<NewSession>? Sessions = null);

public sealed record RegistrationRequest(string Name, string Email, string? Organisation, IReadOnlyList<int> SessionIds, string? UserId = null);

public sealed record BookingRow(int SessionId, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Room, SeatStatus Status);

public sealed record RegistrationRow(int Id, int EventId, string Name, string Email, string? Organisation, string Code,
    SeatStatus Status, DateTime CreatedAtUtc, DateTime? CheckedInAtUtc, IReadOnlyList<BookingRow> Sessions);

public sealed record SessionRow(int Id, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Room, int Capacity,
    int Taken, int Waiting, string? Speakers, string Language, IReadOnlyList<string> Tags, string? Description);

public sealed record EventRow(int Id, string Title, string? TitleEn, ForumEventKind Kind, string? Venue, DateTime StartsAtUtc,
    DateTime EndsAtUtc, int Capacity, int Taken, int Waiting, int CheckedIn, int Sessions);

public sealed record EventDetail(EventRow Event, string? Description, IReadOnlyList<SessionRow> Sessions);

public sealed record CheckInResult(string Name, string? Organisation, string EventTitle, bool AlreadyCheckedIn, DateTime CheckedInAtUtc, IReadOnlyList<BookingRow> Sessions);

/// <summary>The forum: events and their programme, registrations with capacity and waiting lists, check-in,
/// reminders. Seats are counted by one conditional update per seat inside the registration's transaction, so
/// parallel requests for the last seat never oversell (SQLite serialises writers; PostgreSQL re-checks the
/// condition after the row lock).</summary>
public sealed class ForumService(WijkwerfDb db, IMailer mailer, TimeProvider clock)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<int> CreateEventAsync(NewEvent e, CancellationToken ct = default)
    {
        const string what = "event";
        var title = Refuse.Required(e.Title, what, "title", 300);
        if (e.EndsAtUtc <= e.StartsAtUtc) throw Refuse.Because(what, "endsAt", "ends before it starts");
        if (e.Capacity < 1) throw Refuse.Because(what, "capacity", "must be at least 1");
        var ev = new ForumEvent
        {
            Title = title, TitleEn = e.TitleEn, Description = e.Description, Kind = e.Kind, Venue = e.Venue,
            StartsAtUtc = Utc(e.StartsAtUtc), EndsAtUtc = Utc(e.EndsAtUtc), Capacity = e.Capacity,
        };
        foreach (var s in e.Sessions ?? []) ev.Sessions.Add(NewSessionOf(s, ev));
        db.ForumEvents.Add(ev);
        await db.SaveChangesAsync(ct);
        return ev.Id;
    }

    public async Task<int> AddSessionAsync(int eventId, NewSession s, CancellationToken ct = default)
    {
        var ev = await db.ForumEvents.FindAsync([eventId], ct) ?? throw UnknownEvent(eventId);
        var session = NewSessionOf(s, ev);
        session.EventId = eventId;
        db.ForumSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    private static ForumSession NewSessionOf(NewSession s, ForumEvent ev)
    {
        const string what = "session";
        var title = Refuse.Required(s.Title, what, "title", 300);
        if (s.EndsAtUtc <= s.StartsAtUtc) throw Refuse.Because(what, "endsAt", $"'{title}' ends before it starts");
        if (s.Capacity < 1) throw Refuse.Because(what, "capacity", $"'{title}' needs at least 1 place");
        if (Utc(s.StartsAtUtc) < ev.StartsAtUtc || Utc(s.EndsAtUtc) > ev.EndsAtUtc)
            throw Refuse.Because(what, "startsAt", $"'{title}' is outside the event's time");
        return new ForumSession
        {
            Title = title, Description = s.Description, StartsAtUtc = Utc(s.StartsAtUtc), EndsAtUtc = Utc(s.EndsAtUtc), Room = s.Room,
            Capacity = s.Capacity, Speakers = s.Speakers, Language = string.IsNullOrWhiteSpace(s.Language) ? "nl" : s.Language.Trim(), Tags = s.Tags,
        };
    }

    /// <summary>Registers a person for the event and the sessions they chose. A full event or session puts them on
    /// its waiting list; overlapping sessions, an unknown session or a second registration with the same e-mail are refused.</summary>
    public async Task<RegistrationRow> RegisterAsync(int eventId, RegistrationRequest request, CancellationToken ct = default)
    {
        var what = $"event {eventId}";
        var name = Refuse.Required(request.Name, what, "name");
        var email = Refuse.Email(request.Email, what);
        var organisation = string.IsNullOrWhiteSpace(request.Organisation) ? null : request.Organisation.Trim();
        if (!await db.ForumEvents.AnyAsync(e => e.Id == eventId, ct)) throw UnknownEvent(eventId);
        var ids = request.SessionIds.Distinct().ToList();
        var sessions = await db.ForumSessions.AsNoTracking().Where(s => s.EventId == eventId && ids.Contains(s.Id)).ToListAsync(ct);
        if (sessions.Count != ids.Count)
            throw Refuse.Because(what, "sessions", $"session {ids.Except(sessions.Select(s => s.Id)).First()} is not part of this event");
        RefuseOverlaps(what, sessions, []);
        if (await db.ForumRegistrations.AnyAsync(r => r.EventId == eventId && r.Email == email, ct))
            throw Refuse.Because(what, "email", $"{email} is already registered for this event");

        var now = Now();
        ForumRegistration registration;
        using (await SqliteWriteGate.EnterAsync(db, ct))
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var seated = await TakeEventSeatAsync(eventId, ct);
            registration = new ForumRegistration
            {
                EventId = eventId, Name = name, Email = email, Organisation = organisation, UserId = request.UserId,
                Code = NewCode(), Status = seated ? SeatStatus.Confirmed : SeatStatus.Waiting, CreatedAtUtc = now,
            };
            foreach (var s in sessions.OrderBy(s => s.StartsAtUtc))
            {
                // Someone on the event's waiting list waits for their sessions too; they get them when they move up.
                var sessionSeat = seated && await TakeSessionSeatAsync(s.Id, ct);
                registration.Bookings.Add(new SessionBooking
                {
                    SessionId = s.Id, Status = sessionSeat ? SeatStatus.Confirmed : SeatStatus.Waiting,
                    StartsAtUtc = s.StartsAtUtc, EndsAtUtc = s.EndsAtUtc, CreatedAtUtc = now,
                });
            }
            db.ForumRegistrations.Add(registration);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The unique (event, e-mail) index caught a parallel duplicate: nothing of this attempt stays.
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw Refuse.Because(what, "email", $"{email} is already registered for this event");
            }
            await tx.CommitAsync(ct);
        }
        // Answer from what is in hand: the registration rush should not pay for a second read.
        return Row(registration, sessions.ToDictionary(s => s.Id));
    }

    /// <summary>Adds a session to an existing registration (refused when it overlaps a session already booked).</summary>
    public async Task<RegistrationRow> BookSessionAsync(string code, int sessionId, CancellationToken ct = default)
    {
        var registration = await FindByCodeAsync(code, ct);
        var what = $"registration {registration.Code}";
        if (registration.Status == SeatStatus.Cancelled) throw Refuse.Because(what, "status", "is cancelled");
        var session = await db.ForumSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.EventId == registration.EventId, ct)
            ?? throw Refuse.Because(what, "session", $"session {sessionId} is not part of this event");
        var existing = registration.Bookings.FirstOrDefault(b => b.SessionId == sessionId);
        if (existing is { Status: not SeatStatus.Cancelled }) throw Refuse.Because(what, "session", $"'{session.Title}' is already booked");
        var bookedIds = registration.Bookings.Where(b => b.Status != SeatStatus.Cancelled).Select(b => b.SessionId).ToList();
        var others = await db.ForumSessions.AsNoTracking().Where(s => bookedIds.Contains(s.Id)).ToListAsync(ct);
        RefuseOverlaps(what, [session], others);

        using var gate = await SqliteWriteGate.EnterAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var seated = registration.Status == SeatStatus.Confirmed && await TakeSessionSeatAsync(sessionId, ct);
        var booking = existing ?? new SessionBooking { SessionId = sessionId, StartsAtUtc = session.StartsAtUtc, EndsAtUtc = session.EndsAtUtc };
        booking.Status = seated ? SeatStatus.Confirmed : SeatStatus.Waiting;
        booking.CreatedAtUtc = Now();
        if (existing is null) registration.Bookings.Add(booking);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await RegistrationAsync(registration.Code, ct))!;
    }

    /// <summary>Cancels one session of a registration; the first person waiting for it moves up.</summary>
    public async Task<RegistrationRow> CancelSessionAsync(string code, int sessionId, CancellationToken ct = default)
    {
        var registration = await FindByCodeAsync(code, ct);
        var booking = registration.Bookings.FirstOrDefault(b => b.SessionId == sessionId && b.Status != SeatStatus.Cancelled)
            ?? throw Refuse.Because($"registration {registration.Code}", "session", $"session {sessionId} is not booked");
        var moved = new List<ForumRegistration>();
        using (await SqliteWriteGate.EnterAsync(db, ct))
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var held = booking.Status == SeatStatus.Confirmed;
            booking.Status = SeatStatus.Cancelled;
            await db.SaveChangesAsync(ct);
            if (held) await ReleaseSessionSeatAsync(sessionId, moved, ct);
            await tx.CommitAsync(ct);
        }
        await NotifyMovedUpAsync(moved, ct);
        return (await RegistrationAsync(registration.Code, ct))!;
    }

    /// <summary>Cancels a registration and its sessions; the first people waiting move up (and get an e-mail).</summary>
    public async Task<RegistrationRow> CancelAsync(string code, CancellationToken ct = default)
    {
        var registration = await FindByCodeAsync(code, ct);
        if (registration.Status == SeatStatus.Cancelled) return (await RegistrationAsync(registration.Code, ct))!;
        var moved = new List<ForumRegistration>();
        using (await SqliteWriteGate.EnterAsync(db, ct))
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var heldEvent = registration.Status == SeatStatus.Confirmed;
            var heldSessions = registration.Bookings.Where(b => b.Status == SeatStatus.Confirmed).Select(b => b.SessionId).ToList();
            registration.Status = SeatStatus.Cancelled;
            foreach (var b in registration.Bookings) b.Status = SeatStatus.Cancelled;
            await db.SaveChangesAsync(ct);
            foreach (var sessionId in heldSessions) await ReleaseSessionSeatAsync(sessionId, moved, ct);
            if (heldEvent) await ReleaseEventSeatAsync(registration.EventId, moved, ct);
            await tx.CommitAsync(ct);
        }
        await NotifyMovedUpAsync(moved.DistinctBy(r => r.Id).ToList(), ct);
        return (await RegistrationAsync(registration.Code, ct))!;
    }

    /// <summary>Checks a person in at the door with their code. Refused for a cancelled or waiting registration;
    /// a second check-in answers with the first time.</summary>
    public async Task<CheckInResult> CheckInAsync(string code, CancellationToken ct = default)
    {
        var registration = await FindByCodeAsync(code, ct);
        var what = $"registration {registration.Code}";
        if (registration.Status == SeatStatus.Cancelled) throw Refuse.Because(what, "status", "was cancelled");
        if (registration.Status == SeatStatus.Waiting) throw Refuse.Because(what, "status", "is still on the waiting list");
        var already = registration.CheckedInAtUtc is not null;
        if (!already)
        {
            registration.CheckedInAtUtc = Now();
            await db.SaveChangesAsync(ct);
        }
        var title = await db.ForumEvents.Where(e => e.Id == registration.EventId).Select(e => e.Title).FirstAsync(ct);
        var row = (await RegistrationAsync(registration.Code, ct))!;
        return new CheckInResult(registration.Name, registration.Organisation, title, already, registration.CheckedInAtUtc!.Value,
            row.Sessions.Where(s => s.Status == SeatStatus.Confirmed).ToList());
    }

    /// <summary>Sends one reminder to every confirmed registration of the event that has not had one; returns how many.</summary>
    public async Task<int> SendRemindersAsync(int eventId, string? baseUrl = null, CancellationToken ct = default)
    {
        var ev = await db.ForumEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct) ?? throw UnknownEvent(eventId);
        var due = await db.ForumRegistrations.Include(r => r.Bookings)
            .Where(r => r.EventId == eventId && r.Status == SeatStatus.Confirmed && r.ReminderSentAtUtc == null)
            .OrderBy(r => r.Id).ToListAsync(ct);
        var titles = await db.ForumSessions.AsNoTracking().Where(s => s.EventId == eventId).ToDictionaryAsync(s => s.Id, ct);
        foreach (var r in due)
        {
            var lines = r.Bookings.Where(b => b.Status == SeatStatus.Confirmed).OrderBy(b => b.StartsAtUtc)
                .Select(b => $"  {BrusselsTime.Format(b.StartsAtUtc, "HH:mm")}–{BrusselsTime.Format(b.EndsAtUtc, "HH:mm")}  {titles[b.SessionId].Title} ({titles[b.SessionId].Room})");
            var body = $"""
                Beste {r.Name},

                Tot binnenkort op {ev.Title}: {BrusselsTime.Format(ev.StartsAtUtc, "dddd d MMMM yyyy HH:mm")} (Brusselse tijd), {ev.Venue}.
                Uw persoonlijke check-incode: {FormatCode(r.Code)}

                Uw sessies:
                {string.Join("\n", lines)}

                {(baseUrl is null ? "" : $"Uw ticket en agenda: {baseUrl.TrimEnd('/')}/forum/ticket/{r.Code}")}

                -- 
                See you soon at {ev.TitleEn ?? ev.Title}. Your personal check-in code: {FormatCode(r.Code)}
                """;
            await mailer.SendAsync(new MailMessageText(r.Email, $"Herinnering / reminder: {ev.Title}", body), ct);
            r.ReminderSentAtUtc = Now();
            await db.SaveChangesAsync(ct);
        }
        return due.Count;
    }

    public async Task<IReadOnlyList<EventRow>> EventsAsync(CancellationToken ct = default)
    {
        var events = await db.ForumEvents.AsNoTracking().OrderBy(e => e.StartsAtUtc).ToListAsync(ct);
        var counts = await db.ForumRegistrations.AsNoTracking().GroupBy(r => r.EventId)
            .Select(g => new
            {
                EventId = g.Key,
                Waiting = g.Count(r => r.Status == SeatStatus.Waiting),
                CheckedIn = g.Count(r => r.CheckedInAtUtc != null),
            })
            .ToDictionaryAsync(x => x.EventId, ct);
        var sessions = await db.ForumSessions.AsNoTracking().GroupBy(s => s.EventId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return events.Select(e => new EventRow(e.Id, e.Title, e.TitleEn, e.Kind, e.Venue, e.StartsAtUtc, e.EndsAtUtc, e.Capacity, e.Taken,
            counts.GetValueOrDefault(e.Id)?.Waiting ?? 0, counts.GetValueOrDefault(e.Id)?.CheckedIn ?? 0, sessions.GetValueOrDefault(e.Id))).ToList();
    }

    public async Task<EventDetail?> EventAsync(int eventId, CancellationToken ct = default)
    {
        var row = (await EventsAsync(ct)).FirstOrDefault(e => e.Id == eventId);
        if (row is null) return null;
        var description = await db.ForumEvents.Where(e => e.Id == eventId).Select(e => e.Description).FirstAsync(ct);
        var sessions = await db.ForumSessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Room).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var waiting = await db.SessionBookings.AsNoTracking().Where(b => b.Status == SeatStatus.Waiting && sessionIds.Contains(b.SessionId))
            .GroupBy(b => b.SessionId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return new EventDetail(row, description, sessions.Select(s => new SessionRow(s.Id, s.Title, s.StartsAtUtc, s.EndsAtUtc, s.Room, s.Capacity, s.Taken,
            waiting.GetValueOrDefault(s.Id), s.Speakers, s.Language, SplitTags(s.Tags), s.Description)).ToList());
    }

    public async Task<IReadOnlyList<RegistrationRow>> RegistrationsAsync(int eventId, CancellationToken ct = default)
    {
        var registrations = await db.ForumRegistrations.AsNoTracking().Include(r => r.Bookings)
            .Where(r => r.EventId == eventId).OrderBy(r => r.Name).ThenBy(r => r.Id).ToListAsync(ct);
        var sessions = await db.ForumSessions.AsNoTracking().Where(s => s.EventId == eventId).ToDictionaryAsync(s => s.Id, ct);
        return registrations.Select(r => Row(r, sessions)).ToList();
    }

    public async Task<RegistrationRow?> RegistrationAsync(string code, CancellationToken ct = default)
    {
        var normalized = NormalizeCode(code);
        var r = await db.ForumRegistrations.AsNoTracking().Include(x => x.Bookings).FirstOrDefaultAsync(x => x.Code == normalized, ct);
        if (r is null) return null;
        var sessions = await db.ForumSessions.AsNoTracking().Where(s => s.EventId == r.EventId).ToDictionaryAsync(s => s.Id, ct);
        return Row(r, sessions);
    }

    /// <summary>The personal code as printed: two groups of four (K7QM-3XPD).</summary>
    public static string FormatCode(string code) => code.Length == 8 ? $"{code[..4]}-{code[4..]}" : code;

    /// <summary>What a person typed (lower case, spaces, dash) to the stored code.</summary>
    public static string NormalizeCode(string? code) =>
        new((code ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static RegistrationRow Row(ForumRegistration r, IReadOnlyDictionary<int, ForumSession> sessions) =>
        new(r.Id, r.EventId, r.Name, r.Email, r.Organisation, r.Code, r.Status, r.CreatedAtUtc, r.CheckedInAtUtc,
            r.Bookings.Where(b => b.Status != SeatStatus.Cancelled).OrderBy(b => b.StartsAtUtc)
                .Select(b => new BookingRow(b.SessionId, sessions[b.SessionId].Title, b.StartsAtUtc, b.EndsAtUtc, sessions[b.SessionId].Room, b.Status)).ToList());

    private static IReadOnlyList<string> SplitTags(string? tags) =>
        (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void RefuseOverlaps(string what, IReadOnlyList<ForumSession> wanted, IReadOnlyList<ForumSession> booked)
    {
        for (var i = 0; i < wanted.Count; i++)
        {
            foreach (var other in wanted.Skip(i + 1).Concat(booked))
                if (TimeWindows.Overlap(wanted[i].StartsAtUtc, wanted[i].EndsAtUtc, other.StartsAtUtc, other.EndsAtUtc))
                    throw Refuse.Because(what, "sessions",
                        $"'{wanted[i].Title}' and '{other.Title}' take place at the same time ({BrusselsTime.Format(wanted[i].StartsAtUtc, "HH:mm")}); choose one");
        }
    }

    private async Task<ForumRegistration> FindByCodeAsync(string code, CancellationToken ct)
    {
        var normalized = NormalizeCode(code);
        return await db.ForumRegistrations.Include(r => r.Bookings).FirstOrDefaultAsync(r => r.Code == normalized, ct)
            ?? throw Refuse.Because("check-in code", "code", $"'{code}' is not a registration's code");
    }

    private async Task<bool> TakeEventSeatAsync(int eventId, CancellationToken ct) =>
        await db.ForumEvents.Where(e => e.Id == eventId && e.Taken < e.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Taken, e => e.Taken + 1), ct) == 1;

    private async Task<bool> TakeSessionSeatAsync(int sessionId, CancellationToken ct) =>
        await db.ForumSessions.Where(e => e.Id == sessionId && e.Taken < e.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Taken, e => e.Taken + 1), ct) == 1;

    /// <summary>A freed session seat goes to the first person waiting who holds an event place; else the counter drops.</summary>
    private async Task ReleaseSessionSeatAsync(int sessionId, List<ForumRegistration> moved, CancellationToken ct)
    {
        var next = await db.SessionBookings
            .Where(b => b.SessionId == sessionId && b.Status == SeatStatus.Waiting
                        && db.ForumRegistrations.Any(r => r.Id == b.RegistrationId && r.Status == SeatStatus.Confirmed))
            .OrderBy(b => b.CreatedAtUtc).ThenBy(b => b.Id).FirstOrDefaultAsync(ct);
        if (next is null)
        {
            await db.ForumSessions.Where(s => s.Id == sessionId && s.Taken > 0).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), ct);
            return;
        }
        next.Status = SeatStatus.Confirmed;
        await db.SaveChangesAsync(ct);
        moved.Add(await db.ForumRegistrations.FirstAsync(r => r.Id == next.RegistrationId, ct));
    }

    /// <summary>A freed event place goes to the first registration waiting, which then takes its sessions where there is room.</summary>
    private async Task ReleaseEventSeatAsync(int eventId, List<ForumRegistration> moved, CancellationToken ct)
    {
        var next = await db.ForumRegistrations.Include(r => r.Bookings)
            .Where(r => r.EventId == eventId && r.Status == SeatStatus.Waiting)
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).FirstOrDefaultAsync(ct);
        if (next is null)
        {
            await db.ForumEvents.Where(e => e.Id == eventId && e.Taken > 0).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), ct);
            return;
        }
        next.Status = SeatStatus.Confirmed;
        foreach (var b in next.Bookings.Where(b => b.Status == SeatStatus.Waiting).OrderBy(b => b.StartsAtUtc))
            if (await TakeSessionSeatAsync(b.SessionId, ct)) b.Status = SeatStatus.Confirmed;
        await db.SaveChangesAsync(ct);
        moved.Add(next);
    }

    private async Task NotifyMovedUpAsync(IReadOnlyList<ForumRegistration> moved, CancellationToken ct)
    {
        foreach (var r in moved)
        {
            var title = await db.ForumEvents.Where(e => e.Id == r.EventId).Select(e => e.Title).FirstAsync(ct);
            await mailer.SendAsync(new MailMessageText(r.Email, $"U bent van de wachtlijst / off the waiting list: {title}",
                $"Beste {r.Name},\n\nEr kwam een plaats vrij: u staat nu ingeschreven voor {title}. Uw check-incode: {FormatCode(r.Code)}\n\n-- \nA place became free: you are now registered. Your check-in code: {FormatCode(r.Code)}\n"), ct);
        }
    }

    private static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, 8);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc);

    private static Import.BadInputException UnknownEvent(int id) => Refuse.Because($"event {id}", null, "no such event");
}
