using NetTopologySuite.Geometries;

namespace Wijkwerf.Engine.Tests.DistrictModel;

/// <summary>Metric test geometry: rectangles (footprints, districts) and lines (streets).</summary>
internal static class Shapes
{
    public static readonly GeometryFactory Factory = new();

    public static Polygon Box(double x, double y, double widthM, double depthM) => Factory.CreatePolygon(
    [
        new Coordinate(x, y), new Coordinate(x + widthM, y), new Coordinate(x + widthM, y + depthM),
        new Coordinate(x, y + depthM), new Coordinate(x, y),
    ]);

    public static LineString Line(params (double X, double Y)[] points) =>
        Factory.CreateLineString(points.Select(p => new Coordinate(p.X, p.Y)).ToArray());
}
