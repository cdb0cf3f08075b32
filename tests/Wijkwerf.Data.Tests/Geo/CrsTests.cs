using Wijkwerf.Data.Geo;

namespace Wijkwerf.Data.Tests.Geo;

public class CrsTests
{
    // Reference values from GDAL/PROJ (gdaltransform -s_srs EPSG:28992|31370 -t_srs EPSG:4326), Debian gdal-bin 3.6.
    [Theory]
    [InlineData(Crs.RdNew, 84000, 455000, 4.35145947, 52.07871726)]
    [InlineData(Crs.RdNew, 155000, 463000, 5.38720351, 52.15517230)]
    [InlineData(Crs.Lambert72, 190000, 210000, 4.94102042, 51.19858332)]
    [InlineData(Crs.Lambert72, 150000, 170000, 4.36875214, 50.84041128)]
    public void National_grids_project_to_WGS84_within_two_metres_of_PROJ(int epsg, double x, double y, double lon, double lat)
    {
        var (gotLon, gotLat) = Crs.Between(epsg, Crs.Wgs84).Project(x, y);
        var dxM = (gotLon - lon) * 111_320 * Math.Cos(lat * Math.PI / 180);
        var dyM = (gotLat - lat) * 110_574;
        Math.Sqrt(dxM * dxM + dyM * dyM).ShouldBeLessThan(2.0);
    }

    [Fact]
    public void Round_trip_through_WGS84_returns_to_the_same_RD_point_within_five_centimetres()
    {
        var (lon, lat) = Crs.Between(Crs.RdNew, Crs.Wgs84).Project(84_500, 455_500);
        var (x, y) = Crs.Between(Crs.Wgs84, Crs.RdNew).Project(lon, lat);
        x.ShouldBe(84_500, 0.05);
        y.ShouldBe(455_500, 0.05);
    }

    [Fact]
    public void Voorburg_is_analysed_in_RD_New_and_Wechelderzande_in_Lambert_72()
    {
        Crs.MetricFor(4.36, 52.07).ShouldBe(Crs.RdNew);
        Crs.MetricFor(4.79, 51.26).ShouldBe(Crs.Lambert72);
    }

    [Fact]
    public void An_unsupported_CRS_is_refused_with_its_code_named() =>
        Should.Throw<NotSupportedException>(() => Crs.Between(3857, Crs.Wgs84)).Message.ShouldContain("EPSG:3857");
}
