using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Data.Import;

/// <summary>What every building source derives from the footprint the same way.</summary>
public static class BuildingRows
{
    /// <summary>Sets the building's point and box from its WGS84 footprint. The point is the interior point, not the
    /// centroid: for an L- or U-shaped footprint the centroid can lie outside it, even in the next district.</summary>
    public static Building Located(this Building building)
    {
        var point = building.Footprint.InteriorPoint;
        building.CentroidLon = point.X;
        building.CentroidLat = point.Y;
        building.SetExtent(building.Footprint);
        return building;
    }
}
