using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Wijkwerf.Data.Geo;

/// <summary>The coordinate reference systems Wijkwerf reads. Everything is stored in WGS84 (EPSG:4326, lon/lat,
/// RFC 7946 axis order); analyses run in the national metric grid (RD New for the Netherlands, Lambert 72 for Belgium).</summary>
public static class Crs
{
    public const int Wgs84 = 4326;
    public const int RdNew = 28992;
    public const int Lambert72 = 31370;

    // Datum shifts: EPSG:15739 (Amersfoort to WGS 84 (3), 7 parameters, ~1 m, as in PROJ) and EPSG:15929 (BD72 to WGS 84 (3), ~1 m).
    private const string RdNewWkt = """
        PROJCS["Amersfoort / RD New",GEOGCS["Amersfoort",DATUM["Amersfoort",SPHEROID["Bessel 1841",6377397.155,299.1528128],
        TOWGS84[565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],
        PROJECTION["Oblique_Stereographic"],PARAMETER["latitude_of_origin",52.1561605555556],PARAMETER["central_meridian",5.38763888888889],
        PARAMETER["scale_factor",0.9999079],PARAMETER["false_easting",155000],PARAMETER["false_northing",463000],UNIT["metre",1],AUTHORITY["EPSG","28992"]]
        """;

    private const string Lambert72Wkt = """
        PROJCS["BD72 / Belgian Lambert 72",GEOGCS["BD72",DATUM["Reseau_National_Belge_1972",SPHEROID["International 1924",6378388,297],
        TOWGS84[-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],
        PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["standard_parallel_1",51.16666723333333],PARAMETER["standard_parallel_2",49.8333339],
        PARAMETER["latitude_of_origin",90],PARAMETER["central_meridian",4.367486666666666],PARAMETER["false_easting",150000.013],
        PARAMETER["false_northing",5400088.438],UNIT["metre",1],AUTHORITY["EPSG","31370"]]
        """;

    private static readonly CoordinateSystemFactory Factory = new();
    private static readonly CoordinateTransformationFactory Transformations = new();
    private static readonly Lazy<CoordinateSystem> RdNewCs = new(() => Factory.CreateFromWkt(RdNewWkt.ReplaceLineEndings("")));
    private static readonly Lazy<CoordinateSystem> Lambert72Cs = new(() => Factory.CreateFromWkt(Lambert72Wkt.ReplaceLineEndings("")));

    public static bool IsSupported(int epsg) => epsg is Wgs84 or RdNew or Lambert72;

    public static string Describe(int epsg) => epsg switch
    {
        Wgs84 => "EPSG:4326 (WGS 84)",
        RdNew => "EPSG:28992 (Amersfoort / RD New)",
        Lambert72 => "EPSG:31370 (BD72 / Belgian Lambert 72)",
        _ => $"EPSG:{epsg}",
    };

    private static CoordinateSystem System(int epsg) => epsg switch
    {
        Wgs84 => GeographicCoordinateSystem.WGS84,
        RdNew => RdNewCs.Value,
        Lambert72 => Lambert72Cs.Value,
        _ => throw new NotSupportedException($"Coordinate reference system {Describe(epsg)} is not supported; use {Describe(RdNew)}, {Describe(Lambert72)} or {Describe(Wgs84)}."),
    };

    /// <summary>A transform from one supported CRS to another; identity when they are the same.</summary>
    public static GeometryProjector Between(int fromEpsg, int toEpsg)
    {
        if (fromEpsg == toEpsg) return GeometryProjector.Identity(toEpsg);
        var t = Transformations.CreateFromCoordinateSystems(System(fromEpsg), System(toEpsg));
        return new GeometryProjector(t.MathTransform, toEpsg);
    }

    /// <summary>The metric grid for analyses at this place: RD New in the Netherlands, Lambert 72 elsewhere in the Benelux.</summary>
    public static int MetricFor(double lon, double lat) =>
        lat > 50.75 && lon > 3.36 && !(lat < 51.5 && lon < 5.85 && IsSouthOfDutchBorder(lon, lat)) && lat < 53.7 && lon < 7.3
            ? RdNew
            : Lambert72;

    // The Dutch-Belgian border roughly follows 51.25-51.5 N between 3.36 and 5.85 E; a point under it is Belgian.
    private static bool IsSouthOfDutchBorder(double lon, double lat) => lat < (lon < 4.3 ? 51.28 : 51.45);
}

/// <summary>Projects geometries coordinate by coordinate, in place on a copy.</summary>
public sealed class GeometryProjector
{
    private readonly MathTransform? _transform;

    public int TargetEpsg { get; }

    internal GeometryProjector(MathTransform? transform, int targetEpsg)
    {
        _transform = transform;
        TargetEpsg = targetEpsg;
    }

    public static GeometryProjector Identity(int epsg) => new(null, epsg);

    public Geometry Project(Geometry g)
    {
        var copy = g.Copy();
        if (_transform is not null)
        {
            copy.Apply(new ProjectingFilter(_transform));
            copy.GeometryChanged();
        }
        copy.SRID = TargetEpsg;
        return copy;
    }

    public (double X, double Y) Project(double x, double y) => _transform is null ? (x, y) : _transform.Transform(x, y);

    public Coordinate Project(Coordinate c)
    {
        var (x, y) = Project(c.X, c.Y);
        return new Coordinate(x, y);
    }

    private sealed class ProjectingFilter(MathTransform t) : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = t.Transform(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
