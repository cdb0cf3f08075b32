namespace Wijkwerf.Data.DistrictModel;

/// <summary>Fixed lon/lat tiles of 0.02° × 0.02° (about 1.4 × 2.2 km in the Benelux). Buildings, streets and
/// addresses carry the key of the tile of their point, indexed, so "the rows in and around this tile" is nine index
/// lookups on any database, however large the country.</summary>
public static class Tiles
{
    public const double SizeDeg = 0.02;

    public static (int X, int Y) Of(double lon, double lat) => ((int)Math.Floor(lon / SizeDeg), (int)Math.Floor(lat / SizeDeg));

    public static long Key(int x, int y) => ((long)x << 32) | (uint)y;

    public static long KeyOf(double lon, double lat)
    {
        var (x, y) = Of(lon, lat);
        return Key(x, y);
    }

    public static (int X, int Y) FromKey(long key) => ((int)(key >> 32), (int)(uint)key);

    public static LonLatBox Box(int x, int y) => new(x * SizeDeg, y * SizeDeg, (x + 1) * SizeDeg, (y + 1) * SizeDeg);

    /// <summary>Gives a row its tile key from its point; every imported row passes here (see <c>BatchWriter</c>).</summary>
    public static void Stamp(object row)
    {
        switch (row)
        {
            case Domain.Buildings.Building b: b.TileKey = KeyOf(b.CentroidLon, b.CentroidLat); break;
            case Domain.Buildings.Unit u: u.TileKey = KeyOf(u.Lon, u.Lat); break;
            case Domain.Streets.StreetSegment s: s.TileKey = KeyOf(s.MinLon, s.MinLat); break;
        }
    }

    /// <summary>The tile and its eight neighbours.</summary>
    public static long[] Around(int x, int y)
    {
        var keys = new long[9];
        var i = 0;
        for (var dx = -1; dx <= 1; dx++)
            for (var dy = -1; dy <= 1; dy++)
                keys[i++] = Key(x + dx, y + dy);
        return keys;
    }
}
