using NetTopologySuite.Geometries;

namespace Wijkwerf.Engine.DistrictModel;

/// <summary>Assigns points (building centroids) to the district polygon that contains them.</summary>
public static class DistrictAssignment
{
    /// <summary>For each point, the index of the containing district, or -1. Spatial index over the districts, so the
    /// cost grows with points × log(districts), not points × districts.</summary>
    public static int[] Assign(IReadOnlyList<Geometry> districts, IReadOnlyList<Coordinate> points) =>
        throw new NotImplementedException("district model engine: to be written");
}
