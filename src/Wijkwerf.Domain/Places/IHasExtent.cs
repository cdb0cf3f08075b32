using NetTopologySuite.Geometries;

namespace Wijkwerf.Domain.Places;

/// <summary>A lon/lat bounding box kept as four plain columns, so that "what lies in this area" is an indexed range
/// query on SQLite and PostgreSQL alike, without a spatial extension.</summary>
public interface IHasExtent
{
    double MinLon { get; set; }
    double MinLat { get; set; }
    double MaxLon { get; set; }
    double MaxLat { get; set; }
}

public static class ExtentExtensions
{
    public static void SetExtent(this IHasExtent item, Geometry wgs84)
    {
        var e = wgs84.EnvelopeInternal;
        item.MinLon = e.MinX;
        item.MinLat = e.MinY;
        item.MaxLon = e.MaxX;
        item.MaxLat = e.MaxY;
    }
}
