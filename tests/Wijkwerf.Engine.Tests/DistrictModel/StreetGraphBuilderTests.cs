using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using Wijkwerf.Engine.DistrictModel;

namespace Wijkwerf.Engine.Tests.DistrictModel;

public class StreetGraphBuilderTests
{
    // Node n lies on a 4 × 4 grid with 10 m spacing, so any id sequence is a drawable way.
    private static Coordinate At(long node) => new(node % 4 * 10, node / 4 * 10);

    private static StreetWay Way(long id, params long[] nodes) =>
        new(id, "residential", $"Straat {id}", nodes, nodes.Select(At).ToArray());

    [Fact]
    public void A_T_junction_splits_the_through_street_into_two_segments()
    {
        // Through street 0-1-2-3 along y = 0; side street 1-5-9 joins at node 1.
        var edges = StreetGraphBuilder.Split([Way(100, 0, 1, 2, 3), Way(200, 1, 5, 9)]);
        var through = edges.Where(e => e.WayId == 100).ToList();
        through.Count.ShouldBe(2);
        through[0].ShouldSatisfyAllConditions(
            e => e.FromNode.ShouldBe(0), e => e.ToNode.ShouldBe(1), e => e.LengthM.ShouldBe(10), e => e.Index.ShouldBe(0));
        through[1].ShouldSatisfyAllConditions(
            e => e.FromNode.ShouldBe(1), e => e.ToNode.ShouldBe(3), e => e.LengthM.ShouldBe(20), e => e.Index.ShouldBe(1));
        through[1].Coordinates.Length.ShouldBe(3);
        edges.Single(e => e.WayId == 200).LengthM.ShouldBe(20);
    }

    [Fact]
    public void A_street_without_junctions_stays_one_segment_and_keeps_its_name_and_kind()
    {
        var edge = StreetGraphBuilder.Split([Way(7, 0, 1, 2, 3)]).ShouldHaveSingleItem();
        edge.ShouldSatisfyAllConditions(
            e => e.Name.ShouldBe("Straat 7"), e => e.Kind.ShouldBe("residential"),
            e => e.FromNode.ShouldBe(0), e => e.ToNode.ShouldBe(3), e => e.Coordinates.Length.ShouldBe(4));
    }

    [Fact]
    public void A_loop_street_is_split_where_it_meets_itself()
    {
        // 4-5-6-10-9-5-1: a 10 m square loop that meets itself at node 5.
        var edges = StreetGraphBuilder.Split([Way(1, 4, 5, 6, 10, 9, 5, 1)]);
        edges.Select(e => (e.FromNode, e.ToNode)).ShouldBe([(4L, 5L), (5L, 5L), (5L, 1L)]);
        edges[1].LengthM.ShouldBe(40);
    }

    [Fact]
    public void Two_streets_meeting_end_to_end_stay_two_segments()
    {
        var edges = StreetGraphBuilder.Split([Way(1, 0, 1, 2), Way(2, 2, 3, 7)]);
        edges.Count.ShouldBe(2);
    }

    [Fact]
    public void A_node_repeated_in_place_makes_no_zero_length_segment()
    {
        var edges = StreetGraphBuilder.Split([Way(1, 0, 1, 1, 2)]);
        edges.ShouldHaveSingleItem().LengthM.ShouldBe(20);
    }

    [Fact]
    public void Mismatched_ids_and_coordinates_are_refused()
    {
        Should.Throw<ArgumentException>(() => StreetGraphBuilder.Split([new StreetWay(1, "residential", null, [1, 2, 3], [At(1), At(2)])]));
    }

    private static StreetWay[] WaysFrom(byte[][] raw) => raw
        .Where(w => w is { Length: >= 2 })
        .Select((w, i) => Way(i, w.Select(b => (long)(b % 16)).ToArray()))
        .ToArray();

    [Property]
    public bool Splitting_preserves_the_total_length_of_the_ways(byte[][] raw)
    {
        var ways = WaysFrom(raw ?? []);
        var expected = ways.Sum(w => Length(w.Coordinates));
        var actual = StreetGraphBuilder.Split(ways).Sum(e => e.LengthM);
        return Math.Abs(expected - actual) < 1e-6;
    }

    [Property]
    public bool Every_segment_ends_at_graph_nodes_and_passes_through_none(byte[][] raw)
    {
        var ways = WaysFrom(raw ?? []);
        var uses = new Dictionary<long, int>();
        var ends = new HashSet<long>();
        foreach (var w in ways)
        {
            var ids = w.NodeIds.Where((id, i) => i == 0 || id != w.NodeIds[i - 1]).ToArray();
            if (ids.Length < 2) continue;
            ends.Add(ids[0]);
            ends.Add(ids[^1]);
            foreach (var id in ids) uses[id] = uses.GetValueOrDefault(id) + 1;
        }
        bool IsGraphNode(long id) => ends.Contains(id) || uses.GetValueOrDefault(id) >= 2;
        var byCoordinate = Enumerable.Range(0, 16).ToDictionary(n => At(n), n => (long)n);
        return StreetGraphBuilder.Split(ways).All(e =>
            IsGraphNode(e.FromNode) && IsGraphNode(e.ToNode)
            && e.Coordinates[0].Equals2D(At(e.FromNode)) && e.Coordinates[^1].Equals2D(At(e.ToNode))
            && e.Coordinates[1..^1].All(c => !IsGraphNode(byCoordinate[c])));
    }

    private static double Length(Coordinate[] c) => Enumerable.Range(1, Math.Max(0, c.Length - 1)).Sum(i => c[i].Distance(c[i - 1]));
}
