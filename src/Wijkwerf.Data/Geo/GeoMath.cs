using NetTopologySuite.Geometries;

namespace Wijkwerf.Data.Geo;

/// <summary>Metric measures of WGS84 geometries, via the national grid of the place.</summary>
public static class GeoMath
{
    public static double AreaM2(Geometry wgs84)
    {
        var c = wgs84.EnvelopeInternal.Centre;
        return Crs.Between(Crs.Wgs84, Crs.MetricFor(c.X, c.Y)).Project(wgs84).Area;
    }

    public static double LengthM(Geometry wgs84)
    {
        var c = wgs84.EnvelopeInternal.Centre;
        return Crs.Between(Crs.Wgs84, Crs.MetricFor(c.X, c.Y)).Project(wgs84).Length;
    }
}
