using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Heat.NetworkDesign;

/// <summary>A street segment as the network designer sees it: its end nodes, its length and the heat of the buildings linked to it.</summary>
public readonly record struct NetworkEdgeInput(int FromNode, int ToNode, double LengthM, double HeatDemandKWhPerYear, double PeakKW, double Connections);

/// <summary>The design of one edge. <see cref="Step"/> is −1 when the edge is not in the network, else the growth step that added it (0 first).</summary>
public record struct NetworkEdgeResult
{
    public bool Included;
    public int Step;
    /// <summary>Peak heat that flows through the edge: the downstream peaks × the diversity factor of the downstream connections, kW.</summary>
    public double DesignFlowKW;
    public double DownstreamConnections;
}

/// <summary>Totals of a designed network.</summary>
public readonly record struct NetworkDesignSummary(int Edges, double LengthM, double HeatDemandKWhPerYear, double Connections, int Steps)
{
    public double MWhPerMPerYear => LengthM > 0 ? HeatDemandKWhPerYear / 1000 / LengthM : 0;
}

/// <summary>
/// Heuristic heat-network routing (prize-collecting growth, not an optimum): start at the source node and repeatedly add the
/// shortest street path to the unconnected street whose path has the highest linear heat density (heat of the unbuilt streets on
/// the path / their length), as long as that density reaches <c>minMWhPerMPerYear</c> (default: the lower bound of the
/// "sufficient" band of density_bands.csv). Streets with little demand are still laid when they lead to dense ones and the path as a
/// whole passes. The growth order is a natural phasing order. A MILP (OR-Tools) can later replace this with the same inputs/outputs.
/// O(steps × E log V); meant for one district (10³–10⁴ edges).
/// </summary>
public static class HeatNetworkDesigner
{
    public static NetworkDesignSummary Design(int nodeCount, ReadOnlySpan<NetworkEdgeInput> edges, int sourceNode, HeatParameters parameters,
        Span<NetworkEdgeResult> result, double? minMWhPerMPerYear = null)
    {
        if ((uint)sourceNode >= (uint)nodeCount) throw new ArgumentOutOfRangeException(nameof(sourceNode), "source node is not in the graph");
        if (result.Length < edges.Length) throw new ArgumentException("result must hold one entry per edge", nameof(result));
        var threshold = minMWhPerMPerYear ?? parameters.DensityBandMinMWhPerM(Density.HeatDensityBand.Sufficient);

        // Adjacency lists (CSR) over nodes.
        var firstEdge = new int[nodeCount + 1];
        foreach (ref readonly var e in edges)
        {
            if ((uint)e.FromNode >= (uint)nodeCount || (uint)e.ToNode >= (uint)nodeCount) throw new ArgumentException("edge node outside the graph", nameof(edges));
            if (!(e.LengthM >= 0)) throw new ArgumentException("edge length must be zero or positive", nameof(edges));
            firstEdge[e.FromNode + 1]++;
            firstEdge[e.ToNode + 1]++;
        }
        for (var v = 0; v < nodeCount; v++) firstEdge[v + 1] += firstEdge[v];
        var incident = new int[firstEdge[nodeCount]];
        var fill = (int[])firstEdge.Clone();
        for (var i = 0; i < edges.Length; i++) { incident[fill[edges[i].FromNode]++] = i; incident[fill[edges[i].ToNode]++] = i; }

        for (var i = 0; i < edges.Length; i++) result[i] = new NetworkEdgeResult { Step = -1 };
        var inTree = new bool[nodeCount];
        inTree[sourceNode] = true;
        // Dijkstra over unbuilt edges from all tree nodes; path length and demand of unbuilt edges along the path.
        var distance = new double[nodeCount];
        var pathDemand = new double[nodeCount];
        var viaEdge = new int[nodeCount];
        var queue = new PriorityQueue<int, double>();
        var step = 0;
        while (true)
        {
            Array.Fill(distance, double.PositiveInfinity);
            queue.Clear();
            for (var v = 0; v < nodeCount; v++)
                if (inTree[v]) { distance[v] = 0; pathDemand[v] = 0; viaEdge[v] = -1; queue.Enqueue(v, 0); }
            while (queue.TryDequeue(out var v, out var d))
            {
                if (d > distance[v]) continue;
                for (var k = firstEdge[v]; k < firstEdge[v + 1]; k++)
                {
                    var ei = incident[k];
                    if (result[ei].Included) continue;
                    ref readonly var e = ref edges[ei];
                    var w = e.FromNode == v ? e.ToNode : e.FromNode;
                    var nd = d + e.LengthM;
                    if (nd < distance[w]) { distance[w] = nd; pathDemand[w] = pathDemand[v] + e.HeatDemandKWhPerYear; viaEdge[w] = ei; queue.Enqueue(w, nd); }
                }
            }
            // Best candidate: an unbuilt edge with demand, reached through its nearer end.
            int bestEdge = -1, bestEnd = -1;
            var bestDensity = double.NegativeInfinity;
            for (var i = 0; i < edges.Length; i++)
            {
                ref readonly var e = ref edges[i];
                if (result[i].Included || e.HeatDemandKWhPerYear <= 0) continue;
                var end = distance[e.FromNode] <= distance[e.ToNode] ? e.FromNode : e.ToNode;
                if (double.IsPositiveInfinity(distance[end])) continue;
                var length = distance[end] + e.LengthM;
                var demand = pathDemand[end] + e.HeatDemandKWhPerYear;
                var density = length > 0 ? demand / 1000 / length : double.PositiveInfinity;
                if (density > bestDensity) { bestDensity = density; bestEdge = i; bestEnd = end; }
            }
            if (bestEdge < 0 || bestDensity < threshold) break;
            Include(bestEdge, edges, result, inTree, step);
            // Walk back along the shortest path to the existing network (tree nodes have viaEdge −1).
            for (var v = bestEnd; viaEdge[v] >= 0;)
            {
                var ei = viaEdge[v];
                Include(ei, edges, result, inTree, step);
                v = edges[ei].FromNode == v ? edges[ei].ToNode : edges[ei].FromNode;
            }
            step++;
        }

        AssignDesignFlows(nodeCount, edges, sourceNode, parameters.Kentallen, result, firstEdge, incident);
        int count = 0;
        double lengthM = 0, heat = 0, connections = 0;
        for (var i = 0; i < edges.Length; i++)
        {
            if (!result[i].Included) continue;
            count++; lengthM += edges[i].LengthM; heat += edges[i].HeatDemandKWhPerYear; connections += edges[i].Connections;
        }
        return new NetworkDesignSummary(count, lengthM, heat, connections, step);
    }

    private static void Include(int edge, ReadOnlySpan<NetworkEdgeInput> edges, Span<NetworkEdgeResult> result, bool[] inTree, int step)
    {
        result[edge].Included = true;
        result[edge].Step = step;
        inTree[edges[edge].FromNode] = true;
        inTree[edges[edge].ToNode] = true;
    }

    /// <summary>Orients the included edges away from the source (breadth first) and sums peaks and connections downstream.</summary>
    private static void AssignDesignFlows(int nodeCount, ReadOnlySpan<NetworkEdgeInput> edges, int source, HeatKentallen k, Span<NetworkEdgeResult> result,
        int[] firstEdge, int[] incident)
    {
        var parentEdge = new int[nodeCount];
        Array.Fill(parentEdge, -2);
        parentEdge[source] = -1;
        var order = new List<int>(nodeCount) { source };
        for (var head = 0; head < order.Count; head++)
        {
            var v = order[head];
            for (var j = firstEdge[v]; j < firstEdge[v + 1]; j++)
            {
                var ei = incident[j];
                if (!result[ei].Included) continue;
                var w = edges[ei].FromNode == v ? edges[ei].ToNode : edges[ei].FromNode;
                if (parentEdge[w] != -2) continue;
                parentEdge[w] = ei;
                order.Add(w);
            }
        }
        var peak = new double[nodeCount];
        var connections = new double[nodeCount];
        var position = new int[nodeCount];
        for (var i = 0; i < order.Count; i++) position[order[i]] = i;
        var isTreeEdge = new bool[edges.Length];
        for (var i = 1; i < order.Count; i++) isTreeEdge[parentEdge[order[i]]] = true;
        // An included edge that closes a loop carries only its own buildings; their load joins the network at its farther end.
        for (var ei = 0; ei < edges.Length; ei++)
        {
            if (!result[ei].Included || isTreeEdge[ei]) continue;
            var e = edges[ei];
            var far = position[e.FromNode] >= position[e.ToNode] ? e.FromNode : e.ToNode;
            peak[far] += e.PeakKW;
            connections[far] += e.Connections;
            result[ei].DownstreamConnections = e.Connections;
            result[ei].DesignFlowKW = e.PeakKW * k.DiversityFactor(e.Connections);
        }
        for (var i = order.Count - 1; i > 0; i--)
        {
            var v = order[i];
            var ei = parentEdge[v];
            // The edge carries its own buildings plus everything beyond its far node.
            var edgePeak = peak[v] + edges[ei].PeakKW;
            var edgeConnections = connections[v] + edges[ei].Connections;
            result[ei].DownstreamConnections = edgeConnections;
            result[ei].DesignFlowKW = edgePeak * k.DiversityFactor(edgeConnections);
            var parent = edges[ei].FromNode == v ? edges[ei].ToNode : edges[ei].FromNode;
            peak[parent] += edgePeak;
            connections[parent] += edgeConnections;
        }
    }
}
