using System.Diagnostics;
using Google.OrTools.Sat;

namespace Wijkwerf.Engine.Streets.DigOnce;

/// <summary>A work the planner may shift: its start may move within [<see cref="EarliestStartDay"/>, <see cref="LatestStartDay"/>]
/// (day numbers), its duration stays. Its excavated area is spread evenly over its segments.</summary>
public sealed record PlanWork(int Work, int[] Segments, WorkKind Kind, int Owner, int StartDay, int DurationDays,
    int EarliestStartDay, int LatestStartDay, double AreaM2, double CostEur);

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

/// <summary>Openings: times a segment is opened (works on a segment starting within the bundle window of the
/// opening's first work share it). Reopened m²: excavation in every opening after a segment's first. Nuisance-days:
/// per segment, the days on which at least one work is on site, summed over segments.</summary>
public sealed record PlanFigures(int Openings, double ReopenedM2, int NuisanceDays);

/// <summary><see cref="Status"/>: <c>optimal</c>, <c>feasible</c> (time limit; <see cref="GapPercent"/> states how far from
/// the bound) or <c>infeasible</c> (the budgets cannot all be kept; the original plan is returned).</summary>
public sealed record DigOncePlan(string Status, double? GapPercent, IReadOnlyDictionary<int, int> PlannedStartDay,
    IReadOnlyList<Move> Moves, PlanFigures Before, PlanFigures After, double SavingEur, double Seconds, int OrderViolations);

/// <summary>The dig-once plan: CP-SAT shifts works inside their windows so that works on one segment share openings,
/// minimising reinstatement (€ per m² of each opening) plus nuisance (€ per segment-day), respecting the digging
/// order (soft, with a penalty far above any saving, so an impossible order never makes the plan infeasible) and the
/// yearly budget per owner (hard). Each work prefers not to move: one euro per day shifted breaks ties.</summary>
public static class DigOncePlanner
{
    private const long OrderPenalty = 10_000_000;

    public static DigOncePlan Plan(IReadOnlyList<PlanWork> works, IReadOnlyList<OwnerBudget> budgets, StreetRules rules, double timeLimitSeconds = 8)
    {
        var clock = Stopwatch.StartNew();
        var window = (int)rules["bundle_window_days"];
        var eurPerM2 = rules["reinstatement_eur_per_m2"];
        var eurPerDay = rules["nuisance_eur_per_day"];
        var horizon = (int)(rules["order_horizon_years"] * 365.25);
        var model = new CpModel();
        var n = works.Count;
        var s = new IntVar[n];
        var objective = new List<(LinearExpr Expr, long Coef)>();
        var constant = 0L;
        for (var w = 0; w < n; w++)
        {
            var x = works[w];
            long lo = Math.Min(x.EarliestStartDay, x.StartDay), hi = Math.Max(x.LatestStartDay, x.StartDay);
            s[w] = model.NewIntVar(lo, hi, $"s{x.Work}");
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
        return new DigOncePlan(status == CpSolverStatus.Optimal ? "optimal" : "feasible", Math.Round(gap, 3),
            Enumerable.Range(0, n).ToDictionary(w => works[w].Work, w => planned[w]), moves, before, after, Math.Round(saving, 2),
            clock.Elapsed.TotalSeconds, violations);

        static int Lo(PlanWork x) => Math.Min(x.EarliestStartDay, x.StartDay);
        static int Hi(PlanWork x) => Math.Max(x.LatestStartDay, x.StartDay);
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
