using NetTopologySuite.Algorithm;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Wijkwerf.Engine.DistrictModel;

/// <summary>Links each building to its nearest street segment with the connection length.</summary>
public static class NearestStreetLinker
{
    // First search radius (m): most buildings in a district stand within this distance of a street, and a small
    // window keeps the candidate list short. The window doubles until a segment is found or maxDistanceM is reached.
    private const double FirstSearchRadiusM = 32;

    /// <summary>For each footprint, the nearest segment (index into <paramref name="segments"/>) and the distance from
    /// the footprint (boundary or interior) to it: 0 when the segment touches or crosses the footprint. When no segment
    /// lies within <paramref name="maxDistanceM"/>, or the footprint is empty, the link is
    /// <c>(-1, <see cref="double.PositiveInfinity"/>)</c>. Equal distances go to the lowest segment index.</summary>
    public static StreetLink[] Link(IReadOnlyList<LineString> segments, IReadOnlyList<Geometry> footprints, double maxDistanceM = 250)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(footprints);
        var result = new StreetLink[footprints.Count];
        Array.Fill(result, new StreetLink(-1, double.PositiveInfinity));
        if (segments.Count == 0 || footprints.Count == 0 || !(maxDistanceM >= 0)) return result;

        var tree = new STRtree<int>();
        for (var s = 0; s < segments.Count; s++)
        {
            if (segments[s] is { IsEmpty: false } segment) tree.Insert(segment.EnvelopeInternal, s);
        }
        tree.Build();

        for (var f = 0; f < footprints.Count; f++)
        {
            var footprint = footprints[f];
            if (footprint is null || footprint.IsEmpty) continue;
            var envelope = footprint.EnvelopeInternal;
            var radius = Math.Min(FirstSearchRadiusM, maxDistanceM);
            while (true)
            {
                var window = new Envelope(envelope);
                window.ExpandBy(radius);
                var best = -1;
                var bestDistance = double.PositiveInfinity;
                foreach (var s in tree.Query(window))
                {
                    // Envelopes are never farther apart than the geometries: a cheap bound skips most candidates.
                    var bound = envelope.Distance(segments[s].EnvelopeInternal);
                    if (bound > bestDistance || (bound == bestDistance && s > best)) continue;
                    var d = Distance(footprint, segments[s]);
                    if (d < bestDistance || (d == bestDistance && s < best))
                    {
                        best = s;
                        bestDistance = d;
                    }
                }
                // A segment outside the window is farther than the radius, so a hit within the radius is the nearest.
                if (best >= 0 && bestDistance <= radius)
                {
                    if (bestDistance <= maxDistanceM) result[f] = new StreetLink(best, bestDistance);
                    break;
                }
                if (radius >= maxDistanceM) break;
                radius = Math.Min(radius * 2, maxDistanceM);
            }
        }
        return result;
    }

    /// <summary>Footprint to street distance: the least distance between a footprint edge and a street segment, or 0
    /// when the street lies inside the footprint. Same result as <see cref="Geometry.Distance"/>, without its allocations.</summary>
    private static double Distance(Geometry footprint, LineString street)
    {
        var line = street.Coordinates;
        if (footprint.Dimension != Dimension.Surface) return footprint.Distance(street);
        var best = double.PositiveInfinity;
        for (var p = 0; p < footprint.NumGeometries; p++)
        {
            if (footprint.GetGeometryN(p) is not Polygon polygon || polygon.IsEmpty) continue;
            best = Math.Min(best, RingDistance(polygon.ExteriorRing.Coordinates, line, best));
            foreach (var hole in polygon.InteriorRings) best = Math.Min(best, RingDistance(hole.Coordinates, line, best));
            if (best == 0) return 0;
            if (line.Length > 0 && SimplePointInAreaLocator.Locate(line[0], polygon) != Location.Exterior) return 0;
        }
        return best;
    }

    private static double RingDistance(Coordinate[] ring, Coordinate[] line, double best)
    {
        for (var i = 1; i < ring.Length; i++)
        {
            for (var j = 1; j < line.Length; j++)
            {
                var d = DistanceComputer.SegmentToSegment(ring[i - 1], ring[i], line[j - 1], line[j]);
                if (d < best)
                {
                    best = d;
                    if (d == 0) return 0;
                }
            }
        }
        if (line.Length == 1)
        {
            for (var i = 1; i < ring.Length; i++) best = Math.Min(best, DistanceComputer.PointToSegment(line[0], ring[i - 1], ring[i]));
        }
        return best;
    }
}
