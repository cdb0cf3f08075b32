using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Wijkwerf.Data.Import.GeoPackage;

/// <summary>A read-only OGC GeoPackage (it is a SQLite file). Rows are streamed from the layer's table; the
/// geometry blob (GeoPackage header + WKB) is decoded per row, so memory stays flat whatever the file size.</summary>
public sealed class GeoPackageFile : IDisposable
{
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();
    private readonly SqliteConnection _connection;

    public string Path { get; }

    private GeoPackageFile(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>True when the file starts with the SQLite header (a GeoPackage is a SQLite database).</summary>
    public static bool LooksLikeGeoPackage(ReadOnlySpan<byte> head) => head.StartsWith(SqliteMagic);

    public static GeoPackageFile Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='gpkg_contents'";
            if (Convert.ToInt64(check.ExecuteScalar()) == 0)
                throw new BadInputException(path, null, null, "is a SQLite file but not a GeoPackage (no gpkg_contents table).");
            return new GeoPackageFile(path, connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new BadInputException(path, null, null, $"cannot be read as a GeoPackage: {e.Message} (truncated or corrupt file?)", e);
        }
    }

    /// <summary>The feature layers and their spatial reference ids.</summary>
    public IReadOnlyDictionary<string, int> Layers()
    {
        var layers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        Guard(null, () =>
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT table_name, srs_id FROM gpkg_contents WHERE data_type = 'features'";
            using var r = cmd.ExecuteReader();
            while (r.Read()) layers[r.GetString(0)] = r.IsDBNull(1) ? 0 : r.GetInt32(1);
        });
        return layers;
    }

    public bool HasLayer(string layer) => Layers().ContainsKey(layer);

    /// <summary>The layer's CRS, checked: only RD New, Lambert 72 and WGS84 are read.</summary>
    public int RequireSupportedCrs(string layer)
    {
        if (!Layers().TryGetValue(layer, out var srs))
            throw new BadInputException(Path, $"layer '{layer}'", null, $"layer not found; the GeoPackage has: {string.Join(", ", Layers().Keys)}.");
        if (!Geo.Crs.IsSupported(srs))
            throw new BadInputException(Path, $"layer '{layer}'", null,
                $"unsupported coordinate reference system {Geo.Crs.Describe(srs)}; supported are EPSG:28992 (RD New), EPSG:31370 (Lambert 72) and EPSG:4326 (WGS 84).");
        return srs;
    }

    public long Count(string layer)
    {
        long n = 0;
        Guard(layer, () =>
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = $"SELECT count(*) FROM \"{Escape(layer)}\"";
            n = Convert.ToInt64(cmd.ExecuteScalar());
        });
        return n;
    }

    /// <summary>Checks that the layer has these columns; names the first one missing.</summary>
    public void RequireColumns(string layer, params string[] columns)
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Guard(layer, () =>
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = $"PRAGMA table_info(\"{Escape(layer)}\")";
            using var r = cmd.ExecuteReader();
            while (r.Read()) present.Add(r.GetString(1));
        });
        foreach (var c in columns)
            if (!present.Contains(c))
                throw new BadInputException(Path, $"layer '{layer}'", c, "required column is missing.");
    }

    /// <summary>Streams the layer's rows. The row object is reused: read what you need before moving on.</summary>
    public IEnumerable<GeoPackageRow> Rows(string layer, string geometryColumn = "geom")
    {
        SqliteCommand cmd;
        SqliteDataReader reader;
        try
        {
            cmd = _connection.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{Escape(layer)}\"";
            reader = cmd.ExecuteReader();
        }
        catch (SqliteException e)
        {
            throw new BadInputException(Path, $"layer '{layer}'", null, $"cannot be read: {e.Message}", e);
        }
        using (cmd)
        using (reader)
        {
            var row = new GeoPackageRow(this, layer, reader, reader.GetOrdinal(geometryColumn));
            while (true)
            {
                bool more;
                try
                {
                    more = reader.Read();
                }
                catch (SqliteException e)
                {
                    throw new BadInputException(Path, $"layer '{layer}' after row {row.Number}", null, $"cannot be read: {e.Message} (truncated or corrupt file?)", e);
                }
                if (!more) yield break;
                row.Number++;
                yield return row;
            }
        }
    }

    private void Guard(string? layer, Action action)
    {
        try
        {
            action();
        }
        catch (SqliteException e)
        {
            throw new BadInputException(Path, layer is null ? null : $"layer '{layer}'", null, $"cannot be read: {e.Message} (truncated or corrupt file?)", e);
        }
    }

    private static string Escape(string name) => name.Replace("\"", "\"\"");

    public void Dispose() => _connection.Dispose();
}

/// <summary>The current row of a streamed layer, with typed accessors that name the field on bad values.</summary>
public sealed class GeoPackageRow
{
    private readonly GeoPackageFile _file;
    private readonly string _layer;
    private readonly SqliteDataReader _reader;
    private readonly int _geometryOrdinal;
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly WKBReader _wkb = new();

    internal GeoPackageRow(GeoPackageFile file, string layer, SqliteDataReader reader, int geometryOrdinal)
    {
        _file = file;
        _layer = layer;
        _reader = reader;
        _geometryOrdinal = geometryOrdinal;
        for (var i = 0; i < reader.FieldCount; i++) _ordinals[reader.GetName(i)] = i;
    }

    /// <summary>1-based row number in the layer.</summary>
    public long Number { get; internal set; }

    public string Where => $"layer '{_layer}', feature {Number}";

    public IEnumerable<string> FieldNames => _ordinals.Keys;

    public BadInputException Bad(string field, string problem) => new(_file.Path, Where, field, problem);

    public string? Text(string field)
    {
        var i = Ordinal(field);
        return _reader.IsDBNull(i) ? null : Convert.ToString(_reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    }

    public string RequiredText(string field) =>
        Text(field) is { Length: > 0 } s ? s : throw Bad(field, "value is missing.");

    public int? Int(string field)
    {
        var i = Ordinal(field);
        if (_reader.IsDBNull(i)) return null;
        var v = _reader.GetValue(i);
        return v switch
        {
            long l => checked((int)l),
            double d when d == Math.Floor(d) => (int)d,
            string s when int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
            _ => throw Bad(field, $"'{v}' is not a whole number."),
        };
    }

    public double? Double(string field)
    {
        var i = Ordinal(field);
        if (_reader.IsDBNull(i)) return null;
        var v = _reader.GetValue(i);
        return v switch
        {
            long l => l,
            double d => d,
            string s when double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
            _ => throw Bad(field, $"'{v}' is not a number."),
        };
    }

    /// <summary>The text of a column that may be absent from the layer (null then).</summary>
    public string? TextOrNull(string field) => _ordinals.ContainsKey(field) ? Text(field) : null;

    public object? Value(string field)
    {
        var i = Ordinal(field);
        return _reader.IsDBNull(i) ? null : _reader.GetValue(i);
    }

    /// <summary>Decodes the GeoPackage geometry blob: "GP", version, flags, srs id, optional envelope, then WKB.</summary>
    public Geometry? Geometry()
    {
        if (_reader.IsDBNull(_geometryOrdinal)) return null;
        var blob = (byte[])_reader.GetValue(_geometryOrdinal);
        return Decode(blob);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Geometry Decode(byte[] blob)
    {
        if (blob.Length < 8 || blob[0] != (byte)'G' || blob[1] != (byte)'P')
            throw Bad("geom", "geometry is not a GeoPackage geometry blob.");
        var flags = blob[3];
        if ((flags & 0b0001_0000) != 0) throw Bad("geom", "geometry is empty.");
        var envelopeBytes = ((flags >> 1) & 0b111) switch
        {
            0 => 0,
            1 => 32,
            2 or 3 => 48,
            4 => 64,
            var e => throw Bad("geom", $"invalid envelope indicator {e}."),
        };
        var offset = 8 + envelopeBytes;
        try
        {
            return _wkb.Read(new MemoryStream(blob, offset, blob.Length - offset, writable: false));
        }
        catch (Exception e) when (e is ParseException or ArgumentException or IOException or InvalidOperationException)
        {
            throw new BadInputException(_file.Path, Where, "geom", $"geometry cannot be decoded: {e.Message}", e);
        }
    }

    private int Ordinal(string field) =>
        _ordinals.TryGetValue(field, out var i) ? i : throw Bad(field, "required column is missing.");
}
