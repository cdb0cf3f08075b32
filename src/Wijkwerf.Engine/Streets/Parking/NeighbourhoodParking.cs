namespace Wijkwerf.Engine.Streets.Parking;

/// <summary>A night count on a street: spaces and parked cars. X, Y in metres (metric CRS).</summary>
public readonly record struct StreetCount(int Street, int Capacity, int OccupiedAtNight, double X, double Y);

/// <summary>A private car park that could take residents at night (school, supermarket ...): its spaces free at night.</summary>
public readonly record struct CarPark(int Id, string Category, int FreeAtNight, double X, double Y);

/// <summary>Per street: pressure before (occupied ÷ capacity), cars moved to car parks, spaces that can become green
/// while the street stays below "full", and that green in m².</summary>
public readonly record struct StreetParkingResult(int Street, double PressureBefore, bool FullBefore, int CarsMoved, int SpacesFreed, double GreenM2, double PressureAfter);

public sealed record NeighbourhoodParkingResult(IReadOnlyList<StreetParkingResult> Streets, IReadOnlyDictionary<int, int> CarParkUse, int CarsMoved, int SpacesFreed, double GreenM2);

/// <summary>Neighbourhood parking: residents' night demand on full streets is matched to under-used private car parks
/// within walking distance, nearest pair first, never above a car park's free spaces; the street then gives up the
/// spaces it no longer needs to stay below "full" (85 %), each becoming green (parking_space_m2). Greedy by distance:
/// simple to explain on a council slide; a min-cost flow would move the same number of cars at a shorter total walk.</summary>
public static class NeighbourhoodParking
{
    public static double Pressure(int occupied, int capacity) => capacity <= 0 ? 0 : (double)occupied / capacity;

    public static NeighbourhoodParkingResult Match(IReadOnlyList<StreetCount> streets, IReadOnlyList<CarPark> carParks, StreetRules rules)
    {
        var full = rules["parking_full_share"];
        var walk = rules["parking_walk_m"];
        var spaceM2 = rules["parking_space_m2"];
        var free = carParks.Select(c => c.FreeAtNight).ToArray();
        var moved = new int[streets.Count];
        var pairs = new List<(double Distance, int Street, int Park)>();
        for (var s = 0; s < streets.Count; s++)
        {
            if (Pressure(streets[s].OccupiedAtNight, streets[s].Capacity) < full) continue;
            for (var p = 0; p < carParks.Count; p++)
            {
                var d = Math.Sqrt(Math.Pow(streets[s].X - carParks[p].X, 2) + Math.Pow(streets[s].Y - carParks[p].Y, 2));
                if (d <= walk) pairs.Add((d, s, p));
            }
        }
        pairs.Sort((a, b) => a.Distance.CompareTo(b.Distance));
        foreach (var (_, s, p) in pairs)
        {
            var want = streets[s].OccupiedAtNight - moved[s];
            var take = Math.Min(want, free[p]);
            if (take <= 0) continue;
            moved[s] += take;
            free[p] -= take;
        }
        var results = streets.Select((x, s) =>
        {
            var remaining = x.OccupiedAtNight - moved[s];
            // The fewest spaces that keep the street strictly below "full" (≥ full counts as full): ceil would leave
            // 17 cars on 20 spaces at exactly 85 %.
            var needed = remaining == 0 ? 0 : (int)Math.Floor(remaining / full) + 1;
            var freed = moved[s] == 0 ? 0 : Math.Max(0, x.Capacity - Math.Max(needed, remaining));
            var after = x.Capacity - freed;
            return new StreetParkingResult(x.Street, Pressure(x.OccupiedAtNight, x.Capacity), Pressure(x.OccupiedAtNight, x.Capacity) >= full,
                moved[s], freed, freed * spaceM2, Pressure(remaining, after));
        }).ToArray();
        var use = carParks.Select((c, i) => (c.Id, Used: c.FreeAtNight - free[i])).ToDictionary(x => x.Id, x => x.Used);
        return new NeighbourhoodParkingResult(results, use, moved.Sum(), results.Sum(r => r.SpacesFreed), results.Sum(r => r.GreenM2));
    }
}
