using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Knowledge.Harvest;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Data.Knowledge.Drempels;

public sealed record DrempelInput(string Title, string Text, DrempelKind Kind = DrempelKind.Barrier, string? TitleEn = null, string? TextEn = null,
    IReadOnlyList<string>? Werven = null, int? ProgrammeId = null, string? DistrictCode = null, int? CaseId = null);
public sealed record DrempelSummary(int Id, DrempelKind Kind, string Title, string? TitleEn, IReadOnlyList<string> Werven, int? MunicipalityId, int? ProgrammeId, int Marks, int Comments, bool Hidden, DateTime CreatedAtUtc);
public sealed record CommentView(int Id, int? ParentId, string AuthorId, string Text, DateTime CreatedAtUtc, IReadOnlyList<CommentView> Replies);
public sealed record DrempelView(DrempelSummary Summary, string Text, string? TextEn, string Html, IReadOnlyList<CommentView> Comments, IReadOnlyList<AttachmentSummary> Attachments);
public sealed record AttachmentSummary(int Id, string FileName, string ContentType, long SizeBytes);
public sealed record ModerationItem(string ContentKind, int ContentId, string AuthorId, string Excerpt, int Reports, bool Hidden, int DrempelId, IReadOnlyList<string> Reasons);

/// <summary>Drempels and lessen: sharing, "we hit this too" marks (one per municipality, never the author's own),
/// threaded comments, reports that hide an item after <see cref="HideAfterReports"/> reports, a moderator queue where
/// nobody moderates their own content, and attachments up to <see cref="MaxAttachmentBytes"/>.</summary>
public sealed class DrempelService(WijkwerfDb db, UnreadNotificationCounts? unread = null)
{
    /// <summary>Three different people reporting is enough to hide an item until a moderator looks (a single angry
    /// reader cannot hide anything).</summary>
    public const int HideAfterReports = 3;
    public const long MaxAttachmentBytes = 20L * 1024 * 1024;

    public async Task<Drempel> CreateAsync(DrempelInput input, string authorId, int? municipalityId, CancellationToken ct)
    {
        var werven = (input.Werven ?? []).Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).Distinct().ToList();
        if (werven.FirstOrDefault(w => !HarvestService.KnownWerven.Contains(w)) is { } unknown)
            throw LearningException.Invalid("werven", $"\"{unknown}\" is not a werf; use {string.Join(", ", HarvestService.KnownWerven)}.");
        if (input.ProgrammeId is { } p && !await db.WorkProgrammes.AnyAsync(x => x.Id == p, ct)) throw LearningException.NotFound("work programme", p);
        if (input.CaseId is { } c && !await db.Cases.AnyAsync(x => x.Id == c, ct)) throw LearningException.NotFound("case", c);
        var drempel = new Drempel
        {
            Kind = input.Kind,
            Title = SafeMarkdown.Check(input.Title, "title", 300),
            TitleEn = Optional(input.TitleEn, "titleEn", 300),
            Text = SafeMarkdown.Check(input.Text, "text", 20_000),
            TextEn = Optional(input.TextEn, "textEn", 20_000),
            Werven = string.Join(',', werven),
            ProgrammeId = input.ProgrammeId,
            MunicipalityId = municipalityId,
            DistrictCode = input.DistrictCode,
            CaseId = input.CaseId,
            AuthorId = authorId,
            CreatedAtUtc = DateTime.UtcNow,
        };
        db.Drempels.Add(drempel);
        await db.SaveChangesAsync(ct);
        await new Notifier(db, unread).DrempelSharedAsync(drempel, ct);
        return drempel;
    }

    /// <summary>Drempels, the most recurring (most marks) first; hidden ones only for moderators.</summary>
    public async Task<IReadOnlyList<DrempelSummary>> ListAsync(string? werf, DrempelKind? kind, bool moderator, CancellationToken ct)
    {
        var q = db.Drempels.AsNoTracking();
        if (!moderator) q = q.Where(d => !d.Hidden);
        if (kind is { } k) q = q.Where(d => d.Kind == k);
        var list = await q.ToListAsync(ct);
        if (werf is { Length: > 0 }) list = list.Where(d => d.Werven.Split(',').Contains(werf)).ToList();
        var ids = list.Select(d => d.Id).ToList();
        var marks = await db.DrempelMarks.AsNoTracking().Where(m => ids.Contains(m.DrempelId)).GroupBy(m => m.DrempelId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
        var comments = await db.DrempelComments.AsNoTracking().Where(m => ids.Contains(m.DrempelId) && !m.Hidden).GroupBy(m => m.DrempelId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
        return list.Select(d => Summary(d, marks.GetValueOrDefault(d.Id), comments.GetValueOrDefault(d.Id)))
            .OrderByDescending(d => d.Marks).ThenByDescending(d => d.CreatedAtUtc).ToList();
    }

    public async Task<DrempelView> GetAsync(int id, bool moderator, CancellationToken ct)
    {
        var d = await db.Drempels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || (d.Hidden && !moderator)) throw LearningException.NotFound("drempel", id);
        var marks = await db.DrempelMarks.CountAsync(m => m.DrempelId == id, ct);
        var comments = await db.DrempelComments.AsNoTracking().Where(c => c.DrempelId == id && (moderator || !c.Hidden)).OrderBy(c => c.Id).ToListAsync(ct);
        var attachments = await db.DrempelAttachments.AsNoTracking().Where(a => a.DrempelId == id).Select(a => new AttachmentSummary(a.Id, a.FileName, a.ContentType, a.SizeBytes)).ToListAsync(ct);
        IReadOnlyList<CommentView> Thread(int? parent) => comments.Where(c => c.ParentId == parent).Select(c => new CommentView(c.Id, c.ParentId, c.AuthorId, c.Text, c.CreatedAtUtc, Thread(c.Id))).ToList();
        return new DrempelView(Summary(d, marks, comments.Count), d.Text, d.TextEn, SafeMarkdown.ToHtml(d.Text), Thread(null), attachments);
    }

    /// <summary>The municipalities that marked "we hit this too", in the order they did.</summary>
    public async Task<IReadOnlyList<string>> MarkedByAsync(int drempelId, CancellationToken ct) =>
        await db.DrempelMarks.AsNoTracking().Where(m => m.DrempelId == drempelId).OrderBy(m => m.Id)
            .Join(db.Municipalities, m => m.MunicipalityId, x => x.Id, (m, x) => x.Name).ToListAsync(ct);

    /// <summary>"We hit this too", on behalf of the user's municipality.</summary>
    public async Task<int> MarkAsync(int drempelId, string userId, int? municipalityId, CancellationToken ct)
    {
        var d = await db.Drempels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == drempelId && !x.Hidden, ct) ?? throw LearningException.NotFound("drempel", drempelId);
        if (municipalityId is not { } m) throw LearningException.Forbidden("Only staff of a municipality mark \"we hit this too\", on behalf of their municipality.");
        if (d.MunicipalityId == m) throw LearningException.Forbidden("This drempel comes from your own municipality; marks come from other municipalities.");
        if (!await db.DrempelMarks.AnyAsync(x => x.DrempelId == drempelId && x.MunicipalityId == m, ct))
        {
            db.DrempelMarks.Add(new DrempelMark { DrempelId = drempelId, MunicipalityId = m, UserId = userId, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(ct);
            await new Notifier(db, unread).DrempelMarkAsync(drempelId, userId, ct);
        }
        return await db.DrempelMarks.CountAsync(x => x.DrempelId == drempelId, ct);
    }

    public async Task<DrempelComment> CommentAsync(int drempelId, int? parentId, string text, string authorId, CancellationToken ct)
    {
        if (!await db.Drempels.AnyAsync(x => x.Id == drempelId && !x.Hidden, ct)) throw LearningException.NotFound("drempel", drempelId);
        if (parentId is { } p && !await db.DrempelComments.AnyAsync(c => c.Id == p && c.DrempelId == drempelId, ct))
            throw LearningException.Invalid("parentId", $"Comment {p} is not a comment on drempel {drempelId}.");
        var comment = new DrempelComment { DrempelId = drempelId, ParentId = parentId, AuthorId = authorId, Text = SafeMarkdown.Check(text, "text", 4000), CreatedAtUtc = DateTime.UtcNow };
        db.DrempelComments.Add(comment);
        await db.SaveChangesAsync(ct);
        await new Notifier(db, unread).DrempelCommentAsync(comment, ct);
        return comment;
    }

    /// <summary>Reports a drempel or comment; hides it once <see cref="HideAfterReports"/> different people reported it.</summary>
    public async Task<bool> ReportAsync(string contentKind, int contentId, string reporterId, string? reason, CancellationToken ct)
    {
        var author = await AuthorAsync(contentKind, contentId, ct);
        if (author == reporterId) throw LearningException.Invalid("contentId", "You cannot report your own contribution; edit or remove it instead.");
        if (!await db.ContentReports.AnyAsync(r => r.ContentKind == contentKind && r.ContentId == contentId && r.ReporterId == reporterId, ct))
        {
            db.ContentReports.Add(new ContentReport { ContentKind = contentKind, ContentId = contentId, ReporterId = reporterId, Reason = SafeMarkdown.Check(reason, "reason", 1000, required: false), CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(ct);
        }
        var open = await db.ContentReports.CountAsync(r => r.ContentKind == contentKind && r.ContentId == contentId && !r.Resolved, ct);
        if (open < HideAfterReports) return false;
        await SetHiddenAsync(contentKind, contentId, true, ct);
        unread?.ForgetAll(); // the counts leave out notifications about hidden content
        return true;
    }

    /// <summary>The moderator queue: items with open reports (visible or hidden by them), then hidden items whose
    /// reports a moderator already resolved.</summary>
    public async Task<IReadOnlyList<ModerationItem>> QueueAsync(CancellationToken ct)
    {
        var open = await db.ContentReports.AsNoTracking().Where(r => !r.Resolved).ToListAsync(ct);
        var reports = open.GroupBy(r => new { r.ContentKind, r.ContentId })
            .Select(g => new { g.Key.ContentKind, g.Key.ContentId, N = g.Count(), Reasons = g.Select(r => r.Reason).Where(x => x.Length > 0).ToList() }).ToList();
        var items = new List<ModerationItem>();
        foreach (var r in reports)
        {
            if (r.ContentKind == "drempel" && await db.Drempels.AsNoTracking().FirstOrDefaultAsync(d => d.Id == r.ContentId, ct) is { } d)
                items.Add(new ModerationItem("drempel", d.Id, d.AuthorId, d.Title, r.N, d.Hidden, d.Id, r.Reasons));
            else if (r.ContentKind == "comment" && await db.DrempelComments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == r.ContentId, ct) is { } c)
                items.Add(new ModerationItem("comment", c.Id, c.AuthorId, c.Text.Length > 120 ? c.Text[..120] : c.Text, r.N, c.Hidden, c.DrempelId, r.Reasons));
        }
        // Hidden items stay in the queue after their reports were resolved, so a moderator can restore them later.
        foreach (var d in await db.Drempels.AsNoTracking().Where(d => d.Hidden).ToListAsync(ct))
            if (!items.Any(i => i.ContentKind == "drempel" && i.ContentId == d.Id)) items.Add(new ModerationItem("drempel", d.Id, d.AuthorId, d.Title, 0, true, d.Id, []));
        foreach (var c in await db.DrempelComments.AsNoTracking().Where(c => c.Hidden).ToListAsync(ct))
            if (!items.Any(i => i.ContentKind == "comment" && i.ContentId == c.Id)) items.Add(new ModerationItem("comment", c.Id, c.AuthorId, c.Text.Length > 120 ? c.Text[..120] : c.Text, 0, true, c.DrempelId, []));
        return items.OrderByDescending(i => i.Reports).ToList();
    }

    /// <summary>A moderator hides or restores an item and resolves its reports. Nobody moderates their own content.</summary>
    public async Task ModerateAsync(string contentKind, int contentId, string moderatorId, bool hide, CancellationToken ct, string? reason = null)
    {
        if (await AuthorAsync(contentKind, contentId, ct) == moderatorId)
            throw LearningException.Forbidden("You wrote this; another moderator decides on it.");
        var why = SafeMarkdown.Check(reason, "reason", 1000, required: false);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ModerationDecisions.Add(new ModerationDecision { ContentKind = contentKind, ContentId = contentId, ModeratorId = moderatorId, Hide = hide, Reason = why, DecidedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(ct);
        await SetHiddenAsync(contentKind, contentId, hide, ct);
        await db.ContentReports.Where(r => r.ContentKind == contentKind && r.ContentId == contentId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Resolved, true), ct);
        await tx.CommitAsync(ct);
        unread?.ForgetAll(); // the counts leave out notifications about hidden content
    }

    public async Task<AttachmentSummary> AttachAsync(int drempelId, string fileName, string contentType, Stream content, long length, string userId, CancellationToken ct)
    {
        var d = await db.Drempels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == drempelId, ct) ?? throw LearningException.NotFound("drempel", drempelId);
        if (d.AuthorId != userId) throw LearningException.Forbidden("Only the author adds attachments to a drempel.");
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0) throw LearningException.Invalid("file", "The attachment has no file name.");
        if (length > MaxAttachmentBytes)
            throw LearningException.Invalid("file", $"{name} is {length / 1024.0 / 1024.0:0.0} MB; attachments are at most {MaxAttachmentBytes / 1024 / 1024} MB. Nothing was saved.");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxAttachmentBytes) throw LearningException.Invalid("file", $"{name} is larger than {MaxAttachmentBytes / 1024 / 1024} MB. Nothing was saved.");
        var attachment = new DrempelAttachment { DrempelId = drempelId, FileName = name, ContentType = string.IsNullOrEmpty(contentType) ? "application/octet-stream" : contentType, SizeBytes = buffer.Length, Content = buffer.ToArray() };
        db.DrempelAttachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return new AttachmentSummary(attachment.Id, attachment.FileName, attachment.ContentType, attachment.SizeBytes);
    }

    public async Task<DrempelAttachment> AttachmentAsync(int drempelId, int attachmentId, CancellationToken ct) =>
        await db.DrempelAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.DrempelId == drempelId, ct) ?? throw LearningException.NotFound("attachment", attachmentId);

    private async Task<string> AuthorAsync(string contentKind, int contentId, CancellationToken ct) => contentKind switch
    {
        "drempel" => await db.Drempels.Where(d => d.Id == contentId).Select(d => d.AuthorId).FirstOrDefaultAsync(ct) ?? throw LearningException.NotFound("drempel", contentId),
        "comment" => await db.DrempelComments.Where(d => d.Id == contentId).Select(d => d.AuthorId).FirstOrDefaultAsync(ct) ?? throw LearningException.NotFound("comment", contentId),
        _ => throw LearningException.Invalid("contentKind", "contentKind must be \"drempel\" or \"comment\"."),
    };

    private async Task SetHiddenAsync(string contentKind, int contentId, bool hidden, CancellationToken ct)
    {
        if (contentKind == "drempel") await db.Drempels.Where(d => d.Id == contentId).ExecuteUpdateAsync(u => u.SetProperty(d => d.Hidden, hidden), ct);
        else await db.DrempelComments.Where(d => d.Id == contentId).ExecuteUpdateAsync(u => u.SetProperty(d => d.Hidden, hidden), ct);
    }

    private static DrempelSummary Summary(Drempel d, int marks, int comments) =>
        new(d.Id, d.Kind, d.Title, d.TitleEn, d.Werven.Split(',', StringSplitOptions.RemoveEmptyEntries), d.MunicipalityId, d.ProgrammeId, marks, comments, d.Hidden, d.CreatedAtUtc);

    private static string? Optional(string? text, string field, int max) => SafeMarkdown.Check(text, field, max, required: false) is { Length: > 0 } v ? v : null;
}
