using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Wijkwerf.Engine.DistrictModel;

/// <summary>Assigns points (building centroids) to the district polygon that contains them.</summary>
public static class DistrictAssignment
{
    /// <summary>For each point, the index of the containing district, or -1. Spatial index over the districts, so the
    /// cost grows with points × log(districts), not points × districts.</summary>
    /// <remarks>A point on a boundary counts as inside. When districts overlap or share a boundary the point goes to
    /// the district with the lowest index, so the answer does not depend on the order the index returns candidates.</remarks>
    public static int[] Assign(IReadOnlyList<Geometry> districts, IReadOnlyList<Coordinate> points)
    {
        ArgumentNullException.ThrowIfNull(districts);
        ArgumentNullException.ThrowIfNull(points);
        var result = new int[points.Count];
        Array.Fill(result, -1);
        if (districts.Count == 0 || points.Count == 0) return result;

        var tree = new STRtree<int>();
        for (var d = 0; d < districts.Count; d++)
        {
            var g = districts[d];
            if (g is null || g.IsEmpty || g.Dimension != Dimension.Surface) continue;
            tree.Insert(g.EnvelopeInternal, d);
        }
        tree.Build();

        // Locators are built on first use: a district no point falls near costs nothing.
        var locators = new IndexedPointInAreaLocator?[districts.Count];
        var query = new Envelope();
        for (var p = 0; p < points.Count; p++)
        {
            var c = points[p];
            if (double.IsNaN(c.X) || double.IsNaN(c.Y)) continue;
            query.Init(c.X, c.X, c.Y, c.Y);
            var best = -1;
            foreach (var d in tree.Query(query))
            {
                if (best >= 0 && d >= best) continue;
                var locator = locators[d] ??= new IndexedPointInAreaLocator(districts[d]);
                if (locator.Locate(c) != Location.Exterior) best = d;
            }
            result[p] = best;
        }
        return result;
    }
}
