using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Streets;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.Conflicts;
using Wijkwerf.Engine.Streets.DigOnce;

namespace Wijkwerf.Data.Streets;

/// <summary>A segment as the works analyses see it: a stored street segment, or (where the district has no stored
/// street graph) a street by name.</summary>
public sealed record WorksSegment(string Key, long? SegmentId, string? Name, string? Kind, double LengthM);

public sealed record WorkRow(
    string Reference, string Title, string Owner, string Kind, string Surface, string Status, string DistrictCode, DateOnly Start, DateOnly End,
    DateOnly EarliestStart, DateOnly LatestStart, DateOnly? RegisteredOn, DateOnly RegisterBy, string GroundworkCategory, double ExcavatedM2,
    double CostEur, IReadOnlyList<string> Segments);

public sealed record ConflictRow(string Rule, string Severity, string Work, string? Other, IReadOnlyList<string> Segments, int Days, string Message);

public sealed record SynergyRow(IReadOnlyList<string> Works, IReadOnlyList<string> Segments, string Message);

public sealed record ConflictsResult(string Scope, int Works, IReadOnlyList<ConflictRow> Conflicts, IReadOnlyList<SynergyRow> Synergies, long SynergyPairs, double Seconds);

public sealed record MoveRow(string Work, DateOnly From, DateOnly To, int ShiftDays, string Reason, string? With, string? Segment, string Message);

/// <summary>A work that stays where it is although it could have shared <see cref="With"/>'s opening: <see cref="Reason"/>
/// <c>moratorium</c> (after renewal <see cref="Renewal"/>, until <see cref="Until"/>) or <c>leadtime</c> (no start before <see cref="Until"/>).</summary>
public sealed record HoldRow(string Work, string Reason, string With, string? Segment, string? Renewal, DateOnly Until, string Message);

public sealed record PlanResult(
    string Scope, int Works, string Status, double? GapPercent, PlanFigures Before, PlanFigures After, int OpeningsSaved, double ReopenedM2Saved,
    int NuisanceDaysSaved, double SavingEur, IReadOnlyList<MoveRow> Moves, int OrderViolations, double Seconds, IReadOnlyDictionary<string, DateOnly> PlannedStart,
    DateOnly PlanningDate, IReadOnlyList<HoldRow> Holds);

/// <summary>The street works of a district or municipality, and the conflict and dig-once analyses on them.</summary>
public sealed class StreetWorksAnalysis(WijkwerfDb db, StreetRules? rules = null)
{
    public StreetRules Rules { get; } = rules ?? StreetRules.Default;

    /// <summary>Works of a district (by code) or municipality (by code or name); all works when scope is null.</summary>
    public async Task<(string Scope, List<StreetWork> Works)> WorksAsync(string? scope, CancellationToken ct = default)
    {
        var q = db.StreetWorks.AsNoTracking();
        var label = "all";
        if (!string.IsNullOrWhiteSpace(scope))
        {
            var key = scope.Trim();
            if (await db.Districts.AnyAsync(d => d.Code == key, ct)) { q = q.Where(w => w.DistrictCode == key); label = key; }
            else
            {
                var m = await Lekp.LekpMunicipalities.FindAsync(db, key, ct)
                        ?? throw new ArgumentException($"no district or municipality '{scope}'");
                q = q.Where(w => w.MunicipalityId == m.Id);
                label = m.Code;
            }
        }
        var list = await q.ToListAsync(ct);
        list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Reference, b.Reference));
        return (label, list);
    }

    public async Task<Dictionary<string, WorksSegment>> SegmentsAsync(IEnumerable<StreetWork> works, CancellationToken ct = default)
    {
        var ids = works.SelectMany(w => w.SegmentIds).Distinct().ToList();
        var result = new Dictionary<string, WorksSegment>();
        foreach (var chunk in ids.Chunk(500))
            foreach (var s in await db.StreetSegments.AsNoTracking().Where(s => chunk.Contains(s.Id)).Select(s => new { s.Id, s.ExternalId, s.Name, s.Kind, s.LengthM }).ToListAsync(ct))
                result[s.ExternalId] = new WorksSegment(s.ExternalId, s.Id, s.Name, s.Kind, s.LengthM);
        foreach (var w in works.Where(w => w.SegmentIds.Count == 0))
            result.TryAdd(StreetKey(w), new WorksSegment(StreetKey(w), null, w.StreetName, null, 0));
        return result;
    }

    private static string StreetKey(StreetWork w) => $"street:{w.DistrictCode}:{w.StreetName}";

    /// <summary>The engine's view: one part per (work, segment), positions at the segment's midpoint in the metric CRS.</summary>
    private async Task<(WorkPart[] Parts, string[] SegmentKeys)> PartsAsync(List<StreetWork> works, CancellationToken ct)
    {
        var ids = works.SelectMany(w => w.SegmentIds).Distinct().ToList();
        var lines = new Dictionary<long, (string External, Geometry Line)>();
        foreach (var chunk in ids.Chunk(500))
            foreach (var s in await db.StreetSegments.AsNoTracking().Where(s => chunk.Contains(s.Id)).Select(s => new { s.Id, s.ExternalId, s.Centreline }).ToListAsync(ct))
                lines[s.Id] = (s.ExternalId, s.Centreline);
        var keyIndex = new Dictionary<string, int>();
        var parts = new List<WorkPart>();
        for (var w = 0; w < works.Count; w++)
        {
            var work = works[w];
            var centre = work.Geometry.Centroid;
            var projector = Crs.Between(Crs.Wgs84, Crs.MetricFor(centre.X, centre.Y));
            WorkKinds.TryParse(work.Kind, out var kind);
            WorkKinds.TryParseSurface(work.Surface, out var surface);
            if (work.SegmentIds.Count == 0)
            {
                var (x, y) = projector.Project(centre.X, centre.Y);
                parts.Add(new WorkPart(w, Index(StreetKey(work)), kind, surface, work.Start.DayNumber, work.End.DayNumber, x, y));
                continue;
            }
            foreach (var id in work.SegmentIds)
            {
                if (!lines.TryGetValue(id, out var seg)) continue;
                var line = projector.Project(seg.Line);
                var mid = new LengthIndexedLine(line).ExtractPoint(line.Length / 2);
                parts.Add(new WorkPart(w, Index(seg.External), kind, surface, work.Start.DayNumber, work.End.DayNumber, mid.X, mid.Y));
            }
        }
        var keys = new string[keyIndex.Count];
        foreach (var (k, i) in keyIndex) keys[i] = k;
        return (parts.ToArray(), keys);

        int Index(string key)
        {
            if (!keyIndex.TryGetValue(key, out var i)) keyIndex[key] = i = keyIndex.Count;
            return i;
        }
    }

    public WorkRow Row(StreetWork w, IReadOnlyDictionary<long, string> externalIds) =>
        new(w.Reference, w.Title, w.Owner, w.Kind, w.Surface, w.Status, w.DistrictCode, w.Start, w.End, w.EarliestStart, w.LatestStart,
            w.RegisteredOn, Engine.Streets.Works.Groundwork.RegisterBy(w.Start, w.ExcavatedM2, w.UtilityRelocation, Rules),
            Engine.Streets.Works.Groundwork.Category(w.ExcavatedM2, Rules).ToString().ToLowerInvariant(), w.ExcavatedM2, w.CostEur,
            w.SegmentIds.Count > 0 ? w.SegmentIds.Select(id => externalIds.GetValueOrDefault(id, id.ToString())).ToArray() : [StreetKey(w)]);

    public async Task<IReadOnlyList<WorkRow>> RowsAsync(List<StreetWork> works, CancellationToken ct = default)
    {
        var segments = await SegmentsAsync(works, ct);
        var externals = segments.Values.Where(s => s.SegmentId is not null).ToDictionary(s => s.SegmentId!.Value, s => s.Key);
        return works.Select(w => Row(w, externals)).ToArray();
    }

    public async Task<ConflictsResult> ConflictsAsync(string? scope, CancellationToken ct = default)
    {
        var (label, works) = await WorksAsync(scope, ct);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (parts, keys) = await PartsAsync(works, ct);
        var registrations = works.Select((w, i) => new WorkRegistration(i, w.Start, w.ExcavatedM2, w.UtilityRelocation, w.RegisteredOn)).ToArray();
        var report = ConflictDetector.Detect(parts, registrations, Rules);
        // One row per (rule, work, other): a work on ten segments of one street is one conflict, naming its segments.
        var conflicts = report.Findings.GroupBy(f => (f.Rule, f.Work, f.Other)).Select(g =>
        {
            var f = g.First();
            var segmentList = g.Where(x => x.Segment >= 0).Select(x => keys[x.Segment]).Distinct().ToArray();
            var work = works[f.Work];
            var other = f.Other >= 0 ? works[f.Other] : null;
            var segment = segmentList.Length switch { 0 => null, 1 => segmentList[0], _ => $"{segmentList[0]} (+{segmentList.Length - 1} segments)" };
            var message = f.Rule switch
            {
                FindingRule.Moratorium => $"{work.Reference} ({work.Kind}) opens {segment} {f.Days} days after renewal {other!.Reference} ended, inside the {work.Surface} moratorium.",
                FindingRule.Order => $"{work.Reference} ({work.Kind}) digs {segment} {f.Days} days after {other!.Reference} ({other.Kind}) finished: {other.Kind} should come after {work.Kind}.",
                _ => $"{work.Reference} was registered {f.Days} days later than the {Engine.Streets.Works.Groundwork.Category(work.ExcavatedM2, Rules).ToString().ToLowerInvariant()} groundwork lead time allows (register by {Engine.Streets.Works.Groundwork.RegisterBy(work.Start, work.ExcavatedM2, work.UtilityRelocation, Rules):yyyy-MM-dd}).",
            };
            return new ConflictRow(f.Rule.ToString().ToLowerInvariant(), f.Rule == FindingRule.LeadTime ? "warning" : "conflict",
                work.Reference, other?.Reference, segmentList, f.Days, message);
        }).OrderBy(c => c.Severity).ThenBy(c => c.Work, StringComparer.Ordinal).ToArray();
        var synergies = report.Synergies.Select(g =>
        {
            var refs = g.Works.Select(i => works[i].Reference).ToArray();
            var segs = g.Segments.Select(i => keys[i]).ToArray();
            return new SynergyRow(refs, segs, $"bundle {string.Join(", ", g.Works.Select(i => $"{works[i].Reference} ({works[i].Kind}, {works[i].Start:yyyy-MM-dd})"))}");
        }).ToArray();
        return new ConflictsResult(label, works.Count, conflicts, synergies, report.SynergyPairs, clock.Elapsed.TotalSeconds);
    }

    /// <param name="budgets">Yearly budget per owner name: (owner, year, euros).</param>
    /// <param name="planningDate">The day the plan is made (default today, UTC): a moved work is registered anew, so it may
    /// not start before this day plus its GIPOD lead time.</param>
    public async Task<PlanResult> PlanAsync(string? scope, IReadOnlyList<(string Owner, int Year, double Eur)>? budgets = null, double timeLimitSeconds = 8,
        CancellationToken ct = default, DateOnly? planningDate = null)
    {
        var (label, works) = await WorksAsync(scope, ct);
        var (parts, keys) = await PartsAsync(works, ct);
        var planning = planningDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var owners = works.Select(w => w.Owner).Distinct().ToList();
        var all = works.Select((w, i) =>
        {
            WorkKinds.TryParse(w.Kind, out var kind);
            WorkKinds.TryParseSurface(w.Surface, out var surface);
            var segs = parts.Where(p => p.Work == i).Select(p => p.Segment).Distinct().ToArray();
            var leadFrom = Engine.Streets.Works.Groundwork.EarliestStart(planning, w.ExcavatedM2, w.UtilityRelocation, Rules).DayNumber;
            return new PlanWork(i, segs, kind, owners.IndexOf(w.Owner), w.Start.DayNumber, w.End.DayNumber - w.Start.DayNumber + 1,
                w.EarliestStart.DayNumber, w.LatestStart.DayNumber, w.ExcavatedM2, w.CostEur, leadFrom, surface);
        }).ToList();
        var plan = all.Where(p => works[p.Work].Status == "planned").ToList();
        // Renewals that are finished or under way cannot move: their moratorium cuts the other works' windows.
        var fixedRenewals = all.Where(p => works[p.Work].Status != "planned" && p.Kind == WorkKind.Road)
            .SelectMany(p => p.Segments.Select(seg => new FixedRenewal(p.Work, seg, p.Surface, p.StartDay + p.DurationDays - 1))).ToArray();
        var ownerBudgets = (budgets ?? []).Select(b =>
        {
            var o = owners.IndexOf(b.Owner);
            if (o < 0) throw new ArgumentException($"no work has owner '{b.Owner}'");
            return new OwnerBudget(o, b.Year, b.Eur);
        }).ToArray();
        var result = DigOncePlanner.Plan(plan, ownerBudgets, Rules, timeLimitSeconds, fixedRenewals);
        var moves = result.Moves.Select(m =>
        {
            var w = works[m.Work];
            var with = m.With is { } o ? works[o].Reference : null;
            var segment = m.Segment is { } s ? keys[s] : null;
            var from = DateOnly.FromDayNumber(m.FromDay);
            var to = DateOnly.FromDayNumber(m.ToDay);
            var message = m.Reason switch
            {
                MoveReason.Bundled => $"{w.Reference} moves {to.DayNumber - from.DayNumber:+#;-#;0} days to {to:yyyy-MM-dd} to share the opening of {with} on {segment}.",
                MoveReason.MadeRoom when with is not null => $"{w.Reference} moves {to.DayNumber - from.DayNumber:+#;-#;0} days to {to:yyyy-MM-dd} so that {with} can share its opening on {segment}.",
                MoveReason.Order => $"{w.Reference} moves to {to:yyyy-MM-dd} to dig in order with {with} (sewer → heat/utilities → trees/unsealing → surface).",
                MoveReason.Budget => $"{w.Reference} moves to {to:yyyy-MM-dd} to keep {w.Owner} within its yearly budget.",
                _ => $"{w.Reference} moves to {to:yyyy-MM-dd} (same cost; part of a bundle elsewhere).",
            };
            return new MoveRow(w.Reference, from, to, to.DayNumber - from.DayNumber, m.Reason.ToString().ToLowerInvariant(), with, segment, message);
        }).ToArray();
        var holds = (result.Holds ?? []).Select(h =>
        {
            var w = works[h.Work];
            var with = works[h.With].Reference;
            var renewal = h.Renewal is { } r ? works[r].Reference : null;
            var until = DateOnly.FromDayNumber(h.UntilDay);
            var segment = keys[h.Segment];
            var message = h.Reason == HoldReason.Moratorium
                ? $"{w.Reference} stays: sharing the opening of {with} on {segment} would put it inside the {w.Surface} moratorium after renewal {renewal} (until {until:yyyy-MM-dd})."
                : $"{w.Reference} stays: sharing the opening of {with} on {segment} would start it before {until:yyyy-MM-dd}, the earliest start its {Engine.Streets.Works.Groundwork.Category(w.ExcavatedM2, Rules).ToString().ToLowerInvariant()} groundwork can still be registered for on {planning:yyyy-MM-dd}.";
            return new HoldRow(w.Reference, h.Reason == HoldReason.Moratorium ? "moratorium" : "leadtime", with, segment, renewal, until, message);
        }).ToArray();
        return new PlanResult(label, plan.Count, result.Status, result.GapPercent, result.Before, result.After,
            result.Before.Openings - result.After.Openings, Math.Round(result.Before.ReopenedM2 - result.After.ReopenedM2, 1),
            result.Before.NuisanceDays - result.After.NuisanceDays, result.SavingEur, moves, result.OrderViolations, result.Seconds,
            result.PlannedStartDay.ToDictionary(k => works[k.Key].Reference, k => DateOnly.FromDayNumber(k.Value)), planning, holds);
    }
}
