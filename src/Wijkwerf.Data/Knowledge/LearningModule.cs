using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Knowledge;

/// <summary>The learning platform's manifest (STYLE.md: one place per module): who may do what, what it exports, its
/// personal data and its demo seed.</summary>
public static class LearningModule
{
    public const string Name = "learning";

    /// <summary>Permissions: the platform team (role platform-admin) runs sessions, rounds and editions; any signed-in
    /// person submits to an open session; reviewers are assigned; case teams answer; everyone reads.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Permissions = new Dictionary<string, string[]>
    {
        ["harvest.open-close-cluster"] = [Roles.PlatformAdmin],
        ["harvest.submit"] = Roles.All,
        ["review.open-round"] = [Roles.PlatformAdmin],
        ["review.submit"] = ["assigned reviewer, never a member of the reviewed case"],
        ["review.answer"] = ["member of the reviewed case", Roles.PlatformAdmin],
        ["workbook.edit-publish"] = [Roles.PlatformAdmin, Roles.Expert],
        ["drempel.share-comment-report-follow"] = ["any signed-in person"],
        ["drempel.mark"] = ["staff of another municipality than the author's"],
        ["moderate"] = [Roles.PlatformAdmin + ", never on their own content"],
        ["programme.breakthroughs-teams"] = [Roles.PlatformAdmin],
        ["case.guidance-minutes"] = ["member of the case", Roles.PlatformAdmin],
        ["read"] = ["everyone"],
    };

    /// <summary>Exports: JSON API under /api/learning, CLI <c>harvest sessions|cluster</c>, <c>workbook export</c> (HTML, PDF; nl, en),
    /// the daily e-mail digest (<c>notifications digest</c>).</summary>
    public static readonly string[] Exports = ["json:/api/learning", "cli:harvest", "html:workbook", "pdf:workbook", "mail:digest", "cli:notifications"];

    public static readonly Type DemoSeed = typeof(LearningSeed);
    public static readonly Type PersonalData = typeof(LearningPersonalData);
}

/// <summary>What the learning platform holds about one person: harvest items they submitted, case memberships, reviews
/// they wrote, what they follow, their notifications and digest choice. Erasing removes the person from case teams,
/// deletes their follows, notifications, digest choice and digest records, and anonymises their items and reviews
/// (texts stay: they belong to the network's knowledge).</summary>
public sealed class LearningPersonalData(WijkwerfDb db, UnreadNotificationCounts? unread = null) : IPersonalData
{
    public string Module => LearningModule.Name;

    public async Task<object?> ExportAsync(string userId, CancellationToken ct)
    {
        var items = await db.HarvestItems.AsNoTracking().Where(i => i.SubmittedBy == userId).Select(i => new { i.Id, i.SessionId, i.Text, i.SubmittedAtUtc }).ToListAsync(ct);
        var cases = await db.CaseMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => new { m.CaseId, m.Role }).ToListAsync(ct);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.ReviewerId == userId).Select(r => new { r.Id, r.CaseId, r.WhatWorks, r.WhatToTry, r.Questions, r.SubmittedAtUtc }).ToListAsync(ct);
        var follows = await db.Follows.AsNoTracking().Where(f => f.UserId == userId).Select(f => new { f.Target, f.TargetKey, f.CreatedAtUtc }).ToListAsync(ct);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).Select(n => new { n.Event, n.Title, n.Url, n.CreatedAtUtc, n.ReadAtUtc }).ToListAsync(ct);
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => new { s.DigestEnabled, s.Language }).FirstOrDefaultAsync(ct);
        var digests = await db.DigestDeliveries.AsNoTracking().Where(d => d.UserId == userId).Select(d => new { d.Day, d.Items, d.SentAtUtc }).ToListAsync(ct);
        return items.Count + cases.Count + reviews.Count + follows.Count + notifications.Count + digests.Count == 0 && settings is null ? null
            : new { harvestItems = items, caseTeams = cases, reviews, follows, notifications, notificationSettings = settings, digests };
    }

    public async Task<int> EraseAsync(string userId, CancellationToken ct)
    {
        var changed = await db.HarvestItems.Where(i => i.SubmittedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(i => i.SubmittedBy, (string?)null), ct);
        changed += await db.CaseMembers.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        changed += await db.Reviews.Where(r => r.AnsweredBy == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.AnsweredBy, (string?)null), ct);
        changed += await db.Follows.Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
        changed += await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        changed += await db.Notifications.Where(n => n.ActorId == userId).ExecuteUpdateAsync(u => u.SetProperty(n => n.ActorId, (string?)null), ct);
        changed += await db.NotificationSettings.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        changed += await db.DigestDeliveries.Where(d => d.UserId == userId).ExecuteDeleteAsync(ct);
        unread?.Forget(userId);
        return changed;
    }
}
