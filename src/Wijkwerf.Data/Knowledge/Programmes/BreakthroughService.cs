using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Data.Knowledge.Programmes;

public sealed record BreakthroughInput(string Title, string? TitleEn = null, double Weight = 1, double Progress = 0, string? Deliverable = null, DateOnly? DueOn = null);
public sealed record BreakthroughUpdate(double? Progress = null, double? Weight = null, bool? Validated = null, string? Deliverable = null, DateOnly? DueOn = null);
public sealed record TeamMemberInput(string Name, string Kind = "partner", bool Owner = false);

/// <summary>Development teams and their breakthroughs under a work point: the leaves of the programme tree whose
/// weighted progress rolls up to work points and programmes (<see cref="Engine.Knowledge.Programmes.ProgressRollUp"/>).</summary>
public sealed class BreakthroughService(WijkwerfDb db, UnreadNotificationCounts? unread = null)
{
    public static readonly string[] MemberKinds = ["municipality", "expert", "regional", "flemish", "umbrella", "partner"];

    public async Task<Breakthrough> AddAsync(int workPointId, BreakthroughInput input, string? by, CancellationToken ct)
    {
        if (!await db.WorkPoints.AnyAsync(w => w.Id == workPointId, ct)) throw LearningException.NotFound("work point", workPointId);
        var b = new Breakthrough
        {
            WorkPointId = workPointId,
            Title = SafeMarkdown.Check(input.Title, "title", 300),
            TitleEn = SafeMarkdown.Check(input.TitleEn, "titleEn", 300, required: false) is { Length: > 0 } en ? en : null,
            Weight = CheckWeight(input.Weight),
            Progress = CheckProgress(input.Progress),
            Deliverable = SafeMarkdown.Check(input.Deliverable, "deliverable", 500, required: false) is { Length: > 0 } d ? d : null,
            DueOn = input.DueOn,
        };
        db.Breakthroughs.Add(b);
        await db.SaveChangesAsync(ct);
        await new Notifier(db, unread).BreakthroughAddedAsync(b, by, ct);
        return b;
    }

    public async Task<Breakthrough> UpdateAsync(int id, BreakthroughUpdate update, CancellationToken ct)
    {
        var b = await db.Breakthroughs.FindAsync([id], ct) ?? throw LearningException.NotFound("breakthrough", id);
        var progress = update.Progress is { } p ? CheckProgress(p) : b.Progress;
        var weight = update.Weight is { } w ? CheckWeight(w) : b.Weight;
        var deliverable = update.Deliverable is null ? b.Deliverable : SafeMarkdown.Check(update.Deliverable, "deliverable", 500, required: false) is { Length: > 0 } d ? d : null;
        b.Progress = progress;
        b.Weight = weight;
        b.Deliverable = deliverable;
        if (update.Validated is { } v) b.Validated = v;
        if (update.DueOn is { } due) b.DueOn = due;
        await db.SaveChangesAsync(ct);
        return b;
    }

    public async Task<DevelopmentTeamMember> AddMemberAsync(int workPointId, TeamMemberInput input, CancellationToken ct)
    {
        if (!await db.WorkPoints.AnyAsync(w => w.Id == workPointId, ct)) throw LearningException.NotFound("work point", workPointId);
        var kind = (input.Kind ?? "").Trim().ToLowerInvariant();
        if (!MemberKinds.Contains(kind)) throw LearningException.Invalid("kind", $"\"{input.Kind}\" is not a kind of member; use {string.Join(", ", MemberKinds)}.");
        var member = new DevelopmentTeamMember { WorkPointId = workPointId, Name = SafeMarkdown.Check(input.Name, "name", 200), Kind = kind, Owner = input.Owner };
        db.DevelopmentTeamMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return member;
    }

    private static double CheckProgress(double progress) => progress is >= 0 and <= 1 ? progress
        : throw LearningException.Invalid("progress", $"progress is {progress}; it goes from 0 (not started) to 1 (done).");

    private static double CheckWeight(double weight) => weight is > 0 and <= 100 ? weight
        : throw LearningException.Invalid("weight", $"weight is {weight}; it must be more than 0 and at most 100.");
}
