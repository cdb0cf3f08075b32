using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Operations;

public sealed record NewResearchEntry(string DistrictCode, ResearchKind Kind, string Title, string Body, string Author,
    string? Werf = null, string? Programme = null, string? Partners = null, ResearchDomain Domains = ResearchDomain.None, string? Evidence = null);

public sealed record ResearchEntryRow(int Id, string DistrictCode, string? DistrictName, ResearchKind Kind, string Title, string Body,
    string? Werf, string? Programme, IReadOnlyList<string> Partners, IReadOnlyList<string> Domains, string? Evidence, string Author,
    DateTime CreatedAtUtc, int? PracticeLabId, string? PracticeLab, DateTime? ValidatedAtUtc, string? ValidatedBy, string? ValidationReason);

public sealed record PracticeLabRow(int Id, string Title, DateTime HeldAtUtc, string? Place, string? Notes, int Validated);

/// <summary>The action-research log per district and the practice labs that validate its entries. Validated entries
/// are the citable lessons the workbook reads (<see cref="CitableLessonsAsync"/>).</summary>
public sealed class ResearchService(WijkwerfDb db, TimeProvider clock)
{
    public async Task<ResearchEntryRow> AddAsync(NewResearchEntry e, CancellationToken ct = default)
    {
        const string what = "research entry";
        var code = Refuse.Required(e.DistrictCode, what, "districtCode", 40);
        if (!await db.Districts.AnyAsync(d => d.Code == code, ct)) throw Refuse.Because(what, "districtCode", $"no district '{code}' in Wijkwerf");
        if (!Enum.IsDefined(e.Kind)) throw Refuse.Because(what, "kind", "must be challenge, solution, insight or lesson");
        var werf = e.Werf?.Trim().ToLowerInvariant();
        if (werf is { Length: > 0 } && !Enum.TryParse<Domain.Werven.Werf>(werf, true, out _))
            throw Refuse.Because(what, "werf", $"'{e.Werf}' is not a werf ({string.Join(", ", Enum.GetNames<Domain.Werven.Werf>().Select(n => n.ToLowerInvariant()))})");
        var entry = new ResearchEntry
        {
            DistrictCode = code, Kind = e.Kind, Title = Refuse.Required(e.Title, what, "title", 300), Body = Refuse.Required(e.Body, what, "body", 20_000),
            Author = Refuse.Required(e.Author, what, "author"), Werf = werf is { Length: > 0 } ? werf : null, Programme = e.Programme?.Trim(),
            Partners = e.Partners?.Trim(), Domains = e.Domains, Evidence = e.Evidence?.Trim(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ResearchEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return (await EntriesAsync(entryId: entry.Id, ct: ct)).Single();
    }

    public async Task<int> AddLabAsync(string title, DateTime heldAtUtc, string? place, string? notes, CancellationToken ct = default)
    {
        var lab = new PracticeLab { Title = Refuse.Required(title, "practice lab", "title", 300), HeldAtUtc = DateTime.SpecifyKind(heldAtUtc, DateTimeKind.Utc), Place = place, Notes = notes };
        db.PracticeLabs.Add(lab);
        await db.SaveChangesAsync(ct);
        return lab.Id;
    }

    /// <summary>Marks an entry validated in a practice lab: who validated it and why are both required.</summary>
    public async Task<ResearchEntryRow> ValidateAsync(int labId, int entryId, string validatedBy, string reason, CancellationToken ct = default)
    {
        var what = $"practice lab {labId}";
        if (!await db.PracticeLabs.AnyAsync(l => l.Id == labId, ct)) throw Refuse.Because(what, null, "no such practice lab");
        var entry = await db.ResearchEntries.FirstOrDefaultAsync(x => x.Id == entryId, ct) ?? throw Refuse.Because(what, "entryId", $"no research entry {entryId}");
        var who = Refuse.Required(validatedBy, what, "validatedBy");
        var why = Refuse.Required(reason, what, "reason", 2000);
        if (entry.ValidatedAtUtc is not null) throw Refuse.Because(what, "entryId", $"entry {entryId} was already validated by {entry.ValidatedBy}");
        entry.PracticeLabId = labId;
        entry.ValidatedBy = who;
        entry.ValidationReason = why;
        entry.ValidatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return (await EntriesAsync(entryId: entryId, ct: ct)).Single();
    }

    public Task<IReadOnlyList<ResearchEntryRow>> LogAsync(string districtCode, CancellationToken ct = default) => EntriesAsync(districtCode: districtCode, ct: ct);

    /// <summary>Entries validated in a practice lab, newest first: the lessons the workbook may cite (with who and why).</summary>
    public Task<IReadOnlyList<ResearchEntryRow>> CitableLessonsAsync(CancellationToken ct = default) => EntriesAsync(validatedOnly: true, ct: ct);

    public async Task<IReadOnlyList<PracticeLabRow>> LabsAsync(CancellationToken ct = default)
    {
        var labs = await db.PracticeLabs.AsNoTracking().OrderByDescending(l => l.HeldAtUtc).ToListAsync(ct);
        var counts = await db.ResearchEntries.AsNoTracking().Where(e => e.PracticeLabId != null).GroupBy(e => e.PracticeLabId!.Value)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return labs.Select(l => new PracticeLabRow(l.Id, l.Title, l.HeldAtUtc, l.Place, l.Notes, counts.GetValueOrDefault(l.Id))).ToList();
    }

    private async Task<IReadOnlyList<ResearchEntryRow>> EntriesAsync(string? districtCode = null, int? entryId = null, bool validatedOnly = false, CancellationToken ct = default)
    {
        var q = db.ResearchEntries.AsNoTracking();
        if (districtCode is not null) q = q.Where(e => e.DistrictCode == districtCode);
        if (entryId is not null) q = q.Where(e => e.Id == entryId);
        if (validatedOnly) q = q.Where(e => e.ValidatedAtUtc != null);
        var entries = await q.OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id).ToListAsync(ct);
        var codes = entries.Select(e => e.DistrictCode).Distinct().ToList();
        var names = await db.Districts.AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Name, ct);
        var labs = await db.PracticeLabs.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Title, ct);
        return entries.Select(e => new ResearchEntryRow(e.Id, e.DistrictCode, names.GetValueOrDefault(e.DistrictCode), e.Kind, e.Title, e.Body, e.Werf,
            e.Programme, Split(e.Partners), DomainNames(e.Domains), e.Evidence, e.Author, e.CreatedAtUtc, e.PracticeLabId,
            e.PracticeLabId is { } l ? labs.GetValueOrDefault(l) : null, e.ValidatedAtUtc, e.ValidatedBy, e.ValidationReason)).ToList();
    }

    public static IReadOnlyList<string> DomainNames(ResearchDomain d) =>
        Enum.GetValues<ResearchDomain>().Where(x => x != ResearchDomain.None && d.HasFlag(x)).Select(x => x.ToString().ToLowerInvariant()).ToList();

    private static IReadOnlyList<string> Split(string? s) => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
