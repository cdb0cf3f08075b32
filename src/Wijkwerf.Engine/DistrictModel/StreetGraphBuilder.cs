using NetTopologySuite.Geometries;

namespace Wijkwerf.Engine.DistrictModel;

/// <summary>Splits street ways into graph edges at intersections: a node is a graph node when it ends a way or is
/// shared by two or more ways (or appears twice in one way).</summary>
public static class StreetGraphBuilder
{
    /// <summary>Edges in input order: the ways in the order given, and along each way from its first node to its last.
    /// <see cref="StreetEdge.Index"/> counts the edges of one way from 0. A node repeated immediately after itself is
    /// read once (it would only make a zero-length edge); ways with fewer than two distinct nodes give no edges.</summary>
    /// <exception cref="ArgumentException">A way whose node ids and coordinates differ in number.</exception>
    public static IReadOnlyList<StreetEdge> Split(IEnumerable<StreetWay> ways)
    {
        ArgumentNullException.ThrowIfNull(ways);
        var list = ways as IReadOnlyList<StreetWay> ?? ways.ToList();

        // Uses per node over all ways; a node used twice (by two ways, or twice by one way) joins streets.
        var uses = new Dictionary<long, int>();
        foreach (var way in list)
        {
            if (way.NodeIds.Length != way.Coordinates.Length)
                throw new ArgumentException($"Way {way.WayId} has {way.NodeIds.Length} node ids but {way.Coordinates.Length} coordinates.", nameof(ways));
            var ids = way.NodeIds;
            if (ids.Length < 2 || LastDistinct(ids) == 0) continue;
            for (var i = 0; i < ids.Length; i++)
            {
                if (i > 0 && ids[i] == ids[i - 1]) continue;
                uses[ids[i]] = uses.GetValueOrDefault(ids[i]) + 1;
            }
        }

        var edges = new List<StreetEdge>(list.Count * 2);
        var run = new List<Coordinate>();
        foreach (var way in list)
        {
            var ids = way.NodeIds;
            var coords = way.Coordinates;
            if (ids.Length < 2 || LastDistinct(ids) == 0) continue;
            var index = 0;
            run.Clear();
            run.Add(coords[0]);
            var from = ids[0];
            var last = LastDistinct(ids);
            for (var i = 1; i < ids.Length; i++)
            {
                if (ids[i] == ids[i - 1]) continue;
                run.Add(coords[i]);
                var isGraphNode = i == last || uses[ids[i]] >= 2;
                if (!isGraphNode) continue;
                var edgeCoords = run.ToArray();
                edges.Add(new StreetEdge(way.WayId, index++, way.Kind, way.Name, from, ids[i], edgeCoords, PlanarLengthM(edgeCoords)));
                run.Clear();
                run.Add(coords[i]);
                from = ids[i];
            }
        }
        return edges;
    }

    // The last node, or the earlier copy when the way ends on a repeated node (which is skipped).
    private static int LastDistinct(long[] ids)
    {
        var i = ids.Length - 1;
        while (i > 0 && ids[i] == ids[i - 1]) i--;
        return i;
    }

    internal static double PlanarLengthM(ReadOnlySpan<Coordinate> coords)
    {
        var length = 0.0;
        for (var i = 1; i < coords.Length; i++)
        {
            var dx = coords[i].X - coords[i - 1].X;
            var dy = coords[i].Y - coords[i - 1].Y;
            length += Math.Sqrt(dx * dx + dy * dy);
        }
        return length;
    }
}
