using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Engine.Knowledge.Harvest;
using Wijkwerf.Engine.Knowledge.Programmes;

namespace Wijkwerf.Data.Knowledge.Harvest;

public sealed record HarvestSubmission(string Text, HarvestItemKind Kind = HarvestItemKind.Need, string Language = "nl", IReadOnlyList<string>? Werven = null, string? Organisation = null);
public sealed record SessionSummary(int Id, string Title, string? TitleEn, DateOnly? HeldOn, bool Open, int Items, int WorkPoints);
public sealed record ItemView(int Id, string Kind, string Text, string Language, IReadOnlyList<string> Werven, string? Organisation, int? WorkPointId);
public sealed record ClusterView(IReadOnlyList<string> BindingTerms, double Cohesion, IReadOnlyList<ItemView> Items);
public sealed record WorkPointView(int Id, string Title, string? TitleEn, string BindingTerms, int? ProgrammeId, double Progress, IReadOnlyList<ItemView> Items,
    IReadOnlyList<BreakthroughView> Breakthroughs, IReadOnlyList<TeamMemberView> Team);
public sealed record BreakthroughView(int Id, string Title, string? TitleEn, double Weight, double Progress, bool Validated, string? Deliverable, DateOnly? DueOn);
public sealed record TeamMemberView(int Id, string Name, string Kind, bool Owner);
public sealed record SessionView(SessionSummary Session, IReadOnlyList<ItemView> Items, IReadOnlyList<WorkPointView> WorkPoints);
public sealed record ProgrammeView(int Id, int Number, string Title, string? TitleEn, string Goal, string? GoalEn, string? Owner, double Progress,
    IReadOnlyList<QuestionView> Questions, IReadOnlyList<WorkPointView> WorkPoints);
public sealed record QuestionView(int Id, string Text, string? TextEn);

/// <summary>The harvest session use cases: open, submit, close, suggested clusters (the engine), work points made from
/// them and reshaped by the team (merge, split, rename), work points grouped into programmes.</summary>
public sealed class HarvestService(WijkwerfDb db, UnreadNotificationCounts? unread = null)
{
    public static readonly string[] KnownWerven = ["warmte", "renovatie", "mobiliteit", "groen", "water", "ontharding", "participatie"];

    public async Task<HarvestSession> OpenAsync(string title, string? titleEn, DateOnly? heldOn, string? by, CancellationToken ct)
    {
        var session = new HarvestSession
        {
            Title = SafeMarkdown.Check(title, "title", 300),
            TitleEn = NullIfEmpty(SafeMarkdown.Check(titleEn, "titleEn", 300, required: false)),
            HeldOn = heldOn,
            OpenedAtUtc = DateTime.UtcNow,
            OpenedBy = by,
        };
        db.HarvestSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task CloseAsync(int sessionId, CancellationToken ct)
    {
        var session = await FindSessionAsync(sessionId, ct);
        session.ClosedAtUtc ??= DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
    }

    public async Task<HarvestItem> SubmitAsync(int sessionId, HarvestSubmission submission, string? by, CancellationToken ct)
    {
        var session = await FindSessionAsync(sessionId, ct);
        if (!session.IsOpen)
            throw new LearningException(Refusal.Conflict, "session", $"The harvest session \"{session.Title}\" is closed; it no longer takes needs or opportunities.");
        var language = submission.Language is "nl" or "en" ? submission.Language
            : throw LearningException.Invalid("language", $"language must be \"nl\" or \"en\", not \"{submission.Language}\".");
        var werven = (submission.Werven ?? []).Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).Distinct().ToList();
        if (werven.FirstOrDefault(w => !KnownWerven.Contains(w)) is { } unknown)
            throw LearningException.Invalid("werven", $"\"{unknown}\" is not a werf; use {string.Join(", ", KnownWerven)}.");
        var item = new HarvestItem
        {
            SessionId = sessionId,
            Kind = submission.Kind,
            Text = SafeMarkdown.Check(submission.Text, "text", 4000),
            Language = language,
            Werven = string.Join(',', werven),
            Organisation = NullIfEmpty(SafeMarkdown.Check(submission.Organisation, "organisation", 200, required: false)),
            SubmittedBy = by,
            SubmittedAtUtc = DateTime.UtcNow,
        };
        db.HarvestItems.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<IReadOnlyList<SessionSummary>> SessionsAsync(CancellationToken ct)
    {
        var sessions = await db.HarvestSessions.AsNoTracking().OrderByDescending(s => s.OpenedAtUtc).ToListAsync(ct);
        var items = await db.HarvestItems.AsNoTracking().GroupBy(i => i.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var points = await db.WorkPoints.AsNoTracking().Where(w => w.SessionId != null).GroupBy(w => w.SessionId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return sessions.Select(s => Summary(s, items.GetValueOrDefault(s.Id), points.GetValueOrDefault(s.Id))).ToList();
    }

    public async Task<SessionView> SessionAsync(int sessionId, CancellationToken ct)
    {
        var session = await FindSessionAsync(sessionId, ct);
        var items = await ItemsAsync(sessionId, ct);
        var points = await WorkPointsAsync(w => w.SessionId == sessionId, ct);
        return new SessionView(Summary(session, items.Count, points.Count), items, points);
    }

    /// <summary>Suggested work points for the session's items, with the words that bind them.</summary>
    public async Task<IReadOnlyList<ClusterView>> SuggestAsync(int sessionId, CancellationToken ct)
    {
        await FindSessionAsync(sessionId, ct);
        var items = await ItemsAsync(sessionId, ct);
        var byId = items.ToDictionary(i => i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var clusters = HarvestClustering.Cluster(items.Select(i => new HarvestText(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Text, i.Language, i.Werven)).ToList());
        return clusters.Select(c => new ClusterView(c.BindingTerms, c.Cohesion, c.ItemIds.Select(id => byId[id]).ToList())).ToList();
    }

    /// <summary>Turns the suggested clusters of the items not yet in a work point into work points, titled by their
    /// binding words (the team renames them). Returns the new work points.</summary>
    public async Task<IReadOnlyList<WorkPoint>> AdoptSuggestionsAsync(int sessionId, CancellationToken ct)
    {
        var suggestions = await SuggestAsync(sessionId, ct);
        var created = new List<(WorkPoint Point, IReadOnlyList<int> Items)>();
        foreach (var cluster in suggestions)
        {
            var free = cluster.Items.Where(i => i.WorkPointId is null).Select(i => i.Id).ToList();
            if (free.Count == 0) continue;
            var title = cluster.BindingTerms.Count > 0
                ? string.Join(", ", cluster.BindingTerms.Where(t => !t.StartsWith("werf:", StringComparison.Ordinal)).Take(3).DefaultIfEmpty(cluster.BindingTerms[0]))
                : Shorten(cluster.Items[0].Text);
            var point = new WorkPoint { SessionId = sessionId, Title = Capitalise(title), BindingTerms = string.Join(',', cluster.BindingTerms) };
            db.WorkPoints.Add(point);
            created.Add((point, free));
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var (point, ids) in created)
            await db.HarvestItems.Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.WorkPointId, point.Id), ct);
        await tx.CommitAsync(ct);
        return created.Select(c => c.Point).ToList();
    }

    /// <summary>Merges work points into the first one; the others are removed and their items move along.</summary>
    public async Task<WorkPoint> MergeAsync(IReadOnlyList<int> workPointIds, string? title, CancellationToken ct)
    {
        var ids = workPointIds.Distinct().ToList();
        if (ids.Count < 2) throw LearningException.Invalid("workPoints", "Merging needs at least two work points.");
        var points = await db.WorkPoints.Where(w => ids.Contains(w.Id)).ToListAsync(ct);
        if (ids.FirstOrDefault(id => points.All(p => p.Id != id)) is var missing and > 0) throw LearningException.NotFound("work point", missing);
        var keep = points.Single(p => p.Id == ids[0]);
        if (title is { Length: > 0 }) keep.Title = SafeMarkdown.Check(title, "title", 300);
        var gone = ids.Skip(1).ToList();
        keep.BindingTerms = string.Join(',', points.SelectMany(p => p.BindingTerms.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct().Take(8));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.HarvestItems.Where(i => i.WorkPointId != null && gone.Contains(i.WorkPointId.Value)).ExecuteUpdateAsync(u => u.SetProperty(i => i.WorkPointId, keep.Id), ct);
        await db.Breakthroughs.Where(b => gone.Contains(b.WorkPointId)).ExecuteUpdateAsync(u => u.SetProperty(b => b.WorkPointId, keep.Id), ct);
        db.WorkPoints.RemoveRange(points.Where(p => p.Id != keep.Id));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return keep;
    }

    /// <summary>Moves some items of a work point into a new work point with the given title.</summary>
    public async Task<WorkPoint> SplitAsync(int workPointId, IReadOnlyList<int> itemIds, string title, CancellationToken ct, string? by = null)
    {
        var source = await db.WorkPoints.FindAsync([workPointId], ct) ?? throw LearningException.NotFound("work point", workPointId);
        var items = await db.HarvestItems.Where(i => i.WorkPointId == workPointId).ToListAsync(ct);
        var moving = items.Where(i => itemIds.Contains(i.Id)).ToList();
        if (moving.Count == 0 || moving.Count != itemIds.Distinct().Count())
            throw LearningException.Invalid("items", $"Pick items of work point {workPointId} to split off.");
        if (moving.Count == items.Count)
            throw LearningException.Invalid("items", "Splitting off every item would leave the work point empty; rename it instead.");
        var point = new WorkPoint { SessionId = source.SessionId, ProgrammeId = source.ProgrammeId, Title = SafeMarkdown.Check(title, "title", 300) };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.WorkPoints.Add(point);
        await db.SaveChangesAsync(ct);
        foreach (var i in moving) i.WorkPointId = point.Id;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await new Notifier(db, unread).WorkPointAddedAsync(point, by, ct);
        return point;
    }

    public async Task<WorkPoint> UpdateAsync(int workPointId, string? title, string? titleEn, int? programmeId, bool clearProgramme, CancellationToken ct, string? by = null)
    {
        var point = await db.WorkPoints.FindAsync([workPointId], ct) ?? throw LearningException.NotFound("work point", workPointId);
        if (title is not null) point.Title = SafeMarkdown.Check(title, "title", 300);
        if (titleEn is not null) point.TitleEn = NullIfEmpty(SafeMarkdown.Check(titleEn, "titleEn", 300, required: false));
        if (programmeId is { } p)
        {
            if (!await db.WorkProgrammes.AnyAsync(x => x.Id == p, ct)) throw LearningException.NotFound("work programme", p);
            point.ProgrammeId = p;
        }
        else if (clearProgramme) point.ProgrammeId = null;
        var movedIn = programmeId is not null && db.Entry(point).Property(x => x.ProgrammeId).IsModified;
        await db.SaveChangesAsync(ct);
        if (movedIn) await new Notifier(db, unread).WorkPointAddedAsync(point, by, ct);
        return point;
    }

    public async Task<IReadOnlyList<ProgrammeView>> ProgrammesAsync(CancellationToken ct)
    {
        var programmes = await db.WorkProgrammes.AsNoTracking().OrderBy(p => p.Number).ToListAsync(ct);
        var questions = await db.ProgrammeQuestions.AsNoTracking().OrderBy(q => q.Order).ToListAsync(ct);
        var points = await WorkPointsAsync(w => w.ProgrammeId != null, ct);
        var weights = await db.WorkPoints.AsNoTracking().Where(w => w.ProgrammeId != null).ToDictionaryAsync(w => w.Id, w => w.Weight, ct);
        return programmes.Select(p =>
        {
            var mine = points.Where(w => w.ProgrammeId == p.Id).ToList();
            var tree = new ProgressNode($"p{p.Id}", 1, 0, mine.Select(w => new ProgressNode($"w{w.Id}", weights[w.Id], w.Progress, [])).ToList());
            return new ProgrammeView(p.Id, p.Number, p.Title, p.TitleEn, p.Goal, p.GoalEn, p.Owner, ProgressRollUp.Progress(tree),
                questions.Where(q => q.ProgrammeId == p.Id).Select(q => new QuestionView(q.Id, q.Text, q.TextEn)).ToList(), mine);
        }).ToList();
    }

    private async Task<List<WorkPointView>> WorkPointsAsync(System.Linq.Expressions.Expression<Func<WorkPoint, bool>> filter, CancellationToken ct)
    {
        var points = await db.WorkPoints.AsNoTracking().Where(filter).OrderBy(w => w.Id).ToListAsync(ct);
        var ids = points.Select(p => p.Id).ToList();
        var items = (await db.HarvestItems.AsNoTracking().Where(i => i.WorkPointId != null && ids.Contains(i.WorkPointId.Value)).OrderBy(i => i.Id).ToListAsync(ct)).Select(View).ToList();
        var breakthroughs = await db.Breakthroughs.AsNoTracking().Where(b => ids.Contains(b.WorkPointId)).OrderBy(b => b.Id).ToListAsync(ct);
        var team = await db.DevelopmentTeamMembers.AsNoTracking().Where(m => ids.Contains(m.WorkPointId)).OrderByDescending(m => m.Owner).ThenBy(m => m.Id).ToListAsync(ct);
        return points.Select(w =>
        {
            var node = new ProgressNode($"w{w.Id}", w.Weight, w.Progress,
                breakthroughs.Where(b => b.WorkPointId == w.Id).Select(b => new ProgressNode($"b{b.Id}", b.Weight, b.Progress, [])).ToList());
            return new WorkPointView(w.Id, w.Title, w.TitleEn, w.BindingTerms, w.ProgrammeId, ProgressRollUp.Progress(node), items.Where(i => i.WorkPointId == w.Id).ToList(),
                breakthroughs.Where(b => b.WorkPointId == w.Id).Select(b => new BreakthroughView(b.Id, b.Title, b.TitleEn, b.Weight, b.Progress, b.Validated, b.Deliverable, b.DueOn)).ToList(),
                team.Where(m => m.WorkPointId == w.Id).Select(m => new TeamMemberView(m.Id, m.Name, m.Kind, m.Owner)).ToList());
        }).ToList();
    }

    private async Task<List<ItemView>> ItemsAsync(int sessionId, CancellationToken ct) =>
        (await db.HarvestItems.AsNoTracking().Where(i => i.SessionId == sessionId).OrderBy(i => i.Id).ToListAsync(ct)).Select(View).ToList();

    private async Task<HarvestSession> FindSessionAsync(int id, CancellationToken ct) =>
        await db.HarvestSessions.FindAsync([id], ct) ?? throw LearningException.NotFound("harvest session", id);

    private static ItemView View(HarvestItem i) => new(i.Id, i.Kind.ToString().ToLowerInvariant(), i.Text, i.Language, i.WervenList, i.Organisation, i.WorkPointId);
    private static SessionSummary Summary(HarvestSession s, int items, int points) => new(s.Id, s.Title, s.TitleEn, s.HeldOn, s.IsOpen, items, points);
    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
