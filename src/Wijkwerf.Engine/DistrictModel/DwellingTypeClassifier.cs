using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Wijkwerf.Domain.Buildings;

namespace Wijkwerf.Engine.DistrictModel;

/// <summary>Dwelling type from the footprints themselves (shared walls between touching footprints) and the number of dwellings.</summary>
/// <remarks>
/// The rule (docs/district-model.md):
/// <list type="number">
/// <item>no dwellings → <c>null</c> (not residential);</item>
/// <item>dwellings ≥ <see cref="DwellingTypeRules.ApartmentMinDwellings"/> → <see cref="DwellingType.Apartment"/>;</item>
/// <item>otherwise by the wall-sharing neighbours: a neighbour shares at least <see cref="DwellingTypeRules.MinSharedWallM"/>
/// of boundary (within <see cref="DwellingTypeRules.ToleranceM"/>) and is itself residential or at least
/// <see cref="DwellingTypeRules.MinNeighbourAreaM2"/> large. 0 neighbours → Detached; 1 neighbour that has no other
/// neighbour (a pair) → SemiDetached; 1 neighbour that has more (the end of a row) → TerracedEnd; 2 or more → TerracedMiddle.</item>
/// </list>
/// <see cref="DwellingTypeResult.SharedWallM"/> is the length of the building's own boundary that runs alongside another
/// footprint's boundary (within the tolerance, beside it and within 30° of parallel), sheds included (a wall against a shed is no outside wall for heat loss);
/// <see cref="DwellingTypeResult.Touching"/> counts only the neighbours that decide the type.
/// </remarks>
public static class DwellingTypeClassifier
{
    public static DwellingTypeResult[] Classify(IReadOnlyList<Geometry> footprints, IReadOnlyList<int> dwellings, DwellingTypeRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(footprints);
        ArgumentNullException.ThrowIfNull(dwellings);
        if (footprints.Count != dwellings.Count)
            throw new ArgumentException($"{footprints.Count} footprints but {dwellings.Count} dwelling counts.", nameof(dwellings));
        rules ??= DwellingTypeRules.Default;
        var n = footprints.Count;
        var tol = rules.ToleranceM;

        var walls = Walls.From(footprints);
        var counts = new bool[n];
        var tree = new STRtree<int>();
        for (var i = 0; i < n; i++)
        {
            var g = footprints[i];
            if (g is null || g.IsEmpty) continue;
            counts[i] = dwellings[i] > 0 || g.Area >= rules.MinNeighbourAreaM2;
            tree.Insert(g.EnvelopeInternal, i);
        }
        if (n > 0) tree.Build();

        var sharedWallM = new double[n];
        var touching = new int[n];
        var neighbour = new int[n];
        var scratch = new Scratch(walls.MaxFootprintSegments);
        for (var i = 0; i < n; i++)
        {
            var g = footprints[i];
            if (g is null || g.IsEmpty) continue;
            var window = new Envelope(g.EnvelopeInternal);
            window.ExpandBy(tol);
            foreach (var j in tree.Query(window))
            {
                // Each pair once, measured both ways: the two boundaries are digitised separately and can differ.
                if (j <= i) continue;
                var ij = walls.SharedLengthM(i, j, tol, scratch);
                var ji = walls.SharedLengthM(j, i, tol, scratch);
                sharedWallM[i] += ij;
                sharedWallM[j] += ji;
                if (Math.Min(ij, ji) < rules.MinSharedWallM) continue;
                if (counts[j]) { touching[i]++; neighbour[i] = j; }
                if (counts[i]) { touching[j]++; neighbour[j] = i; }
            }
        }

        var result = new DwellingTypeResult[n];
        for (var i = 0; i < n; i++)
        {
            DwellingType? type = dwellings[i] <= 0 ? null
                : dwellings[i] >= rules.ApartmentMinDwellings ? DwellingType.Apartment
                : touching[i] switch
                {
                    0 => DwellingType.Detached,
                    1 => touching[neighbour[i]] == 1 ? DwellingType.SemiDetached : DwellingType.TerracedEnd,
                    _ => DwellingType.TerracedMiddle,
                };
            result[i] = new DwellingTypeResult(type, sharedWallM[i], touching[i]);
        }
        return result;
    }

    // Two walls are one party wall only when they run within 30° of each other: digitised party walls deviate a few
    // degrees, a wall meeting another at a corner deviates ~90°.
    private static readonly double MaxWallAngleSine = Math.Sin(30 * Math.PI / 180);

    private readonly record struct Segment(double X1, double Y1, double X2, double Y2)
    {
        public double MinX => Math.Min(X1, X2);
        public double MaxX => Math.Max(X1, X2);
        public double MinY => Math.Min(Y1, Y2);
        public double MaxY => Math.Max(Y1, Y2);
    }

    /// <summary>Reusable interval buffer, so measuring a pair allocates nothing.</summary>
    private sealed class Scratch(int capacity)
    {
        public double[] From = new double[Math.Max(capacity, 4)];
        public double[] To = new double[Math.Max(capacity, 4)];
    }

    /// <summary>All boundary segments (outer and inner rings) of all footprints in one flat array.</summary>
    private sealed class Walls
    {
        private Segment[] _segments = [];
        private int[] _start = [];
        private Envelope[] _envelopes = [];
        public int MaxFootprintSegments { get; private set; }

        public static Walls From(IReadOnlyList<Geometry> footprints)
        {
            var w = new Walls { _start = new int[footprints.Count + 1], _envelopes = new Envelope[footprints.Count] };
            var segments = new List<Segment>(footprints.Count * 8);
            for (var i = 0; i < footprints.Count; i++)
            {
                w._start[i] = segments.Count;
                var g = footprints[i];
                w._envelopes[i] = g?.EnvelopeInternal ?? new Envelope();
                if (g is null) continue;
                for (var p = 0; p < g.NumGeometries; p++)
                {
                    if (g.GetGeometryN(p) is not Polygon polygon || polygon.IsEmpty) continue;
                    Add(polygon.ExteriorRing.CoordinateSequence, segments);
                    foreach (var hole in polygon.InteriorRings) Add(hole.CoordinateSequence, segments);
                }
                w.MaxFootprintSegments = Math.Max(w.MaxFootprintSegments, segments.Count - w._start[i]);
            }
            w._start[footprints.Count] = segments.Count;
            w._segments = segments.ToArray();
            return w;
        }

        private static void Add(CoordinateSequence ring, List<Segment> segments)
        {
            for (var k = 1; k < ring.Count; k++)
            {
                var s = new Segment(ring.GetX(k - 1), ring.GetY(k - 1), ring.GetX(k), ring.GetY(k));
                if (s.X1 != s.X2 || s.Y1 != s.Y2) segments.Add(s);
            }
        }

        /// <summary>Length of footprint <paramref name="a"/>'s boundary that lies within <paramref name="tol"/> of
        /// footprint <paramref name="b"/>'s boundary. Per segment of a, the part alongside a segment of b is one interval
        /// (a line meets the rectangle around a segment in one piece); the intervals are merged per segment.</summary>
        public double SharedLengthM(int a, int b, double tol, Scratch scratch)
        {
            var other = _envelopes[b];
            var bFrom = _start[b];
            var bTo = _start[b + 1];
            var total = 0.0;
            for (var s = _start[a]; s < _start[a + 1]; s++)
            {
                var sa = _segments[s];
                if (sa.MaxX + tol < other.MinX || sa.MinX - tol > other.MaxX || sa.MaxY + tol < other.MinY || sa.MinY - tol > other.MaxY) continue;
                var count = 0;
                for (var t = bFrom; t < bTo; t++)
                {
                    var sb = _segments[t];
                    if (sa.MaxX + tol < sb.MinX || sa.MinX - tol > sb.MaxX || sa.MaxY + tol < sb.MinY || sa.MinY - tol > sb.MaxY) continue;
                    if (!NearInterval(sa, sb, tol, out var t0, out var t1)) continue;
                    scratch.From[count] = t0;
                    scratch.To[count] = t1;
                    count++;
                }
                if (count == 0) continue;
                var covered = MergedLength(scratch.From.AsSpan(0, count), scratch.To.AsSpan(0, count));
                var dx = sa.X2 - sa.X1;
                var dy = sa.Y2 - sa.Y1;
                total += covered * Math.Sqrt(dx * dx + dy * dy);
            }
            return total;
        }

        private static double MergedLength(Span<double> from, Span<double> to)
        {
            from.Sort(to);
            var length = 0.0;
            var curFrom = from[0];
            var curTo = to[0];
            for (var k = 1; k < from.Length; k++)
            {
                if (from[k] > curTo)
                {
                    length += curTo - curFrom;
                    curFrom = from[k];
                    curTo = to[k];
                }
                else if (to[k] > curTo) curTo = to[k];
            }
            return length + (curTo - curFrom);
        }

        /// <summary>The parameter interval [t0, t1] ⊂ [0, 1] of segment a that runs alongside segment b: within tol of
        /// b's line, beside b (projecting onto it, not past its ends) and nearly parallel to it. Without the last two
        /// conditions the façade line of a row (collinear walls meeting end to end) and each perpendicular wall ending
        /// at a party wall would add the tolerance to the shared length at every corner.</summary>
        private static bool NearInterval(in Segment a, in Segment b, double tol, out double t0, out double t1)
        {
            t0 = 0;
            t1 = 1;
            var ux = a.X2 - a.X1;
            var uy = a.Y2 - a.Y1;
            var ex = b.X2 - b.X1;
            var ey = b.Y2 - b.Y1;
            var lengthA = Math.Sqrt(ux * ux + uy * uy);
            var lengthB = Math.Sqrt(ex * ex + ey * ey);
            if (lengthA == 0 || lengthB == 0) return false;
            var nx = ex / lengthB;
            var ny = ey / lengthB;
            var cross = Math.Abs(ux * ny - uy * nx) / lengthA;
            if (cross > MaxWallAngleSine) return false;
            var rx = a.X1 - b.X1;
            var ry = a.Y1 - b.Y1;
            // Along b: s(t) in [0, lengthB]; across b: v(t) in [-tol, tol].
            return Clip(rx * nx + ry * ny, ux * nx + uy * ny, 0, lengthB, ref t0, ref t1)
                   && Clip(-rx * ny + ry * nx, -ux * ny + uy * nx, -tol, tol, ref t0, ref t1);
        }

        private static bool Clip(double f0, double f1, double min, double max, ref double from, ref double to)
        {
            if (f1 == 0) return f0 >= min && f0 <= max && from < to;
            var ta = (min - f0) / f1;
            var tb = (max - f0) / f1;
            if (ta > tb) (ta, tb) = (tb, ta);
            if (ta > from) from = ta;
            if (tb < to) to = tb;
            return from < to;
        }
    }
}
