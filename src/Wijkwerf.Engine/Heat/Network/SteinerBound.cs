namespace Wijkwerf.Engine.Heat.Network;

/// <summary>A proven lower bound from a Steiner-tree view of the design problem, computed by dual ascent (Wong 1984, as
/// used for prize-collecting Steiner trees by Ljubić et al. 2006) in a few milliseconds, without an LP solver.
/// <para>The relaxation. Carrying a house's peak from the source costs at least its shortest path in € per kW, so a
/// street's houses are worth at most their <i>prize</i>: Σ max(0, saving − path cost × peak). The source's capacity and the
/// minimum connection rate are dropped. What is left is a rooted prize-collecting Steiner problem on the streets: pick a
/// connected set of piped streets that touches the source, pay each street's fixed pipe cost, collect its prize; a
/// street whose house must connect must be piped.</para>
/// <para>The exact reformulation as a Steiner arborescence problem. Each street (u, v) gets a middle node m with arcs
/// u→m and v→m costing the street's fixed cost and m→u, m→v costing nothing (entering the street pays for it, and it
/// leads on to its other end for free), and, when it has a prize, a terminal t with m→t free and source→t costing the
/// prize (leaving the street out forfeits the prize; no such arc when a house on it must connect). Every design maps to
/// an arborescence reaching every terminal at its cost plus the prizes it forfeits, so
/// cost ≥ every building individual + source cost − forced houses' value − Σ prizes + min arborescence.</para>
/// <para>Dual ascent gives a lower bound on that minimum: for a terminal not yet reached from the source by arcs of zero
/// reduced cost, take the set W of nodes that reach it by such arcs, raise the dual of the cut into W by the smallest
/// reduced cost of an arc entering W, lower those arcs' reduced costs by it, add it to the bound; repeat, smallest W
/// first, until every terminal is reached. The cut dual is feasible for the directed-cut LP, which is far stronger
/// than the big-M flow LP: trunk streets are paid for by the streets behind them.</para></summary>
internal static class SteinerBound
{
    /// <summary>The bound with the source used, and what is left of each street's cost after the ascent when it is
    /// entered from its <c>From</c> end (<c>[2e]</c>) or its <c>To</c> end (<c>[2e + 1]</c>): zero on the streets the
    /// dual has paid for, which is where a good network runs.</summary>
    public sealed record Result(double WithSource, double[] ReducedEntry);

    public static Result Compute(NetworkProblem problem, NetworkCostModel model)
    {
        var edges = problem.Edges;
        var n = problem.NodeCount;
        var ne = edges.Length;
        var (prize, forced, forcedValue) = model.Prizes();

        // Nodes: streets' end nodes [0, n), middle nodes [n, n + ne), terminals after. Arcs are kept by head.
        var terminals = new List<int>();
        for (var e = 0; e < ne; e++)
            if (prize[e] > 0 || forced[e]) terminals.Add(e);
        var nodes = n + ne + terminals.Count;
        var tail = new List<int>(4 * ne + 2 * terminals.Count);
        var head = new List<int>(tail.Capacity);
        var cost = new List<double>(tail.Capacity);
        void Arc(int from, int to, double c) { tail.Add(from); head.Add(to); cost.Add(c); }
        double totalPrize = 0;
        var entry = new int[2 * ne];
        for (var e = 0; e < ne; e++)
        {
            var (u, v) = (edges[e].From, edges[e].To);
            var c = model.EdgeFixed(edges[e]);
            entry[2 * e] = entry[2 * e + 1] = tail.Count;
            Arc(u, n + e, c);
            Arc(n + e, u, 0);
            if (v == u) continue;
            entry[2 * e + 1] = tail.Count;
            Arc(v, n + e, c);
            Arc(n + e, v, 0);
        }
        for (var k = 0; k < terminals.Count; k++)
        {
            var e = terminals[k];
            Arc(n + e, n + ne + k, 0);
            totalPrize += prize[e];
            if (!forced[e]) Arc(problem.Source.Node, n + ne + k, prize[e]);
        }
        var reduced = cost.ToArray();
        var sap = DualAscent(nodes, problem.Source.Node, tail, head, reduced, Enumerable.Range(n + ne, terminals.Count));
        var withSource = model.AllIndividual() + problem.Source.FixedCostEurPerYear - forcedValue - totalPrize + sap;
        return new Result(withSource, entry.Select(a => reduced[a]).ToArray());
    }

    /// <summary>Lower bound on the cheapest arborescence from <paramref name="root"/> reaching every terminal, by dual
    /// ascent; <paramref name="reduced"/> starts as the arc costs and ends as the reduced costs. +∞ when a terminal
    /// cannot be reached at all.</summary>
    private static double DualAscent(int nodes, int root, List<int> tail, List<int> head, double[] reduced, IEnumerable<int> terminals)
    {
        // Incoming arcs per node, compressed.
        var start = new int[nodes + 1];
        foreach (var h in head) start[h + 1]++;
        for (var v = 0; v < nodes; v++) start[v + 1] += start[v];
        var incoming = new int[head.Count];
        var fill = (int[])start.Clone();
        for (var a = 0; a < head.Count; a++) incoming[fill[head[a]]++] = a;
        var arcCost = reduced.ToArray();

        var stamp = new int[nodes];
        var round = 0;
        var members = new List<int>();
        double bound = 0;
        var queue = new PriorityQueue<int, int>();
        foreach (var t in terminals) queue.Enqueue(t, 1);
        while (queue.TryDequeue(out var t, out var size))
        {
            // W: every node that reaches t over arcs of zero reduced cost.
            round++;
            members.Clear();
            members.Add(t);
            stamp[t] = round;
            var reachesRoot = false;
            for (var i = 0; i < members.Count && !reachesRoot; i++)
            {
                var x = members[i];
                for (var j = start[x]; j < start[x + 1]; j++)
                {
                    var a = incoming[j];
                    var y = tail[a];
                    if (reduced[a] > 0 || stamp[y] == round) continue;
                    if (y == root) { reachesRoot = true; break; }
                    stamp[y] = round;
                    members.Add(y);
                }
            }
            if (reachesRoot) continue;
            if (members.Count > size) { queue.Enqueue(t, members.Count); continue; }
            var delta = double.PositiveInfinity;
            foreach (var x in members)
                for (var j = start[x]; j < start[x + 1]; j++)
                {
                    var a = incoming[j];
                    if (stamp[tail[a]] != round && reduced[a] < delta) delta = reduced[a];
                }
            if (double.IsPositiveInfinity(delta)) return double.PositiveInfinity;
            foreach (var x in members)
                for (var j = start[x]; j < start[x + 1]; j++)
                {
                    var a = incoming[j];
                    if (stamp[tail[a]] != round) reduced[a] = reduced[a] - delta <= 1e-9 * arcCost[a] ? 0 : reduced[a] - delta;
                }
            bound += delta;
            queue.Enqueue(t, members.Count);
        }
        return bound;
    }
}
