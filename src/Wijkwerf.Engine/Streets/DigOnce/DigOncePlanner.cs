using System.Diagnostics;
using Google.OrTools.Sat;

namespace Wijkwerf.Engine.Streets.DigOnce;

/// <summary>A work the planner may shift: its start may move within [<see cref="EarliestStartDay"/>, <see cref="LatestStartDay"/>]
/// (day numbers), its duration stays. Its excavated area is spread evenly over its segments.
/// <see cref="LeadFromDay"/>: the first day a <em>moved</em> start may take (planning date + the GIPOD registration lead
/// time of its category: a moved work is registered anew); null when not limited. <see cref="Surface"/>: which moratorium
/// applies to it.</summary>
public sealed record PlanWork(int Work, int[] Segments, WorkKind Kind, int Owner, int StartDay, int DurationDays,
    int EarliestStartDay, int LatestStartDay, double AreaM2, double CostEur, int? LeadFromDay = null, Surface Surface = Surface.Carriageway);

/// <summary>A renewal the plan cannot move (finished or under way): no other work of the same surface may be moved to start
/// on <see cref="Segment"/> in the moratorium after <see cref="EndDay"/>.</summary>
public readonly record struct FixedRenewal(int Work, int Segment, Surface Surface, int EndDay);

/// <summary>The most an owner may spend on works starting in a calendar year.</summary>
public readonly record struct OwnerBudget(int Owner, int Year, double BudgetEur);

public enum MoveReason
{
    /// <summary>Moved into the opening of <see cref="Move.With"/> on a shared segment.</summary>
    Bundled,
    /// <summary>Moved so that <see cref="Move.With"/> can share its opening.</summary>
    MadeRoom,
    /// <summary>Moved to dig after <see cref="Move.With"/> (sewer → heat/utilities → trees/unsealing → surface).</summary>
    Order,
    /// <summary>Moved to another year to keep its owner within budget.</summary>
    Budget,
}

public sealed record Move(int Work, int FromDay, int ToDay, MoveReason Reason, int? With, int? Segment);

public enum HoldReason
{
    /// <summary>Every start that shares <see cref="Hold.With"/>'s opening lies in the moratorium after renewal <see cref="Hold.Renewal"/>.</summary>
    Moratorium,
    /// <summary>Every start that shares <see cref="Hold.With"/>'s opening is earlier than the registration lead time allows.</summary>
    LeadTime,
}

/// <summary>A work that could have shared <see cref="With"/>'s opening on <see cref="Segment"/> but may not move there:
/// the moratorium after <see cref="Renewal"/> runs until <see cref="UntilDay"/>, or (lead time) it may not start before
/// <see cref="UntilDay"/>.</summary>
public sealed record Hold(int Work, HoldReason Reason, int With, int Segment, int? Renewal, int UntilDay);

/// <summary>Openings: times a segment is opened (works on a segment starting within the bundle window of the
/// opening's first work share it). Reopened m²: excavation in every opening after a segment's first. Nuisance-days:
/// per segment, the days on which at least one work is on site, summed over segments.</summary>
public sealed record PlanFigures(int Openings, double ReopenedM2, int NuisanceDays);

/// <summary><see cref="Status"/>: <c>optimal</c>, <c>feasible</c> (time limit; <see cref="GapPercent"/> states how far from
/// the bound) or <c>infeasible</c> (the budgets cannot all be kept; the original plan is returned).</summary>
public sealed record DigOncePlan(string Status, double? GapPercent, IReadOnlyDictionary<int, int> PlannedStartDay,
    IReadOnlyList<Move> Moves, PlanFigures Before, PlanFigures After, double SavingEur, double Seconds, int OrderViolations,
    IReadOnlyList<Hold>? Holds = null);

/// <summary>The dig-once plan: CP-SAT shifts works inside their windows so that works on one segment share openings,
/// minimising reinstatement (€ per m² of each opening) plus nuisance (€ per segment-day), respecting the digging
/// order (soft, with a penalty far above any saving, so an impossible order never makes the plan infeasible) and the
/// yearly budget per owner (hard). Each work prefers not to move: one euro per day shifted breaks ties. Hard limits on a
/// moved start: never inside a segment's moratorium after a renewal of the same surface (fixed renewals cut the work's
/// domain; a renewal the plan may move is a pair constraint: before its end, or after its moratorium), and never earlier
/// than <see cref="PlanWork.LeadFromDay"/>. A work's original start stays allowed, so the original schedule is always a
/// solution (an existing moratorium conflict is kept, not made worse).</summary>
public static class DigOncePlanner
{
    private const long OrderPenalty = 10_000_000;

    public static DigOncePlan Plan(IReadOnlyList<PlanWork> works, IReadOnlyList<OwnerBudget> budgets, StreetRules rules, double timeLimitSeconds = 8,
        IReadOnlyList<FixedRenewal>? fixedRenewals = null)
    {
        var clock = Stopwatch.StartNew();
        var window = (int)rules["bundle_window_days"];
        var eurPerM2 = rules["reinstatement_eur_per_m2"];
        var eurPerDay = rules["nuisance_eur_per_day"];
        var horizon = (int)(rules["order_horizon_years"] * 365.25);
        var model = new CpModel();
        var n = works.Count;
        var limits = new StartLimits(works, fixedRenewals ?? [], rules);
        var s = new IntVar[n];
        var objective = new List<(LinearExpr Expr, long Coef)>();
        var constant = 0L;
        for (var w = 0; w < n; w++)
        {
            var x = works[w];
            long lo = Math.Min(x.EarliestStartDay, x.StartDay), hi = Math.Max(x.LatestStartDay, x.StartDay);
            s[w] = model.NewIntVarFromDomain(Google.OrTools.Util.Domain.FromIntervals(limits.Allowed(w)), $"s{x.Work}");
            model.AddHint(s[w], x.StartDay);
            var shift = model.NewIntVar(0, hi - lo, $"shift{x.Work}");
            model.Add(shift >= s[w] - x.StartDay);
            model.Add(shift >= x.StartDay - s[w]);
            objective.Add((shift, 1));
        }

        // Parts per segment.
        var bySegment = new Dictionary<int, List<int>>();
        for (var w = 0; w < n; w++)
            foreach (var seg in works[w].Segments)
            {
                if (!bySegment.TryGetValue(seg, out var l)) bySegment[seg] = l = [];
                l.Add(w);
            }

        // Segments holding exactly the same works behave alike: model one of them with the others as a weight.
        var classes = bySegment.GroupBy(kv => string.Join(",", kv.Value))
            .Select(g => (Segment: g.First().Key, List: g.First().Value, Weight: g.Count())).ToList();

        var joins = new List<(int Leader, int Member, int Segment, BoolVar X)>();
        var orderVars = new Dictionary<(int, int), BoolVar>();
        foreach (var (seg, list, weight) in classes)
        {
            var joined = new BoolVar[list.Count];
            var nuisances = new IntVar?[list.Count];
            var segmentJoins = new List<(int Leader, int Member, BoolVar X)>();
            var incoming = new List<BoolVar>[list.Count];
            for (var a = 0; a < list.Count; a++) { joined[a] = model.NewBoolVar($"j{seg}_{a}"); incoming[a] = []; }
            for (var a = 0; a < list.Count; a++)
            for (var b = 0; b < list.Count; b++)
            {
                if (a == b) continue;
                PlanWork i = works[list[a]], j = works[list[b]];
                if (i.Work == j.Work) continue;
                // j can join i only if some s_i <= s_j <= s_i + window.
                if (Lo(j) > Hi(i) + window || Hi(j) < Lo(i)) continue;
                var x = model.NewBoolVar($"x{seg}_{a}_{b}");
                model.Add(s[list[b]] >= s[list[a]]).OnlyEnforceIf(x);
                model.Add(s[list[b]] <= s[list[a]] + window).OnlyEnforceIf(x);
                model.AddImplication(x, joined[b]);
                model.AddImplication(x, joined[a].Not());
                incoming[b].Add(x);
                joins.Add((list[a], list[b], seg, x));
                segmentJoins.Add((a, b, x));
            }
            for (var b = 0; b < list.Count; b++)
            {
                var w = list[b];
                var d = works[w].DurationDays;
                var areaEur = (long)Math.Round(works[w].AreaM2 / works[w].Segments.Length * eurPerM2 * weight);
                if (incoming[b].Count == 0)
                {
                    model.Add(joined[b] == 0);
                    constant += areaEur + (long)Math.Round(d * eurPerDay * weight);
                    continue;
                }
                model.AddBoolOr(incoming[b]).OnlyEnforceIf(joined[b]);
                // Opening cost when it leads an opening.
                constant += areaEur;
                objective.Add((joined[b], -areaEur));
                var nuisance = model.NewIntVar(0, d, $"n{seg}_{b}");
                model.Add(nuisance + d * joined[b] >= d);
                objective.Add((nuisance, (long)Math.Round(eurPerDay * weight)));
                nuisances[b] = nuisance;
            }
            // A member's nuisance is the days it stays on site after its leader has finished.
            foreach (var (a, b, x) in segmentJoins)
                model.Add(nuisances[b]! >= s[list[b]] + works[list[b]].DurationDays - s[list[a]] - works[list[a]].DurationDays).OnlyEnforceIf(x);
            // Order: lower rank digs first when both lie on this segment and can come within the order horizon.
            for (var a = 0; a < list.Count; a++)
            for (var b = 0; b < list.Count; b++)
            {
                PlanWork i = works[list[a]], j = works[list[b]];
                if (i.Work == j.Work || i.Kind.OrderRank() >= j.Kind.OrderRank()) continue;
                if (Lo(j) - Hi(i) > horizon || Lo(i) - (Hi(j) + j.DurationDays) > horizon) continue;
                if (orderVars.ContainsKey((list[a], list[b]))) continue;
                var ok = model.NewBoolVar($"o{i.Work}_{j.Work}");
                model.Add(s[list[a]] <= s[list[b]]).OnlyEnforceIf(ok);
                orderVars[(list[a], list[b])] = ok;
                constant += OrderPenalty;
                objective.Add((ok, -OrderPenalty));
            }
        }

        var budgetYears = AddBudgets(model, works, budgets, s);
        foreach (var (w, r) in limits.RenewalPairs)
        {
            // Before the renewal ends, or after its moratorium; or both where they were (an existing conflict stays).
            var earlier = model.NewBoolVar($"mb{w}_{r}");
            var later = model.NewBoolVar($"ma{w}_{r}");
            model.Add(s[w] <= s[r] + works[r].DurationDays - 1).OnlyEnforceIf(earlier);
            model.Add(s[w] >= s[r] + works[r].DurationDays + limits.MoratoriumDays(works[w].Surface)).OnlyEnforceIf(later);
            if (limits.InMoratorium(w, r, works[w].StartDay, works[r].StartDay))
            {
                var kept = model.NewBoolVar($"mk{w}_{r}");
                model.Add(s[w] == works[w].StartDay).OnlyEnforceIf(kept);
                model.Add(s[r] == works[r].StartDay).OnlyEnforceIf(kept);
                model.AddBoolOr([earlier, later, kept]);
            }
            else model.AddBoolOr([earlier, later]);
        }

        var terms = objective.Select(t => t.Expr * t.Coef).ToArray();
        model.Minimize(LinearExpr.Sum(terms) + constant);
        var solver = new CpSolver
        {
            StringParameters = $"max_time_in_seconds:{timeLimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} num_workers:2",
        };
        var status = solver.Solve(model);
        var before = Evaluate(works, works.Select(w => w.StartDay).ToArray(), rules);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return new DigOncePlan(status == CpSolverStatus.Infeasible ? "infeasible" : "unknown", null,
                works.ToDictionary(w => w.Work, w => w.StartDay), [], before, before, 0, clock.Elapsed.TotalSeconds, 0);

        var planned = new int[n];
        for (var w = 0; w < n; w++) planned[w] = (int)solver.Value(s[w]);
        var after = Evaluate(works, planned, rules);
        var moves = new List<Move>();
        for (var w = 0; w < n; w++)
        {
            if (planned[w] == works[w].StartDay) continue;
            moves.Add(Explain(w, works, planned, joins, orderVars, budgetYears, solver));
        }
        var gap = status == CpSolverStatus.Optimal ? 0
            : Math.Abs(solver.ObjectiveValue - solver.BestObjectiveBound) / Math.Max(1, Math.Abs(solver.ObjectiveValue)) * 100;
        var saving = (before.ReopenedM2 - after.ReopenedM2) * eurPerM2 + (before.NuisanceDays - after.NuisanceDays) * eurPerDay;
        var violations = orderVars.Values.Count(v => !solver.BooleanValue(v));
        var holds = limits.Holds(planned, joins.Where(j => solver.BooleanValue(j.X)).Select(j => (j.Leader, j.Member)).ToList(), window);
        return new DigOncePlan(status == CpSolverStatus.Optimal ? "optimal" : "feasible", Math.Round(gap, 3),
            Enumerable.Range(0, n).ToDictionary(w => works[w].Work, w => planned[w]), moves, before, after, Math.Round(saving, 2),
            clock.Elapsed.TotalSeconds, violations, holds);

        static int Lo(PlanWork x) => Math.Min(x.EarliestStartDay, x.StartDay);
        static int Hi(PlanWork x) => Math.Max(x.LatestStartDay, x.StartDay);
    }

    /// <summary>Where a work may start: its window without the days a moved start may not take (lead time, moratorium
    /// after a fixed renewal), plus its original start; and the pairs (work, planned renewal) that need a pair constraint.</summary>
    private sealed class StartLimits
    {
        private readonly IReadOnlyList<PlanWork> _works;
        private readonly int[] _moratoriumDays;
        private readonly List<(int From, int To, int Renewal, int Segment)>[] _blocked;

        public List<(int Work, int Renewal)> RenewalPairs { get; } = [];

        public StartLimits(IReadOnlyList<PlanWork> works, IReadOnlyList<FixedRenewal> renewals, StreetRules rules)
        {
            _works = works;
            _moratoriumDays = [(int)(rules["moratorium_carriageway_years"] * 365.25), (int)(rules["moratorium_footway_years"] * 365.25)];
            _blocked = new List<(int, int, int, int)>[works.Count];
            var fixedBySegment = renewals.ToLookup(r => r.Segment);
            var plannedBySegment = new Dictionary<int, List<int>>();
            for (var w = 0; w < works.Count; w++)
                if (works[w].Kind == WorkKind.Road)
                    foreach (var seg in works[w].Segments)
                    {
                        if (!plannedBySegment.TryGetValue(seg, out var l)) plannedBySegment[seg] = l = [];
                        l.Add(w);
                    }
            var pairs = new HashSet<(int, int)>();
            for (var w = 0; w < works.Count; w++)
            {
                var x = works[w];
                _blocked[w] = [];
                if (x.Kind == WorkKind.Road) continue;
                foreach (var seg in x.Segments)
                {
                    foreach (var r in fixedBySegment[seg])
                        if (r.Surface == x.Surface && r.Work != x.Work)
                            _blocked[w].Add((r.EndDay + 1, r.EndDay + MoratoriumDays(x.Surface), r.Work, seg));
                    if (plannedBySegment.TryGetValue(seg, out var roads))
                        foreach (var r in roads)
                            if (works[r].Surface == x.Surface && pairs.Add((w, r))) RenewalPairs.Add((w, r));
                }
            }
        }

        public int MoratoriumDays(Surface surface) => _moratoriumDays[(int)surface];

        /// <summary>Starts <paramref name="day"/> of work w inside the moratorium after renewal r that starts on <paramref name="renewalStart"/>?</summary>
        public bool InMoratorium(int w, int r, int day, int renewalStart)
        {
            var end = renewalStart + _works[r].DurationDays - 1;
            return day > end && day - end <= MoratoriumDays(_works[w].Surface);
        }

        public long[][] Allowed(int w)
        {
            var x = _works[w];
            int lo = Math.Min(x.EarliestStartDay, x.StartDay), hi = Math.Max(x.LatestStartDay, x.StartDay);
            var cuts = _blocked[w].Select(b => (b.From, b.To)).ToList();
            if (x.LeadFromDay is { } lead && lead > lo) cuts.Add((lo, lead - 1));
            cuts.Sort();
            var result = new List<long[]>();
            var from = lo;
            foreach (var (a, b) in cuts)
            {
                if (b < from) continue;
                if (a > hi) break;
                if (a > from) result.Add([from, a - 1]);
                from = Math.Max(from, b + 1);
            }
            if (from <= hi) result.Add([from, hi]);
            // The original start always stays allowed.
            if (!result.Any(r => r[0] <= x.StartDay && x.StartDay <= r[1])) result.Add([x.StartDay, x.StartDay]);
            result.Sort((a, b) => a[0].CompareTo(b[0]));
            return result.ToArray();
        }

        /// <summary>Why work w may not start on <paramref name="day"/> (null: it may), given the planned starts.</summary>
        private (HoldReason Reason, int? Renewal, int Until)? Blocked(int w, int day, int[] planned)
        {
            var x = _works[w];
            if (day == x.StartDay) return null;
            if (x.LeadFromDay is { } lead && day < lead) return (HoldReason.LeadTime, null, lead);
            foreach (var b in _blocked[w])
                if (day >= b.From && day <= b.To) return (HoldReason.Moratorium, b.Renewal, b.To);
            foreach (var (pw, r) in RenewalPairs)
                if (pw == w && InMoratorium(w, r, day, planned[r]))
                    return (HoldReason.Moratorium, _works[r].Work, planned[r] + _works[r].DurationDays - 1 + MoratoriumDays(x.Surface));
            return null;
        }

        /// <summary>Works in no opening with another, which could have shared an opening with a work on a common segment
        /// (their windows meet), were it not for the moratorium or the lead time: every such start is blocked.</summary>
        public List<Hold> Holds(int[] planned, List<(int Leader, int Member)> joined, int window)
        {
            var bundled = joined.SelectMany(j => new[] { j.Leader, j.Member }).ToHashSet();
            var holds = new List<Hold>();
            for (var w = 0; w < _works.Count; w++)
            {
                if (bundled.Contains(w)) continue;
                var x = _works[w];
                int lo = Math.Min(x.EarliestStartDay, x.StartDay), hi = Math.Max(x.LatestStartDay, x.StartDay);
                Hold? found = null;
                for (var o = 0; o < _works.Count && found is null; o++)
                {
                    if (o == w) continue;
                    var segment = _works[o].Segments.Intersect(x.Segments).Cast<int?>().FirstOrDefault();
                    if (segment is null) continue;
                    // Any start of w that could share an opening of o, wherever o itself moves in its window.
                    int from = Math.Max(lo, Math.Min(_works[o].EarliestStartDay, _works[o].StartDay)),
                        to = Math.Min(hi, Math.Max(_works[o].LatestStartDay, _works[o].StartDay) + window);
                    if (from > to) continue;
                    (HoldReason Reason, int? Renewal, int Until)? first = null;
                    var free = false;
                    for (var day = from; day <= to && !free; day++)
                    {
                        var b = Blocked(w, day, planned);
                        if (b is null) free = true;
                        else first ??= b;
                    }
                    if (!free && first is { } f) found = new Hold(x.Work, f.Reason, _works[o].Work, segment.Value, f.Renewal, f.Until);
                }
                if (found is not null) holds.Add(found);
            }
            return holds;
        }
    }

    private static Dictionary<int, (int Year, BoolVar Var)[]> AddBudgets(CpModel model, IReadOnlyList<PlanWork> works, IReadOnlyList<OwnerBudget> budgets, IntVar[] s)
    {
        var result = new Dictionary<int, (int, BoolVar)[]>();
        if (budgets.Count == 0) return result;
        var owners = budgets.Select(b => b.Owner).ToHashSet();
        var terms = new Dictionary<(int Owner, int Year), List<LinearExpr>>();
        var fixedCost = new Dictionary<(int Owner, int Year), long>();
        for (var w = 0; w < works.Count; w++)
        {
            var x = works[w];
            if (!owners.Contains(x.Owner)) continue;
            var cost = (long)Math.Round(x.CostEur);
            var lo = DateOnly.FromDayNumber(Math.Min(x.EarliestStartDay, x.StartDay)).Year;
            var hi = DateOnly.FromDayNumber(Math.Max(x.LatestStartDay, x.StartDay)).Year;
            if (lo == hi)
            {
                fixedCost[(x.Owner, lo)] = fixedCost.GetValueOrDefault((x.Owner, lo)) + cost;
                continue;
            }
            var vars = new (int, BoolVar)[hi - lo + 1];
            for (var y = lo; y <= hi; y++)
            {
                var b = model.NewBoolVar($"y{x.Work}_{y}");
                model.Add(s[w] >= new DateOnly(y, 1, 1).DayNumber).OnlyEnforceIf(b);
                model.Add(s[w] <= new DateOnly(y, 12, 31).DayNumber).OnlyEnforceIf(b);
                vars[y - lo] = (y, b);
                if (!terms.TryGetValue((x.Owner, y), out var l)) terms[(x.Owner, y)] = l = [];
                l.Add(b * cost);
            }
            model.AddExactlyOne(vars.Select(v => v.Item2));
            result[w] = vars;
        }
        foreach (var b in budgets)
        {
            var fixedPart = fixedCost.GetValueOrDefault((b.Owner, b.Year));
            var limit = (long)Math.Floor(b.BudgetEur) - fixedPart;
            if (terms.TryGetValue((b.Owner, b.Year), out var l)) model.Add(LinearExpr.Sum(l) <= limit);
            else if (limit < 0) model.AddBoolOr([model.FalseLiteral()]);
        }
        return result;
    }

    private static Move Explain(int w, IReadOnlyList<PlanWork> works, int[] planned, List<(int Leader, int Member, int Segment, BoolVar X)> joins,
        Dictionary<(int, int), BoolVar> orderVars, Dictionary<int, (int Year, BoolVar Var)[]> budgetYears, CpSolver solver)
    {
        var x = works[w];
        foreach (var j in joins)
            if (j.Member == w && solver.BooleanValue(j.X)) return new Move(x.Work, x.StartDay, planned[w], MoveReason.Bundled, works[j.Leader].Work, j.Segment);
        foreach (var j in joins)
            if (j.Leader == w && solver.BooleanValue(j.X)) return new Move(x.Work, x.StartDay, planned[w], MoveReason.MadeRoom, works[j.Member].Work, j.Segment);
        foreach (var ((a, b), ok) in orderVars)
            if (solver.BooleanValue(ok) && (a == w || b == w) && works[a].StartDay > works[b].StartDay)
                return new Move(x.Work, x.StartDay, planned[w], MoveReason.Order, works[a == w ? b : a].Work, null);
        if (budgetYears.ContainsKey(w) && DateOnly.FromDayNumber(planned[w]).Year != DateOnly.FromDayNumber(x.StartDay).Year)
            return new Move(x.Work, x.StartDay, planned[w], MoveReason.Budget, null, null);
        return new Move(x.Work, x.StartDay, planned[w], MoveReason.MadeRoom, null, null);
    }

    /// <summary>Openings, reopened m² and nuisance-days of a schedule, measured the same way for the plan as for the
    /// original dates (not the solver's objective, which approximates the union of days).</summary>
    public static PlanFigures Evaluate(IReadOnlyList<PlanWork> works, int[] starts, StreetRules rules)
    {
        var window = (int)rules["bundle_window_days"];
        var bySegment = new Dictionary<int, List<(int Start, int End, double Area)>>();
        for (var w = 0; w < works.Count; w++)
            foreach (var seg in works[w].Segments)
            {
                if (!bySegment.TryGetValue(seg, out var l)) bySegment[seg] = l = [];
                l.Add((starts[w], starts[w] + works[w].DurationDays - 1, works[w].AreaM2 / works[w].Segments.Length));
            }
        int openings = 0, nuisance = 0;
        double reopened = 0;
        foreach (var list in bySegment.Values)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
            var leaderStart = int.MinValue;
            var first = true;
            double openingArea = 0;
            int unionFrom = int.MinValue, unionTo = int.MinValue;
            foreach (var (start, end, area) in list)
            {
                if (leaderStart == int.MinValue || start > leaderStart + window)
                {
                    if (!first) reopened += openingArea;
                    if (leaderStart != int.MinValue) first = false;
                    openings++;
                    leaderStart = start;
                    openingArea = 0;
                }
                openingArea = Math.Max(openingArea, area);
                if (start > unionTo) { if (unionTo != int.MinValue) nuisance += unionTo - unionFrom + 1; unionFrom = start; unionTo = end; }
                else unionTo = Math.Max(unionTo, end);
            }
            if (!first) reopened += openingArea;
            if (unionTo != int.MinValue) nuisance += unionTo - unionFrom + 1;
        }
        return new PlanFigures(openings, Math.Round(reopened, 1), nuisance);
    }
}
