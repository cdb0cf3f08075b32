using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.DistrictModel;

namespace Wijkwerf.Data.DistrictModel;

/// <summary>A lon/lat box.</summary>
public readonly record struct LonLatBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    public bool IsEmpty => MinLon > MaxLon;
    public static LonLatBox Empty => new(double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
    public LonLatBox Union(LonLatBox o) => new(Math.Min(MinLon, o.MinLon), Math.Min(MinLat, o.MinLat), Math.Max(MaxLon, o.MaxLon), Math.Max(MaxLat, o.MaxLat));
    public LonLatBox Expand(double d) => new(MinLon - d, MinLat - d, MaxLon + d, MaxLat + d);
}

/// <summary>Recomputes the derived district model (district per building, dwelling type, nearest street and
/// connection length, district per street and address) for an area, tile by tile. A tile is about 1.4 × 1.4 km;
/// each tile loads its buildings plus a margin (so terraces across a tile edge are seen whole), the streets around it and
/// the districts over it, and hands them to the engine in metric coordinates. Memory is bounded by the densest tile,
/// not by the size of the country.</summary>
public sealed class DistrictModelDerivation(WijkwerfDb db)
{
    private const double NeighbourMarginDeg = 0.0015; // ~100-150 m: the longest terrace a tile edge can cut
    private const double StreetMarginDeg = 0.004;      // ~300-450 m: beyond the 250 m link reach

    public async Task RunAsync(LonLatBox area, Action<long, long>? progress, CancellationToken ct)
    {
        if (area.IsEmpty) return;
        var tiles = await TilesAsync(area, ct);
        var done = 0L;
        await using var update = new BuildingUpdate(db);
        foreach (var (x, y) in tiles)
        {
            ct.ThrowIfCancellationRequested();
            await DeriveTileAsync(x, y, update, ct);
            progress?.Invoke(++done, tiles.Count);
        }
        // Units follow their building; units without one (plain address points) were placed in the tile loop.
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "Units" SET "DistrictId" = (SELECT b."DistrictId" FROM "Buildings" b WHERE b."Id" = "Units"."BuildingId")
            WHERE "BuildingId" IS NOT NULL AND "Lon" >= {0} AND "Lon" <= {2} AND "Lat" >= {1} AND "Lat" <= {3}
            """, [area.MinLon, area.MinLat, area.MaxLon, area.MaxLat], ct);
    }

    /// <summary>Tiles that hold at least one building, street segment or loose address in the area, read from the
    /// tile-key indexes.</summary>
    private async Task<List<(int X, int Y)>> TilesAsync(LonLatBox a, CancellationToken ct)
    {
        var keys = new HashSet<long>();
        keys.UnionWith(await db.Buildings.AsNoTracking()
            .Where(b => b.CentroidLon >= a.MinLon && b.CentroidLon <= a.MaxLon && b.CentroidLat >= a.MinLat && b.CentroidLat <= a.MaxLat)
            .Select(b => b.TileKey).Distinct().ToListAsync(ct));
        keys.UnionWith(await db.StreetSegments.AsNoTracking()
            .Where(s => s.MinLon >= a.MinLon && s.MinLon <= a.MaxLon && s.MinLat >= a.MinLat && s.MinLat <= a.MaxLat)
            .Select(s => s.TileKey).Distinct().ToListAsync(ct));
        keys.UnionWith(await db.Units.AsNoTracking()
            .Where(u => u.BuildingId == null && u.Lon >= a.MinLon && u.Lon <= a.MaxLon && u.Lat >= a.MinLat && u.Lat <= a.MaxLat)
            .Select(u => u.TileKey).Distinct().ToListAsync(ct));
        return keys.Order().Select(Tiles.FromKey).ToList();
    }

    private async Task DeriveTileAsync(int x, int y, BuildingUpdate update, CancellationToken ct)
    {
        var tile = Tiles.Box(x, y);
        var tileKey = Tiles.Key(x, y);
        var around = Tiles.Around(x, y);
        var near = tile.Expand(NeighbourMarginDeg);
        var buildings = await db.Buildings.AsNoTracking()
            .Where(b => around.Contains(b.TileKey))
            .Where(b => b.MaxLon >= near.MinLon && b.MinLon <= near.MaxLon && b.MaxLat >= near.MinLat && b.MinLat <= near.MaxLat)
            .Select(b => new { b.Id, b.Footprint, b.Dwellings, b.CentroidLon, b.CentroidLat, b.TileKey })
            .ToListAsync(ct);
        var districts = await db.Districts.AsNoTracking()
            .Where(d => d.MaxLon >= near.MinLon && d.MinLon <= near.MaxLon && d.MaxLat >= near.MinLat && d.MinLat <= near.MaxLat)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Boundary })
            .ToListAsync(ct);
        var reach = tile.Expand(StreetMarginDeg);
        var streets = await db.StreetSegments.AsNoTracking()
            .Where(s => around.Contains(s.TileKey))
            .Where(s => s.MaxLon >= reach.MinLon && s.MinLon <= reach.MaxLon && s.MaxLat >= reach.MinLat && s.MinLat <= reach.MaxLat)
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Centreline, s.TileKey })
            .ToListAsync(ct);

        var centre = (X: (tile.MinLon + tile.MaxLon) / 2, Y: (tile.MinLat + tile.MaxLat) / 2);
        var toMetric = Crs.Between(Crs.Wgs84, Crs.MetricFor(centre.X, centre.Y));
        var districtShapes = districts.Select(d => toMetric.Project(d.Boundary)).ToList();

        // Buildings: classify all loaded (the margin gives neighbours), keep results for those whose centroid is in the tile.
        var footprints = new Geometry[buildings.Count];
        var dwellings = new int[buildings.Count];
        for (var i = 0; i < buildings.Count; i++)
        {
            footprints[i] = toMetric.Project(buildings[i].Footprint);
            dwellings[i] = buildings[i].Dwellings;
        }
        var inTile = new List<int>(buildings.Count);
        for (var i = 0; i < buildings.Count; i++)
            if (buildings[i].TileKey == tileKey) inTile.Add(i);

        var types = DwellingTypeClassifier.Classify(footprints, dwellings);
        var centroids = inTile.Select(i => toMetric.Project(new Coordinate(buildings[i].CentroidLon, buildings[i].CentroidLat))).ToList();
        var assigned = DistrictAssignment.Assign(districtShapes, centroids);
        var streetLines = streets.Select(s => (LineString)toMetric.Project(s.Centreline)).ToList();
        var links = NearestStreetLinker.Link(streetLines, inTile.Select(i => footprints[i]).ToList());

        for (var k = 0; k < inTile.Count; k++)
        {
            var i = inTile[k];
            var link = links[k];
            await update.RunAsync(
                buildings[i].Id,
                assigned[k] < 0 ? null : districts[assigned[k]].Id,
                types[i],
                link.Segment < 0 ? null : streets[link.Segment].Id,
                link.Segment < 0 ? null : Math.Round(link.DistanceM, 2),
                ct);
        }

        // Streets: the district of the segment's midpoint, for segments that start in this tile.
        var streetIn = Enumerable.Range(0, streets.Count).Where(i => streets[i].TileKey == tileKey).ToList();
        var mids = streetIn.Select(i => streetLines[i].GetCoordinateN(streetLines[i].NumPoints / 2)).ToList();
        var streetDistricts = DistrictAssignment.Assign(districtShapes, mids);
        for (var k = 0; k < streetIn.Count; k++)
            await update.StreetAsync(streets[streetIn[k]].Id, streetDistricts[k] < 0 ? null : districts[streetDistricts[k]].Id, ct);

        // Address points without a building.
        var loose = await db.Units.AsNoTracking()
            .Where(u => u.TileKey == tileKey && u.BuildingId == null)
            .Select(u => new { u.Id, u.Lon, u.Lat }).ToListAsync(ct);
        if (loose.Count > 0)
        {
            var unitDistricts = DistrictAssignment.Assign(districtShapes, loose.Select(u => toMetric.Project(new Coordinate(u.Lon, u.Lat))).ToList());
            for (var k = 0; k < loose.Count; k++)
                await update.UnitAsync(loose[k].Id, unitDistricts[k] < 0 ? null : districts[unitDistricts[k]].Id, ct);
        }
    }

    /// <summary>Prepared UPDATE statements on the import's connection and transaction: one round trip per row, no
    /// change tracking.</summary>
    private sealed class BuildingUpdate : IAsyncDisposable
    {
        private readonly DbCommand _building;
        private readonly DbCommand _street;
        private readonly DbCommand _unit;

        public BuildingUpdate(WijkwerfDb db)
        {
            var connection = db.Database.GetDbConnection();
            var tx = db.Database.CurrentTransaction?.GetDbTransaction();
            _building = Command(connection, tx,
                """UPDATE "Buildings" SET "DistrictId" = @d, "DwellingType" = @t, "SharedWallM" = @w, "TouchingBuildings" = @n, "StreetSegmentId" = @s, "ConnectionLengthM" = @c WHERE "Id" = @id""",
                "@d", "@t", "@w", "@n", "@s", "@c", "@id");
            _street = Command(connection, tx, """UPDATE "StreetSegments" SET "DistrictId" = @d WHERE "Id" = @id""", "@d", "@id");
            _unit = Command(connection, tx, """UPDATE "Units" SET "DistrictId" = @d WHERE "Id" = @id""", "@d", "@id");
        }

        private static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params string[] names)
        {
            var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.Transaction = tx;
            foreach (var n in names)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = n;
                cmd.Parameters.Add(p);
            }
            return cmd;
        }

        public Task RunAsync(long id, int? district, DwellingTypeResult type, long? street, double? connectionM, CancellationToken ct)
        {
            var p = _building.Parameters;
            p[0].Value = (object?)district ?? DBNull.Value;
            p[1].Value = type.Type is { } t ? t.ToString() : DBNull.Value;
            p[2].Value = Math.Round(type.SharedWallM, 2);
            p[3].Value = type.Touching;
            p[4].Value = (object?)street ?? DBNull.Value;
            p[5].Value = (object?)connectionM ?? DBNull.Value;
            p[6].Value = id;
            return _building.ExecuteNonQueryAsync(ct);
        }

        public Task StreetAsync(long id, int? district, CancellationToken ct)
        {
            _street.Parameters[0].Value = (object?)district ?? DBNull.Value;
            _street.Parameters[1].Value = id;
            return _street.ExecuteNonQueryAsync(ct);
        }

        public Task UnitAsync(long id, int? district, CancellationToken ct)
        {
            _unit.Parameters[0].Value = (object?)district ?? DBNull.Value;
            _unit.Parameters[1].Value = id;
            return _unit.ExecuteNonQueryAsync(ct);
        }

        public async ValueTask DisposeAsync()
        {
            await _building.DisposeAsync();
            await _street.DisposeAsync();
            await _unit.DisposeAsync();
        }
    }
}
