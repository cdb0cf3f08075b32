using NetTopologySuite.Geometries;
using Wijkwerf.Engine.DistrictModel;

namespace Wijkwerf.Engine.Tests.DistrictModel;

public class EstimatedStreetGraphTests
{
    /// <summary>Houses every 8 m on both sides of a street along y = <paramref name="y"/>, 12 m from its axis.</summary>
    private static StreetAddresses HorizontalStreet(string code, double x0, double x1, double y)
    {
        var points = new List<Coordinate>();
        for (var x = x0; x <= x1; x += 8)
        {
            points.Add(new Coordinate(x, y + 12));
            points.Add(new Coordinate(x + 4, y - 12));
        }
        return new StreetAddresses(code, code, points.ToArray());
    }

    private static StreetAddresses VerticalStreet(string code, double x, double y0, double y1)
    {
        var points = new List<Coordinate>();
        for (var y = y0; y <= y1; y += 8)
        {
            points.Add(new Coordinate(x + 12, y));
            points.Add(new Coordinate(x - 12, y + 4));
        }
        return new StreetAddresses(code, code, points.ToArray());
    }

    [Fact]
    public void Houses_on_both_sides_of_a_straight_street_give_a_line_along_its_middle()
    {
        var edges = EstimatedStreetGraph.Build([HorizontalStreet("a", 0, 400, 0)]);
        edges.ShouldNotBeEmpty();
        edges.Sum(e => e.LengthM).ShouldBeInRange(350, 420);
        edges.SelectMany(e => e.Coordinates).ShouldAllBe(c => Math.Abs(c.Y) < 3);
    }

    [Fact]
    public void A_side_street_ending_short_of_the_main_street_is_joined_to_it()
    {
        // The side street's last houses stand 20 m from the main street's axis, so its line ends short of it.
        var edges = EstimatedStreetGraph.Build([HorizontalStreet("main", 0, 400, 0), VerticalStreet("side", 200, 20, 300)]);
        var nodes = edges.SelectMany(e => new[] { e.FromNode, e.ToNode }).Distinct().ToArray();
        var root = nodes.ToDictionary(n => n, n => n);
        long Find(long x) { while (root[x] != x) x = root[x]; return x; }
        foreach (var e in edges) root[Find(e.FromNode)] = Find(e.ToNode);
        var text = string.Join("\n", edges.Select(e => $"{e.WayId}:{e.Index} {e.Kind} {e.FromNode}->{e.ToNode} {e.LengthM:0} " + string.Join(" ", e.Coordinates.Select(c => $"({c.X:0},{c.Y:0})"))));
        nodes.Select(Find).Distinct().Count().ShouldBe(1);
        edges.ShouldAllBe(e => e.Kind == EstimatedStreetGraph.Kind, text);
    }

    [Fact]
    public void A_street_far_from_the_others_is_bridged_within_reach_and_left_alone_beyond()
    {
        var near = EstimatedStreetGraph.Build([HorizontalStreet("a", 0, 200, 0), HorizontalStreet("b", 300, 500, 0)]);
        near.ShouldContain(e => e.Kind == EstimatedStreetGraph.LinkKind);
        var far = EstimatedStreetGraph.Build([HorizontalStreet("a", 0, 200, 0), HorizontalStreet("b", 600, 800, 0)]);
        far.ShouldNotContain(e => e.Kind == EstimatedStreetGraph.LinkKind);
    }

    [Fact]
    public void A_street_with_a_single_address_gives_no_line()
    {
        EstimatedStreetGraph.Build([new StreetAddresses("x", null, [new Coordinate(0, 0), new Coordinate(0.2, 0.1)])]).ShouldBeEmpty();
    }
}
