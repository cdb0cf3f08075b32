using Wijkwerf.Data.Import;
using Wijkwerf.Data.Import.Osm;

namespace Wijkwerf.Data.Tests.Osm;

public class OsmReaderTests
{
    private static IEnumerable<OsmElement> Read(string path) => OsmReader.Read(path, TestContext.Current.CancellationToken);

    private static string Wechel(string name) => SharedData.File("be-wechelderzande/" + name);

    private sealed record Counts(int Nodes, int Ways, int Relations, int Buildings, int Highways);

    private static Counts Count(string path)
    {
        var elements = Read(path).ToList();
        return new Counts(
            elements.Count(e => e is OsmNode),
            elements.Count(e => e is OsmWay),
            elements.Count(e => e is OsmRelation),
            elements.Count(e => e is OsmWay && e.Tags.ContainsKey("building")),
            elements.Count(e => e is OsmWay && e.Tags.ContainsKey("highway")));
    }

    [Theory]
    [InlineData("wechel.osm")]
    [InlineData("wechel.osm.pbf")]
    public void Wechelderzande_has_11582_nodes_2342_ways_54_relations_1803_buildings_and_264_highways(string file) =>
        Count(Wechel(file)).ShouldBe(new Counts(11_582, 2_342, 54, 1_803, 264));

    [Theory]
    [InlineData("api.osm")]
    [InlineData("api.osm.pbf")]
    public void The_api_extract_has_1715_nodes_144_ways_6_relations_88_buildings_and_21_highways(string file) =>
        Count(Wechel(file)).ShouldBe(new Counts(1_715, 144, 6, 88, 21));

    [Theory]
    [InlineData("wechel")]
    [InlineData("api")]
    public void Xml_and_pbf_of_the_same_data_give_the_same_elements(string name)
    {
        var xml = Read(Wechel(name + ".osm")).ToList();
        var pbf = Read(Wechel(name + ".osm.pbf")).ToList();
        pbf.Count.ShouldBe(xml.Count);
        var byKey = xml.ToDictionary(e => (e.Type, e.Id));
        foreach (var p in pbf)
        {
            var x = byKey[(p.Type, p.Id)];
            p.Tags.OrderBy(t => t.Key).ShouldBe(x.Tags.OrderBy(t => t.Key), $"tags of {p.Type} {p.Id}");
            switch (p)
            {
                case OsmNode n:
                    var xn = (OsmNode)x;
                    // PBF stores 100 nanodegrees by default, XML 7 decimals: the same value.
                    n.Lon.ShouldBe(xn.Lon, 1e-7);
                    n.Lat.ShouldBe(xn.Lat, 1e-7);
                    break;
                case OsmWay w:
                    w.NodeIds.ShouldBe(((OsmWay)x).NodeIds);
                    break;
                case OsmRelation r:
                    r.Members.ShouldBe(((OsmRelation)x).Members);
                    break;
            }
        }
    }

    [Fact]
    public void Nodes_lie_inside_the_bounds_of_the_wechelderzande_extract()
    {
        var nodes = Read(Wechel("wechel.osm.pbf")).OfType<OsmNode>().ToList();
        nodes.ShouldAllBe(n => n.Lon >= 4.77335 && n.Lon <= 4.80524 && n.Lat >= 51.25394 && n.Lat <= 51.27623);
    }

    [Fact]
    public void The_format_is_told_by_the_content_not_the_file_name()
    {
        using var dir = new TempFolder();
        var pbfNamedXml = dir.Copy(Wechel("api.osm.pbf"), "api.xml");
        var xmlNamedPbf = dir.Copy(Wechel("api.osm"), "api.pbf");
        OsmReader.DetectFormat(pbfNamedXml).ShouldBe(OsmFormat.Pbf);
        OsmReader.DetectFormat(xmlNamedPbf).ShouldBe(OsmFormat.Xml);
        Read(pbfNamedXml).Count().ShouldBe(1_715 + 144 + 6);
    }

    [Fact]
    public void A_truncated_pbf_is_refused_naming_the_block()
    {
        using var dir = new TempFolder();
        var bytes = File.ReadAllBytes(Wechel("wechel.osm.pbf"));
        var path = dir.Write("cut.osm.pbf", bytes[..(bytes.Length * 2 / 3)]);
        var e = Should.Throw<BadInputException>(() => Read(path).Count());
        e.Message.ShouldStartWith("cut.osm.pbf, block ");
        e.Problem.ShouldContain("truncated");
    }

    [Fact]
    public void A_pbf_with_damaged_compressed_data_is_refused_naming_the_block()
    {
        using var dir = new TempFolder();
        var bytes = File.ReadAllBytes(Wechel("wechel.osm.pbf"));
        // Overwrite the middle of the file, inside a compressed data block, with garbage.
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 400; i++) bytes[i] = (byte)(i * 31);
        var path = dir.Write("damaged.osm.pbf", bytes);
        var e = Should.Throw<BadInputException>(() => Read(path).Count());
        e.Where.ShouldNotBeNull().ShouldContain("block");
    }

    [Fact]
    public void Malformed_xml_is_refused_naming_the_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("bad.osm", """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6">
              <node id="1" lat="51.26" lon="4.78"/>
              <node id="2" lat="51.26" lon="4.78">
                <tag k="amenity" v="bench">
              </node>
            </osm>
            """);
        var e = Should.Throw<BadInputException>(() => Read(path).Count());
        e.Where.ShouldBe("line 6");
    }

    [Fact]
    public void A_node_without_a_latitude_is_refused_naming_the_node_and_field()
    {
        using var dir = new TempFolder();
        var path = dir.Write("nolat.osm", """<osm version="0.6"><node id="42" lon="4.78"/></osm>""");
        var e = Should.Throw<BadInputException>(() => Read(path).Count());
        e.Field.ShouldBe("lat");
        e.Problem.ShouldContain("node 42");
    }

    [Fact]
    public void A_file_that_is_neither_xml_nor_pbf_is_refused()
    {
        using var dir = new TempFolder();
        var path = dir.Write("buildings.csv", "id;lon;lat\n1;4.78;51.26\n");
        Should.Throw<BadInputException>(() => Read(path).Count()).Problem.ShouldContain("neither OSM XML nor OSM PBF");
        Should.Throw<BadInputException>(() => Read(dir.Write("empty.osm", ""))).Problem.ShouldBe("is empty");
    }
}

/// <summary>A folder under the system temp folder, removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("wijkwerf-osm-").FullName;

    public string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public string Copy(string source, string name)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.Copy(source, file);
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* SQLite may still hold a file on some platforms; the OS cleans temp. */ }
    }
}
