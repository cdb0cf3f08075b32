using System.Collections.ObjectModel;

namespace Wijkwerf.Data.Import.Osm;

public enum OsmElementType
{
    Node,
    Way,
    Relation,
}

/// <summary>An OpenStreetMap element as read from a file: id and tags (an empty dictionary when untagged).</summary>
public abstract record OsmElement(long Id, IReadOnlyDictionary<string, string> Tags)
{
    public abstract OsmElementType Type { get; }

    /// <summary>Shared by every untagged element, so most nodes allocate no dictionary.</summary>
    public static IReadOnlyDictionary<string, string> NoTags => ReadOnlyDictionary<string, string>.Empty;
}

/// <summary>A node in WGS84 degrees.</summary>
public sealed record OsmNode(long Id, double Lon, double Lat, IReadOnlyDictionary<string, string> Tags) : OsmElement(Id, Tags)
{
    public override OsmElementType Type => OsmElementType.Node;
}

public sealed record OsmWay(long Id, long[] NodeIds, IReadOnlyDictionary<string, string> Tags) : OsmElement(Id, Tags)
{
    public override OsmElementType Type => OsmElementType.Way;

    /// <summary>A way whose last node is its first: an area or a ring road, depending on its tags.</summary>
    public bool IsClosed => NodeIds.Length >= 4 && NodeIds[0] == NodeIds[^1];
}

public readonly record struct OsmMember(OsmElementType Type, long Ref, string Role);

public sealed record OsmRelation(long Id, OsmMember[] Members, IReadOnlyDictionary<string, string> Tags) : OsmElement(Id, Tags)
{
    public override OsmElementType Type => OsmElementType.Relation;
}

/// <summary>The two encodings of OSM data the reader knows.</summary>
public enum OsmFormat
{
    Xml,
    Pbf,
}
