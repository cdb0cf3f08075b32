namespace Wijkwerf.Engine.Streets.Parking;

/// <summary>A night count on a street: spaces and parked cars. X, Y in metres (metric CRS).</summary>
public readonly record struct StreetCount(int Street, int Capacity, int OccupiedAtNight, double X, double Y);

/// <summary>A private car park that could take residents at night (school, supermarket ...): its spaces free at night.</summary>
public readonly record struct CarPark(int Id, string Category, int FreeAtNight, double X, double Y);

/// <summary>Per street: pressure before (occupied ÷ capacity), the cars above the target occupancy, the cars moved to car
/// parks (at most those), spaces that can become green while the street stays below "full", and that green in m².</summary>
public readonly record struct StreetParkingResult(int Street, double PressureBefore, bool FullBefore, int CarsAboveTarget, int CarsMoved, int SpacesFreed,
    double GreenM2, double PressureAfter);

/// <summary>Cars of one street parked at night in one car park, and the straight-line distance between them (m).</summary>
public readonly record struct ParkingMove(int Street, int CarPark, int Cars, double DistanceM);

public sealed record NeighbourhoodParkingResult(IReadOnlyList<StreetParkingResult> Streets, IReadOnlyDictionary<int, int> CarParkUse,
    IReadOnlyList<ParkingMove> Moves, int CarsMoved, int SpacesFreed, double GreenM2);

/// <summary>Neighbourhood parking: only the night demand a street cannot hold at the target occupancy
/// (<c>parking_full_share</c>, 85 %) is matched to under-used private car parks within walking distance
/// (<c>parking_walk_m</c>), nearest pair first, never above a car park's free spaces. The street then gives up the
/// spaces it no longer needs to stay strictly below "full", each becoming green (<c>parking_space_m2</c>); with only the
/// excess moved that is at most a space or two (rounding), so the green follows from the cars actually moved.
/// Greedy by distance: simple to explain on a council slide; a min-cost flow would move the same number of cars at a
/// shorter total walk.</summary>
public static class NeighbourhoodParking
{
    // Absorbs the binary error of a share times a whole number (0.85 × 40 is 34 give or take 1e-15).
    private const double Tolerance = 1e-9;

    public static double Pressure(int occupied, int capacity) => capacity <= 0 ? 0 : (double)occupied / capacity;

    /// <summary>Cars above <paramref name="targetShare"/> × capacity, rounded up to whole cars: 38 cars on 40 spaces at
    /// 85 % leave 34 and move 4; 31 on 34 (target 28.9) move 3. A street at or below the target moves none — also one at
    /// exactly 85 %, which the pressure table already calls full (≥).</summary>
    public static int CarsAboveTarget(int occupied, int capacity, double targetShare) =>
        Math.Max(0, occupied - (int)Math.Floor(targetShare * capacity + Tolerance));

    /// <summary>The fewest spaces that keep <paramref name="cars"/> strictly below "full" (≥ full counts as full): ceil
    /// would leave 17 cars on 20 spaces at exactly 85 %.</summary>
    public static int SpacesBelowFull(int cars, double fullShare) => cars == 0 ? 0 : (int)Math.Floor(cars / fullShare + Tolerance) + 1;

    public static NeighbourhoodParkingResult Match(IReadOnlyList<StreetCount> streets, IReadOnlyList<CarPark> carParks, StreetRules rules)
    {
        var full = rules["parking_full_share"];
        var walk = rules["parking_walk_m"];
        var spaceM2 = rules["parking_space_m2"];
        var free = carParks.Select(c => c.FreeAtNight).ToArray();
        var excess = streets.Select(s => CarsAboveTarget(s.OccupiedAtNight, s.Capacity, full)).ToArray();
        var moved = new int[streets.Count];
        var pairs = new List<(double Distance, int Street, int Park)>();
        for (var s = 0; s < streets.Count; s++)
        {
            if (excess[s] == 0) continue;
            for (var p = 0; p < carParks.Count; p++)
            {
                var d = Math.Sqrt(Math.Pow(streets[s].X - carParks[p].X, 2) + Math.Pow(streets[s].Y - carParks[p].Y, 2));
                if (d <= walk) pairs.Add((d, s, p));
            }
        }
        pairs.Sort((a, b) => a.Distance.CompareTo(b.Distance));
        var moves = new List<ParkingMove>();
        foreach (var (d, s, p) in pairs)
        {
            var take = Math.Min(excess[s] - moved[s], free[p]);
            if (take <= 0) continue;
            moved[s] += take;
            free[p] -= take;
            moves.Add(new ParkingMove(streets[s].Street, carParks[p].Id, take, d));
        }
        var results = streets.Select((x, s) =>
        {
            var remaining = x.OccupiedAtNight - moved[s];
            var freed = moved[s] == 0 ? 0 : Math.Max(0, x.Capacity - Math.Max(SpacesBelowFull(remaining, full), remaining));
            var before = Pressure(x.OccupiedAtNight, x.Capacity);
            return new StreetParkingResult(x.Street, before, before >= full, excess[s], moved[s], freed, freed * spaceM2, Pressure(remaining, x.Capacity - freed));
        }).ToArray();
        var use = carParks.Select((c, i) => (c.Id, Used: c.FreeAtNight - free[i])).ToDictionary(x => x.Id, x => x.Used);
        return new NeighbourhoodParkingResult(results, use, moves, moved.Sum(), results.Sum(r => r.SpacesFreed), results.Sum(r => r.GreenM2));
    }
}
