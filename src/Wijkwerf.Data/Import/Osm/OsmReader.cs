using System.Buffers.Binary;

namespace Wijkwerf.Data.Import.Osm;

/// <summary>Streams the elements of an OpenStreetMap file, OSM XML or OSM PBF, told apart by the content (not the
/// file name). Elements come in file order; nothing but the current PBF block is held in memory. Malformed input throws
/// <see cref="BadInputException"/> naming the block or the XML line.</summary>
public static class OsmReader
{
    public static IEnumerable<OsmElement> Read(string path, CancellationToken ct = default)
    {
        var format = DetectFormat(path);
        return format == OsmFormat.Pbf ? OsmPbfReader.Read(path, ct) : OsmXmlReader.Read(path, ct);
    }

    /// <summary>XML starts with '&lt;' (after an optional byte-order mark and white space); PBF starts with the 4-byte
    /// big-endian length of the first BlobHeader, whose first field (tag 0x0A) is the block type.</summary>
    public static OsmFormat DetectFormat(string path)
    {
        Span<byte> head = stackalloc byte[64];
        int read;
        try
        {
            using var stream = File.OpenRead(path);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            throw new BadInputException(path, null, null, $"cannot be read: {e.Message}", e);
        }
        head = head[..read];
        if (read == 0) throw new BadInputException(path, null, null, "is empty");

        var text = head;
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = text[3..];
        var firstNonSpace = text.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8);
        if (firstNonSpace >= 0 && text[firstNonSpace] == (byte)'<') return OsmFormat.Xml;

        if (read >= 5)
        {
            var headerLength = BinaryPrimitives.ReadInt32BigEndian(head);
            if (headerLength is > 0 and <= OsmPbfReader.MaxBlobHeaderBytes && head[4] == 0x0A) return OsmFormat.Pbf;
        }
        throw new BadInputException(path, "start of file", null, "is neither OSM XML nor OSM PBF");
    }
}
