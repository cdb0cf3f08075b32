using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Simplify;

namespace Wijkwerf.Engine.DistrictModel;

/// <summary>The address points of one street (all units with the same street code), in metric coordinates.</summary>
public sealed record StreetAddresses(string StreetCode, string? Name, Coordinate[] Points);

/// <summary>The knobs of <see cref="EstimatedStreetGraph"/>; the defaults are documented in docs/heat-engine.md ("Estimated streets").</summary>
public sealed record EstimatedStreetOptions
{
    /// <summary>Address points closer than this (m) count as one point (units of one building share a location).</summary>
    public double MergePointsM { get; init; } = 1.0;
    /// <summary>Before ordering, each point moves across the street onto the principal axis of the street's points
    /// within this radius (m), repeated <see cref="CollapseIterations"/> times: the two house rows (address points 25–35 m
    /// apart across a street) meet near the middle, so the order runs along the street instead of up one row and back
    /// down the other.</summary>
    public double CollapseRadiusM { get; init; } = 35.0;
    public int CollapseIterations { get; init; } = 2;
    /// <summary>Each vertex of the ordered chain then moves to the mean of the chain's vertices within this radius (m),
    /// which evens out the remaining zig-zag.</summary>
    public double SmoothingRadiusM { get; init; } = 15.0;
    /// <summary>Douglas–Peucker tolerance (m) of the smoothed line.</summary>
    public double SimplifyToleranceM { get; init; } = 4.0;
    /// <summary>Points farther than this (m) from a street's lines start another line of the same street (a branch or a court).</summary>
    public double BranchDistanceM { get; init; } = 30.0;
    /// <summary>At most this many lines per street code.</summary>
    public int MaxLinesPerStreet { get; init; } = 4;
    /// <summary>A line's end within this distance (m) of another street's line is extended to it, making a junction.</summary>
    public double JoinDistanceM { get; init; } = 30.0;
    /// <summary>Parts of the graph that are still separate are linked to the largest part by a straight connector when
    /// one of their nodes is within this distance (m) of it: a street without addresses (main road, park path).</summary>
    public double BridgeDistanceM { get; init; } = 150.0;

    public static EstimatedStreetOptions Default { get; } = new();
}

/// <summary>
/// An <i>estimated</i> street graph from address points, for places whose source has no streets (BAG has addresses with
/// a street code, not street geometry). Per street code: merge coincident points, order them by the longest path of their
/// minimum spanning tree after pulling them to the local mean (the middle between the house rows), smooth,
/// simplify; points far from that line start a branch. Lines are then joined where an end comes within
/// <see cref="EstimatedStreetOptions.JoinDistanceM"/> of another line and where lines cross; the joined lines are split
/// into edges at shared vertices by <see cref="StreetGraphBuilder"/>. Remaining separate parts are bridged to the largest
/// part within <see cref="EstimatedStreetOptions.BridgeDistanceM"/> (kind <c>estimated-link</c>).
/// Limits: the line runs through the address points, not the carriageway; a street with houses on one side only lies
/// a few metres inside its houses; a street with one address gives no line; junctions farther than the join distance
/// from the last house are missed. Metric coordinates in, <see cref="StreetEdge"/>s out (kind <c>estimated</c>, node ids
/// from 1 upwards). Deterministic for a given input order.
/// </summary>
public static class EstimatedStreetGraph
{
    public const string Kind = "estimated";
    public const string LinkKind = "estimated-link";

    public static IReadOnlyList<StreetEdge> Build(IReadOnlyList<StreetAddresses> streets, EstimatedStreetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(streets);
        var o = options ?? EstimatedStreetOptions.Default;
        var lines = new List<List<Coordinate>>();
        var lineStreet = new List<int>();
        for (var s = 0; s < streets.Count; s++)
            foreach (var line in StreetLines(streets[s].Points, o))
            {
                lines.Add(line);
                lineStreet.Add(s);
            }
        Join(lines, o);

        // Shared vertices (same coordinate to the centimetre) become shared node ids, so Split cuts the lines there.
        var nodeOf = new Dictionary<(long, long), long>();
        long Node(Coordinate c)
        {
            var key = ((long)Math.Round(c.X * 100), (long)Math.Round(c.Y * 100));
            if (!nodeOf.TryGetValue(key, out var id)) nodeOf[key] = id = nodeOf.Count + 1;
            return id;
        }
        var ways = new List<StreetWay>(lines.Count);
        for (var l = 0; l < lines.Count; l++)
        {
            var coords = lines[l].ToArray();
            ways.Add(new StreetWay(l, Kind, streets[lineStreet[l]].Name, coords.Select(Node).ToArray(), coords));
        }
        var edges = StreetGraphBuilder.Split(ways).ToList();
        Bridge(edges, lines.Count, o.BridgeDistanceM);
        return edges;
    }

    /// <summary>The lines of one street: the main line, then branches for points far from it.</summary>
    private static List<List<Coordinate>> StreetLines(Coordinate[] raw, EstimatedStreetOptions o)
    {
        var points = Merge(raw, o.MergePointsM);
        var result = new List<List<Coordinate>>();
        if (points.Length < 2) return result;
        var remaining = Enumerable.Range(0, points.Length).ToArray();
        var factory = new GeometryFactory();
        while (remaining.Length >= (result.Count == 0 ? 2 : 3) && result.Count < o.MaxLinesPerStreet)
        {
            // Pull both house rows onto the middle first; ordering the raw points would run up one row and back down the other.
            var shifted = remaining.Select(i => points[i]).ToArray();
            for (var k = 0; k < o.CollapseIterations; k++) shifted = Collapse(shifted, o.CollapseRadiusM);
            var chain = LongestMstPath(Merge(shifted, o.MergePointsM));
            if (chain.Length < 2) break;
            var smoothed = new Coordinate[chain.Length];
            for (var i = 0; i < chain.Length; i++)
                smoothed[i] = i == 0 || i == chain.Length - 1 ? chain[i] : LocalMean(chain[i], chain, o.SmoothingRadiusM); // ends stay: a mean would shorten the street
            var simplified = DouglasPeuckerLineSimplifier.Simplify(smoothed, o.SimplifyToleranceM);
            var line = new List<Coordinate>();
            foreach (var c in simplified)
                if (line.Count == 0 || !line[^1].Equals2D(c)) line.Add(new Coordinate(c.X, c.Y));
            if (line.Count < 2) break;
            if (result.Count == 0 || Length(line.ToArray()) >= o.BranchDistanceM) result.Add(line);
            else break;
            var geometries = result.Select(l => (Geometry)factory.CreateLineString(l.ToArray())).ToArray();
            var next = remaining.Where(i => geometries.Min(g => g.Distance(factory.CreatePoint(points[i]))) > o.BranchDistanceM).ToArray();
            if (next.Length == remaining.Length) break;
            remaining = next;
        }
        return result;
    }

    private static Coordinate[] Merge(Coordinate[] raw, double cellM)
    {
        var seen = new HashSet<(long, long)>();
        var result = new List<Coordinate>(raw.Length);
        foreach (var c in raw)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y)) continue;
            if (seen.Add(((long)Math.Floor(c.X / cellM), (long)Math.Floor(c.Y / cellM)))) result.Add(c);
        }
        return result.ToArray();
    }

    /// <summary>Moves every point across the local direction of the street onto the local principal axis of the points
    /// within <paramref name="radiusM"/> (their mean and main direction); along the street it stays where it is, so the
    /// ends do not shrink.</summary>
    private static Coordinate[] Collapse(Coordinate[] points, double radiusM)
    {
        var result = new Coordinate[points.Length];
        var r2 = radiusM * radiusM;
        for (var i = 0; i < points.Length; i++)
        {
            var c = points[i];
            double mx = 0, my = 0;
            var n = 0;
            foreach (var p in points)
            {
                var dx = p.X - c.X;
                var dy = p.Y - c.Y;
                if (dx * dx + dy * dy > r2) continue;
                mx += p.X;
                my += p.Y;
                n++;
            }
            mx /= n;
            my /= n;
            // The direction from twice the radius: near a street's end the points within the radius can spread more
            // across the street than along it.
            double sxx = 0, syy = 0, sxy = 0, ax = 0, ay = 0;
            var m = 0;
            foreach (var p in points)
            {
                var dx = p.X - c.X;
                var dy = p.Y - c.Y;
                if (dx * dx + dy * dy > 4 * r2) continue;
                ax += p.X;
                ay += p.Y;
                m++;
            }
            ax /= m;
            ay /= m;
            foreach (var p in points)
            {
                var dx = p.X - c.X;
                var dy = p.Y - c.Y;
                if (dx * dx + dy * dy > 4 * r2) continue;
                sxx += (p.X - ax) * (p.X - ax);
                syy += (p.Y - ay) * (p.Y - ay);
                sxy += (p.X - ax) * (p.Y - ay);
            }
            var angle = 0.5 * Math.Atan2(2 * sxy, sxx - syy);
            double ux = Math.Cos(angle), uy = Math.Sin(angle);
            var along = (c.X - mx) * ux + (c.Y - my) * uy;
            result[i] = n < 3 ? c : new Coordinate(mx + along * ux, my + along * uy);
        }
        return result;
    }

    private static Coordinate LocalMean(Coordinate c, Coordinate[] points, double radiusM)
    {
        double x = 0, y = 0;
        var n = 0;
        var r2 = radiusM * radiusM;
        foreach (var p in points)
        {
            var dx = p.X - c.X;
            var dy = p.Y - c.Y;
            if (dx * dx + dy * dy > r2) continue;
            x += p.X;
            y += p.Y;
            n++;
        }
        return n == 0 ? c : new Coordinate(x / n, y / n);
    }

    /// <summary>Prim's minimum spanning tree (O(n²), streets have at most a few thousand points), then the longest path
    /// of the tree found by two farthest-point searches.</summary>
    private static Coordinate[] LongestMstPath(Coordinate[] p)
    {
        var n = p.Length;
        var parent = new int[n];
        var best = new double[n];
        var inTree = new bool[n];
        Array.Fill(best, double.PositiveInfinity);
        Array.Fill(parent, -1);
        best[0] = 0;
        var adjacency = new List<int>[n];
        for (var i = 0; i < n; i++) adjacency[i] = [];
        for (var k = 0; k < n; k++)
        {
            var u = -1;
            for (var i = 0; i < n; i++)
                if (!inTree[i] && (u < 0 || best[i] < best[u])) u = i;
            inTree[u] = true;
            if (parent[u] >= 0)
            {
                adjacency[u].Add(parent[u]);
                adjacency[parent[u]].Add(u);
            }
            for (var i = 0; i < n; i++)
            {
                if (inTree[i]) continue;
                var d = p[u].Distance(p[i]);
                if (d < best[i]) { best[i] = d; parent[i] = u; }
            }
        }
        var (a, _) = Farthest(0, p, adjacency);
        var (b, previous) = Farthest(a, p, adjacency);
        var path = new List<Coordinate>();
        for (var v = b; v >= 0; v = previous[v]) path.Add(p[v]);
        return path.ToArray();
    }

    private static (int Node, int[] Previous) Farthest(int start, Coordinate[] p, List<int>[] adjacency)
    {
        var distance = new double[p.Length];
        var previous = new int[p.Length];
        Array.Fill(distance, -1);
        Array.Fill(previous, -1);
        distance[start] = 0;
        var stack = new Stack<int>();
        stack.Push(start);
        var far = start;
        while (stack.Count > 0)
        {
            var u = stack.Pop();
            if (distance[u] > distance[far]) far = u;
            foreach (var v in adjacency[u])
            {
                if (distance[v] >= 0) continue;
                distance[v] = distance[u] + p[u].Distance(p[v]);
                previous[v] = u;
                stack.Push(v);
            }
        }
        return (far, previous);
    }

    private readonly record struct Insertion(int Segment, double Fraction, Coordinate Point);

    /// <summary>Ends near another line are extended onto it; crossing lines share their crossing point.</summary>
    private static void Join(List<List<Coordinate>> lines, EstimatedStreetOptions o)
    {
        var inserts = lines.Select(_ => new List<Insertion>()).ToArray();
        var tree = SegmentTree(lines);
        var extendStart = new Coordinate?[lines.Count];
        var extendEnd = new Coordinate?[lines.Count];
        for (var l = 0; l < lines.Count; l++)
        {
            for (var end = 0; end < 2; end++)
            {
                var p = end == 0 ? lines[l][0] : lines[l][^1];
                var window = new Envelope(p);
                window.ExpandBy(o.JoinDistanceM);
                (int Line, int Segment, double Fraction, Coordinate Point, double Distance) best = (-1, -1, 0, p, double.PositiveInfinity);
                foreach (var (line, segment) in tree.Query(window))
                {
                    if (line == l) continue;
                    var s = new LineSegment(lines[line][segment], lines[line][segment + 1]);
                    var q = s.ClosestPoint(p);
                    var d = q.Distance(p);
                    if (d < best.Distance || (d == best.Distance && (line, segment).CompareTo((best.Line, best.Segment)) < 0))
                        best = (line, segment, s.SegmentFraction(q), q, d);
                }
                if (best.Line < 0 || best.Distance > o.JoinDistanceM) continue;
                var point = new Coordinate(best.Point.X, best.Point.Y);
                inserts[best.Line].Add(new Insertion(best.Segment, best.Fraction, point));
                if (end == 0) extendStart[l] = point; else extendEnd[l] = point;
            }
        }
        Apply(lines, inserts);
        for (var l = 0; l < lines.Count; l++)
        {
            if (extendStart[l] is { } s && !lines[l][0].Equals2D(s)) lines[l].Insert(0, s);
            if (extendEnd[l] is { } e && !lines[l][^1].Equals2D(e)) lines[l].Add(e);
        }

        // Crossings, on the extended lines.
        tree = SegmentTree(lines);
        inserts = lines.Select(_ => new List<Insertion>()).ToArray();
        var intersector = new RobustLineIntersector();
        for (var l = 0; l < lines.Count; l++)
            for (var i = 0; i + 1 < lines[l].Count; i++)
            {
                var a0 = lines[l][i];
                var a1 = lines[l][i + 1];
                var env = new Envelope(a0, a1);
                foreach (var (line, segment) in tree.Query(env))
                {
                    if (line <= l) continue;
                    var b0 = lines[line][segment];
                    var b1 = lines[line][segment + 1];
                    intersector.ComputeIntersection(a0, a1, b0, b1);
                    if (intersector.IntersectionNum != 1) continue;
                    var x = intersector.GetIntersection(0);
                    var point = new Coordinate(x.X, x.Y);
                    inserts[l].Add(new Insertion(i, new LineSegment(a0, a1).SegmentFraction(point), point));
                    inserts[line].Add(new Insertion(segment, new LineSegment(b0, b1).SegmentFraction(point), point));
                }
            }
        Apply(lines, inserts);
    }

    private static STRtree<(int Line, int Segment)> SegmentTree(List<List<Coordinate>> lines)
    {
        var tree = new STRtree<(int, int)>();
        for (var l = 0; l < lines.Count; l++)
            for (var i = 0; i + 1 < lines[l].Count; i++)
                tree.Insert(new Envelope(lines[l][i], lines[l][i + 1]), (l, i));
        tree.Build();
        return tree;
    }

    /// <summary>Inserts the points into their segments, last segment first so earlier indices stay valid. A point on an
    /// existing vertex replaces that vertex, so both lines share the exact coordinate.</summary>
    private static void Apply(List<List<Coordinate>> lines, List<Insertion>[] inserts)
    {
        for (var l = 0; l < lines.Count; l++)
        {
            foreach (var ins in inserts[l].OrderByDescending(x => x.Segment).ThenByDescending(x => x.Fraction))
            {
                var line = lines[l];
                if (ins.Fraction <= 1e-9) line[ins.Segment] = ins.Point;
                else if (ins.Fraction >= 1 - 1e-9) line[ins.Segment + 1] = ins.Point;
                else line.Insert(ins.Segment + 1, ins.Point);
            }
        }
    }

    /// <summary>Links every separate part to the largest one by a straight edge from one of its graph nodes to the
    /// nearest point of the largest part (splitting that edge there), when within <paramref name="maxM"/>; the nearest
    /// part first, until no part is within reach.</summary>
    private static void Bridge(List<StreetEdge> edges, long firstWayId, double maxM)
    {
        if (edges.Count == 0) return;
        var position = new Dictionary<long, Coordinate>();
        var root = new Dictionary<long, long>();
        long Find(long x)
        {
            while (root[x] != x) x = root[x] = root[root[x]];
            return x;
        }
        void Add(long node, Coordinate at)
        {
            if (position.TryAdd(node, at)) root[node] = node;
        }
        foreach (var e in edges)
        {
            Add(e.FromNode, e.Coordinates[0]);
            Add(e.ToNode, e.Coordinates[^1]);
            root[Find(e.FromNode)] = Find(e.ToNode);
        }
        var nextNode = position.Keys.Max() + 1;
        var wayId = firstWayId;
        while (true)
        {
            var sizes = new Dictionary<long, double>();
            foreach (var e in edges) sizes[Find(e.FromNode)] = sizes.GetValueOrDefault(Find(e.FromNode)) + e.LengthM;
            if (sizes.Count <= 1) return;
            var main = sizes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
            var tree = new STRtree<(int Edge, int Segment)>();
            for (var e = 0; e < edges.Count; e++)
            {
                if (Find(edges[e].FromNode) != main) continue;
                var c = edges[e].Coordinates;
                for (var i = 0; i + 1 < c.Length; i++) tree.Insert(new Envelope(c[i], c[i + 1]), (e, i));
            }
            tree.Build();
            (long From, int Edge, int Segment, Coordinate At, double Distance) best = (-1, -1, -1, new Coordinate(), double.PositiveInfinity);
            foreach (var node in position.Keys.Order())
            {
                if (Find(node) == main) continue;
                var p = position[node];
                var window = new Envelope(p);
                window.ExpandBy(maxM);
                foreach (var (e, i) in tree.Query(window))
                {
                    var c = edges[e].Coordinates;
                    var q = new LineSegment(c[i], c[i + 1]).ClosestPoint(p);
                    var d = q.Distance(p);
                    if (d < best.Distance || (d == best.Distance && (e, i).CompareTo((best.Edge, best.Segment)) < 0)) best = (node, e, i, q, d);
                }
            }
            if (best.From < 0 || best.Distance > maxM) return;
            var target = Split(edges, best.Edge, best.Segment, best.At, ref nextNode);
            if (!position.ContainsKey(target)) { position[target] = best.At; root[target] = main; }
            edges.Add(new StreetEdge(wayId++, 0, LinkKind, null, best.From, target, [position[best.From], position[target]], best.Distance));
            root[Find(best.From)] = Find(target);
        }
    }

    /// <summary>The node at <paramref name="at"/> on segment <paramref name="segment"/> of edge <paramref name="e"/>:
    /// an end of the edge when <paramref name="at"/> is one, otherwise a new node that splits the edge in two.</summary>
    private static long Split(List<StreetEdge> edges, int e, int segment, Coordinate at, ref long nextNode)
    {
        var edge = edges[e];
        var c = edge.Coordinates;
        if (at.Distance(c[0]) < 0.01) return edge.FromNode;
        if (at.Distance(c[^1]) < 0.01) return edge.ToNode;
        var node = nextNode++;
        var first = c.Take(segment + 1).Append(at).ToArray();
        var second = new[] { at }.Concat(c.Skip(segment + 1)).ToArray();
        edges[e] = edge with { ToNode = node, Coordinates = first, LengthM = Length(first) };
        edges.Add(edge with { FromNode = node, Coordinates = second, LengthM = Length(second) });
        return node;
    }

    private static double Length(Coordinate[] c)
    {
        double sum = 0;
        for (var i = 0; i + 1 < c.Length; i++) sum += c[i].Distance(c[i + 1]);
        return sum;
    }
}
