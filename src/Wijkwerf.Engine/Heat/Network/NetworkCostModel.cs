namespace Wijkwerf.Engine.Heat.Network;

/// <summary>The one cost model both solvers use, so their objectives compare. Annual € for the whole district:
/// the individual alternative of every building that does not connect, plus for the network the source, the
/// connections (substation and service pipe, annualised, and the heat bought), and per metre of main pipe the trench
/// and pipe (annualised, none on an existing pipe), the heat lost, and the part of the pipe cost that grows with the
/// peak it carries.</summary>
internal sealed class NetworkCostModel
{
    private readonly NetworkProblem _p;

    public NetworkCostModel(NetworkProblem problem) => _p = problem;

    /// <summary>What connecting saves against the building's individual alternative (may be negative), € per year.</summary>
    public double Saving(in NetworkBuilding b) =>
        b.IndividualCostEurPerYear - ConnectionCost(b);

    public double ConnectionCost(in NetworkBuilding b) =>
        (_p.Costs.ConnectionCostEur + _p.Costs.ServicePipeCostEurPerM * b.ConnectionLengthM) * _p.Costs.AnnuityPerYear
        + _p.Source.HeatCostEurPerMWh * b.HeatDemandMWhPerYear;

    /// <summary>The part of an edge's cost that does not depend on what flows through it, € per year.</summary>
    public double EdgeFixed(in NetworkEdge e) =>
        e.LengthM * ((e.ExistingPipe ? 0 : (e.TrenchCostEurPerM + _p.Costs.PipeCostEurPerM) * _p.Costs.AnnuityPerYear)
                     + _p.Costs.HeatLossMWhPerMPerYear * _p.Source.HeatCostEurPerMWh);

    /// <summary>€ per year per kW of peak carried over this edge.</summary>
    public double EdgePerKW(in NetworkEdge e) =>
        e.ExistingPipe ? 0 : e.LengthM * _p.Costs.PipeCostEurPerMPerKW * _p.Costs.AnnuityPerYear;

    /// <summary>What each street's houses are worth at most when it is piped, for the street and Steiner bounds (computed
    /// once). Carrying a house's peak from the source costs at least its shortest path in € per kW (Dijkstra on
    /// <see cref="EdgePerKW"/>), so a free house adds max(0, saving − path cost × peak) to its street's
    /// <see cref="StreetPrizes.Prize"/>; a house that must connect adds its value (of either sign) to
    /// <see cref="StreetPrizes.ForcedValue"/> and marks its street <see cref="StreetPrizes.Forced"/>. Houses that must
    /// not connect or that no street reaches add nothing.</summary>
    public StreetPrizes Prizes() => _prizes ??= ComputePrizes();

    private StreetPrizes? _prizes;

    private StreetPrizes ComputePrizes()
    {
        var adjacency = Adjacency();
        var dist = new double[_p.NodeCount];
        Array.Fill(dist, double.PositiveInfinity);
        var heap = new PriorityQueue<int, double>();
        dist[_p.Source.Node] = 0;
        heap.Enqueue(_p.Source.Node, 0);
        while (heap.TryDequeue(out var v, out var d))
        {
            if (d > dist[v]) continue;
            foreach (var (e, w) in adjacency[v])
            {
                var k = d + EdgePerKW(_p.Edges[e]);
                if (k < dist[w]) { dist[w] = k; heap.Enqueue(w, k); }
            }
        }
        var prize = new double[_p.Edges.Length];
        var forced = new bool[_p.Edges.Length];
        double forcedValue = 0;
        foreach (var b in _p.Buildings)
        {
            if (b.Rule == ConnectionRule.MustNotConnect || double.IsPositiveInfinity(dist[b.Node])) continue;
            var net = Saving(b) - dist[b.Node] * b.PeakKW;
            if (b.Rule == ConnectionRule.MustConnect) { forcedValue += net; forced[b.Edge] = true; }
            else if (net > 0) prize[b.Edge] += net;
        }
        return new StreetPrizes(prize, forced, forcedValue);
    }

    public double AllIndividual()
    {
        double s = 0;
        foreach (var b in _p.Buildings) s += b.IndividualCostEurPerYear;
        return s;
    }

    /// <summary>Cost of a design given as connected buildings, used edges and the peak each used edge carries.</summary>
    public double Evaluate(bool[] connected, bool[] edgeUsed, double[] edgePeakKW)
    {
        double total = 0;
        var any = false;
        for (var i = 0; i < _p.Buildings.Length; i++)
        {
            ref readonly var b = ref _p.Buildings[i];
            if (connected[i]) { total += ConnectionCost(b); any = true; }
            else total += b.IndividualCostEurPerYear;
        }
        for (var e = 0; e < _p.Edges.Length; e++)
            if (edgeUsed[e]) total += EdgeFixed(_p.Edges[e]) + EdgePerKW(_p.Edges[e]) * edgePeakKW[e];
        if (any) total += _p.Source.FixedCostEurPerYear;
        return total;
    }

    /// <summary>Sizes every used edge from the catalogue. Each connected building draws its peak at its node; flow
    /// runs from the source along the shortest route over the used edges (as the flow optimum of the MILP does). The
    /// design peak of a pipe is the connected peak downstream times the diversity factor of the number of connections
    /// downstream.</summary>
    public (List<DesignedPipe> Pipes, double[] PeakKW) Size(bool[] connected, bool[] edgeUsed)
    {
        var n = _p.NodeCount;
        var adjacency = Adjacency(edgeUsed);
        var parentEdge = new int[n];
        var dist = new double[n];
        Array.Fill(parentEdge, -1);
        Array.Fill(dist, double.PositiveInfinity);
        var order = new List<int>(n);
        var done = new bool[n];
        var heap = new PriorityQueue<int, double>();
        dist[_p.Source.Node] = 0;
        heap.Enqueue(_p.Source.Node, 0);
        while (heap.TryDequeue(out var v, out var d))
        {
            if (done[v]) continue;
            done[v] = true;
            order.Add(v);
            foreach (var (e, w) in adjacency[v])
            {
                var nd = d + _p.Edges[e].LengthM;
                if (nd < dist[w]) { dist[w] = nd; parentEdge[w] = e; heap.Enqueue(w, nd); }
            }
        }
        var peak = new double[n];
        var count = new int[n];
        for (var i = 0; i < _p.Buildings.Length; i++)
        {
            if (!connected[i]) continue;
            peak[_p.Buildings[i].Node] += _p.Buildings[i].PeakKW;
            count[_p.Buildings[i].Node]++;
        }
        var edgePeak = new double[_p.Edges.Length];
        var edgeCount = new int[_p.Edges.Length];
        for (var k = order.Count - 1; k > 0; k--)
        {
            var v = order[k];
            var e = parentEdge[v];
            edgePeak[e] += peak[v];
            edgeCount[e] += count[v];
            var edge = _p.Edges[e];
            var up = edge.From == v ? edge.To : edge.From;
            peak[up] += peak[v];
            count[up] += count[v];
        }
        var pipes = new List<DesignedPipe>();
        for (var e = 0; e < _p.Edges.Length; e++)
        {
            if (!edgeUsed[e]) continue;
            // A street piped only for the houses along it still carries their peak: at least its own connections.
            var own = 0;
            var ownPeak = 0.0;
            foreach (var i in BuildingsOnStreets()[e])
                if (connected[i]) { own++; ownPeak += _p.Buildings[i].PeakKW; }
            var connections = Math.Max(edgeCount[e], own);
            var carried = Math.Max(edgePeak[e], ownPeak);
            var design = carried * DnCatalogue.DiversityFactor(connections);
            pipes.Add(new DesignedPipe(e, Math.Round(design, 1), connections, _p.Costs.Catalogue.For(design).Dn, _p.Edges[e].LengthM));
        }
        return (pipes, edgePeak);
    }

    private List<int>[]? _onEdge;

    /// <summary>The buildings along each street (indices into the problem's buildings), built once and shared; callers
    /// only read it.</summary>
    public List<int>[] BuildingsOnStreets()
    {
        if (_onEdge is null)
        {
            _onEdge = new List<int>[_p.Edges.Length];
            for (var e = 0; e < _onEdge.Length; e++) _onEdge[e] = [];
            for (var i = 0; i < _p.Buildings.Length; i++) _onEdge[_p.Buildings[i].Edge].Add(i);
        }
        return _onEdge;
    }

    private List<(int Edge, int Other)>[]? _adjacency;

    /// <summary>The streets at each node: all of them (built once and shared, callers only read it) or only the
    /// <paramref name="only"/> ones (built anew).</summary>
    public List<(int Edge, int Other)>[] Adjacency(bool[]? only = null)
    {
        if (only is null) return _adjacency ??= Build(null);
        return Build(only);
    }

    private List<(int Edge, int Other)>[] Build(bool[]? only)
    {
        var adjacency = new List<(int, int)>[_p.NodeCount];
        for (var i = 0; i < adjacency.Length; i++) adjacency[i] = [];
        for (var e = 0; e < _p.Edges.Length; e++)
        {
            if (only is not null && !only[e]) continue;
            var edge = _p.Edges[e];
            adjacency[edge.From].Add((e, edge.To));
            adjacency[edge.To].Add((e, edge.From));
        }
        return adjacency;
    }
}

/// <summary>See <see cref="NetworkCostModel.Prizes"/>.</summary>
internal sealed record StreetPrizes(double[] Prize, bool[] Forced, double ForcedValue);
