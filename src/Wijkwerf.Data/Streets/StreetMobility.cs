using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.Parking;

namespace Wijkwerf.Data.Streets;

/// <summary>Parking pressure of one street in one slot: counted cars ÷ capacity, "full" at or above the threshold; the
/// street's middle (null for the district's total).</summary>
public sealed record StreetPressureRow(string Street, string Slot, int CountedCars, int Capacity, double Pressure, bool Full, double? Lon = null, double? Lat = null);

/// <summary>Cars of a street parked at night in a car park, and the straight-line distance between them (m).</summary>
public sealed record ParkingMoveRow(string CarPark, int Cars, double DistanceM);

/// <summary>A street whose night demand a car park can take: the cars above the target occupancy, the cars moved (at most
/// those, fewer when the car parks within walking distance are full) and where to, spaces that can become green and
/// their m².</summary>
public sealed record NeighbourhoodParkingRow(string Street, double PressureBefore, double PressureAfter, int CarsAboveTarget, int CarsMoved,
    IReadOnlyList<ParkingMoveRow> To, int SpacesFreed, double GreenM2);

public sealed record CarParkRow(string Name, string? Category, int FreeAtNight, int UsedAtNight, double Lon, double Lat);

/// <summary>The district's parking: pressure per street and slot and for the district, and what neighbourhood parking in
/// private car parks could free. <see cref="FullShare"/> with its <see cref="FullShareSource"/> (street-rules.csv).</summary>
public sealed record ParkingResult(string District, double FullShare, string FullShareSource, IReadOnlyList<StreetPressureRow> Streets,
    IReadOnlyList<StreetPressureRow> DistrictTotals, IReadOnlyList<NeighbourhoodParkingRow> NeighbourhoodParking, IReadOnlyList<CarParkRow> CarParks,
    int CarsMoved, int SpacesFreed, double GreenM2, double WalkM);

/// <summary>A Hoppinpunt candidate. Distances are walks along the district's street graph: <see cref="Dwellings"/> within
/// <see cref="HubsResult.WalkM"/>, <see cref="DwellingsFartherByStreet"/> within it as the crow flies only, and
/// <see cref="StopDistanceM"/> to the nearest stop (null: none within <see cref="HubsResult.StopReachM"/>).</summary>
public sealed record HubRow(int Rank, string Category, double Lon, double Lat, string? NearStreet, int Dwellings, int? InhabitantsEstimate,
    int ExistingSharedCarsAndChargingPoints, double? StopDistanceM, double Score, int DwellingsFartherByStreet);

public sealed record HubsResult(string District, double WalkM, double StopReachM, IReadOnlyList<HubRow> Candidates, int Stops, int Intersections);

/// <summary>Parking pressure, neighbourhood parking and mobility hub candidates of a district, from the imported counts and
/// points (<see cref="ParkingImport"/>) and the stored street graph and buildings.</summary>
public sealed class StreetMobility(WijkwerfDb db, StreetRules? rules = null)
{
    public StreetRules Rules { get; } = rules ?? StreetRules.Default;

    public async Task<ParkingResult?> ParkingAsync(string district, CancellationToken ct = default)
    {
        if (!await db.Districts.AnyAsync(d => d.Code == district, ct)) return null;
        var full = Rules["parking_full_share"];
        var counts = await db.ParkingCounts.AsNoTracking().Where(c => c.DistrictCode == district).ToListAsync(ct);
        StreetPressureRow Row(string street, string slot, int cars, int capacity, double? lon = null, double? lat = null)
        {
            var pressure = NeighbourhoodParking.Pressure(cars, capacity);
            return new StreetPressureRow(street, slot, cars, capacity, Math.Round(pressure, 3), pressure >= full,
                lon is { } x ? Math.Round(x, 6) : null, lat is { } y ? Math.Round(y, 6) : null);
        }
        var streets = counts.GroupBy(c => (c.Street, c.Slot))
            .Select(g => Row(g.Key.Street, g.Key.Slot, g.Sum(c => c.CountedCars), g.Sum(c => c.Capacity), g.Average(c => c.Lon), g.Average(c => c.Lat)))
            .OrderBy(r => r.Slot == "night" ? 0 : 1).ThenByDescending(r => r.Pressure).ThenBy(r => r.Street, StringComparer.Ordinal).ToArray();
        var totals = counts.GroupBy(c => c.Slot).Select(g => Row(district, g.Key, g.Sum(c => c.CountedCars), g.Sum(c => c.Capacity)))
            .OrderBy(r => r.Slot == "night" ? 0 : 1).ToArray();

        var parks = await db.MobilityPoints.AsNoTracking().Where(p => p.DistrictCode == district && p.Kind == "car_park").OrderBy(p => p.Name).ToListAsync(ct);
        var night = counts.Where(c => c.Slot == "night").GroupBy(c => c.Street)
            .Select(g => (Street: g.Key, Cars: g.Sum(c => c.CountedCars), Capacity: g.Sum(c => c.Capacity), Lon: g.Average(c => c.Lon), Lat: g.Average(c => c.Lat))).ToList();
        if (night.Count == 0 && parks.Count == 0)
            return new ParkingResult(district, full, Rules.SourceOf("parking_full_share"), streets, totals, [], [], 0, 0, 0, Rules["parking_walk_m"]);
        var all = night.Select(n => (n.Lon, n.Lat)).Concat(parks.Select(p => (p.Lon, p.Lat))).ToList();
        var projector = Crs.Between(Crs.Wgs84, Crs.MetricFor(all.Average(a => a.Lon), all.Average(a => a.Lat)));
        var streetCounts = night.Select((n, i) =>
        {
            var (x, y) = projector.Project(n.Lon, n.Lat);
            return new StreetCount(i, n.Capacity, n.Cars, x, y);
        }).ToArray();
        var carParks = parks.Select((p, i) =>
        {
            var (x, y) = projector.Project(p.Lon, p.Lat);
            return new CarPark(i, p.Category ?? "", p.FreeAtNight, x, y);
        }).ToArray();
        var match = NeighbourhoodParking.Match(streetCounts, carParks, Rules);
        var rows = match.Streets.Where(s => s.CarsMoved > 0).Select(s => new NeighbourhoodParkingRow(night[s.Street].Street, Math.Round(s.PressureBefore, 3),
                Math.Round(s.PressureAfter, 3), s.CarsAboveTarget, s.CarsMoved,
                match.Moves.Where(m => m.Street == s.Street).Select(m => new ParkingMoveRow(parks[m.CarPark].Name, m.Cars, Math.Round(m.DistanceM))).ToArray(),
                s.SpacesFreed, s.GreenM2))
            .OrderByDescending(r => r.CarsMoved).ThenBy(r => r.Street, StringComparer.Ordinal).ToArray();
        var parkRows = parks.Select((p, i) => new CarParkRow(p.Name, p.Category, p.FreeAtNight, match.CarParkUse.GetValueOrDefault(i), p.Lon, p.Lat)).ToArray();
        return new ParkingResult(district, full, Rules.SourceOf("parking_full_share"), streets, totals, rows, parkRows, match.CarsMoved, match.SpacesFreed,
            match.GreenM2, Rules["parking_walk_m"]);
    }

    public async Task<HubsResult?> HubsAsync(string district, CancellationToken ct = default)
    {
        var d = await db.Districts.AsNoTracking().Where(x => x.Code == district).Select(x => new { x.Id, x.Inhabitants, x.Boundary }).FirstOrDefaultAsync(ct);
        if (d is null) return null;
        var centre = d.Boundary.Centroid;
        var projector = Crs.Between(Crs.Wgs84, Crs.MetricFor(centre.X, centre.Y));
        var segments = await db.StreetSegments.AsNoTracking().Where(s => s.DistrictId == d.Id).Select(s => new { s.FromNode, s.ToNode, s.Centreline, s.Name, s.LengthM }).ToListAsync(ct);
        if (segments.Count == 0) return new HubsResult(district, Rules["hub_walk_m"], MobilityHubs.StopReachM(Rules), [], 0, 0); // no street graph, no intersections
        var nodes = new Dictionary<long, (double Lon, double Lat, int Degree, string? Name)>();
        foreach (var s in segments)
        {
            var cs = s.Centreline.Coordinates;
            foreach (var (node, c) in new[] { (s.FromNode, cs[0]), (s.ToNode, cs[^1]) })
            {
                var had = nodes.TryGetValue(node, out var v);
                nodes[node] = (c.X, c.Y, (had ? v.Degree : 0) + 1, had && v.Name is not null ? v.Name : s.Name);
            }
        }
        var hubNodes = nodes.Select(n =>
        {
            var (x, y) = projector.Project(n.Value.Lon, n.Value.Lat);
            return new HubNode(n.Key, x, y, n.Value.Degree);
        }).ToArray();
        var edges = segments.Select(s => new HubEdge(s.FromNode, s.ToNode, s.LengthM, (LineString)projector.Project(s.Centreline))).ToArray();
        var buildings = await db.Buildings.AsNoTracking().Where(b => b.DistrictId == d.Id && b.Dwellings > 0)
            .Select(b => new { b.CentroidLon, b.CentroidLat, b.Dwellings }).ToListAsync(ct);
        var homes = buildings.Select(b =>
        {
            var (x, y) = projector.Project(b.CentroidLon, b.CentroidLat);
            return new HubHomes(x, y, b.Dwellings);
        }).ToArray();
        var points = (await db.MobilityPoints.AsNoTracking().Where(p => p.DistrictCode == district && (p.Kind == "stop" || p.Kind == "shared_car" || p.Kind == "charging"))
            .ToListAsync(ct)).Select(p =>
            {
                var (x, y) = projector.Project(p.Lon, p.Lat);
                return new HubPoint(x, y, p.Kind == "stop", Math.Max(1, p.Capacity));
            }).ToArray();
        var candidates = MobilityHubs.Candidates(hubNodes, edges, homes, points, Rules);
        var totalDwellings = homes.Sum(h => h.Dwellings);
        var rows = candidates.Select((c, i) => new HubRow(i + 1, c.Category == HubCategory.Local ? "local" : "neighbourhood",
            Math.Round(nodes[c.Node].Lon, 6), Math.Round(nodes[c.Node].Lat, 6), nodes[c.Node].Name, c.Dwellings,
            d.Inhabitants is { } inh && totalDwellings > 0 ? (int)Math.Round((double)inh * c.Dwellings / totalDwellings) : null,
            c.ExistingPoints, c.StopDistanceM, Math.Round(c.Score, 1), c.DwellingsFartherByStreet)).ToArray();
        return new HubsResult(district, Rules["hub_walk_m"], MobilityHubs.StopReachM(Rules), rows, points.Count(p => p.IsStop), hubNodes.Count(n => n.Degree >= 3));
    }
}
