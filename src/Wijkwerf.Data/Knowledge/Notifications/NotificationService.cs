using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Knowledge.Harvest;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Data.Knowledge.Notifications;

public sealed record FollowView(FollowTarget Target, string Key, string Title, string? TitleEn, string Url);
public sealed record NotificationView(int Id, NotificationEvent Event, string Title, string? TitleEn, string Url, string Reason, DateTime CreatedAtUtc, bool Read);
public sealed record SettingsView(bool DigestEnabled, string Language);

/// <summary>What a person follows, their in-app notifications (unread first) and their digest choice. A notification
/// about a drempel or comment a moderator hid is left out everywhere (list, count, digest) for as long as it is hidden.
/// With <paramref name="unread"/> (the web app) the unread count is served from that cache and forgotten on every change here.</summary>
public sealed class NotificationService(WijkwerfDb db, UnreadNotificationCounts? unread = null)
{
    public async Task<FollowView> FollowAsync(string userId, FollowTarget target, string key, CancellationToken ct)
    {
        var view = await DescribeAsync(target, (key ?? "").Trim().ToLowerInvariant(), ct);
        if (!await db.Follows.AnyAsync(f => f.UserId == userId && f.Target == target && f.TargetKey == view.Key, ct))
        {
            db.Follows.Add(new Follow { UserId = userId, Target = target, TargetKey = view.Key, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(ct);
        }
        return view;
    }

    public async Task UnfollowAsync(string userId, FollowTarget target, string key, CancellationToken ct)
    {
        var k = (key ?? "").Trim().ToLowerInvariant();
        await db.Follows.Where(f => f.UserId == userId && f.Target == target && f.TargetKey == k).ExecuteDeleteAsync(ct);
    }

    public async Task<bool> FollowsAsync(string userId, FollowTarget target, string key, CancellationToken ct) =>
        await db.Follows.AnyAsync(f => f.UserId == userId && f.Target == target && f.TargetKey == key.ToLowerInvariant(), ct);

    /// <summary>Everything the person follows, as (target, key) pairs, to draw follow buttons.</summary>
    public async Task<IReadOnlySet<(FollowTarget, string)>> FollowKeysAsync(string userId, CancellationToken ct) =>
        (await db.Follows.AsNoTracking().Where(f => f.UserId == userId).Select(f => new { f.Target, f.TargetKey }).ToListAsync(ct))
        .Select(f => (f.Target, f.TargetKey)).ToHashSet();

    public async Task<IReadOnlyList<FollowView>> FollowingAsync(string userId, CancellationToken ct)
    {
        var follows = await db.Follows.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.Target).ThenBy(f => f.Id).ToListAsync(ct);
        var views = new List<FollowView>();
        foreach (var f in follows)
        {
            try { views.Add(await DescribeAsync(f.Target, f.TargetKey, ct)); }
            catch (LearningException) { } // The thing is gone or hidden: the follow stays but shows nothing.
        }
        return views;
    }

    /// <summary>The person's notifications they may see, unread first, newest first within.</summary>
    public async Task<IReadOnlyList<NotificationView>> ListAsync(string userId, int take, CancellationToken ct) =>
        (await Visible(userId).OrderBy(n => n.ReadAtUtc != null).ThenByDescending(n => n.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct))
        .Select(View).ToList();

    public Task<int> UnreadCountAsync(string userId, CancellationToken ct) =>
        unread is null ? CountUnreadAsync(userId, ct) : unread.GetAsync(userId, c => CountUnreadAsync(userId, c), ct);

    private Task<int> CountUnreadAsync(string userId, CancellationToken ct) => Visible(userId).CountAsync(n => n.ReadAtUtc == null, ct);

    public async Task MarkReadAsync(string userId, int id, CancellationToken ct)
    {
        var changed = await db.Notifications.Where(n => n.Id == id && n.UserId == userId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAtUtc, DateTime.UtcNow), ct);
        unread?.Forget(userId);
        if (changed == 0 && !await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == userId, ct)) throw LearningException.NotFound("notification", id);
    }

    public async Task<int> MarkAllReadAsync(string userId, CancellationToken ct)
    {
        var read = await db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAtUtc, DateTime.UtcNow), ct);
        unread?.Forget(userId);
        return read;
    }

    public async Task<SettingsView> SettingsAsync(string userId, CancellationToken ct) =>
        await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => new SettingsView(s.DigestEnabled, s.Language)).FirstOrDefaultAsync(ct)
        ?? new SettingsView(false, "nl");

    public async Task<SettingsView> SaveSettingsAsync(string userId, bool digest, string language, CancellationToken ct)
    {
        if (language is not ("nl" or "en")) throw LearningException.Invalid("language", $"language must be \"nl\" or \"en\", not \"{language}\".");
        var settings = await db.NotificationSettings.FindAsync([userId], ct);
        if (settings is null) db.NotificationSettings.Add(settings = new NotificationSettings { UserId = userId });
        settings.DigestEnabled = digest;
        settings.Language = language;
        await db.SaveChangesAsync(ct);
        return new SettingsView(digest, language);
    }

    /// <summary>The notifications of one person that are not about hidden content.</summary>
    internal IQueryable<Notification> Visible(string userId) => VisibleIn(db, db.Notifications.Where(n => n.UserId == userId));

    internal static IQueryable<Notification> VisibleIn(WijkwerfDb db, IQueryable<Notification> q) => q
        .Where(n => n.DrempelId == null || db.Drempels.Any(d => d.Id == n.DrempelId && !d.Hidden))
        .Where(n => n.CommentId == null || db.DrempelComments.Any(c => c.Id == n.CommentId && !c.Hidden));

    internal static NotificationView View(Notification n) => new(n.Id, n.Event, n.Title, n.TitleEn, n.Url, n.Reason, n.CreatedAtUtc, n.ReadAtUtc != null);

    /// <summary>Checks that the thing exists (and may be seen) and returns its title and page.</summary>
    private async Task<FollowView> DescribeAsync(FollowTarget target, string key, CancellationToken ct)
    {
        int Id(string what) => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw LearningException.Invalid("key", $"\"{key}\" is not a {what} id.");
        switch (target)
        {
            case FollowTarget.Drempel:
                var drempelId = Id("drempel");
                var d = await db.Drempels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == drempelId && !x.Hidden, ct) ?? throw LearningException.NotFound("drempel", drempelId);
                return new(target, key, d.Title, d.TitleEn, $"/learning/drempels/{d.Id}");
            case FollowTarget.WorkPoint:
                var pointId = Id("work point");
                var w = await db.WorkPoints.AsNoTracking().FirstOrDefaultAsync(x => x.Id == pointId, ct) ?? throw LearningException.NotFound("work point", pointId);
                return new(target, key, w.Title, w.TitleEn, $"/learning#workpoint-{w.Id}");
            case FollowTarget.Programme:
                var programmeId = Id("work programme");
                var p = await db.WorkProgrammes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == programmeId, ct) ?? throw LearningException.NotFound("work programme", programmeId);
                return new(target, key, $"{p.Number}. {p.Title}", p.TitleEn is null ? null : $"{p.Number}. {p.TitleEn}", $"/learning#programme-{p.Number}");
            case FollowTarget.Case:
                var caseId = Id("case");
                var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct) ?? throw LearningException.NotFound("case", caseId);
                return new(target, key, c.Title, c.TitleEn, $"/learning/cases/{c.Id}");
            case FollowTarget.Werf:
                if (!HarvestService.KnownWerven.Contains(key))
                    throw LearningException.Invalid("key", $"\"{key}\" is not a werf; use {string.Join(", ", HarvestService.KnownWerven)}.");
                return new(target, key, key, null, $"/learning/drempels?werf={key}");
            case FollowTarget.Municipality:
                var municipalityId = Id("municipality");
                var m = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(x => x.Id == municipalityId, ct) ?? throw LearningException.NotFound("municipality", municipalityId);
                return new(target, key, m.Name, null, $"/municipalities/{m.Code}");
            case FollowTarget.Workbook:
                if (key != Notifier.WorkbookKey) throw LearningException.Invalid("key", $"The workbook is followed with the key \"{Notifier.WorkbookKey}\".");
                return new(target, key, "Werkboek", "Workbook", "/learning/workbook");
            default:
                throw LearningException.Invalid("target", $"\"{target}\" is not something to follow.");
        }
    }
}
