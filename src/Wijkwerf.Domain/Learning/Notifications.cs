namespace Wijkwerf.Domain.Learning;

/// <summary>What a person can follow on the learning platform. The key of a follow is the id of the drempel, work point,
/// programme or case, the werf code (warmte, renovatie ...), or the municipality id; <see cref="Workbook"/> has the
/// single key "editions".</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<FollowTarget>))]
public enum FollowTarget { Drempel, WorkPoint, Programme, Case, Werf, Municipality, Workbook }

/// <summary>One person following one thing.</summary>
public sealed class Follow
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public FollowTarget Target { get; set; }
    public required string TargetKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>What happened, as told to a follower.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<NotificationEvent>))]
public enum NotificationEvent
{
    DrempelComment, DrempelMark, DrempelShared, ReviewSubmitted, ReviewAnswered, EditionPublished, WorkPointAdded,
    BreakthroughAdded, GuidanceSessionHeld,
}

/// <summary>An in-app notification for one person (never for whoever caused it). The subject's title is kept in both
/// languages as it was when the event happened; <see cref="DrempelId"/> and <see cref="CommentId"/> let the list and
/// the digest leave out anything a moderator hid since.</summary>
public sealed class Notification
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public NotificationEvent Event { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    /// <summary>Site-relative link to the subject (a page, never an API URL).</summary>
    public required string Url { get; set; }
    public int? DrempelId { get; set; }
    public int? CommentId { get; set; }
    /// <summary>Why this person got it, e.g. "Werf:warmte" (the follow that matched).</summary>
    public string Reason { get; set; } = "";
    public string? ActorId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
    /// <summary>The digest that mailed it, once mailed.</summary>
    public int? DigestId { get; set; }
}

/// <summary>A person's notification choices: the daily e-mail digest on or off and the language it is written in.</summary>
public sealed class NotificationSettings
{
    public required string UserId { get; set; }
    public bool DigestEnabled { get; set; }
    /// <summary>"nl" or "en".</summary>
    public string Language { get; set; } = "nl";
}

/// <summary>One daily digest sent to one person: at most one per person per day (unique), written before the mail goes
/// out, so a restart or a second run the same day sends nothing twice.</summary>
public sealed class DigestDelivery
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>The day in Europe/Brussels the digest belongs to.</summary>
    public DateOnly Day { get; set; }
    public int Items { get; set; }
    public DateTime SentAtUtc { get; set; }
}

/// <summary>A member of the development team of a work point (a municipality, an expert, a regional or Flemish body,
/// an umbrella organisation) that builds its breakthroughs.</summary>
public sealed class DevelopmentTeamMember
{
    public int Id { get; set; }
    public int WorkPointId { get; set; }
    public required string Name { get; set; }
    /// <summary>"municipality", "expert", "regional", "flemish", "umbrella" or "partner".</summary>
    public string Kind { get; set; } = "partner";
    public bool Owner { get; set; }
}
