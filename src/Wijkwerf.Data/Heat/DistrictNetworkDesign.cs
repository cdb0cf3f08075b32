using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Network;
using Wijkwerf.Engine.Heat.Parameters;
using Wijkwerf.Engine.Heat.Strategies;

namespace Wijkwerf.Data.Heat;

/// <summary>A district's network design question, with what the answer needs to be read back: the street graph kind,
/// the buildings left out because the street graph does not reach them from the source.</summary>
public sealed record DistrictNetworkProblem(
    string DistrictCode,
    string DistrictName,
    string GraphKind,
    NetworkProblem Problem,
    double SourceLon,
    double SourceLat,
    double SourceSnapDistanceM,
    int ResidentialBuildings,
    IReadOnlyList<string> UnreachableBuildings,
    IReadOnlyList<string> UnlinkedBuildings,
    double AllIndividualEurPerYear)
{
    /// <summary>The WGS84 line of each edge of <see cref="Problem"/>, in edge order (stored or estimated streets).</summary>
    public IReadOnlyList<LineString> EdgeLines { get; init; } = [];
    /// <summary>Included non-residential buildings: not candidates for the network (they keep their own heating in this design).</summary>
    public int NonResidentialLeftOut { get; init; }
}

/// <summary>Which buildings connect and which streets carry pipe, for one district (docs/heat-engine.md, "District network design").</summary>
public sealed class DistrictNetworkDesign(WijkwerfDb db, HeatParameters? heat = null, DistrictHeatParameters? parameters = null)
{
    private readonly HeatParameters _heat = heat ?? HeatParameters.Default;
    private readonly DistrictHeatParameters _parameters = parameters ?? DistrictHeatParameters.Default;

    /// <summary>Builds the design question: nodes are the segment ends, edges the street segments (trench cost by kind),
    /// buildings the included residential buildings with their nearest segment, connection length, calibrated peak and
    /// heat, and as individual alternative the cheaper of S1 and S4 for that building (national cost, € per year).
    /// The source sits at the graph node nearest <paramref name="source"/> (lon, lat), by default nearest the district's
    /// centroid within the part of the graph that reaches the most buildings; its capacity is the sum of the peaks.</summary>
    /// <exception cref="DistrictHeatInputException">Unknown district, no buildings, no streets, or a source outside the district.</exception>
    public async Task<DistrictNetworkProblem> BuildProblemAsync(string districtCode, (double Lon, double Lat)? source = null,
        PriceScenario scenario = PriceScenario.Mid, CancellationToken ct = default)
    {
        var m = await DistrictHeatModel.LoadAsync(db, districtCode, _heat, _parameters, ct);
        return BuildProblem(m, source, scenario);
    }

    /// <summary>The design question from an analysis already loaded (the page's layers, a report), so the district is read once.</summary>
    /// <exception cref="DistrictHeatInputException">No streets, or a source outside the district.</exception>
    public static DistrictNetworkProblem BuildProblem(DistrictHeatLayers layers, (double Lon, double Lat)? source = null, PriceScenario scenario = PriceScenario.Mid) =>
        BuildProblem(layers.Model, source, scenario);

    internal static DistrictNetworkProblem BuildProblem(DistrictHeatModel m, (double Lon, double Lat)? source, PriceScenario scenario)
    {
        var _heat = m.Heat;
        var _parameters = m.Parameters;
        Point? sourceMetric = null;
        if (source is { } s)
        {
            if (!double.IsFinite(s.Lon) || !double.IsFinite(s.Lat))
                throw new DistrictHeatInputException("the source must be given as lon,lat in degrees (WGS84)");
            sourceMetric = (Point)m.ToMetric.Project(new Point(s.Lon, s.Lat));
            if (!m.BoundaryMetric.Covers(sourceMetric))
                throw new DistrictHeatInputException(string.Create(CultureInfo.InvariantCulture,
                    $"the source {s.Lon},{s.Lat} lies outside district '{m.District.Code}' ({m.District.Name}); give a point inside it"));
        }
        if (m.Segments.Length == 0)
            throw new DistrictHeatInputException($"district '{m.District.Code}' has no streets, and none could be estimated from its addresses");

        // Graph: node ids of the segment ends → 0..n-1.
        var nodeIndex = new Dictionary<long, int>();
        var nodePosition = new List<Coordinate>();
        int Node(long id, Coordinate at)
        {
            if (!nodeIndex.TryGetValue(id, out var i)) { nodeIndex[id] = i = nodeIndex.Count; nodePosition.Add(at); }
            return i;
        }
        var edges = new NetworkEdge[m.Segments.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            var seg = m.Segments[e];
            edges[e] = new NetworkEdge(Node(seg.FromNode, seg.Line.StartPoint.Coordinate), Node(seg.ToNode, seg.Line.EndPoint.Coordinate),
                seg.LengthM, _parameters.TrenchCostEurPerM(seg.Kind));
        }
        var root = new int[nodePosition.Count];
        for (var i = 0; i < root.Length; i++) root[i] = i;
        int Find(int x) { while (root[x] != x) x = root[x] = root[root[x]]; return x; }
        foreach (var e in edges) root[Find(e.From)] = Find(e.To);

        // Individual alternative per building: the cheaper of S1 and S4, national cost.
        var calculator = new HeatStrategyCalculator(new HeatDemandModel(_heat));
        var context = new HeatDistrictContext(0, scenario);
        var s1 = new StrategyCost[m.Buildings.Length];
        var s4 = new StrategyCost[m.Buildings.Length];
        calculator.Evaluate(HeatStrategy.S1IndividualHeatPump, m.Inputs, m.Demand, [], context, s1);
        calculator.Evaluate(HeatStrategy.S4GreenGasHybridHeatPump, m.Inputs, m.Demand, [], context, s4);

        var candidates = new List<(int Building, int Edge, int Node)>();
        var unlinked = new List<string>();
        var residential = 0;
        for (var i = 0; i < m.Buildings.Length; i++)
        {
            if (!m.Demand[i].IsIncluded || !m.IsResidential(i)) continue;
            residential++;
            var link = m.Links[i];
            if (link.Segment < 0) { unlinked.Add(m.Buildings[i].ExternalId); continue; }
            var line = m.Segments[link.Segment].Line;
            var along = new LengthIndexedLine(line).Project(m.CentroidsMetric[i].Coordinate);
            var edge = edges[link.Segment];
            candidates.Add((i, link.Segment, along <= line.Length / 2 ? edge.From : edge.To));
        }

        // Source node: nearest the given point, or nearest the centroid within the part reaching the most buildings.
        var centre = sourceMetric ?? m.BoundaryMetric.Centroid;
        var reach = candidates.GroupBy(c => Find(c.Node)).ToDictionary(g => g.Key, g => g.Count());
        var bestPart = reach.Count == 0 ? -1 : reach.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        var sourceNode = -1;
        var snap = double.PositiveInfinity;
        for (var v = 0; v < nodePosition.Count; v++)
        {
            if (sourceMetric is null && bestPart >= 0 && Find(v) != bestPart) continue;
            var d = nodePosition[v].Distance(centre.Coordinate);
            if (d < snap) { snap = d; sourceNode = v; }
        }

        var buildings = new List<NetworkBuilding>();
        var unreachable = new List<string>();
        foreach (var (i, e, node) in candidates)
        {
            var b = m.Buildings[i];
            if (Find(node) != Find(sourceNode)) { unreachable.Add(b.ExternalId); continue; }
            var individual = Math.Min(s1[i].NationalCostEurPerYear, s4[i].NationalCostEurPerYear);
            buildings.Add(new NetworkBuilding(b.ExternalId, e, node, m.Links[i].DistanceM, m.Demand[i].TotalKWhPerYear / 1000, m.Demand[i].PeakKW, individual));
        }
        var capacity = buildings.Sum(b => b.PeakKW);
        var problem = new NetworkProblem(nodePosition.Count, edges, buildings.ToArray(),
            new HeatSource(sourceNode, Math.Max(capacity, 1), _parameters.SourceFixedCostEurPerYear, _parameters.SourceHeatCostEurPerMWh),
            new NetworkCosts());
        var at = (Point)m.ToWgs84.Project(new Point(nodePosition[sourceNode]));
        return new DistrictNetworkProblem(m.District.Code, m.District.Name, m.GraphKind.ToString().ToLowerInvariant(), problem,
            Math.Round(at.X, 6), Math.Round(at.Y, 6), Math.Round(snap, 1), residential, unreachable, unlinked, buildings.Sum(b => b.IndividualCostEurPerYear))
        {
            EdgeLines = m.Segments.Select(seg => (LineString)m.ToWgs84.Project(seg.Line)).ToArray(),
            NonResidentialLeftOut = Enumerable.Range(0, m.Buildings.Length).Count(i => m.Demand[i].IsIncluded && !m.IsResidential(i)),
        };
    }

    /// <summary>Runs the designer and reads the design back in the district's terms.</summary>
    public static DistrictNetworkResult Design(DistrictNetworkProblem q, bool exact, double timeLimitSeconds = 120, double relativeGap = 0.01)
    {
        var design = q.Problem.Buildings.Length == 0
            ? new NetworkDesign(exact ? "exact" : "fast", "NoBuildings", [], [], q.AllIndividualEurPerYear, q.AllIndividualEurPerYear, 0, ["no building can reach the source"])
            : exact ? NetworkDesigner.Exact(q.Problem, timeLimitSeconds, relativeGap) : NetworkDesigner.Fast(q.Problem);
        var pipes = design.Pipes.GroupBy(p => p.Dn).OrderBy(g => g.Key)
            .Select(g => new PipeLength(g.Key, Math.Round(g.Sum(p => p.LengthM), 1), g.Count())).ToArray();
        var notes = design.Notes.ToList();
        if (q.UnreachableBuildings.Count > 0)
            notes.Add($"{q.UnreachableBuildings.Count} buildings stand along streets the graph does not connect to the source; they keep their individual alternative");
        if (q.UnlinkedBuildings.Count > 0)
            notes.Add($"{q.UnlinkedBuildings.Count} buildings have no street within reach");
        return new DistrictNetworkResult(q.DistrictCode, q.DistrictName, q.GraphKind, design.Mode, design.Status,
            q.ResidentialBuildings, q.Problem.Buildings.Length, design.ConnectedCount,
            Math.Round(design.TrenchM, 1), pipes,
            Math.Round(design.ObjectiveEurPerYear), Math.Round(design.BoundEurPerYear), Math.Round(design.Gap, 5), Math.Round(design.Seconds, 3),
            Math.Round(q.AllIndividualEurPerYear),
            new SourceOutcome(q.SourceLon, q.SourceLat, q.SourceSnapDistanceM, Math.Round(q.Problem.Source.CapacityKW)),
            q.Problem.Edges.Length, q.UnreachableBuildings.Count, q.UnreachableBuildings.Take(50).ToArray(), q.UnlinkedBuildings.Count, notes);
    }
}

/// <summary>A designed network for a district. Objective and bound are the annual cost of the whole district (network
/// for the connected, the individual alternative for the others), € per year.</summary>
public sealed record DistrictNetworkResult(
    string DistrictCode,
    string DistrictName,
    string StreetGraph,
    string Mode,
    string Status,
    int ResidentialBuildings,
    int Candidates,
    int Connected,
    double TrenchM,
    IReadOnlyList<PipeLength> PipesByDn,
    double ObjectiveEurPerYear,
    double BoundEurPerYear,
    double Gap,
    double Seconds,
    double AllIndividualEurPerYear,
    SourceOutcome Source,
    int StreetSegments,
    int UnreachableCount,
    IReadOnlyList<string> UnreachableBuildings,
    int UnlinkedCount,
    IReadOnlyList<string> Notes);

public sealed record PipeLength(int Dn, double LengthM, int Segments);

/// <param name="SnapDistanceM">Distance from the requested point (or the district centroid) to the graph node the source is put at.</param>
public sealed record SourceOutcome(double Lon, double Lat, double SnapDistanceM, double CapacityKW);
