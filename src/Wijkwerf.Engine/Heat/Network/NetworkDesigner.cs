using System.Diagnostics;
using Google.OrTools.LinearSolver;

namespace Wijkwerf.Engine.Heat.Network;

/// <summary>Decides which buildings connect to a heat network and which streets carry pipe, minimising the annual cost
/// of the district (network for those who connect, their individual alternative for the others).
/// <list type="bullet">
/// <item><b>Fast</b>: the shortest-path tree from the source over the street graph, then an exact dynamic programme on
/// that tree (keep a branch when what its buildings save exceeds what its pipes cost), two passes so pipe cost follows the
/// peak it carries, a greedy extension with streets that pay for themselves and a pruning of leaf streets that do not,
/// capacity and minimum-connection-rate repairs, then a local improvement pass on the true objective (take out or add
/// one street at a time, drop or add single houses). The DP is linear after Dijkstra; the local pass evaluates the
/// design once per street per round (O(streets × (streets log nodes + buildings)), a few rounds; a breadth-first search
/// instead of Dijkstra while the network is a tree). Its bound is the street bound or the Steiner dual-ascent bound,
/// and the LP relaxation only when the source's capacity or a minimum connection rate can bind.</item>
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
        // Two combinatorial bounds, both from one shortest-path search: the street bound and the (stronger) Steiner dual
        // ascent. They drop the source's capacity and the minimum connection rate; the LP relaxation keeps both, so it is
        // solved only when one of them can bind and the gap is still above the gap exact mode stops at.
        var street = StreetBound(problem, model);
        var ascent = Network.SteinerBound.Compute(problem, model);
        var steiner = OrSourceUnused(problem, model, ascent.WithSource);
        var bound = Math.Max(street, steiner);
        // Three trunk structures: the shortest-path tree (short routes, low flow cost), the minimum spanning tree (least
        // trench) and the shortest-path tree on the streets the Steiner dual has paid for (where it pays to run a trunk
        // to scattered houses that must connect); each gets the exact tree DP, the greedy steps and the local pass; the
        // cheapest design wins.
        var best = Design(problem, model, Tree(problem, model, shortestPath: true));
        foreach (var tree in new[] { Tree(problem, model, shortestPath: false), Tree(problem, model, shortestPath: true, ascent.ReducedEntry) })
        {
            var other = Design(problem, model, tree);
            if (other.Objective < best.Objective) best = other;
        }
        var notes = best.Notes;
        var constrained = problem.MinConnectionRate > 0
                          || problem.Buildings.Where(b => b.Rule != ConnectionRule.MustNotConnect).Sum(b => b.PeakKW) > problem.Source.CapacityKW;
        if (constrained && best.Objective - bound > LpSkipGap * Math.Abs(best.Objective))
        {
            bound = Math.Max(bound, LpBound(problem, model));
            notes = [.. notes, "bound: LP relaxation (capacity or minimum rate)"];
        }
        else notes = [.. notes, steiner >= street ? "bound: Steiner dual ascent" : "bound: street bound"];
        return new NetworkDesign("fast", "feasible", best.Connected, best.Pipes, best.Objective, Math.Min(bound, best.Objective), clock.Elapsed.TotalSeconds, notes);
    }

    /// <summary>A spanning tree of the street graph from the source: parent edge and settle rank of every node
    /// (rank -1: not reachable).</summary>
    private sealed record SpanningTree(int[] ParentEdge, int[] Rank, List<int> Order);

    /// <param name="entry">Instead of a street's fixed cost, its cost when entered from its From (<c>[2e]</c>) or To end
    /// (<c>[2e + 1]</c>), plus a thousandth of its fixed cost so that ties go to the shorter route.</param>
    private static SpanningTree Tree(NetworkProblem problem, NetworkCostModel model, bool shortestPath, double[]? entry = null)
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
                var weight = entry is null ? model.EdgeFixed(edges[e]) : entry[edges[e].From == v ? 2 * e : 2 * e + 1] + 1e-3 * model.EdgeFixed(edges[e]);
                var k = (shortestPath ? d : 0) + weight + 1e-9;
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
        new LocalSearch(problem, model, saving, required).Improve(connected, used);
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
        var onEdge = model.BuildingsOnStreets();
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
            var members = onEdge[e];
            if (members.Count == 0) return double.NegativeInfinity;
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
            foreach (var i in onEdge[e])
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
        var onEdge = model.BuildingsOnStreets();
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
                var members = onEdge[e];
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

    /// <summary>Local improvement on the true objective (flows, pipe cost per kW, source cost): for every street of the
    /// network, try taking it out (with whatever it alone fed: a leaf branch, or only its own houses when it lies on a
    /// loop) and try keeping the pipe but leaving its houses individual; for every street next to the network, try adding
    /// it with its houses that save; then drop or add single houses whose saving does not or does pay for carrying their
    /// peak from the source. Each move is kept only when the district's annual cost falls and the rules (must / must not
    /// connect, source capacity, minimum connection rate) still hold. Repeats until no move helps (at most 12 rounds).
    /// Moves are tried best estimated gain first; on large problems only the promising ones (see <c>_exhaustive</c>).
    /// Catches what the tree DP decides on the wrong tree and what the greedy steps decide one street at a time.</summary>
    private sealed class LocalSearch
    {
        private readonly NetworkProblem _p;
        private readonly NetworkCostModel _model;
        private readonly double[] _saving;
        private readonly int _required;
        /// <summary>Small problems (every pilot district) try every street each round; larger ones only the streets the
        /// flow-tree estimate points at (a branch or a street's houses that do not pay, a neighbouring street that may).</summary>
        private readonly bool _exhaustive;
        /// <summary>The street graph's adjacency, flat: the streets at node v are <c>_around[_aroundStart[v].._aroundStart[v + 1]]</c>.</summary>
        private readonly (int Edge, int Other)[] _around;
        private readonly int[] _aroundStart;
        private readonly List<int>[] _onEdge;
        private readonly double[] _fixed, _perKW, _connectionCost;
        // Buffers of one evaluation.
        private readonly double[] _dist, _peak;
        private readonly int[] _parent;
        private readonly bool[] _done;
        private readonly List<int> _order;
        private readonly double[] _length;
        private readonly PriorityQueue<int, double> _heap = new();
        private readonly Stack<int> _stack = new();
        private readonly int[] _degree, _connectedOn;

        public LocalSearch(NetworkProblem p, NetworkCostModel model, double[] saving, int required)
        {
            _p = p;
            _model = model;
            _saving = saving;
            _required = required;
            _exhaustive = (double)p.Edges.Length * (p.Buildings.Length + p.Edges.Length) <= 1e6;
            var adjacency = model.Adjacency();
            _aroundStart = new int[p.NodeCount + 1];
            for (var v = 0; v < p.NodeCount; v++) _aroundStart[v + 1] = _aroundStart[v] + adjacency[v].Count;
            _around = adjacency.SelectMany(a => a).ToArray();
            _onEdge = model.BuildingsOnStreets();
            _fixed = p.Edges.Select(e => model.EdgeFixed(e)).ToArray();
            _perKW = p.Edges.Select(e => model.EdgePerKW(e)).ToArray();
            _connectionCost = p.Buildings.Select(b => model.ConnectionCost(b)).ToArray();
            _dist = new double[p.NodeCount];
            _peak = new double[p.NodeCount];
            _parent = new int[p.NodeCount];
            _done = new bool[p.NodeCount];
            _order = new List<int>(p.NodeCount);
            _length = new double[p.NodeCount];
            _degree = new int[p.NodeCount];
            _connectedOn = new int[p.Edges.Length];
        }

        public void Improve(bool[] connected, bool[] used)
        {
            if (!connected.Any(c => c)) return;
            var current = Cost(connected, used);
            var tryConnected = new bool[connected.Length];
            var tryUsed = new bool[used.Length];
            for (var round = 0; round < 12; round++)
            {
                var improved = false;
                bool Attempt(Action<bool[], bool[]> move)
                {
                    Array.Copy(connected, tryConnected, connected.Length);
                    Array.Copy(used, tryUsed, used.Length);
                    move(tryConnected, tryUsed);
                    Cleanup(tryConnected, tryUsed);
                    if (!Allowed(tryConnected)) return false;
                    var cost = Cost(tryConnected, tryUsed);
                    if (cost >= current - 1e-6) return false;
                    Array.Copy(tryConnected, connected, connected.Length);
                    Array.Copy(tryUsed, used, used.Length);
                    current = cost;
                    return improved = true;
                }
                // Estimates from the current design's flow tree pick the moves worth an exact check.
                Cost(connected, used);
                var moves = new List<(double Gain, int Edge, int Kind)>(); // kind 0: take the street out, 1: keep the pipe without its houses, 2: add the street
                var own = new double[used.Length];       // what a piped street's connected houses are worth, net of carrying their peak
                var branch = new double[_p.NodeCount];   // what the tree branch below a node is worth, its pipes included
                var inTree = new bool[used.Length];
                for (var e = 0; e < used.Length; e++)
                {
                    if (!used[e]) continue;
                    foreach (var i in _onEdge[e])
                        if (connected[i]) own[e] += _model.Saving(_p.Buildings[i]) - PerKWTo(_p.Buildings[i].Node) * _p.Buildings[i].PeakKW;
                }
                for (var k = _order.Count - 1; k > 0; k--)
                {
                    var v = _order[k];
                    var e = _parent[v];
                    inTree[e] = true;
                    branch[v] += own[e] - _fixed[e];
                    var edge = _p.Edges[e];
                    branch[edge.From == v ? edge.To : edge.From] += branch[v];
                }
                for (var k = 1; k < _order.Count; k++)
                {
                    var v = _order[k];
                    var e = _parent[v];
                    // Taking the street out drops the branch below it: worth trying when the branch does not pay (or barely).
                    if (_exhaustive || branch[v] < 0.1 * _fixed[e]) moves.Add((-branch[v], e, 0));
                }
                for (var e = 0; e < used.Length; e++)
                {
                    if (used[e])
                    {
                        if (!inTree[e]) moves.Add((_fixed[e] - own[e], e, 0)); // a loop: only its own houses depend on it
                        if ((_exhaustive || own[e] < 0) && _onEdge[e].Any(i => connected[i])) moves.Add((-own[e], e, 1));
                    }
                    else if (_onEdge[e].Any(i => _saving[i] > 0) && Touches(e, used))
                    {
                        var edge = _p.Edges[e];
                        var near = Math.Min(PerKWTo(edge.From), PerKWTo(edge.To));
                        double gain = -_fixed[e];
                        foreach (var i in _onEdge[e])
                        {
                            if (!(_saving[i] > 0)) continue;
                            var b = _p.Buildings[i];
                            gain += _saving[i] - Math.Min(PerKWTo(b.Node), near + _perKW[e]) * b.PeakKW;
                        }
                        if (_exhaustive || gain > -0.1 * _fixed[e]) moves.Add((gain, e, 2));
                    }
                }
                foreach (var (_, e, kind) in moves.OrderByDescending(m => m.Gain))
                {
                    var edge = e;
                    switch (kind)
                    {
                        case 0 when used[e]: Attempt((c, u) => u[edge] = false); break;
                        case 1 when used[e]: Attempt((c, u) => { foreach (var i in _onEdge[edge]) c[i] = false; }); break;
                        case 2 when !used[e]:
                            Attempt((c, u) =>
                            {
                                u[edge] = true;
                                foreach (var i in _onEdge[edge]) if (_saving[i] > 0) c[i] = true;
                            });
                            break;
                    }
                }
                // Single houses: keep those whose saving pays for their peak's way from the source.
                Cost(connected, used); // fills _dist with € per kW to each node over the network
                Attempt((c, u) =>
                {
                    for (var i = 0; i < c.Length; i++)
                    {
                        var b = _p.Buildings[i];
                        if (!u[b.Edge] || b.Rule != ConnectionRule.Free || !(_saving[i] > 0) && !c[i]) continue;
                        var reach = PerKWTo(b.Node);
                        if (double.IsPositiveInfinity(reach)) continue;
                        c[i] = _model.Saving(b) - reach * b.PeakKW > 0;
                    }
                });
                if (!improved) break;
            }
        }

        private ReadOnlySpan<(int Edge, int Other)> Around(int v) => _around.AsSpan(_aroundStart[v], _aroundStart[v + 1] - _aroundStart[v]);

        private bool Touches(int e, bool[] used)
        {
            var edge = _p.Edges[e];
            return Reached(edge.From) || Reached(edge.To);
            bool Reached(int v)
            {
                if (v == _p.Source.Node) return true;
                foreach (var (other, _) in Around(v)) if (used[other]) return true;
                return false;
            }
        }

        /// <summary>Drops used edges the source no longer reaches and disconnects buildings whose street has no pipe.</summary>
        private void Cleanup(bool[] connected, bool[] used)
        {
            Array.Clear(_done);
            _stack.Clear();
            _stack.Push(_p.Source.Node);
            _done[_p.Source.Node] = true;
            while (_stack.Count > 0)
            {
                var v = _stack.Pop();
                foreach (var (e, w) in Around(v))
                    if (used[e] && !_done[w]) { _done[w] = true; _stack.Push(w); }
            }
            Array.Clear(_degree);
            Array.Clear(_connectedOn);
            for (var e = 0; e < used.Length; e++)
            {
                if (!used[e]) continue;
                if (!_done[_p.Edges[e].From] && !_done[_p.Edges[e].To]) { used[e] = false; continue; }
                _degree[_p.Edges[e].From]++;
                _degree[_p.Edges[e].To]++;
            }
            for (var i = 0; i < connected.Length; i++)
            {
                if (!connected[i]) continue;
                if (!used[_p.Buildings[i].Edge] || !_done[_p.Buildings[i].Node]) connected[i] = false;
                else _connectedOn[_p.Buildings[i].Edge]++;
            }
            // A street piped for nobody that leads nowhere is not needed; taking it out may leave the street behind it
            // leading nowhere.
            _stack.Clear();
            for (var v = 0; v < _degree.Length; v++)
                if (_degree[v] == 1 && v != _p.Source.Node) _stack.Push(v);
            while (_stack.Count > 0)
            {
                var v = _stack.Pop();
                if (_degree[v] != 1) continue;
                foreach (var (e, w) in Around(v))
                {
                    if (!used[e]) continue;
                    if (_connectedOn[e] > 0) break;
                    used[e] = false;
                    _degree[v]--;
                    _degree[w]--;
                    if (_degree[w] == 1 && w != _p.Source.Node) _stack.Push(w);
                    break;
                }
            }
        }

        private bool Allowed(bool[] connected)
        {
            double peak = 0;
            var count = 0;
            for (var i = 0; i < connected.Length; i++)
            {
                var rule = _p.Buildings[i].Rule;
                if (connected[i])
                {
                    if (rule == ConnectionRule.MustNotConnect) return false;
                    peak += _p.Buildings[i].PeakKW;
                    count++;
                }
                else if (rule == ConnectionRule.MustConnect) return false;
            }
            return peak <= _p.Source.CapacityKW + 1e-9 && count >= _required;
        }

        private double PerKWTo(int node) => _done[node] ? _dist[node] : double.PositiveInfinity;

        /// <summary>When the used streets reached from the source form a tree, every node has one route: a breadth-first
        /// search finds it without a priority queue. False (and nothing to rely on) when they hold a loop.</summary>
        private bool TreeRoutes(bool[] used)
        {
            ResetRoutes();
            _order.Add(_p.Source.Node);
            _done[_p.Source.Node] = true;
            _dist[_p.Source.Node] = 0;
            for (var k = 0; k < _order.Count; k++)
            {
                var v = _order[k];
                foreach (var (e, w) in Around(v))
                {
                    if (!used[e] || e == _parent[v]) continue;
                    if (_done[w]) return false;
                    _done[w] = true;
                    _parent[w] = e;
                    _dist[w] = _dist[v] + _perKW[e];
                    _order.Add(w);
                }
            }
            return true;
        }

        private void ResetRoutes()
        {
            Array.Fill(_dist, double.PositiveInfinity);
            Array.Fill(_parent, -1);
            Array.Clear(_done);
            _order.Clear();
        }

        /// <summary>Routes along the shortest way by length over the used streets (Dijkstra), as <see cref="NetworkCostModel.Size"/>.</summary>
        private void ShortestRoutes(bool[] used)
        {
            ResetRoutes();
            var length = _length;
            Array.Fill(length, double.PositiveInfinity);
            var heap = _heap;
            heap.Clear();
            length[_p.Source.Node] = 0;
            _dist[_p.Source.Node] = 0;
            heap.Enqueue(_p.Source.Node, 0);
            while (heap.TryDequeue(out var v, out var d))
            {
                if (_done[v]) continue;
                _done[v] = true;
                _order.Add(v);
                foreach (var (e, w) in Around(v))
                {
                    if (!used[e]) continue;
                    var nd = d + _p.Edges[e].LengthM;
                    if (nd < length[w]) { length[w] = nd; _parent[w] = e; _dist[w] = _dist[v] + _perKW[e]; heap.Enqueue(w, nd); }
                }
            }
        }

        /// <summary>The annual cost of the district for this design, as <see cref="NetworkCostModel.Evaluate"/> with the
        /// flows of <see cref="NetworkCostModel.Size"/> (shortest route by length over the used streets). Leaves the
        /// € per kW from the source to each node in <c>_dist</c>.</summary>
        private double Cost(bool[] connected, bool[] used)
        {
            Array.Clear(_peak);
            if (!TreeRoutes(used)) ShortestRoutes(used);
            double total = 0;
            var any = false;
            for (var i = 0; i < connected.Length; i++)
            {
                var b = _p.Buildings[i];
                if (connected[i]) { total += _connectionCost[i]; _peak[b.Node] += b.PeakKW; any = true; }
                else total += b.IndividualCostEurPerYear;
            }
            for (var e = 0; e < used.Length; e++) if (used[e]) total += _fixed[e];
            for (var k = _order.Count - 1; k > 0; k--)
            {
                var v = _order[k];
                var e = _parent[v];
                total += _perKW[e] * _peak[v];
                var edge = _p.Edges[e];
                _peak[edge.From == v ? edge.To : edge.From] += _peak[v];
            }
            if (any) total += _p.Source.FixedCostEurPerYear;
            return total;
        }
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
        var highs = Solver.CreateSolver("HIGHS");
        using var solver = highs ?? Solver.CreateSolver("SCIP") ?? Solver.CreateSolver("CBC")
                           ?? throw new InvalidOperationException("no MILP solver available in OR-Tools");
        var (x, y, _, objective, constant) = Build(problem, model, solver, integer: true);
        Quiet(solver, highs is not null);
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

    /// <summary>No solver output on the process's stdout (the web app's log): OR-Tools' SuppressOutput does not stop
    /// HiGHS from printing its banner on every solve; HiGHS's own <c>output_flag</c> does. OR-Tools 9.15 reports false
    /// for HiGHS options even when it applies them (checked: the banner goes, the solve still ends optimal; an unknown
    /// option makes the solve fail instead), so the return value is not used.</summary>
    private static void Quiet(Solver solver, bool highs)
    {
        solver.SuppressOutput();
        if (highs) solver.SetSolverSpecificParametersAsString("output_flag = false\n");
    }

    /// <summary>Fast mode skips the LP when the street bound already proves its design within this relative gap.</summary>
    public const double LpSkipGap = 0.005;

    /// <summary>A proven lower bound computed from the street graph alone. Relax the fixed-charge flow problem so that a
    /// pipe's fixed cost is charged only on the streets whose own houses connect (a trunk street without connections
    /// pays only its cost per kW carried) and the source's capacity and the minimum connection rate are dropped. What is
    /// left splits per street: carrying a house's peak from the source costs at least its shortest path in cost per kW,
    /// so a street's houses are worth connecting at most Σ max(0, saving − path cost × peak) − the street's fixed pipe
    /// cost. With the source used the bound is the individual cost of every building + the source's fixed cost − the sum
    /// of those street values; with it unused nothing connects. The LP relaxation is at least as strong; this one takes
    /// a Dijkstra search instead of an LP solve.</summary>
    public static double StreetBound(NetworkProblem problem) => StreetBound(problem, new NetworkCostModel(problem));

    /// <summary>The Steiner dual-ascent bound (see <see cref="Network.SteinerBound"/>), with the source used or unused.</summary>
    public static double SteinerBound(NetworkProblem problem)
    {
        var model = new NetworkCostModel(problem);
        return OrSourceUnused(problem, model, Network.SteinerBound.Compute(problem, model).WithSource);
    }

    private static double StreetBound(NetworkProblem problem, NetworkCostModel model)
    {
        var (prize, forced, forcedValue) = model.Prizes();
        var withSource = model.AllIndividual() + problem.Source.FixedCostEurPerYear - forcedValue;
        for (var e = 0; e < problem.Edges.Length; e++)
        {
            var street = prize[e] - model.EdgeFixed(problem.Edges[e]);
            withSource -= forced[e] ? street : Math.Max(0, street);
        }
        return OrSourceUnused(problem, model, withSource);
    }

    /// <summary>A bound with the source used, or the cost with it unused (every building individual) when that is
    /// smaller and allowed: no building must connect and no minimum connection rate is set.</summary>
    private static double OrSourceUnused(NetworkProblem problem, NetworkCostModel model, double withSource) =>
        problem.MinConnectionRate * problem.Buildings.Length > 1e-9 || problem.Buildings.Any(b => b.Rule == ConnectionRule.MustConnect)
            ? withSource
            : Math.Min(model.AllIndividual(), withSource);

    /// <summary>A proven lower bound on any design's cost, from the LP relaxation split on the source decision: with
    /// the source unused nothing connects and the cost is every building's individual alternative (infeasible when a
    /// building must connect or a minimum rate is set); with it used, the LP relaxation of the rest plus the source's fixed
    /// cost. The smaller of the two is at least as strong as the plain relaxation (where the source may be used
    /// fractionally) and the LP is smaller: no "connect only with the source" row per building. HiGHS (dual simplex)
    /// solves it 3–7× faster than GLOP on the 11,000- and 20,800-building grids of the scaling benchmark.</summary>
    private static double LpBound(NetworkProblem problem, NetworkCostModel model)
    {
        var highs = Solver.CreateSolver("HIGHS");
        using var solver = highs ?? Solver.CreateSolver("GLOP");
        if (solver is null) return double.NegativeInfinity;
        var (_, _, _, objective, constant) = Build(problem, model, solver, integer: false, sourceOpen: true, connectivityRows: true);
        Quiet(solver, highs is not null);
        solver.SetTimeLimit(30_000);
        var withSource = solver.Solve() == Solver.ResultStatus.OPTIMAL ? objective.Value() + constant : double.NegativeInfinity;
        return OrSourceUnused(problem, model, withSource);
    }

    /// <summary>Fixed-charge flow: x_b connect, y_e pipe on edge, s source used, f two directed flows per edge (kW).
    /// Every connected building's peak flows from the source to its node; an edge carries flow only with a pipe; a
    /// building connects only when its own street has a pipe.</summary>
    private static (Variable[] X, Variable[] Y, Variable? S, Objective Objective, double Constant) Build(NetworkProblem p, NetworkCostModel model, Solver solver, bool integer,
        bool sourceOpen = false, bool connectivityRows = false)
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
        // With the source taken as open (the bound's second branch) there is no source variable and no row per building.
        var s = sourceOpen ? null : integer ? solver.MakeIntVar(0, 1, "s") : solver.MakeNumVar(0, 1, "s");
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
        // inflow - outflow - demand = 0 at every node but the source (where it is >= -capacity). Each coefficient is
        // set once (a loop edge's flows cancel and are left out): every call crosses into the native solver.
        for (var e = 0; e < ne; e++)
        {
            var edge = p.Edges[e];
            if (edge.From == edge.To) continue;
            balance[edge.To].SetCoefficient(fwd[e], 1);
            balance[edge.From].SetCoefficient(fwd[e], -1);
            balance[edge.From].SetCoefficient(back[e], 1);
            balance[edge.To].SetCoefficient(back[e], -1);
        }
        for (var i = 0; i < nb; i++)
        {
            var b = p.Buildings[i];
            balance[b.Node].SetCoefficient(x[i], -b.PeakKW);
            var onStreet = solver.MakeConstraint(double.NegativeInfinity, 0);
            onStreet.SetCoefficient(x[i], 1);
            onStreet.SetCoefficient(y[b.Edge], -1);
            if (s is null) continue;
            var source = solver.MakeConstraint(double.NegativeInfinity, 0);
            source.SetCoefficient(x[i], 1);
            source.SetCoefficient(s, -1);
        }
        if (connectivityRows)
        {
            // A piped street must be reached by pipe: unless it touches the source, a pipe on street (v, w) needs a pipe
            // on another street at v or at w. Valid for every design without idle pipes (an idle pipe only adds cost),
            // so the optimum is kept; in the relaxation it stops trunk streets from being piped for a fraction.
            var incident = new List<int>[p.NodeCount];
            for (var e = 0; e < ne; e++)
            {
                (incident[p.Edges[e].From] ??= []).Add(e);
                (incident[p.Edges[e].To] ??= []).Add(e);
            }
            for (var e = 0; e < ne; e++)
            {
                var (a, b) = (p.Edges[e].From, p.Edges[e].To);
                if (a == p.Source.Node || b == p.Source.Node || a == b) continue;
                var reach = solver.MakeConstraint(0, double.PositiveInfinity);
                reach.SetCoefficient(y[e], -1);
                foreach (var other in incident[a].Concat(incident[b]))
                {
                    var o = p.Edges[other];
                    if ((o.From == a && o.To == b) || (o.From == b && o.To == a)) continue;
                    reach.SetCoefficient(y[other], 1);
                }
            }
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
        if (s is null) constant += p.Source.FixedCostEurPerYear;
        else objective.SetCoefficient(s, p.Source.FixedCostEurPerYear);
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
