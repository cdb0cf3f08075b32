using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Data.Knowledge.Notifications;

/// <summary>Turns what happened on the learning platform into notifications for the people who follow it. The services
/// call it right after they saved the change, so every path (API, pages, CLI) notifies the same way. The actor never
/// gets a notification about their own act; a person following two matching things gets one notification. The
/// recipients' cached unread counts (<paramref name="unread"/>) are forgotten once the notifications are saved, so callers
/// call it outside an open transaction (all do: after they committed).</summary>
public sealed class Notifier(WijkwerfDb db, UnreadNotificationCounts? unread = null)
{
    public const string WorkbookKey = "editions";

    public Task DrempelSharedAsync(Drempel d, CancellationToken ct)
    {
        var targets = d.Werven.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(w => (FollowTarget.Werf, w)).ToList();
        if (d.ProgrammeId is { } p) targets.Add((FollowTarget.Programme, Key(p)));
        if (d.MunicipalityId is { } m) targets.Add((FollowTarget.Municipality, Key(m)));
        if (d.CaseId is { } c) targets.Add((FollowTarget.Case, Key(c)));
        return NotifyAsync(targets, d.AuthorId, NotificationEvent.DrempelShared, d.Title, d.TitleEn, DrempelUrl(d.Id), d.Id, null, ct);
    }

    public async Task DrempelCommentAsync(DrempelComment comment, CancellationToken ct)
    {
        var d = await db.Drempels.AsNoTracking().FirstAsync(x => x.Id == comment.DrempelId, ct);
        await NotifyAsync([(FollowTarget.Drempel, Key(d.Id))], comment.AuthorId, NotificationEvent.DrempelComment, d.Title, d.TitleEn,
            DrempelUrl(d.Id) + $"#comment-{comment.Id}", d.Id, comment.Id, ct);
    }

    public async Task DrempelMarkAsync(int drempelId, string userId, CancellationToken ct)
    {
        var d = await db.Drempels.AsNoTracking().FirstAsync(x => x.Id == drempelId, ct);
        await NotifyAsync([(FollowTarget.Drempel, Key(d.Id))], userId, NotificationEvent.DrempelMark, d.Title, d.TitleEn, DrempelUrl(d.Id), d.Id, null, ct);
    }

    public async Task ReviewAsync(Review review, bool answered, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstAsync(x => x.Id == review.CaseId, ct);
        await NotifyAsync([(FollowTarget.Case, Key(c.Id))], answered ? review.AnsweredBy : review.ReviewerId,
            answered ? NotificationEvent.ReviewAnswered : NotificationEvent.ReviewSubmitted, c.Title, c.TitleEn,
            $"/learning/cases/{c.Id}#review-{review.Id}", null, null, ct);
    }

    public async Task GuidanceSessionAsync(GuidanceSession session, string? actorId, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstAsync(x => x.Id == session.CaseId, ct);
        await NotifyAsync([(FollowTarget.Case, Key(c.Id))], actorId, NotificationEvent.GuidanceSessionHeld, c.Title, c.TitleEn,
            $"/learning/cases/{c.Id}#guidance-{session.Id}", null, null, ct);
    }

    /// <summary>An edition concerns those who follow the workbook and those who follow a werf or programme that has a
    /// chapter in it.</summary>
    public async Task EditionPublishedAsync(WorkbookEdition edition, string? actor, CancellationToken ct)
    {
        var chapters = await db.WorkbookChapters.AsNoTracking().Select(c => new { c.Werf, c.ProgrammeId }).ToListAsync(ct);
        var targets = new List<(FollowTarget, string)> { (FollowTarget.Workbook, WorkbookKey) };
        targets.AddRange(chapters.Where(c => c.Werf is { Length: > 0 }).Select(c => (FollowTarget.Werf, c.Werf!)));
        targets.AddRange(chapters.Where(c => c.ProgrammeId is not null).Select(c => (FollowTarget.Programme, Key(c.ProgrammeId!.Value))));
        await NotifyAsync(targets.Distinct(), actor, NotificationEvent.EditionPublished, edition.Title, null, "/learning/workbook", null, null, ct);
    }

    /// <summary>A work point that arrives in a programme (created there, split off inside it, or moved into it).</summary>
    public Task WorkPointAddedAsync(WorkPoint point, string? actorId, CancellationToken ct) =>
        point.ProgrammeId is { } p
            ? NotifyAsync([(FollowTarget.Programme, Key(p))], actorId, NotificationEvent.WorkPointAdded, point.Title, point.TitleEn, $"/learning#workpoint-{point.Id}", null, null, ct)
            : Task.CompletedTask;

    public async Task BreakthroughAddedAsync(Breakthrough b, string? actorId, CancellationToken ct)
    {
        var programme = await db.WorkPoints.Where(w => w.Id == b.WorkPointId).Select(w => w.ProgrammeId).FirstOrDefaultAsync(ct);
        var targets = new List<(FollowTarget, string)> { (FollowTarget.WorkPoint, Key(b.WorkPointId)) };
        if (programme is { } p) targets.Add((FollowTarget.Programme, Key(p)));
        await NotifyAsync(targets, actorId, NotificationEvent.BreakthroughAdded, b.Title, b.TitleEn, $"/learning#workpoint-{b.WorkPointId}", null, null, ct);
    }

    private async Task NotifyAsync(IEnumerable<(FollowTarget Target, string Key)> targets, string? actor, NotificationEvent what, string title, string? titleEn,
        string url, int? drempelId, int? commentId, CancellationToken ct)
    {
        // The actor may be named by id or (workbook editions) by user name.
        var actorIds = actor is null ? [] : await db.Users.Where(u => u.Id == actor || u.UserName == actor).Select(u => u.Id).ToListAsync(ct);
        if (actor is not null) actorIds.Add(actor);
        var reasons = new Dictionary<string, string>();
        foreach (var (target, key) in targets)
        {
            var followers = await db.Follows.AsNoTracking().Where(f => f.Target == target && f.TargetKey == key).Select(f => f.UserId).ToListAsync(ct);
            foreach (var user in followers.Where(u => !actorIds.Contains(u))) reasons.TryAdd(user, $"{target}:{key}");
        }
        if (reasons.Count == 0) return;
        var now = DateTime.UtcNow;
        db.Notifications.AddRange(reasons.Select(r => new Notification
        {
            UserId = r.Key,
            Event = what,
            Title = Cut(title),
            TitleEn = titleEn is null ? null : Cut(titleEn),
            Url = url,
            DrempelId = drempelId,
            CommentId = commentId,
            Reason = r.Value,
            ActorId = actor,
            CreatedAtUtc = now,
        }));
        await db.SaveChangesAsync(ct);
        unread?.Forget(reasons.Keys);
    }

    private static string Cut(string s) => s.Length <= 300 ? s : s[..297] + "...";
    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
    private static string DrempelUrl(int id) => $"/learning/drempels/{id}";
}
