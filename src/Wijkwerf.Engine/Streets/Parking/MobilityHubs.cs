namespace Wijkwerf.Engine.Streets.Parking;

/// <summary>The Flemish Hoppinpunt categories (Besluit van de Vlaamse Regering betreffende Hoppinpunten, art. 2;
/// vlaanderen.be/basisbereikbaarheid/combimobiliteit/hoppinpunten). Interregional and regional Hoppinpunten are
/// designated by the minister or the transport region on the train and core network; a district-level screening only
/// proposes the two a municipality designates itself.</summary>
public enum HubCategory
{
    /// <summary>Lokaal Hoppinpunt: at a public transport stop (network logic).</summary>
    Local,
    /// <summary>Buurt-Hoppinpunt by proximity logic: shared cars and bikes near the homes, never at a core-network stop.</summary>
    Neighbourhood,
}

/// <summary>A street-graph intersection (X, Y in metres) and how many segments meet there.</summary>
public readonly record struct HubNode(long Node, double X, double Y, int Degree);

/// <summary>Homes at a point (a building's centroid and its dwellings).</summary>
public readonly record struct HubHomes(double X, double Y, int Dwellings);

/// <summary>An existing point: a public transport <see cref="IsStop"/>, else shared cars or charging points (<see cref="Count"/>).</summary>
public readonly record struct HubPoint(double X, double Y, bool IsStop, int Count);

/// <summary>A candidate: the dwellings and existing shared cars/charging points within walking distance, the distance to
/// the nearest stop (null: none) and the score that ranks it.</summary>
public readonly record struct HubCandidate(long Node, double X, double Y, HubCategory Category, int Dwellings, int ExistingPoints, double? StopDistanceM, double Score);

/// <summary>Mobility hub (Hoppinpunt) candidates: every intersection where three or more segments meet is scored by the
/// dwellings within walking distance plus the existing shared cars and charging points there (each weighs
/// <c>hub_existing_point_weight</c> dwellings); the best are taken greedily, at least <c>hub_spacing_m</c> apart. A
/// candidate within <c>hub_stop_m</c> of a stop is a local Hoppinpunt, else a neighbourhood one. Straight-line
/// distances: a first screening, not a walking-network analysis.</summary>
public static class MobilityHubs
{
    public static IReadOnlyList<HubCandidate> Candidates(IReadOnlyList<HubNode> nodes, IReadOnlyList<HubHomes> homes, IReadOnlyList<HubPoint> points, StreetRules rules)
    {
        var walk = rules["hub_walk_m"];
        var stopM = rules["hub_stop_m"];
        var spacing = rules["hub_spacing_m"];
        var max = (int)rules["hub_candidates"];
        var weight = rules["hub_existing_point_weight"];
        var walk2 = walk * walk;
        var scored = new List<HubCandidate>();
        foreach (var n in nodes)
        {
            if (n.Degree < 3) continue;
            var dwellings = 0;
            for (var i = 0; i < homes.Count; i++)
            {
                double dx = homes[i].X - n.X, dy = homes[i].Y - n.Y;
                if (dx * dx + dy * dy <= walk2) dwellings += homes[i].Dwellings;
            }
            var existing = 0;
            double? stop = null;
            foreach (var p in points)
            {
                var d = Math.Sqrt((p.X - n.X) * (p.X - n.X) + (p.Y - n.Y) * (p.Y - n.Y));
                if (p.IsStop) { if (stop is null || d < stop) stop = d; }
                else if (d <= walk) existing += p.Count;
            }
            var category = stop is { } s && s <= stopM ? HubCategory.Local : HubCategory.Neighbourhood;
            scored.Add(new HubCandidate(n.Node, n.X, n.Y, category, dwellings, existing, stop is { } sd ? Math.Round(sd) : null, dwellings + weight * existing));
        }
        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Node.CompareTo(b.Node));
        var chosen = new List<HubCandidate>();
        foreach (var c in scored)
        {
            if (chosen.Count >= max) break;
            if (chosen.Any(o => Math.Sqrt((o.X - c.X) * (o.X - c.X) + (o.Y - c.Y) * (o.Y - c.Y)) < spacing)) continue;
            if (c.Score <= 0) break;
            chosen.Add(c);
        }
        return chosen;
    }
}
