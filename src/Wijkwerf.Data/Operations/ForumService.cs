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

/// <summary>A registration. <see cref="Sessions"/>: the sessions it holds or waits for; <see cref="CalledOff"/>: sessions
/// it had booked that the team called off (their bookings are cancelled, so they are not in <see cref="Sessions"/>).</summary>
public sealed record RegistrationRow(int Id, int EventId, string Name, string Email, string? Organisation, string Code,
    SeatStatus Status, DateTime CreatedAtUtc, DateTime? CheckedInAtUtc, IReadOnlyList<BookingRow> Sessions, IReadOnlyList<BookingRow> CalledOff);

public sealed record SessionRow(int Id, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Room, int Capacity,
    int Taken, int Waiting, string? Speakers, string Language, IReadOnlyList<string> Tags, string? Description, bool Cancelled = false);

public sealed record EventRow(int Id, string Title, string? TitleEn, ForumEventKind Kind, string? Venue, DateTime StartsAtUtc,
    DateTime EndsAtUtc, int Capacity, int Taken, int Waiting, int CheckedIn, int Sessions);

public sealed record EventDetail(EventRow Event, string? Description, IReadOnlyList<SessionRow> Sessions);

/// <summary>One scheduled reminder run: when it looked, and who got which text.</summary>
public sealed record ReminderRun(DateTime NowUtc, TimeSpan LeadTime, IReadOnlyList<SentReminder> Sent);

public sealed record SentReminder(int RegistrationId, int EventId, string Email, SeatStatus Status);

public sealed record CheckInResult(string Name, string? Organisation, string EventTitle, bool AlreadyCheckedIn, DateTime CheckedInAtUtc, IReadOnlyList<BookingRow> Sessions);

/// <summary>The forum: events and their programme, registrations with capacity and waiting lists, check-in,
/// reminders. Seats are counted by one conditional update per seat inside the registration's transaction, so
/// parallel requests for the last seat never oversell (SQLite serialises writers; PostgreSQL re-checks the
/// condition after the row lock).</summary>
public sealed class ForumService(WijkwerfDb db, IMailer mailer, TimeProvider clock)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>The languages a session can be held in.</summary>
    public static readonly IReadOnlyList<string> Languages = ["nl", "en", "nl/en", "fr"];

    public async Task<int> CreateEventAsync(NewEvent e, CancellationToken ct = default)
    {
        var ev = new ForumEvent { Title = "" };
        ApplyEvent(e, ev, "event");
        foreach (var s in e.Sessions ?? []) ev.Sessions.Add(NewSessionOf(s, ev));
        db.ForumEvents.Add(ev);
        await db.SaveChangesAsync(ct);
        return ev.Id;
    }

    /// <summary>Changes an event (the same rules as a new one). Its places cannot drop below those taken, and its
    /// times must still hold its sessions; more places let the first people waiting move up (and they get an e-mail).</summary>
    public async Task UpdateEventAsync(int eventId, NewEvent e, CancellationToken ct = default)
    {
        var what = $"event {eventId}";
        var ev = await db.ForumEvents.FindAsync([eventId], ct) ?? throw UnknownEvent(eventId);
        // The seat counters move by SQL updates only; what this context tracked may be older.
        await db.Entry(ev).ReloadAsync(ct);
        var changed = new ForumEvent { Title = "" };
        ApplyEvent(e, changed, what);
        if (changed.Capacity < ev.Taken) throw Refuse.Because(what, "capacity", $"{ev.Taken} places are taken; the event needs at least {ev.Taken}");
        var outside = await db.ForumSessions.AsNoTracking()
            .Where(s => s.EventId == eventId && s.CancelledAtUtc == null && (s.StartsAtUtc < changed.StartsAtUtc || s.EndsAtUtc > changed.EndsAtUtc))
            .Select(s => s.Title).FirstOrDefaultAsync(ct);
        if (outside is not null) throw Refuse.Because(what, "startsAt", $"the session '{outside}' would fall outside the event's time");
        ApplyEvent(e, ev, what);
        var moved = new List<ForumRegistration>();
        using (await SqliteWriteGate.EnterAsync(db, ct))
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            // The counter is only ever moved by the conditional update; each seat it grants goes to the next in line.
            while (await db.ForumRegistrations.AnyAsync(r => r.EventId == eventId && r.Status == SeatStatus.Waiting, ct)
                   && await TakeEventSeatAsync(eventId, ct))
                await MoveUpForEventAsync(eventId, moved, ct);
            await tx.CommitAsync(ct);
        }
        await NotifyMovedUpAsync(moved, ct);
    }

    private static void ApplyEvent(NewEvent e, ForumEvent ev, string what)
    {
        var title = Refuse.Required(e.Title, what, "title", 300);
        if (e.EndsAtUtc <= e.StartsAtUtc) throw Refuse.Because(what, "endsAt", "ends before it starts");
        if (e.Capacity < 1) throw Refuse.Because(what, "capacity", "must be at least 1");
        if (e.Venue?.Length > 300) throw Refuse.Because(what, "venue", "is longer than 300 characters");
        if (e.TitleEn?.Length > 300) throw Refuse.Because(what, "titleEn", "is longer than 300 characters");
        ev.Title = title;
        ev.TitleEn = Blank(e.TitleEn);
        ev.Description = Blank(e.Description);
        ev.Kind = e.Kind;
        ev.Venue = Blank(e.Venue);
        ev.StartsAtUtc = Utc(e.StartsAtUtc);
        ev.EndsAtUtc = Utc(e.EndsAtUtc);
        ev.Capacity = e.Capacity;
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

    /// <summary>Changes a session of the programme (the same rules as a new one). Its places cannot drop below those
    /// taken; more places let people waiting move up; new times move the bookings with it.</summary>
    public async Task UpdateSessionAsync(int sessionId, NewSession s, CancellationToken ct = default)
    {
        var what = $"session {sessionId}";
        var session = await db.ForumSessions.FindAsync([sessionId], ct) ?? throw Refuse.Because(what, null, "no such session");
        await db.Entry(session).ReloadAsync(ct);
        if (session.CancelledAtUtc is not null) throw Refuse.Because(what, "status", $"'{session.Title}' is cancelled");
        var ev = await db.ForumEvents.AsNoTracking().FirstAsync(e => e.Id == session.EventId, ct);
        var changed = NewSessionOf(s, ev);
        if (changed.Capacity < session.Taken)
            throw Refuse.Because(what, "capacity", $"{session.Taken} places of '{changed.Title}' are taken; it needs at least {session.Taken}");
        session.Title = changed.Title;
        session.Description = changed.Description;
        session.Room = changed.Room;
        session.Speakers = changed.Speakers;
        session.Language = changed.Language;
        session.Tags = changed.Tags;
        session.Capacity = changed.Capacity;
        var moved = new List<ForumRegistration>();
        using (await SqliteWriteGate.EnterAsync(db, ct))
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (session.StartsAtUtc != changed.StartsAtUtc || session.EndsAtUtc != changed.EndsAtUtc)
            {
                session.StartsAtUtc = changed.StartsAtUtc;
                session.EndsAtUtc = changed.EndsAtUtc;
                await db.SessionBookings.Where(b => b.SessionId == sessionId).ExecuteUpdateAsync(u => u
                    .SetProperty(b => b.StartsAtUtc, changed.StartsAtUtc).SetProperty(b => b.EndsAtUtc, changed.EndsAtUtc), ct);
            }
            await db.SaveChangesAsync(ct);
            while (await NextWaitingForSessionAsync(sessionId, ct) is { } next && await TakeSessionSeatAsync(sessionId, ct))
            {
                next.Status = SeatStatus.Confirmed;
                await db.SaveChangesAsync(ct);
                moved.Add(await db.ForumRegistrations.FirstAsync(r => r.Id == next.RegistrationId, ct));
            }
            await tx.CommitAsync(ct);
        }
        await NotifyMovedUpAsync(moved, ct);
    }

    /// <summary>Calls a session off: every booking of it is cancelled (its places go back) and everyone who held a
    /// place or waited for one gets an e-mail. Returns how many were told.</summary>
    public async Task<int> CallOffSessionAsync(int sessionId, CancellationToken ct = default)
    {
        var what = $"session {sessionId}";
        var session = await db.ForumSessions.FindAsync([sessionId], ct) ?? throw Refuse.Because(what, null, "no such session");
        await db.Entry(session).ReloadAsync(ct);
        if (session.CancelledAtUtc is not null) throw Refuse.Because(what, "status", $"'{session.Title}' is already cancelled");
        var ev = await db.ForumEvents.AsNoTracking().FirstAsync(e => e.Id == session.EventId, ct);
        var bookings = await db.SessionBookings.Where(b => b.SessionId == sessionId && b.Status != SeatStatus.Cancelled).ToListAsync(ct);
        var registrationIds = bookings.Select(b => b.RegistrationId).ToList();
        var people = await db.ForumRegistrations.AsNoTracking()
            .Where(r => registrationIds.Contains(r.Id) && r.Status != SeatStatus.Cancelled).OrderBy(r => r.Id).ToListAsync(ct);
        using (await SqliteWriteGate.EnterAsync(db, ct))
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var now = Now();
            await db.ForumSessions.Where(x => x.Id == sessionId)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.CancelledAtUtc, now).SetProperty(x => x.Taken, 0), ct);
            foreach (var b in bookings) b.Status = SeatStatus.Cancelled;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await db.Entry(session).ReloadAsync(ct);
        var when = BrusselsTime.Format(session.StartsAtUtc, "dddd d MMMM yyyy HH:mm");
        foreach (var r in people)
            await mailer.SendAsync(new MailMessageText(r.Email, $"Sessie geannuleerd / session cancelled: {session.Title}",
                $"Beste {r.Name},\n\nDe sessie '{session.Title}' ({when}, {session.Room}) van {ev.Title} gaat niet door. Uw inschrijving voor {ev.Title} blijft staan; "
                + $"kies eventueel een andere sessie via uw ticket.\nUw check-incode: {FormatCode(r.Code)}\n\n-- \n"
                + $"The session '{session.Title}' of {ev.TitleEn ?? ev.Title} has been cancelled. Your registration for the event stands; you may choose another session on your ticket.\n"), ct);
        return people.Count;
    }

    private static ForumSession NewSessionOf(NewSession s, ForumEvent ev)
    {
        const string what = "session";
        var title = Refuse.Required(s.Title, what, "title", 300);
        if (s.EndsAtUtc <= s.StartsAtUtc) throw Refuse.Because(what, "endsAt", $"'{title}' ends before it starts");
        if (s.Capacity < 1) throw Refuse.Because(what, "capacity", $"'{title}' needs at least 1 place");
        if (Utc(s.StartsAtUtc) < ev.StartsAtUtc || Utc(s.EndsAtUtc) > ev.EndsAtUtc)
            throw Refuse.Because(what, "startsAt", $"'{title}' is outside the event's time");
        var language = string.IsNullOrWhiteSpace(s.Language) ? "nl" : s.Language.Trim().ToLowerInvariant();
        if (!Languages.Contains(language)) throw Refuse.Because(what, "language", $"'{language}' is not one of {string.Join(", ", Languages)}");
        if (s.Room?.Length > 100) throw Refuse.Because(what, "room", "is longer than 100 characters");
        if (s.Speakers?.Length > 600) throw Refuse.Because(what, "speakers", "is longer than 600 characters");
        if (s.Tags?.Length > 200) throw Refuse.Because(what, "tags", "is longer than 200 characters");
        return new ForumSession
        {
            Title = title, Description = Blank(s.Description), StartsAtUtc = Utc(s.StartsAtUtc), EndsAtUtc = Utc(s.EndsAtUtc), Room = Blank(s.Room),
            Capacity = s.Capacity, Speakers = Blank(s.Speakers), Language = language, Tags = NormalizeTags(s.Tags),
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
        if (sessions.FirstOrDefault(s => s.CancelledAtUtc is not null) is { } off) throw Refuse.Because(what, "sessions", $"'{off.Title}' is cancelled");
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
        if (session.CancelledAtUtc is not null) throw Refuse.Because(what, "session", $"'{session.Title}' is cancelled");
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
        return (await RemindAsync(ev, [SeatStatus.Confirmed], baseUrl, Now(), ct)).Count;
    }

    /// <summary>The scheduled reminders: every event that starts within <paramref name="leadTime"/> of
    /// <paramref name="nowUtc"/> — counted on the Brussels wall clock, so "24 hours before 10:00" is 10:00 the day before
    /// also across a change of the clocks — reminds each person registered or waiting (each their own text) once.
    /// Cancelled registrations are skipped; a reminder is recorded before it is sent, so running again (or after a
    /// restart) sends nothing twice.</summary>
    public async Task<ReminderRun> SendDueRemindersAsync(TimeSpan leadTime, string? baseUrl, DateTime nowUtc, CancellationToken ct = default)
    {
        if (leadTime <= TimeSpan.Zero) throw Refuse.Because("reminders", "leadTime", "must be more than zero");
        nowUtc = Utc(nowUtc);
        // An hour's slack for the change of the clocks; the exact due time is checked per event below.
        var horizon = nowUtc + leadTime + TimeSpan.FromHours(1);
        var events = await db.ForumEvents.AsNoTracking().Where(e => e.StartsAtUtc > nowUtc && e.StartsAtUtc <= horizon)
            .OrderBy(e => e.StartsAtUtc).ToListAsync(ct);
        var sent = new List<SentReminder>();
        foreach (var ev in events.Where(e => ReminderDueUtc(e.StartsAtUtc, leadTime) <= nowUtc))
            sent.AddRange(await RemindAsync(ev, [SeatStatus.Confirmed, SeatStatus.Waiting], baseUrl, nowUtc, ct));
        return new ReminderRun(nowUtc, leadTime, sent);
    }

    /// <summary>When the reminder for an event starting at <paramref name="startsAtUtc"/> is due: the lead time before
    /// it on the Brussels wall clock.</summary>
    public static DateTime ReminderDueUtc(DateTime startsAtUtc, TimeSpan leadTime)
    {
        var wall = BrusselsTime.ToBrussels(startsAtUtc) - leadTime;
        // In the spring's missing hour the wall-clock time does not exist; the moment the clocks jump is the due time.
        while (BrusselsTime.Zone.IsInvalidTime(wall)) wall = wall.AddMinutes(1);
        return BrusselsTime.ToUtc(wall);
    }

    private async Task<IReadOnlyList<SentReminder>> RemindAsync(ForumEvent ev, SeatStatus[] statuses, string? baseUrl, DateTime nowUtc, CancellationToken ct)
    {
        var due = await db.ForumRegistrations.AsNoTracking().Include(r => r.Bookings)
            .Where(r => r.EventId == ev.Id && statuses.Contains(r.Status) && r.ReminderSentAtUtc == null)
            .OrderBy(r => r.Id).ToListAsync(ct);
        var sessions = await db.ForumSessions.AsNoTracking().Where(s => s.EventId == ev.Id).ToDictionaryAsync(s => s.Id, ct);
        var sent = new List<SentReminder>();
        foreach (var r in due)
        {
            // Claim first: of two runs at once (or a run after a restart) only one gets the row.
            var claimed = await db.ForumRegistrations.Where(x => x.Id == r.Id && x.ReminderSentAtUtc == null && x.Status != SeatStatus.Cancelled)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.ReminderSentAtUtc, nowUtc), ct);
            if (claimed == 0) continue;
            try
            {
                await mailer.SendAsync(ReminderMail(ev, r, sessions, baseUrl), ct);
            }
            catch
            {
                // Not sent: the next run tries again.
                await db.ForumRegistrations.Where(x => x.Id == r.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.ReminderSentAtUtc, (DateTime?)null), CancellationToken.None);
                throw;
            }
            sent.Add(new SentReminder(r.Id, ev.Id, r.Email, r.Status));
        }
        return sent;
    }

    private static MailMessageText ReminderMail(ForumEvent ev, ForumRegistration r, IReadOnlyDictionary<int, ForumSession> sessions, string? baseUrl)
    {
        var when = $"{BrusselsTime.Format(ev.StartsAtUtc, "dddd d MMMM yyyy HH:mm")} (Brusselse tijd)";
        var ticket = baseUrl is null ? "" : $"{baseUrl.TrimEnd('/')}/forum/ticket/{r.Code}";
        if (r.Status == SeatStatus.Waiting)
            return new MailMessageText(r.Email, $"Wachtlijst / waiting list: {ev.Title}", $"""
                Beste {r.Name},

                {ev.Title} begint {when}, {ev.Venue}. U staat nog op de wachtlijst: er is nog geen plaats voor u vrijgekomen.
                Komt er een plaats vrij, dan krijgt u meteen een e-mail. Kom alstublieft niet zonder die bevestiging.
                Kunt u toch niet, annuleer dan via uw ticket, zodat de volgende op de lijst aan de beurt is.
                {(ticket.Length == 0 ? "" : $"Uw ticket: {ticket}")}

                -- 
                {ev.TitleEn ?? ev.Title} starts soon. You are still on the waiting list: no place has become free yet. We will e-mail you
                at once if one does; please do not come without that confirmation.
                """);
        var lines = r.Bookings.Where(b => b.Status == SeatStatus.Confirmed).OrderBy(b => b.StartsAtUtc)
            .Select(b => $"  {BrusselsTime.Format(b.StartsAtUtc, "HH:mm")}–{BrusselsTime.Format(b.EndsAtUtc, "HH:mm")}  {sessions[b.SessionId].Title} ({sessions[b.SessionId].Room})");
        return new MailMessageText(r.Email, $"Herinnering / reminder: {ev.Title}", $"""
            Beste {r.Name},

            Tot binnenkort op {ev.Title}: {when}, {ev.Venue}.
            Uw persoonlijke check-incode: {FormatCode(r.Code)}

            Uw sessies:
            {string.Join("\n", lines)}

            {(ticket.Length == 0 ? "" : $"Uw ticket en agenda: {ticket}")}

            -- 
            See you soon at {ev.TitleEn ?? ev.Title}. Your personal check-in code: {FormatCode(r.Code)}
            """);
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
            waiting.GetValueOrDefault(s.Id), s.Speakers, s.Language, SplitTags(s.Tags), s.Description, s.CancelledAtUtc is not null)).ToList());
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

    // A booking of a called-off session is cancelled with it; one the person cancelled themselves before the call-off
    // cannot be told apart (bookings keep no cancellation time), so it is listed as called off too.
    private static RegistrationRow Row(ForumRegistration r, IReadOnlyDictionary<int, ForumSession> sessions)
    {
        BookingRow Booking(SessionBooking b) => new(b.SessionId, sessions[b.SessionId].Title, b.StartsAtUtc, b.EndsAtUtc, sessions[b.SessionId].Room, b.Status);
        var bookings = r.Bookings.OrderBy(b => b.StartsAtUtc).ToList();
        return new(r.Id, r.EventId, r.Name, r.Email, r.Organisation, r.Code, r.Status, r.CreatedAtUtc, r.CheckedInAtUtc,
            bookings.Where(b => b.Status != SeatStatus.Cancelled).Select(Booking).ToList(),
            bookings.Where(b => b.Status == SeatStatus.Cancelled && sessions[b.SessionId].CancelledAtUtc is not null).Select(Booking).ToList());
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Tags as stored: lower case, comma separated, no blanks or repeats ("Energie, wp1" → "energie,wp1").</summary>
    private static string? NormalizeTags(string? tags) =>
        Blank(string.Join(",", SplitTags(tags).Select(t => t.ToLowerInvariant()).Distinct()));

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
        var next = await NextWaitingForSessionAsync(sessionId, ct);
        if (next is null)
        {
            await db.ForumSessions.Where(s => s.Id == sessionId && s.Taken > 0).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), ct);
            return;
        }
        next.Status = SeatStatus.Confirmed;
        await db.SaveChangesAsync(ct);
        moved.Add(await db.ForumRegistrations.FirstAsync(r => r.Id == next.RegistrationId, ct));
    }

    private Task<SessionBooking?> NextWaitingForSessionAsync(int sessionId, CancellationToken ct) =>
        db.SessionBookings
            .Where(b => b.SessionId == sessionId && b.Status == SeatStatus.Waiting
                        && db.ForumRegistrations.Any(r => r.Id == b.RegistrationId && r.Status == SeatStatus.Confirmed))
            .OrderBy(b => b.CreatedAtUtc).ThenBy(b => b.Id).FirstOrDefaultAsync(ct);

    /// <summary>A freed event place goes to the first registration waiting, which then takes its sessions where there is room.</summary>
    private async Task ReleaseEventSeatAsync(int eventId, List<ForumRegistration> moved, CancellationToken ct)
    {
        if (!await MoveUpForEventAsync(eventId, moved, ct))
            await db.ForumEvents.Where(e => e.Id == eventId && e.Taken > 0).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), ct);
    }

    /// <summary>Gives an event place already counted to the first registration waiting; false when nobody waits.</summary>
    private async Task<bool> MoveUpForEventAsync(int eventId, List<ForumRegistration> moved, CancellationToken ct)
    {
        var next = await db.ForumRegistrations.Include(r => r.Bookings)
            .Where(r => r.EventId == eventId && r.Status == SeatStatus.Waiting)
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).FirstOrDefaultAsync(ct);
        if (next is null) return false;
        next.Status = SeatStatus.Confirmed;
        foreach (var b in next.Bookings.Where(b => b.Status == SeatStatus.Waiting).OrderBy(b => b.StartsAtUtc))
            if (await TakeSessionSeatAsync(b.SessionId, ct)) b.Status = SeatStatus.Confirmed;
        await db.SaveChangesAsync(ct);
        moved.Add(next);
        return true;
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
