using NetTopologySuite.Geometries;

namespace Wijkwerf.Engine.DistrictModel;

/// <summary>Links each building to its nearest street segment with the connection length.</summary>
public static class NearestStreetLinker
{
    public static StreetLink[] Link(IReadOnlyList<LineString> segments, IReadOnlyList<Geometry> footprints, double maxDistanceM = 250) =>
        throw new NotImplementedException("district model engine: to be written");
}
