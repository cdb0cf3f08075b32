using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using Wijkwerf.Engine.DistrictModel;
using static Wijkwerf.Engine.Tests.DistrictModel.Shapes;

namespace Wijkwerf.Engine.Tests.DistrictModel;

public class NearestStreetLinkerTests
{
    [Fact]
    public void A_house_12_m_behind_the_street_needs_a_12_m_connection()
    {
        var street = Line((0, 0), (100, 0));
        var link = NearestStreetLinker.Link([street], [Box(40, 12, 10, 10)]).ShouldHaveSingleItem();
        link.ShouldBe(new StreetLink(0, 12));
    }

    [Fact]
    public void A_house_links_to_the_nearer_of_two_streets()
    {
        var streets = new[] { Line((0, 0), (100, 0)), Line((0, 40), (100, 40)) };
        NearestStreetLinker.Link(streets, [Box(40, 25, 10, 10)])[0].ShouldBe(new StreetLink(1, 5));
    }

    [Fact]
    public void A_street_crossing_a_footprint_is_at_distance_zero()
    {
        NearestStreetLinker.Link([Line((0, 5), (100, 5))], [Box(40, 0, 10, 10)])[0].ShouldBe(new StreetLink(0, 0));
    }

    [Fact]
    public void A_passage_under_a_building_is_at_distance_zero()
    {
        NearestStreetLinker.Link([Line((42, 2), (48, 8))], [Box(40, 0, 10, 10)])[0].ShouldBe(new StreetLink(0, 0));
    }

    [Fact]
    public void A_farm_beyond_reach_of_every_street_has_no_link()
    {
        var link = NearestStreetLinker.Link([Line((0, 0), (100, 0))], [Box(0, 300, 10, 10)], maxDistanceM: 250)[0];
        link.Segment.ShouldBe(-1);
        link.DistanceM.ShouldBe(double.PositiveInfinity);
    }

    [Fact]
    public void A_street_found_only_after_widening_the_search_is_still_the_nearest()
    {
        var streets = new[] { Line((0, 0), (1000, 0)), Line((0, 230), (1000, 230)) };
        NearestStreetLinker.Link(streets, [Box(500, 150, 10, 10)])[0].ShouldBe(new StreetLink(1, 70));
    }

    [Property]
    public bool The_link_is_the_nearest_street_within_reach(ushort[] raw, ushort bx, ushort by)
    {
        raw ??= [];
        var streets = Enumerable.Range(0, raw.Length / 4)
            .Select(k => Line((raw[4 * k] % 1000, raw[4 * k + 1] % 1000), (raw[4 * k + 2] % 1000 + 0.5, raw[4 * k + 3] % 1000)))
            .ToArray();
        var footprint = Box(bx % 1000, by % 1000, 8, 10);
        var link = NearestStreetLinker.Link(streets, [footprint], 250)[0];
        var distances = streets.Select(s => footprint.Distance(s)).ToArray();
        var best = distances.Length == 0 ? double.PositiveInfinity : distances.Min();
        return best > 250
            ? link.Segment == -1
            : link.Segment == Array.IndexOf(distances, best) && link.DistanceM == best;
    }
}
