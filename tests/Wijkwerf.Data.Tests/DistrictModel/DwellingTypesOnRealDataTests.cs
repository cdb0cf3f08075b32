using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Import.Osm;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.DistrictModel;

namespace Wijkwerf.Data.Tests.DistrictModel;

/// <summary>The dwelling-type rule on the two real pilot areas: a Campine village and a Dutch city district.</summary>
public class DwellingTypesOnRealDataTests
{
    private static Dictionary<DwellingType, int> Tally(DwellingTypeResult[] results) =>
        results.Where(r => r.Type is not null).GroupBy(r => r.Type!.Value).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Most_homes_in_Wechelderzande_are_detached_with_some_pairs_and_short_rows()
    {
        var toLambert = Crs.Between(Crs.Wgs84, Crs.Lambert72);
        var factory = new GeometryFactory();
        var nodes = new Dictionary<long, Coordinate>();
        var footprints = new List<Geometry>();
        var dwellings = new List<int>();
        foreach (var e in OsmReader.Read(SharedData.File("be-wechelderzande/wechel.osm.pbf"), TestContext.Current.CancellationToken))
        {
            if (e is OsmNode n) nodes[n.Id] = toLambert.Project(new Coordinate(n.Lon, n.Lat));
            if (e is OsmWay w && w.IsClosed && w.Tags.TryGetValue("building", out var use) && w.NodeIds.All(nodes.ContainsKey))
            {
                footprints.Add(factory.CreatePolygon(w.NodeIds.Select(id => nodes[id]).ToArray()));
                dwellings.Add(OsmBuildingEstimate.Dwellings(use, w.Tags, null));
            }
        }
        var tally = Tally(DwellingTypeClassifier.Classify(footprints, dwellings));
        var homes = tally.Values.Sum();
        tally[DwellingType.Detached].ShouldBeGreaterThan(homes * 2 / 3);
        tally[DwellingType.SemiDetached].ShouldBeInRange(50, 300);
        tally.GetValueOrDefault(DwellingType.TerracedMiddle).ShouldBeLessThan(homes / 10);
    }

    [Fact]
    public void Voorburg_and_Bezuidenhout_are_rows_and_apartments_with_few_detached_houses()
    {
        var footprints = new List<Geometry>();
        var dwellings = new List<int>();
        using (var connection = new SqliteConnection($"Data Source={SharedData.File("nl-voorburg/bag-voorburg.gpkg")};Mode=ReadOnly"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT p.geom, coalesce(d.dwellings, 0)
                FROM pand p LEFT JOIN (SELECT pand_identificatie, count(*) AS dwellings FROM verblijfsobject
                                       WHERE gebruiksdoel LIKE '%woonfunctie%' GROUP BY pand_identificatie) d
                       ON d.pand_identificatie = p.identificatie
                """;
            using var reader = command.ExecuteReader();
            var wkb = new WKBReader();
            while (reader.Read())
            {
                footprints.Add(wkb.Read(GeoPackageWkb((byte[])reader[0])));
                dwellings.Add(reader.GetInt32(1));
            }
        }
        footprints.Count.ShouldBe(15_380);

        var results = DwellingTypeClassifier.Classify(footprints, dwellings);
        var tally = Tally(results);
        var terraced = tally[DwellingType.TerracedEnd] + tally[DwellingType.TerracedMiddle];
        terraced.ShouldBeGreaterThan(tally[DwellingType.Detached] * 10);
        tally[DwellingType.TerracedMiddle].ShouldBeGreaterThan(tally[DwellingType.TerracedEnd]);
        tally[DwellingType.Apartment].ShouldBeGreaterThan(1_000);
        results.Count(r => r.Type is null).ShouldBe(dwellings.Count(d => d == 0));
    }

    /// <summary>The WKB inside a GeoPackage geometry blob: after the 8-byte header and the envelope its flags announce.</summary>
    private static byte[] GeoPackageWkb(byte[] blob)
    {
        var envelopeBytes = ((blob[3] >> 1) & 7) switch { 1 => 32, 2 or 3 => 48, 4 => 64, _ => 0 };
        return blob[(8 + envelopeBytes)..];
    }
}
