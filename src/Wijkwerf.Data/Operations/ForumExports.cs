using System.Globalization;
using System.Net;
using System.Text;
using Wijkwerf.Data.Reports;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Operations;

/// <summary>One calendar entry (times in UTC).</summary>
public sealed record CalendarItem(string Uid, string Summary, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Location, string? Description);

/// <summary>iCalendar (RFC 5545) written by hand: no package for it here. UTC times (<c>...Z</c>), text escaped
/// (§3.3.11) and lines folded at 75 octets without splitting a UTF-8 character (§3.1).</summary>
public static class ICalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(string name, IEnumerable<CalendarItem> items, DateTime stampUtc)
    {
        var sb = new StringBuilder();
        void Line(string text) => Fold(sb, text);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Wijkwerf//Forum//NL");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(name));
        Line("X-WR-TIMEZONE:Europe/Brussels");
        foreach (var i in items)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + i.Uid);
            Line("DTSTAMP:" + Utc(stampUtc));
            Line("DTSTART:" + Utc(i.StartsAtUtc));
            Line("DTEND:" + Utc(i.EndsAtUtc));
            Line("SUMMARY:" + Escape(i.Summary));
            if (!string.IsNullOrWhiteSpace(i.Location)) Line("LOCATION:" + Escape(i.Location));
            if (!string.IsNullOrWhiteSpace(i.Description)) Line("DESCRIPTION:" + Escape(i.Description));
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").ReplaceLineEndings("\\n");

    private static string Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static void Fold(StringBuilder sb, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var n = rune.Utf8SequenceLength;
            if (octets + n > limit)
            {
                sb.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            sb.Append(rune.ToString());
            octets += n;
        }
        sb.Append("\r\n");
    }

    public static IEnumerable<CalendarItem> ForEvent(EventDetail e, IEnumerable<int>? onlySessions = null)
    {
        var filter = onlySessions?.ToHashSet();
        yield return new CalendarItem($"event-{e.Event.Id}@wijkwerf", e.Event.Title, e.Event.StartsAtUtc, e.Event.EndsAtUtc, e.Event.Venue, e.Description);
        // A cancelled session leaves the feed, so subscribed calendars drop it at their next refresh.
        foreach (var s in e.Sessions.Where(s => !s.Cancelled && (filter is null || filter.Contains(s.Id))))
            yield return new CalendarItem($"session-{s.Id}@wijkwerf", s.Title, s.StartsAtUtc, s.EndsAtUtc,
                string.Join(", ", new[] { s.Room, e.Event.Venue }.Where(x => !string.IsNullOrWhiteSpace(x))),
                string.Join("\n", new[] { s.Speakers is null ? null : "Sprekers / speakers: " + s.Speakers, "Taal / language: " + s.Language, s.Description }.Where(x => x is not null)));
    }
}

/// <summary>The door's paperwork: attendance list (XLSX) and name badges (PDF, printed by Chromium). A session the team
/// called off stays on the attendance list, marked "called off" with nobody expected, so the organiser can tell people
/// at the door; it is never listed as a session to attend, and it earns nobody a badge.</summary>
public static class ForumPaperwork
{
    public const string CalledOff = "called off";

    /// <summary>A confirmed registration gets a badge, unless every session it had booked was called off (it may still
    /// come to the event, but has nothing left to attend until it books another session). Registering for the event
    /// without sessions still earns a badge.</summary>
    public static bool GetsBadge(RegistrationRow r) =>
        r.Status == SeatStatus.Confirmed && (r.Sessions.Count > 0 || r.CalledOff.Count == 0);

    public static byte[] AttendanceXlsx(EventDetail e, IReadOnlyList<RegistrationRow> registrations)
    {
        var people = registrations.Select(r => (IReadOnlyList<object?>)
            [r.Name, r.Organisation, r.Email, ForumService.FormatCode(r.Code), r.Status.ToString().ToLowerInvariant(),
             r.CheckedInAtUtc is { } t ? BrusselsTime.Format(t) : null,
             string.Join("; ", r.Sessions.Where(s => s.Status == SeatStatus.Confirmed).Select(s => s.Title)),
             r.CalledOff.Count == 0 ? null : string.Join("; ", r.CalledOff.Select(s => s.Title)),
             GetsBadge(r) ? "yes" : "no"]);
        var sessions = e.Sessions.Select(s => (IReadOnlyList<object?>)
            [BrusselsTime.Format(s.StartsAtUtc), BrusselsTime.Format(s.EndsAtUtc, "HH:mm"), s.Title, s.Cancelled ? CalledOff : "scheduled", s.Room, s.Capacity,
             s.Cancelled ? 0 : s.Taken, s.Cancelled ? 0 : s.Waiting,
             s.Cancelled ? 0 : registrations.Count(r => r.CheckedInAtUtc is not null && r.Sessions.Any(b => b.SessionId == s.Id && b.Status == SeatStatus.Confirmed))]);
        return XlsxWriter.Write(
            new XlsxSheet("Attendance", ["name", "organisation", "email", "code", "status", "checked in (Brussels)", "sessions", "called off", "badge"], people),
            new XlsxSheet("Sessions", ["starts (Brussels)", "ends", "session", "status", "room", "capacity", "registered", "waiting", "present"], sessions));
    }

    /// <summary>An A4 sheet of badges (2 × 4 per page) for every registration that <see cref="GetsBadge"/>: name, organisation, code.</summary>
    public static string BadgesHtml(EventDetail e, IReadOnlyList<RegistrationRow> registrations)
    {
        static string H(string? s) => WebUtility.HtmlEncode(s ?? "");
        var sb = new StringBuilder();
        sb.Append("""
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Badges</title><style>
            @page { size: A4; margin: 10mm; }
            body { font-family: sans-serif; margin: 0; }
            .sheet { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
            .badge { border: 1px solid #333; border-radius: 3mm; height: 62mm; padding: 6mm; box-sizing: border-box; break-inside: avoid; }
            .event { font-size: 10pt; color: #333; } .name { font-size: 20pt; font-weight: bold; margin: 6mm 0 2mm; }
            .org { font-size: 12pt; } .code { font-family: monospace; font-size: 14pt; margin-top: 6mm; letter-spacing: 1px; }
            </style></head><body><div class="sheet">
            """);
        foreach (var r in registrations.Where(GetsBadge).OrderBy(r => r.Name, StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), true)))
            sb.Append($"""<div class="badge"><div class="event">{H(e.Event.Title)}</div><div class="name">{H(r.Name)}</div><div class="org">{H(r.Organisation)}</div><div class="code">{ForumService.FormatCode(r.Code)}</div></div>""");
        sb.Append("</div></body></html>");
        return sb.ToString();
    }
}
