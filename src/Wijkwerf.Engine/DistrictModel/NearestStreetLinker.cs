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
                    var d = footprint.Distance(segments[s]);
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
}
