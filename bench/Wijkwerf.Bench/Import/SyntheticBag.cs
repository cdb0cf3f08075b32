using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Wijkwerf.Bench.Import;

/// <summary>Makes a large BAG GeoPackage (and matching CBS buurten) by tiling the real Voorburg extract: copy k is
/// shifted by whole multiples of 4 km east and north and gets ids with a tile prefix. Same layout as the national BAG
/// GeoPackage, so the importer runs exactly as it would on the real thing.</summary>
public static class SyntheticBag
{
    private const double TileM = 4_000;

    public static (string Bag, string Buurten) Make(string sharedData, string folder, int buildings)
    {
        Directory.CreateDirectory(folder);
        var sourceBag = Path.Combine(sharedData, "nl-voorburg", "bag-voorburg.gpkg");
        var sourceBuurten = Path.Combine(sharedData, "nl-voorburg", "cbs-buurten-2022.gpkg");
        const int perTile = 15_380;
        var tiles = (int)Math.Ceiling(buildings / (double)perTile);
        var side = (int)Math.Ceiling(Math.Sqrt(tiles));
        var bag = Path.Combine(folder, $"bag-synthetic-{tiles}x.gpkg");
        var buurten = Path.Combine(folder, $"buurten-synthetic-{tiles}x.gpkg");
        if (!File.Exists(bag)) Tile(sourceBag, bag, tiles, side, ["pand", "verblijfsobject"]);
        if (!File.Exists(buurten)) Tile(sourceBuurten, buurten, tiles, side, ["buurten"]);
        return (bag, buurten);
    }

    private static void Tile(string source, string target, int tiles, int side, string[] layers)
    {
        var temp = target + ".tmp";
        File.Copy(source, temp, overwrite: true);
        using (var c = new SqliteConnection($"Data Source={temp};Pooling=False"))
        {
            c.Open();
            Exec(c, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
            // GDAL's spatial-index triggers call SpatiaLite functions this SQLite does not have; the importer
            // streams rows and does not use the index, so the triggers go.
            var triggers = new List<string>();
            using (var list = c.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger'";
                using var r = list.ExecuteReader();
                while (r.Read()) triggers.Add(r.GetString(0));
            }
            foreach (var t in triggers) Exec(c, $"DROP TRIGGER \"{t}\"");
            foreach (var layer in layers)
            {
                var columns = new List<string>();
                using (var info = c.CreateCommand())
                {
                    info.CommandText = $"PRAGMA table_info(\"{layer}\")";
                    using var r = info.ExecuteReader();
                    while (r.Read()) columns.Add(r.GetString(1));
                }
                var data = columns.Where(n => n is not ("fid" or "geom")).ToList();
                var rows = new List<object?[]>();
                using (var read = c.CreateCommand())
                {
                    read.CommandText = $"SELECT geom, {string.Join(",", data.Select(d => $"\"{d}\""))} FROM \"{layer}\"";
                    using var r = read.ExecuteReader();
                    while (r.Read())
                    {
                        var row = new object?[data.Count + 1];
                        for (var i = 0; i <= data.Count; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
                        rows.Add(row);
                    }
                }
                using var tx = c.BeginTransaction();
                using var insert = c.CreateCommand();
                insert.Transaction = tx;
                insert.CommandText = $"INSERT INTO \"{layer}\" (geom, {string.Join(",", data.Select(d => $"\"{d}\""))}) VALUES (@g, {string.Join(",", data.Select((_, i) => $"@p{i}"))})";
                insert.Parameters.Add(new SqliteParameter("@g", null));
                for (var i = 0; i < data.Count; i++) insert.Parameters.Add(new SqliteParameter($"@p{i}", null));
                var reader = new WKBReader();
                var writer = new WKBWriter(ByteOrder.LittleEndian);
                for (var t = 1; t < tiles; t++)
                {
                    var dx = t % side * TileM;
                    var dy = t / side * TileM;
                    foreach (var row in rows)
                    {
                        insert.Parameters[0].Value = Shift((byte[])row[0]!, dx, dy, reader, writer);
                        for (var i = 0; i < data.Count; i++)
                            insert.Parameters[i + 1].Value = Rename(data[i], row[i + 1], t) ?? DBNull.Value;
                        insert.ExecuteNonQuery();
                    }
                }
                tx.Commit();
            }
        }
        File.Move(temp, target, overwrite: true);
    }

    /// <summary>Identifiers get the tile number in front, so every copy is a distinct building, unit or buurt.</summary>
    private static object? Rename(string column, object? value, int tile) => column switch
    {
        "identificatie" or "pand_identificatie" or "nummeraanduiding_hoofdadres_identificatie" when value is string s => $"{tile:D3}{s[3..]}",
        "buurtcode" when value is string s => $"BUX{tile:D3}{s[5..]}", // X: never a real CBS code
        "buurtnaam" when value is string s => $"{s} ({tile})",
        _ => value,
    };

    private static byte[] Shift(byte[] blob, double dx, double dy, WKBReader reader, WKBWriter writer)
    {
        var flags = blob[3];
        var envelope = ((flags >> 1) & 0b111) switch { 0 => 0, 1 => 32, 2 or 3 => 48, _ => 64 };
        var g = reader.Read(new MemoryStream(blob, 8 + envelope, blob.Length - 8 - envelope));
        g.Apply(new Shifter(dx, dy));
        var wkb = writer.Write(g);
        var result = new byte[8 + wkb.Length];
        Array.Copy(blob, 0, result, 0, 4);
        result[3] = (byte)(flags & 0b0000_0001); // keep byte order, no envelope
        Array.Copy(blob, 4, result, 4, 4);       // srs id
        wkb.CopyTo(result, 8);
        return result;
    }

    private sealed class Shifter(double dx, double dy) : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, seq.GetX(i) + dx);
            seq.SetY(i, seq.GetY(i) + dy);
        }
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

}
