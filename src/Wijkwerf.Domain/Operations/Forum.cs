using System.Text.Json.Serialization;

namespace Wijkwerf.Domain.Operations;

/// <summary>What kind of gathering a forum event is: the annual 100 Districts Forum, a harvest session
/// (<i>oogstsessie</i>) or a practice-lab day.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ForumEventKind>))]
public enum ForumEventKind { Forum, Oogstsessie, PracticeLab }

/// <summary>Something that has a number of places and a counter of places taken. The counter is only ever changed by
/// one conditional SQL update (<c>Taken = Taken + 1 WHERE Taken &lt; Capacity</c>), which is what keeps concurrent
/// registrations for the last seat from overselling on SQLite and PostgreSQL alike.</summary>
public interface IHasSeats
{
    int Id { get; }
    int Capacity { get; }
    int Taken { get; }
}

/// <summary>A forum event: the annual 100 Districts Forum or a smaller one. Times are stored in UTC; pages show them in
/// Europe/Brussels time.</summary>
public sealed class ForumEvent : IHasSeats
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public string? Description { get; set; }
    public ForumEventKind Kind { get; set; }
    public string? Venue { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public int Capacity { get; set; }
    public int Taken { get; set; }
    public List<ForumSession> Sessions { get; set; } = [];
}

/// <summary>One session of an event's programme.</summary>
public sealed class ForumSession : IHasSeats
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public string? Room { get; set; }
    public int Capacity { get; set; }
    public int Taken { get; set; }
    /// <summary>Speakers, comma separated.</summary>
    public string? Speakers { get; set; }
    /// <summary>"nl", "en" or "nl/en".</summary>
    public string Language { get; set; } = "nl";
    /// <summary>Werven and work programmes the session is about, comma separated (e.g. "energie,wp1").</summary>
    public string? Tags { get; set; }
    /// <summary>When the platform team called the session off (its bookings are cancelled and the people told), or null.</summary>
    public DateTime? CancelledAtUtc { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<SeatStatus>))]
public enum SeatStatus { Confirmed, Waiting, Cancelled }

/// <summary>A person's registration for an event, with their personal check-in code. Personal data (name, e-mail,
/// organisation): exported and erased through the operations module.</summary>
public sealed class ForumRegistration
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Organisation { get; set; }
    public string? UserId { get; set; }
    /// <summary>The personal check-in code (printed on the badge, typed or scanned at the door).</summary>
    public required string Code { get; set; }
    public SeatStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? CheckedInAtUtc { get; set; }
    /// <summary>When the one reminder went out (the team's button or the scheduled job): set before the mail is sent,
    /// by a conditional update, so a second run or a restart never mails the same person twice.</summary>
    public DateTime? ReminderSentAtUtc { get; set; }
    public List<SessionBooking> Bookings { get; set; } = [];
}

/// <summary>A registration's place in one session (or on its waiting list). The session's times are copied so the
/// double-booking check needs no join.</summary>
public sealed class SessionBooking
{
    public int Id { get; set; }
    public int RegistrationId { get; set; }
    public int SessionId { get; set; }
    public SeatStatus Status { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
