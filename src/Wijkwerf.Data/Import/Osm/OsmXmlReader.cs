using System.Globalization;
using System.Xml;

namespace Wijkwerf.Data.Import.Osm;

/// <summary>Streaming reader of OSM XML (https://wiki.openstreetmap.org/wiki/OSM_XML): <c>&lt;osm&gt;</c> with
/// <c>node</c>, <c>way</c> and <c>relation</c> children carrying <c>tag</c>, <c>nd</c> and <c>member</c> elements.
/// Elements marked <c>visible="false"</c> (deleted, in history dumps) are left out.</summary>
internal static class OsmXmlReader
{
    public static IEnumerable<OsmElement> Read(string path, CancellationToken ct)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        using var xml = XmlReader.Create(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), settings);
        var state = new State(path, xml);
        state.ReadRoot();
        while (state.Next() is { } element)
        {
            ct.ThrowIfCancellationRequested();
            yield return element;
        }
    }

    private sealed class State(string path, XmlReader xml)
    {
        private readonly List<long> _nodeIds = [];
        private readonly List<OsmMember> _members = [];

        private string Line => xml is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "";

        private BadInputException Bad(string? field, string problem, Exception? inner = null) => new(path, Line, field, problem, inner);

        public void ReadRoot()
        {
            try
            {
                if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "osm")
                    throw Bad(null, $"is not OSM XML: the root element is <{xml.LocalName}>, expected <osm>");
            }
            catch (XmlException e)
            {
                throw Bad(null, $"is not well-formed XML: {e.Message}", e);
            }
        }

        /// <summary>The next element, or null at the end of the file. Not an iterator, so XML errors can be caught here.</summary>
        public OsmElement? Next()
        {
            try
            {
                while (xml.Read())
                {
                    if (xml.NodeType != XmlNodeType.Element || xml.Depth != 1) continue;
                    var element = xml.LocalName switch
                    {
                        "node" => ReadElement(OsmElementType.Node),
                        "way" => ReadElement(OsmElementType.Way),
                        "relation" => ReadElement(OsmElementType.Relation),
                        _ => null, // bounds, changeset, note ...
                    };
                    if (element is not null) return element;
                }
                return null;
            }
            catch (XmlException e)
            {
                throw new BadInputException(path, $"line {e.LineNumber}", null, $"is not well-formed XML: {e.Message}", e);
            }
        }

        private OsmElement? ReadElement(OsmElementType type)
        {
            var name = xml.LocalName;
            var id = Long("id", name);
            var where = $"{name} {id}";
            var visible = xml.GetAttribute("visible") != "false";
            double lon = 0, lat = 0;
            if (type == OsmElementType.Node && visible)
            {
                lon = Double("lon", where, -180, 180);
                lat = Double("lat", where, -90, 90);
            }

            Dictionary<string, string>? tags = null;
            _nodeIds.Clear();
            _members.Clear();
            if (!xml.IsEmptyElement)
            {
                var depth = xml.Depth;
                while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
                {
                    if (xml.NodeType != XmlNodeType.Element) continue;
                    switch (xml.LocalName)
                    {
                        case "tag":
                            var k = xml.GetAttribute("k") ?? throw Bad("k", $"a tag of {where} has no key");
                            tags ??= new Dictionary<string, string>(4);
                            tags[k] = xml.GetAttribute("v") ?? "";
                            break;
                        case "nd":
                            _nodeIds.Add(Long("ref", where));
                            break;
                        case "member":
                            var memberType = xml.GetAttribute("type") switch
                            {
                                "node" => OsmElementType.Node,
                                "way" => OsmElementType.Way,
                                "relation" => OsmElementType.Relation,
                                var t => throw Bad("type", $"a member of {where} has type '{t}'"),
                            };
                            _members.Add(new OsmMember(memberType, Long("ref", where), xml.GetAttribute("role") ?? ""));
                            break;
                    }
                }
            }
            if (!visible) return null;
            var tagsOrNone = (IReadOnlyDictionary<string, string>?)tags ?? OsmElement.NoTags;
            return type switch
            {
                OsmElementType.Node => new OsmNode(id, lon, lat, tagsOrNone),
                OsmElementType.Way => new OsmWay(id, _nodeIds.ToArray(), tagsOrNone),
                _ => new OsmRelation(id, _members.ToArray(), tagsOrNone),
            };
        }

        private long Long(string attribute, string where) =>
            long.TryParse(xml.GetAttribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Bad(attribute, $"{where}: '{xml.GetAttribute(attribute)}' is not an integer");

        private double Double(string attribute, string where, double min, double max) =>
            double.TryParse(xml.GetAttribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw Bad(attribute, $"{where}: '{xml.GetAttribute(attribute)}' is not a coordinate between {min} and {max}");
    }
}
