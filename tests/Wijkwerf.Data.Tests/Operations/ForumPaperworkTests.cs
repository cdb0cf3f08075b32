using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Tests.Operations;

/// <summary>The door's paperwork after the team called a session off: the attendance list (a real XLSX, read back) says
/// so and expects nobody there, and the badges (a real PDF, printed by Chromium and read back) leave out whoever has
/// nothing left to attend.</summary>
public sealed class ForumPaperworkTests : IAsyncDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    // Thursday 8 October 2026, 09:00 in Brussels.
    private static readonly DateTime Day = new(2026, 10, 8, 7, 0, 0, DateTimeKind.Utc);

    private readonly Import.TestDatabase database = new();
    private readonly MailBox mail = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private async Task<(WijkwerfDb Db, ForumService Forum, int Event, int[] Sessions)> ForumWithOneSessionCalledOffAsync()
    {
        var db = await WijkwerfDbFactory.OpenAsync(database.Location, Ct);
        var forum = new ForumService(db, mail, clock);
        var ev = await forum.CreateEventAsync(new NewEvent("Oogstsessie Lille", ForumEventKind.Oogstsessie, Day, Day.AddHours(8), 20, "Gemeentehuis Lille",
            Sessions:
            [
                new("Warmtenet in één keer", Day.AddHours(1), Day.AddHours(2), "Zaal A", 10, "An Peeters"),
                new("Iedereen mee!", Day.AddHours(1), Day.AddHours(2), "Zaal B", 10, "Jan Smit"),
                new("Straten naar de toekomst", Day.AddHours(3), Day.AddHours(4), "Zaal A", 10, "Els Claes"),
            ]), Ct);
        var s = await db.ForumSessions.Where(x => x.EventId == ev).OrderBy(x => x.StartsAtUtc).ThenBy(x => x.Room).Select(x => x.Id).ToArrayAsync(Ct);
        await forum.RegisterAsync(ev, new("Ann Aerts", "ann@example.org", "Lille", [s[0], s[2]]), Ct);  // keeps s[2]
        await forum.RegisterAsync(ev, new("Bert Bosmans", "bert@example.org", "Berlaar", [s[0]]), Ct); // only s[0]
        await forum.RegisterAsync(ev, new("Cas Claes", "cas@example.org", "Gent", [s[1]]), Ct);        // untouched
        await forum.RegisterAsync(ev, new("Dina Dewit", "dina@example.org", "Mol", []), Ct);           // the event only
        await forum.CallOffSessionAsync(s[0], Ct);
        return (db, forum, ev, s);
    }

    [Fact]
    public async Task The_attendance_list_marks_a_called_off_session_and_expects_nobody_there()
    {
        var (db, forum, ev, _) = await ForumWithOneSessionCalledOffAsync();
        await using var _db = db;

        var xlsx = ForumPaperwork.AttendanceXlsx((await forum.EventAsync(ev, Ct))!, await forum.RegistrationsAsync(ev, Ct));
        var file = Path.Combine(database.Folder, "attendance.xlsx");
        await File.WriteAllBytesAsync(file, xlsx, Ct);
        var sessions = XlsxTable.Read(file, "Sessions", out var sessionHeader);
        sessionHeader.ShouldContain("status");
        var off = sessions.Single(r => r.Cells["session"] == "Warmtenet in één keer");
        (off.Cells["status"], off.Cells["registered"], off.Cells["waiting"], off.Cells["present"]).ShouldBe((ForumPaperwork.CalledOff, "0", "0", "0"));
        sessions.Where(r => r.Cells["session"] != "Warmtenet in één keer").ShouldAllBe(r => r.Cells["status"] == "scheduled");
        sessions.Single(r => r.Cells["session"] == "Straten naar de toekomst").Cells["registered"].ShouldBe("1");

        var people = XlsxTable.Read(file, "Attendance", out _).ToDictionary(r => r.Cells["name"]);
        people.Count.ShouldBe(4);
        people["Ann Aerts"].Cells["sessions"].ShouldBe("Straten naar de toekomst");
        people["Ann Aerts"].Cells["called off"].ShouldBe("Warmtenet in één keer");
        people["Bert Bosmans"].Cells.GetValueOrDefault("sessions").ShouldBeNull();
        people["Bert Bosmans"].Cells["called off"].ShouldBe("Warmtenet in één keer");
        people.Values.Select(r => (r.Cells["name"], r.Cells["badge"])).OrderBy(x => x.Item1).ShouldBe(
            [("Ann Aerts", "yes"), ("Bert Bosmans", "no"), ("Cas Claes", "yes"), ("Dina Dewit", "yes")]);
    }

    [Fact]
    public async Task Nobody_gets_a_badge_for_a_called_off_session_and_someone_who_books_another_gets_one_again()
    {
        var (db, forum, ev, s) = await ForumWithOneSessionCalledOffAsync();
        await using var _db = db;

        var text = await PdfText.ExtractAsync(await ChromiumPdf.PrintAsync(
            ForumPaperwork.BadgesHtml((await forum.EventAsync(ev, Ct))!, await forum.RegistrationsAsync(ev, Ct)), Ct), Ct);
        text.ShouldContain("Ann Aerts");
        text.ShouldContain("Cas Claes");
        text.ShouldContain("Dina Dewit");
        text.ShouldNotContain("Bert Bosmans");
        text.ShouldNotContain("Berlaar");

        // Bert chooses another session, as the call-off e-mail suggests: his badge is back.
        var bert = (await forum.RegistrationsAsync(ev, Ct)).Single(r => r.Name == "Bert Bosmans");
        await forum.BookSessionAsync(bert.Code, s[2], Ct);
        ForumPaperwork.BadgesHtml((await forum.EventAsync(ev, Ct))!, await forum.RegistrationsAsync(ev, Ct)).ShouldContain("Bert Bosmans");
    }
}
