using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Collections;

namespace Wijkwerf.Data.Import.Osm;

/// <summary>Decoder of the OSM PBF format (https://wiki.openstreetmap.org/wiki/PBF_Format): a sequence of
/// length-prefixed BlobHeader + Blob pairs; each Blob holds a (zlib-compressed) HeaderBlock or PrimitiveBlock.
/// Fields are read raw with <see cref="CodedInputStream"/>; no generated classes.</summary>
internal static class OsmPbfReader
{
    // Limits from the format specification: a reader may refuse anything larger.
    public const int MaxBlobHeaderBytes = 64 * 1024;
    private const int MaxBlobBytes = 32 * 1024 * 1024;

    private static readonly HashSet<string> SupportedFeatures = ["OsmSchema-V0.6", "DenseNodes"];

    public static IEnumerable<OsmElement> Read(string path, CancellationToken ct)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var decoder = new BlockDecoder(path);
        var elements = new List<OsmElement>(8000);
        while (decoder.ReadNextBlock(stream, elements))
        {
            ct.ThrowIfCancellationRequested();
            foreach (var e in elements) yield return e;
            elements.Clear();
        }
    }

    private sealed class BlockDecoder(string path)
    {
        private int _block;
        private long _offset;
        private byte[] _blob = [];
        private byte[] _data = [];
        private string _where = "";

        // Packed repeated fields, reused across elements.
        private readonly RepeatedField<long> _ids = [];
        private readonly RepeatedField<long> _lats = [];
        private readonly RepeatedField<long> _lons = [];
        private readonly RepeatedField<int> _keysVals = [];
        private readonly RepeatedField<uint> _keys = [];
        private readonly RepeatedField<uint> _vals = [];
        private readonly RepeatedField<long> _refs = [];
        private readonly RepeatedField<int> _roles = [];
        private readonly RepeatedField<int> _types = [];

        private BadInputException Bad(string? field, string problem, Exception? inner = null) =>
            new(path, _where, field, problem, inner);

        /// <summary>Reads one BlobHeader + Blob. False at a clean end of file.</summary>
        public bool ReadNextBlock(Stream stream, List<OsmElement> into)
        {
            Span<byte> prefix = stackalloc byte[4];
            while (true)
            {
                _where = $"block {_block + 1} at byte {_offset}";
                var got = stream.ReadAtLeast(prefix, 4, throwOnEndOfStream: false);
                if (got == 0) return _block > 0 ? false : throw Bad(null, "contains no blocks");
                if (got < 4) throw Bad(null, "file is truncated inside a block length");
                var headerLength = BinaryPrimitives.ReadInt32BigEndian(prefix);
                if (headerLength is <= 0 or > MaxBlobHeaderBytes) throw Bad("BlobHeader", $"length {headerLength} is not a valid block header length (file corrupt?)");
                var header = new byte[headerLength];
                ReadExactly(stream, header, "BlobHeader");
                var (type, dataSize) = ParseBlobHeader(header);
                if (dataSize is <= 0 or > MaxBlobBytes) throw Bad("datasize", $"blob size {dataSize} is out of range");
                if (_blob.Length < dataSize) _blob = new byte[dataSize];
                ReadExactly(stream, _blob.AsSpan(0, dataSize), "Blob");
                _offset += 4 + headerLength + dataSize;
                _block++;
                _where = $"block {_block} ({type})";
                var length = Inflate(dataSize);
                try
                {
                    switch (type)
                    {
                        case "OSMHeader":
                            CheckHeader(length);
                            break;
                        case "OSMData":
                            DecodePrimitiveBlock(length, into);
                            return true;
                        default:
                            break; // Unknown block types are skipped, as the specification asks.
                    }
                }
                catch (InvalidProtocolBufferException e)
                {
                    throw Bad(null, $"is not valid protobuf: {e.Message}", e);
                }
            }
        }

        private void ReadExactly(Stream stream, Span<byte> buffer, string what)
        {
            var got = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (got < buffer.Length) throw Bad(what, $"file is truncated: {what} needs {buffer.Length} bytes, only {got} remain");
        }

        private (string Type, int DataSize) ParseBlobHeader(byte[] header)
        {
            string? type = null;
            var dataSize = -1;
            try
            {
                var input = new CodedInputStream(header);
                uint tag;
                while ((tag = input.ReadTag()) != 0)
                {
                    switch (WireFormat.GetTagFieldNumber(tag))
                    {
                        case 1: type = input.ReadString(); break;
                        case 3: dataSize = input.ReadInt32(); break;
                        default: input.SkipLastField(); break;
                    }
                }
            }
            catch (InvalidProtocolBufferException e)
            {
                throw Bad("BlobHeader", $"is not valid protobuf: {e.Message}", e);
            }
            if (type is null) throw Bad("BlobHeader.type", "is missing");
            return (type, dataSize);
        }

        /// <summary>Unpacks the blob into <see cref="_data"/> and returns its length.</summary>
        private int Inflate(int blobSize)
        {
            var rawSize = -1;
            var dataField = 0;
            int dataStart = 0, dataLength = 0;
            try
            {
                var input = new CodedInputStream(_blob, 0, blobSize);
                uint tag;
                while ((tag = input.ReadTag()) != 0)
                {
                    var field = WireFormat.GetTagFieldNumber(tag);
                    if (field == 2) { rawSize = input.ReadInt32(); continue; }
                    if (field is 1 or 3 or 4 or 5 or 6 or 7 && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
                    {
                        dataField = field;
                        (dataStart, dataLength) = Nested(_blob, input);
                        continue;
                    }
                    input.SkipLastField();
                }
            }
            catch (InvalidProtocolBufferException e)
            {
                throw Bad("Blob", $"is not valid protobuf: {e.Message}", e);
            }

            switch (dataField)
            {
                case 1:
                    EnsureData(dataLength);
                    _blob.AsSpan(dataStart, dataLength).CopyTo(_data);
                    return dataLength;
                case 3:
                    if (rawSize is < 0 or > MaxBlobBytes) throw Bad("Blob.raw_size", $"{rawSize} is out of range");
                    EnsureData(rawSize);
                    try
                    {
                        using var zlib = new ZLibStream(new MemoryStream(_blob, dataStart, dataLength, writable: false), CompressionMode.Decompress);
                        var got = zlib.ReadAtLeast(_data.AsSpan(0, rawSize), rawSize, throwOnEndOfStream: false);
                        if (got != rawSize) throw Bad("Blob.zlib_data", $"unpacks to {got} bytes, raw_size says {rawSize}");
                    }
                    catch (InvalidDataException e)
                    {
                        throw Bad("Blob.zlib_data", $"is not valid zlib data: {e.Message}", e);
                    }
                    return rawSize;
                case 0:
                    throw Bad("Blob", "holds no data");
                default:
                    var name = dataField switch { 4 => "lzma", 5 => "bzip2", 6 => "lz4", _ => "zstd" };
                    throw Bad("Blob", $"uses {name} compression; only uncompressed and zlib blocks are supported (re-save with osmium cat -o out.osm.pbf)");
            }
        }

        private void EnsureData(int length)
        {
            if (_data.Length < length) _data = new byte[Math.Max(length, _data.Length * 2)];
        }

        /// <summary>The current length-delimited field as (start, length) in <paramref name="buffer"/>; skips it in
        /// <paramref name="input"/>. Position is absolute in the buffer, so a nested reader needs no copy.</summary>
        private static (int Start, int Length) Nested(byte[] buffer, CodedInputStream input)
        {
            var lengthAt = (int)input.Position;
            input.SkipLastField();
            var end = (int)input.Position;
            var start = lengthAt;
            while ((buffer[start] & 0x80) != 0) start++;
            start++;
            return (start, end - start);
        }

        private void CheckHeader(int length)
        {
            var input = new CodedInputStream(_data, 0, length);
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                if (WireFormat.GetTagFieldNumber(tag) == 4)
                {
                    var feature = input.ReadString();
                    if (!SupportedFeatures.Contains(feature)) throw Bad("required_features", $"needs '{feature}', which this reader does not support");
                }
                else input.SkipLastField();
            }
        }

        private void DecodePrimitiveBlock(int length, List<OsmElement> into)
        {
            // The block's scale fields (17-20) follow its groups, so find everything first and decode after.
            var strings = new List<string>();
            var groups = new List<(int Start, int Length)>();
            long granularity = 100, latOffset = 0, lonOffset = 0;
            var input = new CodedInputStream(_data, 0, length);
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                switch (WireFormat.GetTagFieldNumber(tag))
                {
                    case 1:
                        var (s, l) = Nested(_data, input);
                        ReadStringTable(s, l, strings);
                        break;
                    case 2: groups.Add(Nested(_data, input)); break;
                    case 17: granularity = input.ReadInt32(); break;
                    case 19: latOffset = input.ReadInt64(); break;
                    case 20: lonOffset = input.ReadInt64(); break;
                    default: input.SkipLastField(); break;
                }
            }
            if (granularity <= 0) throw Bad("granularity", $"{granularity} is not positive");
            var scale = new Scale(granularity, latOffset, lonOffset);
            foreach (var (start, len) in groups) DecodeGroup(start, len, strings, scale, into);
        }

        private void ReadStringTable(int start, int length, List<string> strings)
        {
            var input = new CodedInputStream(_data, start, length);
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                if (WireFormat.GetTagFieldNumber(tag) != 1) { input.SkipLastField(); continue; }
                var (s, l) = Nested(_data, input);
                strings.Add(Encoding.UTF8.GetString(_data, s, l));
            }
        }

        private readonly record struct Scale(long Granularity, long LatOffset, long LonOffset)
        {
            public double Lat(long raw) => 1e-9 * (LatOffset + Granularity * raw);
            public double Lon(long raw) => 1e-9 * (LonOffset + Granularity * raw);
        }

        private void DecodeGroup(int start, int length, List<string> strings, Scale scale, List<OsmElement> into)
        {
            var input = new CodedInputStream(_data, start, length);
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                var field = WireFormat.GetTagFieldNumber(tag);
                if (field is < 1 or > 4 || WireFormat.GetTagWireType(tag) != WireFormat.WireType.LengthDelimited)
                {
                    input.SkipLastField(); // changesets (5) and anything newer
                    continue;
                }
                var (s, l) = Nested(_data, input);
                var message = new CodedInputStream(_data, s, l);
                switch (field)
                {
                    case 1: into.Add(DecodeNode(message, strings, scale)); break;
                    case 2: DecodeDense(message, strings, scale, into); break;
                    case 3: into.Add(DecodeWay(message, strings)); break;
                    case 4: into.Add(DecodeRelation(message, strings)); break;
                }
            }
        }

        private OsmNode DecodeNode(CodedInputStream input, List<string> strings, Scale scale)
        {
            long id = 0, lat = 0, lon = 0;
            _keys.Clear();
            _vals.Clear();
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                switch (WireFormat.GetTagFieldNumber(tag))
                {
                    case 1: id = input.ReadSInt64(); break;
                    case 2: _keys.AddEntriesFrom(input, Codecs.UInt32(2)); break;
                    case 3: _vals.AddEntriesFrom(input, Codecs.UInt32(3)); break;
                    case 8: lat = input.ReadSInt64(); break;
                    case 9: lon = input.ReadSInt64(); break;
                    default: input.SkipLastField(); break;
                }
            }
            return new OsmNode(id, scale.Lon(lon), scale.Lat(lat), Tags($"node {id}", strings));
        }

        private void DecodeDense(CodedInputStream input, List<string> strings, Scale scale, List<OsmElement> into)
        {
            _ids.Clear();
            _lats.Clear();
            _lons.Clear();
            _keysVals.Clear();
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                switch (WireFormat.GetTagFieldNumber(tag))
                {
                    case 1: _ids.AddEntriesFrom(input, Codecs.SInt64(1)); break;
                    case 8: _lats.AddEntriesFrom(input, Codecs.SInt64(8)); break;
                    case 9: _lons.AddEntriesFrom(input, Codecs.SInt64(9)); break;
                    case 10: _keysVals.AddEntriesFrom(input, Codecs.Int32(10)); break;
                    default: input.SkipLastField(); break;
                }
            }
            if (_lats.Count != _ids.Count || _lons.Count != _ids.Count)
                throw Bad("DenseNodes", $"has {_ids.Count} ids but {_lats.Count} latitudes and {_lons.Count} longitudes");

            long id = 0, lat = 0, lon = 0;
            var kv = 0;
            for (var i = 0; i < _ids.Count; i++)
            {
                id += _ids[i];
                lat += _lats[i];
                lon += _lons[i];
                var tags = OsmElement.NoTags;
                // keys_vals: per node (key, value)* 0; empty when no node in the block has tags.
                if (_keysVals.Count > 0)
                {
                    Dictionary<string, string>? dict = null;
                    while (true)
                    {
                        if (kv >= _keysVals.Count) throw Bad("DenseNodes.keys_vals", $"ends inside the tags of node {id}");
                        var k = _keysVals[kv++];
                        if (k == 0) break;
                        if (kv >= _keysVals.Count) throw Bad("DenseNodes.keys_vals", $"ends inside the tags of node {id}");
                        var v = _keysVals[kv++];
                        dict ??= new Dictionary<string, string>(2);
                        dict[String(strings, k, $"node {id}")] = String(strings, v, $"node {id}");
                    }
                    if (dict is not null) tags = dict;
                }
                into.Add(new OsmNode(id, scale.Lon(lon), scale.Lat(lat), tags));
            }
        }

        private OsmWay DecodeWay(CodedInputStream input, List<string> strings)
        {
            long id = 0;
            _keys.Clear();
            _vals.Clear();
            _refs.Clear();
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                switch (WireFormat.GetTagFieldNumber(tag))
                {
                    case 1: id = input.ReadInt64(); break;
                    case 2: _keys.AddEntriesFrom(input, Codecs.UInt32(2)); break;
                    case 3: _vals.AddEntriesFrom(input, Codecs.UInt32(3)); break;
                    case 8: _refs.AddEntriesFrom(input, Codecs.SInt64(8)); break;
                    default: input.SkipLastField(); break;
                }
            }
            var refs = new long[_refs.Count];
            long node = 0;
            for (var i = 0; i < refs.Length; i++) refs[i] = node += _refs[i];
            return new OsmWay(id, refs, Tags($"way {id}", strings));
        }

        private OsmRelation DecodeRelation(CodedInputStream input, List<string> strings)
        {
            long id = 0;
            _keys.Clear();
            _vals.Clear();
            _refs.Clear();
            _roles.Clear();
            _types.Clear();
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                switch (WireFormat.GetTagFieldNumber(tag))
                {
                    case 1: id = input.ReadInt64(); break;
                    case 2: _keys.AddEntriesFrom(input, Codecs.UInt32(2)); break;
                    case 3: _vals.AddEntriesFrom(input, Codecs.UInt32(3)); break;
                    case 8: _roles.AddEntriesFrom(input, Codecs.Int32(8)); break;
                    case 9: _refs.AddEntriesFrom(input, Codecs.SInt64(9)); break;
                    case 10: _types.AddEntriesFrom(input, Codecs.Int32(10)); break;
                    default: input.SkipLastField(); break;
                }
            }
            if (_roles.Count != _refs.Count || _types.Count != _refs.Count)
                throw Bad("Relation", $"relation {id} has {_refs.Count} members but {_roles.Count} roles and {_types.Count} types");
            var members = new OsmMember[_refs.Count];
            long member = 0;
            for (var i = 0; i < members.Length; i++)
            {
                member += _refs[i];
                var type = _types[i] switch
                {
                    0 => OsmElementType.Node,
                    1 => OsmElementType.Way,
                    2 => OsmElementType.Relation,
                    var t => throw Bad("Relation.types", $"relation {id} has member type {t}"),
                };
                members[i] = new OsmMember(type, member, String(strings, _roles[i], $"relation {id}"));
            }
            return new OsmRelation(id, members, Tags($"relation {id}", strings));
        }

        private IReadOnlyDictionary<string, string> Tags(string element, List<string> strings)
        {
            if (_keys.Count != _vals.Count) throw Bad("keys/vals", $"{element} has {_keys.Count} keys but {_vals.Count} values");
            if (_keys.Count == 0) return OsmElement.NoTags;
            var tags = new Dictionary<string, string>(_keys.Count);
            for (var i = 0; i < _keys.Count; i++)
                tags[String(strings, (int)_keys[i], element)] = String(strings, (int)_vals[i], element);
            return tags;
        }

        private string String(List<string> strings, int index, string element) =>
            (uint)index < (uint)strings.Count ? strings[index]
                : throw Bad("stringtable", $"{element} refers to string {index}, the table has {strings.Count}");
    }

    /// <summary>Codecs for packed fields, by field number; immutable, so shared.</summary>
    private static class Codecs
    {
        private static readonly FieldCodec<uint>[] UInt32s = Make(FieldCodec.ForUInt32);
        private static readonly FieldCodec<long>[] SInt64s = Make(FieldCodec.ForSInt64);
        private static readonly FieldCodec<int>[] Int32s = Make(FieldCodec.ForInt32);

        public static FieldCodec<uint> UInt32(int field) => UInt32s[field];
        public static FieldCodec<long> SInt64(int field) => SInt64s[field];
        public static FieldCodec<int> Int32(int field) => Int32s[field];

        private static FieldCodec<T>[] Make<T>(Func<uint, FieldCodec<T>> create) =>
            Enumerable.Range(0, 11).Select(f => create(WireFormat.MakeTag(f == 0 ? 1 : f, WireFormat.WireType.LengthDelimited))).ToArray();
    }
}
