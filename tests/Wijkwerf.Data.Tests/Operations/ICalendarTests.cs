using System.Text;
using Wijkwerf.Data.Operations;

namespace Wijkwerf.Data.Tests.Operations;

public class ICalendarTests
{
    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character_and_text_is_escaped()
    {
        var start = new DateTime(2026, 10, 8, 7, 30, 0, DateTimeKind.Utc);
        var description = string.Concat(Enumerable.Repeat("Één wijk, één warmtenet; ", 12));
        var ics = ICalendar.Write("Forum", [new CalendarItem("s-1@wijkwerf", "Warmte, één straat", start, start.AddHours(1), "Zaal A", description)], start);

        ics.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        ics.ShouldEndWith("END:VCALENDAR\r\n");
        ics.ShouldContain("DTSTART:20261008T073000Z\r\n");
        ics.ShouldContain("SUMMARY:Warmte\\, één straat\r\n");
        var lines = ics.Split("\r\n");
        lines.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        // Unfolding (RFC 5545 §3.1: remove CRLF + one space) gives back the escaped text.
        var unfolded = ics.Replace("\r\n ", "");
        unfolded.ShouldContain("DESCRIPTION:" + ICalendar.Escape(description) + "\r\n");
    }

    [Fact]
    public void Brussels_time_follows_summer_and_winter_time()
    {
        BrusselsTime.ToUtc(new DateTime(2018, 7, 13, 17, 0, 0)).ShouldBe(new DateTime(2018, 7, 13, 15, 0, 0));
        BrusselsTime.ToUtc(new DateTime(2026, 12, 1, 17, 0, 0)).ShouldBe(new DateTime(2026, 12, 1, 16, 0, 0));
        BrusselsTime.Format(new DateTime(2026, 10, 8, 7, 30, 0, DateTimeKind.Utc), "HH:mm").ShouldBe("09:30");
    }
}
