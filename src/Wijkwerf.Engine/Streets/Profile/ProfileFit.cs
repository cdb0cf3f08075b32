using Wijkwerf.Engine.Heat.Network;

namespace Wijkwerf.Engine.Streets.Profile;

/// <summary>A network a street must hold below ground: the width of its zone across the street.</summary>
public sealed record NetworkNeed(string Network, double WidthM, string Detail);

/// <summary>A zone placed across the cross-section, from façade A (0 m).</summary>
public sealed record PlacedZone(string Network, double FromM, double ToM, double CoverM);

/// <summary>Why a network does not fit. <see cref="Other"/>: the network it collides with, if one.</summary>
public sealed record ProfileViolation(string Network, string Problem, string? Other, double NeededM, double AvailableM);

/// <summary>The fit of a set of networks in a cross-section. When it does not fit in the given strip order,
/// <see cref="ProposedStrips"/> is an order of the same strips (footways stay at the façades) in which it fits, if one exists.</summary>
public sealed record ProfileFitResult(
    IReadOnlyList<Strip> Strips, double FacadeWidthM, IReadOnlyList<NetworkNeed> Networks, bool Fits,
    IReadOnlyList<PlacedZone> Placement, IReadOnlyList<ProfileViolation> Violations,
    IReadOnlyList<Strip>? ProposedStrips, IReadOnlyList<PlacedZone>? ProposedPlacement);

/// <summary>Does a set of networks fit below a street? Each network's zone must lie under strips it is allowed under
/// (network-zones.csv) and keep the clear distance to every other zone (clearances.csv). Zones lie side by side, never
/// above each other (a simplification: the usual utility agreement keeps each network its own zone). The search
/// tries every left-to-right order of the zones with pruning; at most ~10 zones and 6 strips, so it is exhaustive.</summary>
public static class ProfileFit
{
    /// <summary>Twin-pipe heat trench of a DN: 2·D + 3·0.10 m with D the casing diameter (<see cref="DnCatalogue"/>).</summary>
    public static NetworkNeed Heat(int dn, DnCatalogue? catalogue = null)
    {
        var size = (catalogue ?? DnCatalogue.Default).Sizes.FirstOrDefault(s => s.Dn >= dn);
        if (size.Dn == 0) throw new ArgumentException($"DN{dn} is larger than the DN catalogue's largest size");
        return new NetworkNeed("heat", Math.Round(size.TrenchWidthM, 3), $"DN{size.Dn}, casing {size.OuterDiameterM:0.000} m, trench 2·D + 3·0.10 m");
    }

    /// <summary>A row of trees of a size class (1, 2 or 3): rootable soil 0.75 m³ per m² of final crown projection,
    /// spread along the spacing and over the rooting depth, gives the width of the root zone.</summary>
    public static NetworkNeed Trees(int sizeClass, StreetRules rules)
    {
        if (sizeClass is < 1 or > 3) throw new ArgumentException("tree size class is 1, 2 or 3");
        var crownM = rules[$"tree_crown_diameter_class{sizeClass}_m"];
        var crownM2 = Math.PI * crownM * crownM / 4;
        var soilM3 = rules["tree_soil_m3_per_m2_crown"] * crownM2;
        var width = soilM3 / (rules["tree_spacing_m"] * rules["tree_root_depth_m"]);
        return new NetworkNeed("trees", Math.Round(width, 2),
            $"size class {sizeClass}: crown {crownM:0} m ({crownM2:0.0} m²), {soilM3:0.0} m³ rootable soil per tree every {rules["tree_spacing_m"]:0} m, {rules["tree_root_depth_m"]:0.0} m deep");
    }

    /// <summary>The separated sewer: a foul (DWA) and a rainwater (RWA) zone.</summary>
    public static IEnumerable<NetworkNeed> SeparatedSewer(StreetRules rules) =>
        new[] { "sewer_foul", "sewer_rain" }.Select(k => Fixed(k, rules, "separated sewer"));

    public static NetworkNeed Fixed(string network, StreetRules rules, string detail = "existing") =>
        rules.Networks.TryGetValue(network, out var r) ? new NetworkNeed(network, r.ZoneWidthM, detail)
            : throw new ArgumentException($"'{network}' is no network in network-zones.csv ({string.Join(", ", rules.Networks.Keys)})");

    /// <exception cref="ArgumentException">The strips are wider than façade to façade (a profile narrower than its parts),
    /// a strip has no width, or a network is unknown.</exception>
    public static ProfileFitResult Check(IReadOnlyList<Strip> strips, double facadeWidthM, IReadOnlyList<NetworkNeed> networks, StreetRules rules)
    {
        if (strips.Count == 0) throw new ArgumentException("a profile needs at least one strip");
        if (strips.Any(s => s.WidthM <= 0)) throw new ArgumentException("every strip needs a positive width");
        var sum = strips.Sum(s => s.WidthM);
        if (sum > facadeWidthM + 0.005)
            throw new ArgumentException($"the profile is narrower ({facadeWidthM:0.00} m façade to façade) than its strips ({sum:0.00} m)");
        foreach (var n in networks)
            if (!rules.Networks.ContainsKey(n.Network)) throw new ArgumentException($"'{n.Network}' is no network in network-zones.csv");

        var (placement, unplaced) = Search(strips, networks, rules);
        if (unplaced.Count == 0)
            return new ProfileFitResult(strips, facadeWidthM, networks, true, placement, [], null, null);
        var violations = Diagnose(strips, networks, placement, unplaced, rules);
        foreach (var order in StripOrders(strips))
        {
            var (p, u) = Search(order, networks, rules);
            if (u.Count == 0) return new ProfileFitResult(strips, facadeWidthM, networks, false, placement, violations, order, p);
        }
        return new ProfileFitResult(strips, facadeWidthM, networks, false, placement, violations, null, null);
    }

    /// <summary>The best placement: all zones if possible, else the most zones (earlier in the list first) and the rest unplaced.</summary>
    private static (List<PlacedZone>, List<NetworkNeed>) Search(IReadOnlyList<Strip> strips, IReadOnlyList<NetworkNeed> networks, StreetRules rules)
    {
        var edges = new double[strips.Count + 1];
        for (var i = 0; i < strips.Count; i++) edges[i + 1] = edges[i] + strips[i].WidthM;
        var n = networks.Count;
        var used = new bool[n];
        var current = new List<(int Net, double From, double To)>();
        List<(int, double, double)> best = [];
        var found = false;
        Dfs();
        var placed = best.Select(b => new PlacedZone(networks[b.Item1].Network, Math.Round(b.Item2, 3), Math.Round(b.Item3, 3),
            rules.Networks[networks[b.Item1].Network].CoverM)).ToList();
        var unplaced = networks.Where((_, i) => best.All(b => b.Item1 != i)).ToList();
        return (placed, unplaced);

        void Dfs()
        {
            if (found) return;
            if (current.Count > best.Count) best = [.. current];
            if (current.Count == n) { found = true; return; }
            for (var k = 0; k < n && !found; k++)
            {
                if (used[k]) continue;
                // Identical needs in a row are interchangeable: try only the first unused one.
                var duplicate = false;
                for (var e = 0; e < k; e++) if (!used[e] && networks[e] == networks[k]) { duplicate = true; break; }
                if (duplicate) continue;
                var from = 0.0;
                foreach (var c in current) from = Math.Max(from, c.To + rules.ClearanceM(networks[c.Net].Network, networks[k].Network));
                var at = FirstFit(strips, edges, rules.Networks[networks[k].Network].AllowedStrips, from, networks[k].WidthM);
                if (at is null) continue;
                used[k] = true;
                current.Add((k, at.Value, at.Value + networks[k].WidthM));
                Dfs();
                current.RemoveAt(current.Count - 1);
                used[k] = false;
            }
        }
    }

    /// <summary>The leftmost x ≥ from where [x, x + width] lies under allowed strips only.</summary>
    private static double? FirstFit(IReadOnlyList<Strip> strips, double[] edges, IReadOnlyList<StripKind> allowed, double from, double width)
    {
        for (var i = 0; i < strips.Count; i++)
        {
            if (!allowed.Contains(strips[i].Kind) || edges[i + 1] <= from) continue;
            var start = Math.Max(from, edges[i]);
            var end = edges[i + 1];
            for (var j = i + 1; j < strips.Count && allowed.Contains(strips[j].Kind); j++) end = edges[j + 1];
            if (end - start >= width - 1e-9) return start;
        }
        return null;
    }

    private static List<ProfileViolation> Diagnose(IReadOnlyList<Strip> strips, IReadOnlyList<NetworkNeed> networks,
        List<PlacedZone> placed, List<NetworkNeed> unplaced, StreetRules rules)
    {
        var result = new List<ProfileViolation>();
        foreach (var need in unplaced)
        {
            var allowed = rules.Networks[need.Network].AllowedStrips;
            var widest = 0.0;
            var run = 0.0;
            foreach (var s in strips)
            {
                run = allowed.Contains(s.Kind) ? run + s.WidthM : 0;
                widest = Math.Max(widest, run);
            }
            var where = string.Join(", ", allowed.Select(a => a.Slug()));
            if (widest + 1e-9 < need.WidthM)
            {
                result.Add(new ProfileViolation(need.Network, $"needs {need.WidthM:0.00} m under {where}; the widest such part of this street is {widest:0.00} m", null, need.WidthM, Math.Round(widest, 2)));
                continue;
            }
            // Room exists on its own: the zones already under those strips take it (with their clear distances).
            var edges = new double[strips.Count + 1];
            for (var i = 0; i < strips.Count; i++) edges[i + 1] = edges[i] + strips[i].WidthM;
            var there = placed.Where(p => Enumerable.Range(0, strips.Count)
                .Any(i => allowed.Contains(strips[i].Kind) && p.FromM < edges[i + 1] && p.ToM > edges[i])).ToList();
            var blocking = there.OrderByDescending(p => rules.ClearanceM(p.Network, need.Network)).FirstOrDefault();
            result.Add(new ProfileViolation(need.Network,
                blocking is null ? $"needs {need.WidthM:0.00} m under {where} but the other zones and their clear distances leave no room"
                    : $"needs {need.WidthM:0.00} m under {where}, {rules.ClearanceM(blocking.Network, need.Network):0.00} m clear of {blocking.Network}; " +
                      $"the zones already there ({string.Join(", ", there.Select(p => p.Network))}) with their clear distances leave no such gap in {widest:0.00} m",
                blocking?.Network, need.WidthM, Math.Round(widest, 2)));
        }
        return result;
    }

    /// <summary>Other orders of the strips; footways at the façades stay there.</summary>
    private static IEnumerable<IReadOnlyList<Strip>> StripOrders(IReadOnlyList<Strip> strips)
    {
        var keepFirst = strips[0].Kind == StripKind.Footway;
        var keepLast = strips.Count > 1 && strips[^1].Kind == StripKind.Footway;
        var inner = strips.Skip(keepFirst ? 1 : 0).Take(strips.Count - (keepFirst ? 1 : 0) - (keepLast ? 1 : 0)).ToArray();
        var seen = new HashSet<string>();
        foreach (var perm in Permutations(inner, 0))
        {
            var order = new List<Strip>();
            if (keepFirst) order.Add(strips[0]);
            order.AddRange(perm);
            if (keepLast) order.Add(strips[^1]);
            var key = string.Join("|", order);
            if (seen.Add(key) && !order.SequenceEqual(strips)) yield return order;
        }
    }

    private static IEnumerable<Strip[]> Permutations(Strip[] items, int k)
    {
        if (k >= items.Length - 1) { yield return (Strip[])items.Clone(); yield break; }
        for (var i = k; i < items.Length; i++)
        {
            (items[k], items[i]) = (items[i], items[k]);
            foreach (var p in Permutations(items, k + 1)) yield return p;
            (items[k], items[i]) = (items[i], items[k]);
        }
    }
}
