using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Wijkwerf.Engine.DistrictModel;

namespace Wijkwerf.Engine.Streets.Parking;

/// <summary>The Flemish Hoppinpunt categories (Besluit van de Vlaamse Regering betreffende Hoppinpunten, art. 2;
/// vlaanderen.be/basisbereikbaarheid/combimobiliteit/hoppinpunten). Interregional and regional Hoppinpunten are
/// designated by the minister or the transport region on the train and core network; a district-level screening only
/// proposes the two a municipality designates itself.</summary>
public enum HubCategory
{
    /// <summary>Lokaal Hoppinpunt: at a public transport stop (network logic).</summary>
    Local,
    /// <summary>Buurt-Hoppinpunt by proximity logic: shared cars and bikes near the homes, never at a core-network stop.</summary>
    Neighbourhood,
}

/// <summary>A street-graph intersection (X, Y in metres) and how many segments meet there.</summary>
public readonly record struct HubNode(long Node, double X, double Y, int Degree);

/// <summary>A street segment between two <see cref="HubNode.Node"/>s: its length along the street (m) and its centreline in
/// metres, starting at <see cref="From"/>.</summary>
public readonly record struct HubEdge(long From, long To, double LengthM, LineString Line);

/// <summary>Homes at a point (a building's centroid and its dwellings).</summary>
public readonly record struct HubHomes(double X, double Y, int Dwellings);

/// <summary>An existing point: a public transport <see cref="IsStop"/>, else shared cars or charging points (<see cref="Count"/>).</summary>
public readonly record struct HubPoint(double X, double Y, bool IsStop, int Count);

/// <summary>A candidate: the dwellings and existing shared cars/charging points within walking distance along the streets,
/// the dwellings within that distance as the crow flies that the street graph does not bring within it
/// (<see cref="DwellingsFartherByStreet"/>), the walking distance to the nearest stop (null: none within
/// <see cref="MobilityHubs.StopReachM"/>) and the score that ranks it.</summary>
public readonly record struct HubCandidate(long Node, double X, double Y, HubCategory Category, int Dwellings, int ExistingPoints, double? StopDistanceM,
    double Score, int DwellingsFartherByStreet);

/// <summary>Mobility hub (Hoppinpunt) candidates: every intersection where three or more segments meet is scored by the
/// dwellings within walking distance (<c>hub_walk_m</c>) plus the existing shared cars and charging points there (each
/// weighs <c>hub_existing_point_weight</c> dwellings); the best are taken greedily, at least <c>hub_spacing_m</c> apart
/// (straight line). A candidate within <c>hub_stop_m</c> walk of a stop is a local Hoppinpunt, else a neighbourhood one.
/// Walking distance follows the street graph: each home and point is attached to the nearest point of its nearest
/// segment (the straight snap counts as walk) and one Dijkstra per candidate, bounded at <see cref="StopReachM"/>, gives
/// the walk to both ends of that segment. A home or stop the graph does not connect within the bound does not count.</summary>
public static class MobilityHubs
{
    /// <summary>How far the search for a stop walks: the larger of <c>hub_walk_m</c> and <c>hub_stop_m</c>.</summary>
    public static double StopReachM(StreetRules rules) => Math.Max(rules["hub_walk_m"], rules["hub_stop_m"]);

    public static IReadOnlyList<HubCandidate> Candidates(IReadOnlyList<HubNode> nodes, IReadOnlyList<HubEdge> edges, IReadOnlyList<HubHomes> homes,
        IReadOnlyList<HubPoint> points, StreetRules rules)
    {
        var walk = rules["hub_walk_m"];
        var stopM = rules["hub_stop_m"];
        var spacing = rules["hub_spacing_m"];
        var max = (int)rules["hub_candidates"];
        var weight = rules["hub_existing_point_weight"];
        var reach = StopReachM(rules);
        var walk2 = walk * walk;

        var graph = new WalkGraph(nodes, edges);
        var homeAt = graph.Attach(homes.Select(h => (h.X, h.Y)).ToArray(), reach);
        var pointAt = graph.Attach(points.Select(p => (p.X, p.Y)).ToArray(), reach);
        var scored = new List<HubCandidate>();
        for (var v = 0; v < nodes.Count; v++)
        {
            var n = nodes[v];
            if (n.Degree < 3) continue;
            graph.Walk(v, reach);
            int dwellings = 0, farther = 0;
            for (var i = 0; i < homes.Count; i++)
            {
                if (graph.WalkTo(homeAt[i]) <= walk) dwellings += homes[i].Dwellings;
                else
                {
                    double dx = homes[i].X - n.X, dy = homes[i].Y - n.Y;
                    if (dx * dx + dy * dy <= walk2) farther += homes[i].Dwellings;
                }
            }
            var existing = 0;
            double? stop = null;
            for (var i = 0; i < points.Count; i++)
            {
                var d = graph.WalkTo(pointAt[i]);
                if (points[i].IsStop) { if (d <= reach && (stop is null || d < stop)) stop = d; }
                else if (d <= walk) existing += points[i].Count;
            }
            var category = stop is { } s && s <= stopM ? HubCategory.Local : HubCategory.Neighbourhood;
            scored.Add(new HubCandidate(n.Node, n.X, n.Y, category, dwellings, existing, stop is { } sd ? Math.Round(sd) : null, dwellings + weight * existing, farther));
        }
        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Node.CompareTo(b.Node));
        var chosen = new List<HubCandidate>();
        foreach (var c in scored)
        {
            if (chosen.Count >= max) break;
            if (chosen.Any(o => Math.Sqrt((o.X - c.X) * (o.X - c.X) + (o.Y - c.Y) * (o.Y - c.Y)) < spacing)) continue;
            if (c.Score <= 0) break;
            chosen.Add(c);
        }
        return chosen;
    }

    /// <summary>Where a home or point joins the street graph: the segment, the straight snap to it and the distance along the
    /// segment to each of its ends (segment -1: no segment within reach).</summary>
    private readonly record struct Attachment(int Edge, double SnapM, double ToFromM, double ToToM);

    /// <summary>The street graph as index arrays (CSR adjacency) with one reusable bounded Dijkstra.</summary>
    private sealed class WalkGraph
    {
        private readonly IReadOnlyList<HubEdge> _edges;
        private readonly int[] _from, _to, _start, _around;
        private readonly double[] _dist;
        private readonly List<int> _touched = [];
        private readonly PriorityQueue<int, double> _queue = new();

        public WalkGraph(IReadOnlyList<HubNode> nodes, IReadOnlyList<HubEdge> edges)
        {
            _edges = edges;
            var index = new Dictionary<long, int>(nodes.Count);
            for (var v = 0; v < nodes.Count; v++) index.TryAdd(nodes[v].Node, v);
            _from = new int[edges.Count];
            _to = new int[edges.Count];
            _start = new int[nodes.Count + 1];
            for (var e = 0; e < edges.Count; e++)
            {
                // A segment whose end is not a known node (outside the district's graph) carries no walk.
                _from[e] = index.GetValueOrDefault(edges[e].From, -1);
                _to[e] = index.GetValueOrDefault(edges[e].To, -1);
                if (_from[e] < 0 || _to[e] < 0) { _from[e] = _to[e] = -1; continue; }
                _start[_from[e] + 1]++;
                _start[_to[e] + 1]++;
            }
            for (var v = 0; v < nodes.Count; v++) _start[v + 1] += _start[v];
            _around = new int[_start[nodes.Count]];
            var fill = _start[..^1].ToArray();
            for (var e = 0; e < edges.Count; e++)
            {
                if (_from[e] < 0) continue;
                _around[fill[_from[e]]++] = e;
                _around[fill[_to[e]]++] = e;
            }
            _dist = new double[nodes.Count];
            Array.Fill(_dist, double.PositiveInfinity);
        }

        /// <summary>Attaches each point to the nearest point of its nearest segment within <paramref name="maxM"/>.</summary>
        public Attachment[] Attach(IReadOnlyList<(double X, double Y)> at, double maxM)
        {
            var lines = _edges.Select(e => e.Line).ToArray();
            var factory = lines.Length > 0 ? lines[0].Factory : NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory();
            var geometries = at.Select(p => (Geometry)factory.CreatePoint(new Coordinate(p.X, p.Y))).ToArray();
            var links = NearestStreetLinker.Link(lines, geometries, maxM);
            var result = new Attachment[at.Count];
            for (var i = 0; i < at.Count; i++)
            {
                var e = links[i].Segment;
                if (e < 0 || _from[e] < 0) { result[i] = new Attachment(-1, double.PositiveInfinity, 0, 0); continue; }
                var line = _edges[e].Line;
                var share = line.Length > 0 ? new LengthIndexedLine(line).Project(new Coordinate(at[i].X, at[i].Y)) / line.Length : 0;
                result[i] = new Attachment(e, links[i].DistanceM, share * _edges[e].LengthM, (1 - share) * _edges[e].LengthM);
            }
            return result;
        }

        /// <summary>Walking distances from <paramref name="source"/> to every node within <paramref name="maxM"/> (others stay infinite).</summary>
        public void Walk(int source, double maxM)
        {
            foreach (var v in _touched) _dist[v] = double.PositiveInfinity;
            _touched.Clear();
            _queue.Clear();
            _dist[source] = 0;
            _touched.Add(source);
            _queue.Enqueue(source, 0);
            while (_queue.TryDequeue(out var v, out var d))
            {
                if (d > _dist[v]) continue;
                for (var k = _start[v]; k < _start[v + 1]; k++)
                {
                    var e = _around[k];
                    var w = _from[e] == v ? _to[e] : _from[e];
                    var nd = d + _edges[e].LengthM;
                    if (nd > maxM || nd >= _dist[w]) continue;
                    if (double.IsPositiveInfinity(_dist[w])) _touched.Add(w);
                    _dist[w] = nd;
                    _queue.Enqueue(w, nd);
                }
            }
        }

        /// <summary>The walk from the last <see cref="Walk"/>'s source to an attached point (infinite: not connected within reach).</summary>
        public double WalkTo(Attachment a) =>
            a.Edge < 0 ? double.PositiveInfinity : a.SnapM + Math.Min(_dist[_from[a.Edge]] + a.ToFromM, _dist[_to[a.Edge]] + a.ToToM);
    }
}
