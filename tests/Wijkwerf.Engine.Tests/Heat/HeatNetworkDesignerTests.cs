using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wijkwerf.Engine.Heat.NetworkDesign;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Tests.Heat;

public class HeatNetworkDesignerTests
{
    private static readonly HeatParameters P = HeatParameters.Default;

    /// <summary>A street of 100 m with 20 houses of 12 MWh: 2.4 MWh/m.</summary>
    private static NetworkEdgeInput Dense(int from, int to) => new(from, to, 100, 20 * 12_000, 20 * 7, 20);
    /// <summary>A street of 200 m with 4 detached houses of 15 MWh: 0.3 MWh/m.</summary>
    private static NetworkEdgeInput Sparse(int from, int to) => new(from, to, 200, 4 * 15_000, 4 * 9, 4);
    private static NetworkEdgeInput Empty(int from, int to, double lengthM) => new(from, to, lengthM, 0, 0, 0);

    [Fact]
    public void A_dense_street_is_connected_and_a_sparse_cul_de_sac_is_left_out()
    {
        NetworkEdgeInput[] edges = [Dense(0, 1), Sparse(1, 2), Dense(1, 3)];
        var result = new NetworkEdgeResult[edges.Length];
        var summary = HeatNetworkDesigner.Design(4, edges, 0, P, result);
        result[0].Included.ShouldBeTrue();
        result[2].Included.ShouldBeTrue();
        result[1].Included.ShouldBeFalse();
        result[1].Step.ShouldBe(-1);
        summary.MWhPerMPerYear.ShouldBe(2.4, 1e-9);
    }

    [Fact]
    public void An_empty_connecting_street_is_laid_when_it_leads_to_a_dense_one()
    {
        // source —150 m, no houses— node 1 —dense street— node 2: (240 MWh) / 250 m = 0.96 MWh/m ≥ 0.5.
        NetworkEdgeInput[] edges = [Empty(0, 1, 150), Dense(1, 2)];
        var result = new NetworkEdgeResult[edges.Length];
        var summary = HeatNetworkDesigner.Design(3, edges, 0, P, result);
        result.ShouldAllBe(r => r.Included);
        summary.LengthM.ShouldBe(250);
        // The feeder carries the whole dense street's peak with the diversity of its 20 connections.
        result[0].DesignFlowKW.ShouldBe(140 * P.Kentallen.DiversityFactor(20), 1e-9);
    }

    [Fact]
    public void A_dense_street_too_far_away_is_not_worth_the_feeder()
    {
        NetworkEdgeInput[] edges = [Empty(0, 1, 1_000), Dense(1, 2)];
        var result = new NetworkEdgeResult[edges.Length];
        HeatNetworkDesigner.Design(3, edges, 0, P, result).Edges.ShouldBe(0);
    }

    [Fact]
    public void Denser_streets_come_first_in_the_growth_order()
    {
        NetworkEdgeInput[] edges = [new(0, 1, 100, 120_000, 70, 10), Dense(0, 2)];
        var result = new NetworkEdgeResult[edges.Length];
        HeatNetworkDesigner.Design(3, edges, 0, P, result);
        result[1].Step.ShouldBe(0);
        result[0].Step.ShouldBe(1);
    }

    [Property(MaxTest = 200)]
    public Property The_network_is_connected_to_the_source_and_every_design_flow_covers_its_own_street() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var nodes = 2 + random.Next(30);
            var edges = new NetworkEdgeInput[nodes - 1 + random.Next(nodes)];
            for (var i = 0; i < edges.Length; i++)
            {
                // First a random spanning tree, then random extra streets (loops).
                int from = i < nodes - 1 ? random.Next(i + 1) : random.Next(nodes), to = i < nodes - 1 ? i + 1 : random.Next(nodes);
                var connections = random.Next(30);
                edges[i] = new NetworkEdgeInput(from, to, 10 + random.Next(300), connections * 10_000.0, connections * 6.0, connections);
            }
            var result = new NetworkEdgeResult[edges.Length];
            var summary = HeatNetworkDesigner.Design(nodes, edges, 0, P, result);

            // Reachability from the source over included edges.
            var reached = new bool[nodes];
            reached[0] = true;
            for (var changed = true; changed;)
            {
                changed = false;
                for (var i = 0; i < edges.Length; i++)
                    if (result[i].Included && reached[edges[i].FromNode] != reached[edges[i].ToNode])
                    { reached[edges[i].FromNode] = reached[edges[i].ToNode] = true; changed = true; }
            }
            for (var i = 0; i < edges.Length; i++)
            {
                if (!result[i].Included) { if (result[i].Step != -1) return false; continue; }
                if (!reached[edges[i].FromNode] || !reached[edges[i].ToNode]) return false;
                if (result[i].DesignFlowKW < edges[i].PeakKW * P.Kentallen.DiversityFactor(edges[i].Connections) - 1e-9) return false;
            }
            return summary.Edges == 0 || summary.MWhPerMPerYear >= 0.5 - 1e-9;
        });
}
