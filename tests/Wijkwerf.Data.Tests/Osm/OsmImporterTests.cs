using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Import.Osm;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Tests.Osm;

public class OsmImporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Runs the importer the way the import service does: a real SQLite file, a source row, one transaction.</summary>
    private static async Task<(WijkwerfDb Db, int Features)> ImportAsync(TempFolder dir, string file, List<ImportProgress>? progress = null)
    {
        var db = await WijkwerfDbFactory.OpenAsync(new DatabaseLocation(Path.Combine(dir.Path, "wijkwerf.db")), Ct);
        var importer = new OsmImporter();
        var source = new ImportSource { Kind = importer.Kind, Name = Path.GetFileName(file), Sha256 = "x", Attribution = importer.Attribution };
        db.Sources.Add(source);
        await db.SaveChangesAsync(Ct);
        await using var tx = await db.Database.BeginTransactionAsync(Ct);
        var features = await importer.ImportAsync(new ImportContext(db, source, file,
            progress is null ? null : new SynchronousProgress(progress), Ct));
        await tx.CommitAsync(Ct);
        return (db, features);
    }

    private sealed class SynchronousProgress(List<ImportProgress> into) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => into.Add(value);
    }

    [Fact]
    public async Task Wechelderzande_imports_its_buildings_addresses_streets_and_land_use()
    {
        using var dir = new TempFolder();
        var progress = new List<ImportProgress>();
        var (db, features) = await ImportAsync(dir, SharedData.File("be-wechelderzande/wechel.osm.pbf"), progress);
        await using var _ = db;

        var buildings = await db.Buildings.AsNoTracking().ToListAsync(Ct);
        // 1,803 building ways; the few cut by the extract's edge are left out.
        buildings.Count.ShouldBeInRange(1_750, 1_803);
        buildings.ShouldAllBe(b => b.SourceId == 1 && b.ExternalId.StartsWith('w') && b.FootprintAreaM2 > 0);
        buildings.ShouldAllBe(b => b.Footprint.SRID == 4326 && (b.Footprint is Polygon || b.Footprint is MultiPolygon));
        buildings.Count(b => b.Use == "house").ShouldBeGreaterThan(1_250);
        // Houses in a Campine village: mostly 60-200 m² of footprint.
        buildings.Where(b => b.Use == "house").Select(b => b.FootprintAreaM2).Order().ElementAt(buildings.Count(b => b.Use == "house") / 2)
            .ShouldBeInRange(60, 200);
        buildings.ShouldAllBe(b => b.CentroidLon > 4.77 && b.CentroidLon < 4.81 && b.CentroidLat > 51.25 && b.CentroidLat < 51.28);
        buildings.ShouldAllBe(b => b.MinLon <= b.CentroidLon && b.CentroidLon <= b.MaxLon && b.MinLat <= b.CentroidLat && b.CentroidLat <= b.MaxLat);
        buildings.Where(b => b.Use is "shed" or "garage").ShouldAllBe(b => b.Dwellings == 0);
        buildings.Where(b => b.Use == "house").ShouldAllBe(b => b.Dwellings >= 1 && b.FloorAreaM2 == b.FootprintAreaM2 * 2);
        buildings.Count(b => b.Address != null).ShouldBeInRange(1_500, 1_551);

        var units = await db.Units.AsNoTracking().ToListAsync(Ct);
        units.Count.ShouldBe(buildings.Count(b => b.Address != null));
        units.ShouldAllBe(u => u.HouseNumber != null || u.Street != null);
        units.Count(u => u.IsDwelling).ShouldBeGreaterThan(1_400);

        var segments = await db.StreetSegments.AsNoTracking().ToListAsync(Ct);
        segments.Count.ShouldBeGreaterThan(264, "highways are split at their junctions");
        segments.Select(s => s.ExternalId).Distinct().Count().ShouldBe(segments.Count);
        segments.ShouldAllBe(s => s.Centreline.SRID == 4326 && s.LengthM > 0);
        segments.Count(s => s.Name == "Molenheidedreef").ShouldBeGreaterThan(0);
        var expectedLengthM = HighwayLengthM(SharedData.File("be-wechelderzande/wechel.osm"));
        segments.Sum(s => s.LengthM).ShouldBe(expectedLengthM, expectedLengthM * 0.005);

        var landUse = await db.LandUses.AsNoTracking().ToListAsync(Ct);
        landUse.Count(l => l.Kind == "landuse=forest").ShouldBeGreaterThan(40, "68 forest ways, many cut by the extract edge");
        landUse.ShouldAllBe(l => l.AreaM2 > 0);

        features.ShouldBe(buildings.Count + segments.Count + landUse.Count);
        progress.ShouldContain(p => p.Phase == "reading" && p.File == "wechel.osm.pbf");
    }

    [Fact]
    public async Task The_xml_and_pbf_of_one_extract_import_the_same()
    {
        using var dirXml = new TempFolder();
        using var dirPbf = new TempFolder();
        var (xmlDb, xmlFeatures) = await ImportAsync(dirXml, SharedData.File("be-wechelderzande/api.osm"));
        var (pbfDb, pbfFeatures) = await ImportAsync(dirPbf, SharedData.File("be-wechelderzande/api.osm.pbf"));
        await using var _ = xmlDb;
        await using var __ = pbfDb;
        pbfFeatures.ShouldBe(xmlFeatures);
        (await pbfDb.Buildings.CountAsync(Ct)).ShouldBe(await xmlDb.Buildings.CountAsync(Ct));
        (await pbfDb.Buildings.CountAsync(Ct)).ShouldBeInRange(80, 88);
        (await pbfDb.StreetSegments.SumAsync(s => s.LengthM, Ct)).ShouldBe(await xmlDb.StreetSegments.SumAsync(s => s.LengthM, Ct), 0.01);
    }

    [Fact]
    public async Task An_osm_file_without_buildings_is_refused()
    {
        using var dir = new TempFolder();
        var path = dir.Write("streets-only.osm", """
            <osm version="0.6">
              <node id="1" lat="51.2600" lon="4.7800"/>
              <node id="2" lat="51.2610" lon="4.7810"/>
              <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
            </osm>
            """);
        var e = await Should.ThrowAsync<BadInputException>(() => ImportAsync(dir, path));
        e.Problem.ShouldBe("contains no buildings (way with a building tag)");
        e.Message.ShouldStartWith("streets-only.osm");
    }

    [Fact]
    public async Task A_corrupt_pbf_is_refused_as_bad_input()
    {
        using var dir = new TempFolder();
        var bytes = File.ReadAllBytes(SharedData.File("be-wechelderzande/api.osm.pbf"));
        var path = dir.Write("api-cut.osm.pbf", bytes[..(bytes.Length / 2)]);
        var e = await Should.ThrowAsync<BadInputException>(() => ImportAsync(dir, path));
        e.Where.ShouldNotBeNull().ShouldStartWith("block");
    }

    [Fact]
    public void Dwelling_estimates_follow_the_documented_rules()
    {
        static int Dwellings(string use, params (string K, string V)[] tags) =>
            OsmBuildingEstimate.Dwellings(use, tags.ToDictionary(t => t.K, t => t.V), OsmBuildingEstimate.Integer(tags.FirstOrDefault(t => t.K == "building:levels").V));
        Dwellings("house").ShouldBe(1);
        Dwellings("house", ("addr:housenumber", "12;14")).ShouldBe(2);
        Dwellings("yes").ShouldBe(0);
        Dwellings("yes", ("addr:housenumber", "3")).ShouldBe(1);
        Dwellings("shed", ("addr:housenumber", "3")).ShouldBe(0);
        Dwellings("apartments").ShouldBe(3);
        Dwellings("apartments", ("building:levels", "5")).ShouldBe(5);
        Dwellings("apartments", ("building:flats", "24")).ShouldBe(24);
        OsmBuildingEstimate.Year("ca. 1923-05").ShouldBe(1923);
        OsmBuildingEstimate.Year("C19").ShouldBeNull();
    }

    /// <summary>Length of all street ways over their nodes present in the file, by the haversine formula: an
    /// independent check of the metric projection and the split.</summary>
    private static double HighwayLengthM(string osmXml)
    {
        var nodes = new Dictionary<long, (double Lon, double Lat)>();
        var total = 0.0;
        string[] skipped = ["proposed", "construction", "platform", "bus_stop", "services", "rest_area", "abandoned", "razed", "elevator", "no"];
        foreach (var e in OsmReader.Read(osmXml, Ct))
        {
            if (e is OsmNode n) nodes[n.Id] = (n.Lon, n.Lat);
            if (e is not OsmWay w || !w.Tags.TryGetValue("highway", out var kind) || skipped.Contains(kind) || w.Tags.GetValueOrDefault("area") == "yes") continue;
            for (var i = 1; i < w.NodeIds.Length; i++)
                if (nodes.TryGetValue(w.NodeIds[i - 1], out var a) && nodes.TryGetValue(w.NodeIds[i], out var b))
                    total += Haversine(a, b);
        }
        return total;
    }

    private static double Haversine((double Lon, double Lat) a, (double Lon, double Lat) b)
    {
        const double EarthRadiusM = 6_371_008.8;
        double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(b.Lat - a.Lat);
        var dLon = Rad(b.Lon - a.Lon);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(a.Lat)) * Math.Cos(Rad(b.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusM * Math.Asin(Math.Sqrt(h));
    }
}
