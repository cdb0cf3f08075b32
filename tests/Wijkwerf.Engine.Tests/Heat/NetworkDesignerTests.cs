using FsCheck;
using FsCheck.Fluent;
using Wijkwerf.Engine.Heat.Network;

namespace Wijkwerf.Engine.Tests.Heat;

public class NetworkDesignerTests
{
    /// <summary>A grid of streets, 100 m blocks, source at node 0; every edge has <paramref name="perEdge"/> houses along it.</summary>
    internal static NetworkProblem Grid(int side, int perEdge, Func<int, int, double> individualCost, double capacityKW = 1e9, double minRate = 0, int seed = 1)
    {
        var edges = new List<NetworkEdge>();
        int Node(int r, int c) => r * side + c;
        for (var r = 0; r < side; r++)
            for (var c = 0; c < side; c++)
            {
                if (c + 1 < side) edges.Add(new NetworkEdge(Node(r, c), Node(r, c + 1), 100, 900));
                if (r + 1 < side) edges.Add(new NetworkEdge(Node(r, c), Node(r + 1, c), 100, 900));
            }
        var random = new Random(seed);
        var buildings = new List<NetworkBuilding>();
        for (var e = 0; e < edges.Count; e++)
            for (var k = 0; k < perEdge; k++)
            {
                var node = k % 2 == 0 ? edges[e].From : edges[e].To;
                buildings.Add(new NetworkBuilding($"b{e}-{k}", e, node, 8 + random.NextDouble() * 10, 15, 8, individualCost(e, k)));
            }
        return new NetworkProblem(side * side, edges.ToArray(), buildings.ToArray(), new HeatSource(0, capacityKW, 20_000, 45), new NetworkCosts(), minRate);
    }

    [Fact]
    public void Dense_streets_near_a_cheap_source_connect_and_a_far_sparse_corner_does_not()
    {
        // Houses on the first two rows of streets have an expensive alternative (old houses); the rest are cheap to keep individual.
        var p = Grid(5, 12, (e, _) => e < 8 ? 2_600 : 1_200);
        var design = NetworkDesigner.Fast(p);
        var near = p.Buildings.Select((b, i) => (b, i)).Where(x => x.b.Edge < 8).ToList();
        near.Count(x => design.Connected[x.i]).ShouldBeGreaterThan(near.Count * 3 / 4);
        design.Connected.Where((_, i) => p.Buildings[i].Edge >= 30).ShouldAllBe(c => !c);
        design.TrenchM.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void When_every_individual_alternative_is_cheap_no_network_is_built()
    {
        var design = NetworkDesigner.Fast(Grid(4, 4, (_, _) => 300));
        design.ConnectedCount.ShouldBe(0);
        design.Pipes.ShouldBeEmpty();
        design.Notes.ShouldContain(n => n.Contains("individual"));
    }

    [Fact]
    public void Must_and_must_not_connect_are_respected_by_both_modes()
    {
        var p = Grid(4, 6, (e, _) => 2_000);
        var buildings = p.Buildings.ToArray();
        buildings[0] = buildings[0] with { Rule = ConnectionRule.MustNotConnect };
        var far = buildings.Length - 1;
        buildings[far] = buildings[far] with { Rule = ConnectionRule.MustConnect, IndividualCostEurPerYear = 100 };
        p = p with { Buildings = buildings };
        foreach (var design in new[] { NetworkDesigner.Fast(p), NetworkDesigner.Exact(p, 30) })
        {
            design.Connected[0].ShouldBeFalse(design.Mode);
            design.Connected[far].ShouldBeTrue(design.Mode);
        }
    }

    [Fact]
    public void A_minimum_connection_rate_is_met()
    {
        var p = Grid(4, 6, (e, _) => e < 3 ? 2_600 : 900, minRate: 0.5);
        foreach (var design in new[] { NetworkDesigner.Fast(p), NetworkDesigner.Exact(p, 30) })
            design.ConnectedCount.ShouldBeGreaterThanOrEqualTo(p.Buildings.Length / 2, design.Mode);
    }

    [Fact]
    public void Exact_mode_proves_its_optimum_and_fast_mode_is_never_below_it()
    {
        var p = Grid(5, 8, (e, k) => 1_000 + (e * 37 + k * 11) % 1_700);
        var exact = NetworkDesigner.Exact(p, 60, 0.0);
        var fast = NetworkDesigner.Fast(p);
        exact.Status.ShouldBe("optimal");
        exact.Gap.ShouldBeLessThan(1e-4);
        fast.ObjectiveEurPerYear.ShouldBeGreaterThanOrEqualTo(exact.BoundEurPerYear - 1);
        (fast.ObjectiveEurPerYear / exact.ObjectiveEurPerYear).ShouldBeLessThan(1.05);
        fast.BoundEurPerYear.ShouldBeLessThanOrEqualTo(exact.ObjectiveEurPerYear + 1);
    }

    [Fact]
    public void The_street_and_Steiner_bounds_and_fast_modes_bound_never_exceed_the_exact_optimum() =>
        Prop.ForAll(Gen.Choose(2, 5).Zip(Gen.Choose(1, 6)).Zip(Gen.Choose(0, 4)).ToArbitrary(), t =>
        {
            var ((side, perEdge), variant) = t;
            var p = Grid(side, perEdge, (e, k) => 900 + (e * 29 + k * 13) % 1_900, seed: side * 7 + perEdge,
                capacityKW: variant == 1 ? 120 : 1e9, minRate: variant == 2 ? 0.3 : 0);
            if (variant == 3)
            {
                var buildings = p.Buildings.ToArray();
                buildings[^1] = buildings[^1] with { Rule = ConnectionRule.MustConnect, IndividualCostEurPerYear = 200 };
                p = p with { Buildings = buildings };
            }
            if (variant == 4) // an existing pipe to reuse on every third street
                p = p with { Edges = p.Edges.Select((e, i) => i % 3 == 1 ? e with { ExistingPipe = true } : e).ToArray() };
            var exact = NetworkDesigner.Exact(p, 30, 0.0);
            var fast = NetworkDesigner.Fast(p);
            var street = NetworkDesigner.StreetBound(p);
            var steiner = NetworkDesigner.SteinerBound(p);
            return (exact.Status == "optimal"
                   && street <= exact.ObjectiveEurPerYear + 1e-6 * Math.Abs(exact.ObjectiveEurPerYear) + 1e-3
                   && steiner <= exact.ObjectiveEurPerYear + 1e-6 * Math.Abs(exact.ObjectiveEurPerYear) + 1e-3
                   && fast.BoundEurPerYear <= exact.ObjectiveEurPerYear + 1e-6 * Math.Abs(exact.ObjectiveEurPerYear) + 1e-3
                   && fast.ObjectiveEurPerYear >= exact.BoundEurPerYear - 1)
                .Label($"side {side} per edge {perEdge} variant {variant}: exact {exact.Status} {exact.ObjectiveEurPerYear:0.###} bound {exact.BoundEurPerYear:0.###}; street {street:0.###}; Steiner {steiner:0.###}; fast {fast.ObjectiveEurPerYear:0.###} bound {fast.BoundEurPerYear:0.###}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

    /// <summary>A random street graph: a random tree plus loops, trench costs from 200 to 1,700 €/m, one street in ten an
    /// existing pipe, 0–7 houses per street, some that must and some that must not connect, the source anywhere.</summary>
    internal static NetworkProblem RandomStreets(int seed)
    {
        var random = new Random(seed);
        var nodes = random.Next(4, 30);
        var edges = new List<NetworkEdge>();
        for (var v = 1; v < nodes; v++)
            edges.Add(new NetworkEdge(random.Next(v), v, 20 + random.NextDouble() * 200, 200 + random.NextDouble() * 1_500, random.NextDouble() < 0.1));
        for (var k = 0; k < nodes / 2; k++)
            edges.Add(new NetworkEdge(random.Next(nodes), random.Next(nodes), 20 + random.NextDouble() * 200, 200 + random.NextDouble() * 1_500));
        var buildings = new List<NetworkBuilding>();
        for (var e = 0; e < edges.Count; e++)
            for (var k = random.Next(1, 8); k > 0; k--)
            {
                var rule = random.NextDouble() < 0.03 ? ConnectionRule.MustConnect : random.NextDouble() < 0.03 ? ConnectionRule.MustNotConnect : ConnectionRule.Free;
                buildings.Add(new NetworkBuilding($"b{buildings.Count}", e, random.Next(2) == 0 ? edges[e].From : edges[e].To, random.NextDouble() * 20,
                    5 + random.NextDouble() * 30, 3 + random.NextDouble() * 15, 500 + random.NextDouble() * 3_000, rule));
            }
        return new NetworkProblem(nodes, edges.ToArray(), buildings.ToArray(),
            new HeatSource(random.Next(nodes), 1e9, random.NextDouble() * 20_000, 30 + random.NextDouble() * 30), new NetworkCosts());
    }

    [Fact]
    public void On_random_street_graphs_with_houses_that_must_connect_fast_mode_stays_within_2_percent_of_the_optimum()
    {
        // Scattered houses that must connect need a trunk the two plain trees route badly (before the third tree, guided
        // by the Steiner dual, 12 of 300 such graphs came out 2–7.7 % above the optimum).
        var misses = new List<string>();
        for (var seed = 0; seed < 60; seed++)
        {
            var p = RandomStreets(seed);
            if (!p.Buildings.Any(b => b.Rule == ConnectionRule.MustConnect)) continue;
            var exact = NetworkDesigner.Exact(p, 30, 0.0);
            var fast = NetworkDesigner.Fast(p);
            exact.Status.ShouldBe("optimal", $"seed {seed}");
            fast.BoundEurPerYear.ShouldBeLessThanOrEqualTo(exact.ObjectiveEurPerYear + 1e-3, $"seed {seed}");
            if (fast.ObjectiveEurPerYear > 1.02 * exact.ObjectiveEurPerYear)
                misses.Add($"seed {seed}: fast {fast.ObjectiveEurPerYear:0} exact {exact.ObjectiveEurPerYear:0}");
        }
        misses.ShouldBeEmpty();
    }

    [Fact]
    public void Across_an_empty_trunk_the_Steiner_bound_charges_the_trunk_and_proves_the_optimum()
    {
        // Source at node 0, two empty streets, then a street of 30 old houses: the street bound charges the trunk
        // only its cost per kW; the Steiner bound must pay for its pipe too, which on a path is exactly the optimum.
        var edges = new[] { new NetworkEdge(0, 1, 150, 900), new NetworkEdge(1, 2, 150, 900), new NetworkEdge(2, 3, 100, 900) };
        var houses = Enumerable.Range(0, 30).Select(k => new NetworkBuilding($"h{k}", 2, k % 2 == 0 ? 2 : 3, 10, 15, 8, 2_600)).ToArray();
        var p = new NetworkProblem(4, edges, houses, new HeatSource(0, 1e9, 2_000, 45), new NetworkCosts());
        var exact = NetworkDesigner.Exact(p, 30, 0.0);
        var street = NetworkDesigner.StreetBound(p);
        var steiner = NetworkDesigner.SteinerBound(p);
        exact.Status.ShouldBe("optimal");
        exact.ConnectedCount.ShouldBe(30);
        steiner.ShouldBeGreaterThan(street + 1_000);
        steiner.ShouldBe(exact.ObjectiveEurPerYear, 1e-6 * exact.ObjectiveEurPerYear);
        NetworkDesigner.Fast(p).Gap.ShouldBeLessThan(1e-6);
    }

    [Fact]
    public void When_no_street_pays_for_its_pipe_the_street_bound_proves_that_nothing_connects()
    {
        var p = Grid(4, 4, (_, _) => 300);
        var fast = NetworkDesigner.Fast(p);
        NetworkDesigner.StreetBound(p).ShouldBe(p.Buildings.Sum(b => b.IndividualCostEurPerYear), 1e-6);
        fast.Gap.ShouldBe(0, 1e-9);
    }

    [Fact]
    public void Connected_peak_never_exceeds_the_source_capacity_nor_any_pipe_its_DN_capacity() =>
        Prop.ForAll(Gen.Choose(2, 5).Zip(Gen.Choose(1, 6)).Zip(Gen.Choose(50, 2_000)).ToArbitrary(), t =>
        {
            var ((side, perEdge), capacity) = t;
            var p = Grid(side, perEdge, (e, k) => 1_800 + (e * 13 + k * 7) % 900, capacityKW: capacity, seed: side * 10 + perEdge);
            var design = NetworkDesigner.Fast(p);
            var connectedPeak = p.Buildings.Where((_, i) => design.Connected[i]).Sum(b => b.PeakKW);
            return connectedPeak <= capacity + 1e-6
                   && design.Pipes.All(pipe => pipe.DesignPeakKW <= p.Costs.Catalogue.For(pipe.DesignPeakKW).CapacityKW || pipe.Dn == 300);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_connected_building_is_reached_by_pipe_from_the_source() =>
        Prop.ForAll(Gen.Choose(2, 6).Zip(Gen.Choose(1, 5)).ToArbitrary(), t =>
        {
            var (side, perEdge) = t;
            var p = Grid(side, perEdge, (e, k) => 1_500 + (e * 31 + k * 17) % 1_500, seed: side + perEdge);
            var design = NetworkDesigner.Fast(p);
            var pipeEdges = design.Pipes.Select(x => x.Edge).ToHashSet();
            var reached = new HashSet<int> { p.Source.Node };
            bool grew;
            do
            {
                grew = false;
                foreach (var e in pipeEdges)
                {
                    var edge = p.Edges[e];
                    if (reached.Contains(edge.From) && reached.Add(edge.To)) grew = true;
                    if (reached.Contains(edge.To) && reached.Add(edge.From)) grew = true;
                }
            } while (grew);
            return p.Buildings.Select((b, i) => (b, i)).Where(x => design.Connected[x.i])
                .All(x => pipeEdges.Contains(x.b.Edge) && (reached.Contains(p.Edges[x.b.Edge].From) || reached.Contains(p.Edges[x.b.Edge].To)));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_source_outside_the_street_graph_is_a_clear_error()
    {
        var p = Grid(3, 2, (_, _) => 2_000) with { Source = new HeatSource(99, 1e6, 0, 40) };
        Should.Throw<ArgumentException>(() => NetworkDesigner.Fast(p)).Message.ShouldContain("source");
    }

    [Fact]
    public void Diversity_makes_the_peak_of_many_houses_smaller_than_their_sum()
    {
        DnCatalogue.DiversityFactor(1).ShouldBe(1.0, 1e-9);
        DnCatalogue.DiversityFactor(100).ShouldBe(0.6238, 1e-4);
        DnCatalogue.Default.For(100).Dn.ShouldBeLessThan(DnCatalogue.Default.For(1_000).Dn);
    }
}
