namespace Wijkwerf.Engine.Streets.Conflicts;

/// <summary>One work on one street segment. A work on three segments is three parts with the same <see cref="Work"/>.
/// Days are <see cref="DateOnly.DayNumber"/>s, inclusive; X and Y are metres in a metric CRS (the segment's midpoint).</summary>
public readonly record struct WorkPart(int Work, int Segment, WorkKind Kind, Surface Surface, int StartDay, int EndDay, double X, double Y);

/// <summary>A work's registration: enough to check the GIPOD lead time. <see cref="RegisteredOn"/> null: not registered yet.</summary>
public readonly record struct WorkRegistration(int Work, DateOnly Start, double ExcavatedM2, bool UtilityRelocation, DateOnly? RegisteredOn);

public enum FindingRule
{
    /// <summary>Conflict: a dig on a segment inside the moratorium after its renewal.</summary>
    Moratorium,
    /// <summary>Conflict: trees, unsealing or paving before the trench beneath them.</summary>
    Order,
    /// <summary>Warning: registered later than the groundwork category's lead time.</summary>
    LeadTime,
}

/// <summary>A conflict or warning. <see cref="Work"/> is the offending (later) work, <see cref="Other"/> the one it
/// conflicts with (-1 for a lead-time warning). <see cref="Days"/>: days after the renewal or the earlier work's end;
/// for a lead time the days registered too late.</summary>
public readonly record struct Finding(FindingRule Rule, int Work, int Other, int Segment, int Days);

/// <summary>Works worth bundling: connected by pairs that lie on the same segment or within the synergy distance and
/// whose windows overlap or are less than the near-days apart.</summary>
public sealed record SynergyGroup(int[] Works, int[] Segments, int Pairs);

public sealed record ConflictReport(IReadOnlyList<Finding> Findings, IReadOnlyList<SynergyGroup> Synergies, long SynergyPairs);

/// <summary>Conflicts and synergies among street works without an all-pairs loop: a uniform grid (cell = synergy
/// distance) for space and, per cell, parts sorted by start for time, so each part only looks at the parts in the 3×3
/// cells around it that start inside its window. Moratorium and order are swept per segment in start order.</summary>
public static class ConflictDetector
{
    public static ConflictReport Detect(ReadOnlySpan<WorkPart> parts, ReadOnlySpan<WorkRegistration> registrations, StreetRules rules)
    {
        var findings = new List<Finding>();
        var (groups, pairs) = Synergies(parts, rules["synergy_distance_m"], (int)rules["synergy_near_days"]);
        SegmentSweep(parts, rules, findings);
        foreach (var r in registrations)
        {
            if (r.RegisteredOn is not { } on) continue;
            var by = Works.Groundwork.RegisterBy(r.Start, r.ExcavatedM2, r.UtilityRelocation, rules);
            if (on > by) findings.Add(new Finding(FindingRule.LeadTime, r.Work, -1, -1, on.DayNumber - by.DayNumber));
        }
        return new ConflictReport(findings, groups, pairs);
    }

    private static (List<SynergyGroup>, long) Synergies(ReadOnlySpan<WorkPart> parts, double distanceM, int nearDays)
    {
        var n = parts.Length;
        if (n == 0) return ([], 0);
        var cellM = Math.Max(distanceM, 1);
        var keys = new long[n];
        var order = new int[n];
        var maxWork = 0;
        for (var i = 0; i < n; i++)
        {
            keys[i] = CellKey((int)Math.Floor(parts[i].X / cellM), (int)Math.Floor(parts[i].Y / cellM));
            order[i] = i;
            if (parts[i].Work > maxWork) maxWork = parts[i].Work;
        }
        // Sort by (cell, start): one array, each cell a contiguous run sorted by start.
        var sortKeys = new (long Cell, int Start)[n];
        for (var i = 0; i < n; i++) sortKeys[i] = (keys[i], parts[order[i]].StartDay);
        Array.Sort(sortKeys, order);
        var cellStart = new Dictionary<long, (int From, int To)>(MixedKey.Instance);
        for (int i = 0, from = 0; i <= n; i++)
        {
            if (i < n && sortKeys[i].Cell == sortKeys[from].Cell) continue;
            cellStart[sortKeys[from].Cell] = (from, i);
            from = i;
        }
        var starts = new int[n];
        for (var i = 0; i < n; i++) starts[i] = sortKeys[i].Start;

        var parent = new int[maxWork + 1];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        var linked = new bool[maxWork + 1];
        long pairCount = 0;
        var d2 = distanceM * distanceM;
        for (var pos = 0; pos < n; pos++)
        {
            var a = parts[order[pos]];
            var (cx, cy) = Unpack(sortKeys[pos].Cell);
            var until = a.EndDay + nearDays;
            for (var dx = -1; dx <= 1; dx++)
            for (var dy = -1; dy <= 1; dy++)
            {
                if (!cellStart.TryGetValue(CellKey(cx + dx, cy + dy), out var run)) continue;
                // Each pair once: from the part that starts first (ties: the lower sorted position within one cell,
                // the lower cell key across cells).
                var j = LowerBound(starts, run.From, run.To, a.StartDay);
                for (; j < run.To && starts[j] <= until; j++)
                {
                    if (j == pos) continue;
                    var b = parts[order[j]];
                    if (b.StartDay == a.StartDay && (sortKeys[j].Cell == sortKeys[pos].Cell ? j < pos : sortKeys[j].Cell < sortKeys[pos].Cell)) continue;
                    if (b.Work == a.Work) continue;
                    if (b.Segment != a.Segment)
                    {
                        double ex = b.X - a.X, ey = b.Y - a.Y;
                        if (ex * ex + ey * ey > d2) continue;
                    }
                    pairCount++;
                    linked[a.Work] = linked[b.Work] = true;
                    Union(parent, a.Work, b.Work);
                }
            }
        }
        if (pairCount == 0) return ([], 0);
        // Group works and their segments by root; count pairs per group once more cheaply: pairs are not stored, so
        // a group reports its size; the pair count is global.
        var members = new Dictionary<int, List<int>>();
        for (var w = 0; w <= maxWork; w++)
            if (linked[w]) { var r = Find(parent, w); if (!members.TryGetValue(r, out var l)) members[r] = l = []; l.Add(w); }
        var segments = new Dictionary<int, HashSet<int>>();
        foreach (var p in parts)
            if (linked[p.Work]) { var r = Find(parent, p.Work); if (!segments.TryGetValue(r, out var s)) segments[r] = s = []; s.Add(p.Segment); }
        var groups = new List<SynergyGroup>(members.Count);
        foreach (var (root, works) in members)
            groups.Add(new SynergyGroup(works.ToArray(), segments[root].Order().ToArray(), works.Count - 1));
        groups.Sort((x, y) => x.Works[0].CompareTo(y.Works[0]));
        return (groups, pairCount);
    }

    /// <summary>Per segment, in start order: the latest renewal and, per order rank, the latest-ending earlier work.</summary>
    private static void SegmentSweep(ReadOnlySpan<WorkPart> parts, StreetRules rules, List<Finding> findings)
    {
        var n = parts.Length;
        var order = new int[n];
        var keys = new long[n];
        for (var i = 0; i < n; i++) { order[i] = i; keys[i] = ((long)parts[i].Segment << 32) | (uint)parts[i].StartDay; }
        Array.Sort(keys, order);
        var moratoriumDays = new[] { (int)(rules["moratorium_carriageway_years"] * 365.25), (int)(rules["moratorium_footway_years"] * 365.25) };
        var horizon = (int)(rules["order_horizon_years"] * 365.25);
        Span<int> latestByRank = stackalloc int[4];
        Span<int> renewal = stackalloc int[2];
        var from = 0;
        while (from < n)
        {
            var segment = parts[order[from]].Segment;
            var to = from;
            while (to < n && parts[order[to]].Segment == segment) to++;
            latestByRank.Fill(-1);
            renewal.Fill(-1);
            for (var i = from; i < to;)
            {
                // All parts starting the same day are judged against strictly earlier ones, then join them.
                var sameDayEnd = i;
                while (sameDayEnd < to && parts[order[sameDayEnd]].StartDay == parts[order[i]].StartDay) sameDayEnd++;
                for (var k = i; k < sameDayEnd; k++)
                {
                    var p = parts[order[k]];
                    var r = renewal[(int)p.Surface];
                    if (p.Kind != WorkKind.Road && r >= 0 && parts[r].Work != p.Work && p.StartDay > parts[r].EndDay
                        && p.StartDay - parts[r].EndDay <= moratoriumDays[(int)p.Surface])
                    {
                        findings.Add(new Finding(FindingRule.Moratorium, p.Work, parts[r].Work, segment, p.StartDay - parts[r].EndDay));
                        continue;
                    }
                    var rank = p.Kind.OrderRank();
                    var worst = -1;
                    for (var higher = rank + 1; higher < 4; higher++)
                    {
                        var q = latestByRank[higher];
                        if (q >= 0 && parts[q].Work != p.Work && (worst < 0 || parts[q].EndDay > parts[worst].EndDay)) worst = q;
                    }
                    if (worst >= 0 && p.StartDay - parts[worst].EndDay <= horizon)
                        findings.Add(new Finding(FindingRule.Order, p.Work, parts[worst].Work, segment, Math.Max(0, p.StartDay - parts[worst].EndDay)));
                }
                for (var k = i; k < sameDayEnd; k++)
                {
                    var idx = order[k];
                    var p = parts[idx];
                    var rank = p.Kind.OrderRank();
                    if (latestByRank[rank] < 0 || p.EndDay > parts[latestByRank[rank]].EndDay) latestByRank[rank] = idx;
                    if (p.Kind == WorkKind.Road)
                    {
                        var s = (int)p.Surface;
                        if (renewal[s] < 0 || p.EndDay > parts[renewal[s]].EndDay) renewal[s] = idx;
                        // A carriageway renewal also rebuilds the kerbs; footway digs are not protected by it.
                    }
                }
                i = sameDayEnd;
            }
            from = to;
        }
    }

    private static int LowerBound(int[] a, int from, int to, int value)
    {
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            if (a[mid] < value) from = mid + 1; else to = mid;
        }
        return from;
    }

    /// <summary>long.GetHashCode folds x ^ y for a packed (x, y) cell: every diagonal collides. Multiply-shift instead.</summary>
    private sealed class MixedKey : IEqualityComparer<long>
    {
        public static readonly MixedKey Instance = new();
        public bool Equals(long a, long b) => a == b;
        public int GetHashCode(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32);
    }

    private static long CellKey(int x, int y) => ((long)x << 32) | (uint)y;
    private static (int, int) Unpack(long key) => ((int)(key >> 32), (int)key);

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a); b = Find(parent, b);
        if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
    }
}
