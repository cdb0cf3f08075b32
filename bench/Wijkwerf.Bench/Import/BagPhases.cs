using System.Diagnostics;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Import.GeoPackage;

namespace Wijkwerf.Bench.Import;

/// <summary>Where the time of a BAG import goes, without the database: <c>bag-phases [file]</c> times reading and
/// decoding the footprints, projecting them to WGS84, and the interior point, each over the whole layer.</summary>
public static class BagPhases
{
    public static int Run(string path)
    {
        using var gpkg = GeoPackageFile.Open(path);
        var toWgs = Crs.Between(Crs.RdNew, Crs.Wgs84);
        foreach (var step in new[] { "decode", "decode+project", "decode+project+interior" })
        {
            var clock = Stopwatch.StartNew();
            var n = 0;
            double sink = 0;
            foreach (var row in gpkg.Rows("pand"))
            {
                var g = row.Geometry()!;
                if (step != "decode")
                {
                    var w = toWgs.Project(g);
                    sink += w.Coordinates[0].X;
                    if (step.EndsWith("interior", StringComparison.Ordinal)) sink += w.InteriorPoint.X;
                }
                n++;
            }
            Console.WriteLine($"{step,-26} {n} footprints {clock.Elapsed.TotalSeconds:0.000} s ({clock.Elapsed.TotalMilliseconds * 1000 / n:0.0} µs each) {sink:0}");
        }
        return 0;
    }
}
