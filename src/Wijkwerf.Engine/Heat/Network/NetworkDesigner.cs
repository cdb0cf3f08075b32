using System.Diagnostics;
using Google.OrTools.LinearSolver;

namespace Wijkwerf.Engine.Heat.Network;

/// <summary>Decides which buildings connect to a heat network and which streets carry pipe, minimising the annual cost
/// of the district (network for those who connect, their individual alternative for the others).
/// <list type="bullet">
/// <item><b>Fast</b>: the shortest-path tree from the source over the street graph, then an exact dynamic programme on
/// that tree (keep a branch when what its buildings save exceeds what its pipes cost), two passes so pipe cost follows the
/// peak it carries, a greedy extension with streets that pay for themselves and a pruning of leaf streets that do not,
/// then capacity and minimum-connection-rate repairs. Linear in the graph size after Dijkstra.</item>
/// <item><b>Exact</b>: a fixed-charge network-flow MILP (HiGHS, else SCIP or CBC through OR-Tools) on the whole
/// street graph, reporting the solver's proven bound and gap.</item>
/// </list></summary>
public static class NetworkDesigner
{
    private const double Forced = 1e12;

    public static NetworkDesign Fast(NetworkProblem problem)
    {
        var clock = Stopwatch.StartNew();
        Validate(problem);
        var model = new NetworkCostModel(problem);
        // Two trunk structures: the shortest-path tree (short routes, low flow cost) and the minimum spanning tree
        // (least trench); each gets the exact tree DP and a greedy extension; the cheaper design wins.
        var best = Design(problem, model, Tree(problem, model, shortestPath: true));
        var other = Design(problem, model, Tree(problem, model, shortestPath: false));
        if (other.Objective < best.Objective) best = other;
        var bound = LpBound(problem, model);
        return new NetworkDesign("fast", "feasible", best.Connected, best.Pipes, best.Objective, Math.Min(bound, best.Objective), clock.Elapsed.TotalSeconds, best.Notes);
    }

    /// <summary>A spanning tree of the street graph from the source: parent edge and settle rank of every node
    /// (rank -1: not reachable).</summary>
    private sealed record SpanningTree(int[] ParentEdge, int[] Rank, List<int> Order);

    private static SpanningTree Tree(NetworkProblem problem, NetworkCostModel model, bool shortestPath)
    {
        var n = problem.NodeCount;
        var edges = problem.Edges;
        var adjacency = model.Adjacency();
        var key = new double[n];
        var parentEdge = new int[n];
        var rank = new int[n];
        Array.Fill(key, double.PositiveInfinity);
        Array.Fill(parentEdge, -1);
        Array.Fill(rank, -1);
        var order = new List<int>(n);
        var heap = new PriorityQueue<int, double>();
        key[problem.Source.Node] = 0;
        heap.Enqueue(problem.Source.Node, 0);
        while (heap.TryDequeue(out var v, out var d))
        {
            if (rank[v] >= 0) continue;
            rank[v] = order.Count;
            order.Add(v);
            foreach (var (e, w) in adjacency[v])
            {
                if (rank[w] >= 0) continue;
                var k = (shortestPath ? d : 0) + model.EdgeFixed(edges[e]) + 1e-9;
                if (k < key[w]) { key[w] = k; parentEdge[w] = e; heap.Enqueue(w, k); }
            }
        }
        return new SpanningTree(parentEdge, rank, order);
    }

    private sealed record Candidate(bool[] Connected, List<DesignedPipe> Pipes, double Objective, List<string> Notes);

    private static Candidate Design(NetworkProblem problem, NetworkCostModel model, SpanningTree tree)
    {
        var notes = new List<string>();
        var n = problem.NodeCount;
        var edges = problem.Edges;
        var buildings = problem.Buildings;
        var (parentEdge, rank, order) = (tree.ParentEdge, tree.Rank, tree.Order);
        int Upstream(in NetworkEdge e) => rank[e.From] <= rank[e.To] ? e.From : e.To;

        // Where each building is served from: the tree node below its street, or a spur along a non-tree street.
        var servedAt = new int[buildings.Length];
        var spurOf = new int[buildings.Length];
        var saving = new double[buildings.Length];
        var unreachable = 0;
        for (var i = 0; i < buildings.Length; i++)
        {
            ref readonly var b = ref buildings[i];
            var e = edges[b.Edge];
            var other = e.From == b.Node ? e.To : e.From;
            spurOf[i] = -1;
            if (parentEdge[b.Node] == b.Edge) servedAt[i] = b.Node;
            else if (parentEdge[other] == b.Edge) servedAt[i] = other;
            else
            {
                servedAt[i] = Upstream(e);
                spurOf[i] = b.Edge;
            }
            saving[i] = b.Rule switch
            {
                ConnectionRule.MustConnect => Forced,
                ConnectionRule.MustNotConnect => double.NegativeInfinity,
                _ => model.Saving(b),
            };
            if (rank[servedAt[i]] < 0)
            {
                saving[i] = double.NegativeInfinity;
                unreachable++;
                if (b.Rule == ConnectionRule.MustConnect) notes.Add($"building {b.Id} must connect but has no street path to the source");
            }
        }
        if (unreachable > 0) notes.Add($"{unreachable} buildings have no street path to the source and stay individual");

        // Tree DP, twice: the second pass prices each pipe with the peak its chosen branch carries.
        var connected = new bool[buildings.Length];
        var branchPeak = new double[n];
        for (var pass = 0; pass < 2; pass++)
        {
            var value = new double[n];
            var peak = new double[n];
            var spurs = new Dictionary<int, (double Value, double Peak)>();
            for (var i = 0; i < buildings.Length; i++)
            {
                if (!(saving[i] > 0)) continue;
                if (spurOf[i] >= 0)
                {
                    var sp = spurs.GetValueOrDefault(spurOf[i]);
                    spurs[spurOf[i]] = (sp.Value + saving[i], sp.Peak + buildings[i].PeakKW);
                }
                else
                {
                    value[servedAt[i]] += saving[i];
                    peak[servedAt[i]] += buildings[i].PeakKW;
                }
            }
            var spurTaken = new HashSet<int>();
            foreach (var (e, sp) in spurs)
            {
                var net = sp.Value - model.EdgeFixed(edges[e]) - model.EdgePerKW(edges[e]) * sp.Peak;
                if (net <= 0) continue;
                var at = Upstream(edges[e]);
                value[at] += net;
                peak[at] += sp.Peak;
                spurTaken.Add(e);
            }
            var take = new bool[n];
            for (var k = order.Count - 1; k > 0; k--)
            {
                var v = order[k];
                var edge = edges[parentEdge[v]];
                var cost = model.EdgeFixed(edge) + model.EdgePerKW(edge) * (pass == 0 ? peak[v] : branchPeak[v]);
                if (value[v] - cost <= 0) continue;
                take[v] = true;
                var up = edge.From == v ? edge.To : edge.From;
                value[up] += value[v] - cost;
                peak[up] += peak[v];
            }
            var inNet = new bool[n];
            inNet[problem.Source.Node] = true;
            foreach (var v in order)
            {
                if (v == problem.Source.Node) continue;
                var edge = edges[parentEdge[v]];
                inNet[v] = take[v] && inNet[edge.From == v ? edge.To : edge.From];
            }
            for (var i = 0; i < buildings.Length; i++)
                connected[i] = saving[i] > 0 && inNet[servedAt[i]] && (spurOf[i] < 0 || spurTaken.Contains(spurOf[i]));
            Array.Copy(peak, branchPeak, n);
        }

        var used = EdgesFor(problem, connected, parentEdge, rank);
        Extend(problem, model, connected, used, saving);
        Prune(problem, model, connected, used, saving);

        // Repairs: the source's capacity, then the minimum connection rate.
        var repaired = false;
        var totalPeak = TotalPeak(buildings, connected);
        if (totalPeak > problem.Source.CapacityKW)
        {
            repaired = true;
            foreach (var i in Enumerable.Range(0, buildings.Length).Where(i => connected[i] && buildings[i].Rule != ConnectionRule.MustConnect)
                         .OrderBy(i => saving[i] / Math.Max(buildings[i].PeakKW, 1e-6)).ThenByDescending(i => rank[servedAt[i]]))
            {
                if (totalPeak <= problem.Source.CapacityKW) break;
                connected[i] = false;
                totalPeak -= buildings[i].PeakKW;
            }
            notes.Add($"source capacity {problem.Source.CapacityKW:0} kW limits the connections");
        }
        var required = (int)Math.Ceiling(problem.MinConnectionRate * buildings.Length - 1e-9);
        var have = connected.Count(c => c);
        if (have < required)
        {
            repaired = true;
            foreach (var i in Enumerable.Range(0, buildings.Length).Where(i => !connected[i] && buildings[i].Rule != ConnectionRule.MustNotConnect && rank[servedAt[i]] >= 0)
                         .OrderByDescending(i => model.Saving(buildings[i])).ThenBy(i => rank[servedAt[i]]))
            {
                if (have >= required) break;
                connected[i] = true;
                have++;
            }
            if (have < required) notes.Add($"minimum connection rate {problem.MinConnectionRate:P0} cannot be met: only {have} buildings can be reached");
        }
        if (repaired) used = EdgesFor(problem, connected, parentEdge, rank);
        var (pipes, edgePeak) = model.Size(connected, used);
        var objective = model.Evaluate(connected, used, edgePeak);

        // No network at all may be cheapest.
        var individual = model.AllIndividual();
        if (objective > individual && !buildings.Any(b => b.Rule == ConnectionRule.MustConnect) && required == 0)
        {
            Array.Clear(connected);
            pipes = [];
            objective = individual;
        }
        if (!connected.Any(c => c)) notes.Add("no network is cheaper than individual solutions for every building");
        return new Candidate(connected, pipes, objective, notes);
    }

    /// <summary>Greedy extension: a street next to the network whose own buildings save more than its pipe costs,
    /// including the cost of carrying their peak from the source, is added, best first, until none is left. Catches
    /// the streets the tree offered only as spurs from the far end.</summary>
    private static void Extend(NetworkProblem problem, NetworkCostModel model, bool[] connected, bool[] used, double[] saving)
    {
        var edges = problem.Edges;
        var onEdge = new List<int>[edges.Length];
        for (var i = 0; i < problem.Buildings.Length; i++)
            (onEdge[problem.Buildings[i].Edge] ??= []).Add(i);
        var adjacency = model.Adjacency();
        // € per kW of peak to bring heat from the source to each node over the network as it stands.
        var perKW = new double[problem.NodeCount];
        Array.Fill(perKW, double.PositiveInfinity);
        perKW[problem.Source.Node] = 0;
        var heap0 = new PriorityQueue<int, double>();
        heap0.Enqueue(problem.Source.Node, 0);
        while (heap0.TryDequeue(out var v, out var d))
        {
            if (d > perKW[v]) continue;
            foreach (var (e, w) in adjacency[v])
            {
                if (!used[e]) continue;
                var nd = d + model.EdgePerKW(edges[e]);
                if (nd < perKW[w]) { perKW[w] = nd; heap0.Enqueue(w, nd); }
            }
        }
        double Gain(int e)
        {
            if (onEdge[e] is not { } members) return double.NegativeInfinity;
            var edge = edges[e];
            var near = Math.Min(perKW[edge.From], perKW[edge.To]);
            if (double.IsPositiveInfinity(near)) return double.NegativeInfinity;
            double value = 0;
            foreach (var i in members)
            {
                if (connected[i] || !(saving[i] > 0)) continue;
                var b = problem.Buildings[i];
                var reach = Math.Min(perKW[b.Node], near + model.EdgePerKW(edge));
                value += saving[i] - reach * b.PeakKW;
            }
            return used[e] ? value : value - model.EdgeFixed(edge);
        }
        var heap = new PriorityQueue<int, double>();
        for (var e = 0; e < edges.Length; e++)
            if (Gain(e) > 0) heap.Enqueue(e, -Gain(e));
        while (heap.TryDequeue(out var e, out var negative))
        {
            var gain = Gain(e);
            if (gain <= 0) continue;
            if (gain < -negative - 1e-6) { heap.Enqueue(e, -gain); continue; }
            used[e] = true;
            foreach (var i in onEdge[e]!)
                if (saving[i] > 0) connected[i] = true;
            var edge = edges[e];
            var step = model.EdgePerKW(edge);
            foreach (var (node, from) in new[] { (edge.From, edge.To), (edge.To, edge.From) })
            {
                if (perKW[from] + step >= perKW[node]) continue;
                perKW[node] = perKW[from] + step;
                foreach (var (next, _) in adjacency[node])
                    if (Gain(next) > 0) heap.Enqueue(next, -Gain(next));
            }
        }
    }

    /// <summary>Leaf pruning: a street at the end of the network whose buildings save less than its pipe, its heat
    /// losses and the cost of carrying their peak from the source is taken out, and the street behind it is looked at
    /// next. Undoes branches the tree DP or the extension kept that only just paid on a cheaper route.</summary>
    private static void Prune(NetworkProblem problem, NetworkCostModel model, bool[] connected, bool[] used, double[] saving)
    {
        var edges = problem.Edges;
        var onEdge = new List<int>[edges.Length];
        for (var i = 0; i < problem.Buildings.Length; i++)
            (onEdge[problem.Buildings[i].Edge] ??= []).Add(i);
        var degree = new int[problem.NodeCount];
        for (var e = 0; e < edges.Length; e++)
            if (used[e]) { degree[edges[e].From]++; degree[edges[e].To]++; }
        bool changed;
        do
        {
            changed = false;
            // € per kW from the source to each node over the network as it stands.
            var perKW = new double[problem.NodeCount];
            Array.Fill(perKW, double.PositiveInfinity);
            perKW[problem.Source.Node] = 0;
            var heap = new PriorityQueue<int, double>();
            heap.Enqueue(problem.Source.Node, 0);
            var adjacency = model.Adjacency(used);
            while (heap.TryDequeue(out var v, out var d))
            {
                if (d > perKW[v]) continue;
                foreach (var (e, w) in adjacency[v])
                {
                    var nd = d + model.EdgePerKW(edges[e]);
                    if (nd < perKW[w]) { perKW[w] = nd; heap.Enqueue(w, nd); }
                }
            }
            for (var e = 0; e < edges.Length; e++)
            {
                if (!used[e]) continue;
                var edge = edges[e];
                var leaf = degree[edge.From] == 1 && edge.From != problem.Source.Node ? edge.From
                    : degree[edge.To] == 1 && edge.To != problem.Source.Node ? edge.To : -1;
                if (leaf < 0) continue;
                var members = onEdge[e] ?? [];
                if (members.Any(i => connected[i] && problem.Buildings[i].Rule == ConnectionRule.MustConnect)) continue;
                var value = -model.EdgeFixed(edge);
                foreach (var i in members)
                {
                    if (!connected[i]) continue;
                    var b = problem.Buildings[i];
                    value += saving[i] - perKW[b.Node] * b.PeakKW;
                }
                if (value >= 0) continue;
                used[e] = false;
                degree[edge.From]--;
                degree[edge.To]--;
                foreach (var i in members) connected[i] = false;
                changed = true;
            }
        } while (changed);
    }

    /// <summary>The edges a set of connected buildings needs: each building's own street, and the tree path from the
    /// upstream end of that street to the source (unless the street is already reached through the network).</summary>
    private static bool[] EdgesFor(NetworkProblem p, bool[] connected, int[] parentEdge, int[] rank)
    {
        var used = new bool[p.Edges.Length];
        var reached = new bool[p.NodeCount];
        for (var i = 0; i < p.Buildings.Length; i++)
        {
            if (!connected[i]) continue;
            var street = p.Edges[p.Buildings[i].Edge];
            used[p.Buildings[i].Edge] = true;
            var v = rank[street.From] <= rank[street.To] ? street.From : street.To;
            while (v != p.Source.Node && !reached[v] && parentEdge[v] >= 0)
            {
                reached[v] = true;
                var e = parentEdge[v];
                used[e] = true;
                var edge = p.Edges[e];
                v = edge.From == v ? edge.To : edge.From;
            }
        }
        return used;
    }

    private static double TotalPeak(NetworkBuilding[] buildings, bool[] connected)
    {
        double s = 0;
        for (var i = 0; i < buildings.Length; i++)
            if (connected[i]) s += buildings[i].PeakKW;
        return s;
    }

    public static NetworkDesign Exact(NetworkProblem problem, double timeLimitSeconds = 60, double relativeGap = 0.001)
    {
        var clock = Stopwatch.StartNew();
        Validate(problem);
        var model = new NetworkCostModel(problem);
        using var solver = Solver.CreateSolver("HIGHS") ?? Solver.CreateSolver("SCIP") ?? Solver.CreateSolver("CBC")
                           ?? throw new InvalidOperationException("no MILP solver available in OR-Tools");
        var (x, y, _, objective, constant) = Build(problem, model, solver, integer: true);
        solver.SuppressOutput();
        solver.SetTimeLimit((long)(timeLimitSeconds * 1000));
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        var status = solver.Solve(parameters);
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
            return new NetworkDesign("exact", status.ToString().ToLowerInvariant(), new bool[problem.Buildings.Length], [], double.NaN, double.NaN,
                clock.Elapsed.TotalSeconds, [$"the solver found no design ({status})"]);
        var connected = x.Select(v => v.SolutionValue() > 0.5).ToArray();
        var used = y.Select(v => v.SolutionValue() > 0.5).ToArray();
        var (pipes, _) = model.Size(connected, used);
        var value = objective.Value() + constant;
        var bound = objective.BestBound() + constant;
        return new NetworkDesign("exact", status == Solver.ResultStatus.OPTIMAL ? "optimal" : "time limit", connected, pipes,
            value, Math.Min(bound, value), clock.Elapsed.TotalSeconds, [$"solver {solver.SolverVersion()}"]);
    }

    /// <summary>The LP relaxation's optimum: a proven lower bound on any design's cost.</summary>
    private static double LpBound(NetworkProblem problem, NetworkCostModel model)
    {
        using var solver = Solver.CreateSolver("GLOP");
        if (solver is null) return double.NegativeInfinity;
        var (_, _, _, objective, constant) = Build(problem, model, solver, integer: false);
        solver.SuppressOutput();
        solver.SetTimeLimit(30_000);
        return solver.Solve() == Solver.ResultStatus.OPTIMAL ? objective.Value() + constant : double.NegativeInfinity;
    }

    /// <summary>Fixed-charge flow: x_b connect, y_e pipe on edge, s source used, f two directed flows per edge (kW).
    /// Every connected building's peak flows from the source to its node; an edge carries flow only with a pipe; a
    /// building connects only when its own street has a pipe.</summary>
    private static (Variable[] X, Variable[] Y, Variable S, Objective Objective, double Constant) Build(NetworkProblem p, NetworkCostModel model, Solver solver, bool integer)
    {
        var nb = p.Buildings.Length;
        var ne = p.Edges.Length;
        double totalPeak = 0;
        foreach (var b in p.Buildings) totalPeak += b.PeakKW;
        var capacity = Math.Min(totalPeak, p.Source.CapacityKW);
        var x = new Variable[nb];
        var y = new Variable[ne];
        var fwd = new Variable[ne];
        var back = new Variable[ne];
        for (var i = 0; i < nb; i++)
        {
            var (lo, hi) = p.Buildings[i].Rule switch { ConnectionRule.MustConnect => (1.0, 1.0), ConnectionRule.MustNotConnect => (0.0, 0.0), _ => (0.0, 1.0) };
            x[i] = integer ? solver.MakeIntVar(lo, hi, $"x{i}") : solver.MakeNumVar(lo, hi, $"x{i}");
        }
        var s = integer ? solver.MakeIntVar(0, 1, "s") : solver.MakeNumVar(0, 1, "s");
        for (var e = 0; e < ne; e++)
        {
            y[e] = integer ? solver.MakeIntVar(0, 1, $"y{e}") : solver.MakeNumVar(0, 1, $"y{e}");
            fwd[e] = solver.MakeNumVar(0, double.PositiveInfinity, $"f{e}");
            back[e] = solver.MakeNumVar(0, double.PositiveInfinity, $"g{e}");
            var cap = solver.MakeConstraint(double.NegativeInfinity, 0);
            cap.SetCoefficient(fwd[e], 1);
            cap.SetCoefficient(back[e], 1);
            cap.SetCoefficient(y[e], -capacity);
        }
        var balance = new Constraint[p.NodeCount];
        for (var v = 0; v < p.NodeCount; v++)
            balance[v] = v == p.Source.Node ? solver.MakeConstraint(-capacity, 0) : solver.MakeConstraint(0, 0);
        for (var e = 0; e < ne; e++)
        {
            var edge = p.Edges[e];
            // inflow - outflow - demand = 0 at every node but the source (where it is >= -capacity).
            balance[edge.To].SetCoefficient(fwd[e], balance[edge.To].GetCoefficient(fwd[e]) + 1);
            balance[edge.From].SetCoefficient(fwd[e], balance[edge.From].GetCoefficient(fwd[e]) - 1);
            balance[edge.From].SetCoefficient(back[e], balance[edge.From].GetCoefficient(back[e]) + 1);
            balance[edge.To].SetCoefficient(back[e], balance[edge.To].GetCoefficient(back[e]) - 1);
        }
        for (var i = 0; i < nb; i++)
        {
            var b = p.Buildings[i];
            balance[b.Node].SetCoefficient(x[i], balance[b.Node].GetCoefficient(x[i]) - b.PeakKW);
            var onStreet = solver.MakeConstraint(double.NegativeInfinity, 0);
            onStreet.SetCoefficient(x[i], 1);
            onStreet.SetCoefficient(y[b.Edge], -1);
            var source = solver.MakeConstraint(double.NegativeInfinity, 0);
            source.SetCoefficient(x[i], 1);
            source.SetCoefficient(s, -1);
        }
        if (p.MinConnectionRate > 0)
        {
            var rate = solver.MakeConstraint(Math.Ceiling(p.MinConnectionRate * nb - 1e-9), double.PositiveInfinity);
            foreach (var v in x) rate.SetCoefficient(v, 1);
        }
        var objective = solver.Objective();
        double constant = 0;
        for (var i = 0; i < nb; i++)
        {
            constant += p.Buildings[i].IndividualCostEurPerYear;
            objective.SetCoefficient(x[i], -model.Saving(p.Buildings[i]));
        }
        for (var e = 0; e < ne; e++)
        {
            objective.SetCoefficient(y[e], model.EdgeFixed(p.Edges[e]));
            objective.SetCoefficient(fwd[e], model.EdgePerKW(p.Edges[e]));
            objective.SetCoefficient(back[e], model.EdgePerKW(p.Edges[e]));
        }
        objective.SetCoefficient(s, p.Source.FixedCostEurPerYear);
        objective.SetMinimization();
        return (x, y, s, objective, constant);
    }

    private static void Validate(NetworkProblem p)
    {
        if (p.Source.Node < 0 || p.Source.Node >= p.NodeCount) throw new ArgumentException($"heat source node {p.Source.Node} is not in the street graph");
        for (var e = 0; e < p.Edges.Length; e++)
        {
            var edge = p.Edges[e];
            if (edge.From < 0 || edge.From >= p.NodeCount || edge.To < 0 || edge.To >= p.NodeCount) throw new ArgumentException($"edge {e} refers to a node outside the graph");
            if (!(edge.LengthM >= 0) || !(edge.TrenchCostEurPerM >= 0)) throw new ArgumentException($"edge {e} has a negative or missing length or trench cost");
        }
        foreach (var b in p.Buildings)
        {
            if (b.Edge < 0 || b.Edge >= p.Edges.Length) throw new ArgumentException($"building {b.Id} refers to edge {b.Edge}, not in the graph");
            var e = p.Edges[b.Edge];
            if (b.Node != e.From && b.Node != e.To) throw new ArgumentException($"building {b.Id}: node {b.Node} is not an end of its edge {b.Edge}");
            if (!(b.PeakKW >= 0) || !(b.HeatDemandMWhPerYear >= 0)) throw new ArgumentException($"building {b.Id} has a negative or missing demand");
        }
    }
}
