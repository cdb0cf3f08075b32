using NetTopologySuite.Geometries;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.Parking;

namespace Wijkwerf.Engine.Tests.Streets;

/// <summary>Mobility hub (Hoppinpunt) screening: homes, shared cars and stops count by the walk along the street graph.</summary>
public class MobilityHubsTests
{
    private static readonly StreetRules Rules = StreetRules.Default;
    private static readonly GeometryFactory Factory = new();

    private static HubEdge Street(long from, long to, params (double X, double Y)[] points)
    {
        var line = Factory.CreateLineString(points.Select(p => new Coordinate(p.X, p.Y)).ToArray());
        return new HubEdge(from, to, line.Length, line);
    }

    [Fact]
    public void A_hub_candidate_at_a_stop_is_local_and_candidates_keep_their_distance()
    {
        HubNode[] nodes = [new(1, 0, 0, 4), new(2, 100, 0, 3), new(3, 1000, 0, 3), new(4, 500, 500, 2)];
        HubEdge[] edges = [Street(1, 2, (0, 0), (100, 0)), Street(2, 3, (100, 0), (1000, 0)), Street(1, 4, (0, 0), (500, 500)), Street(4, 3, (500, 500), (1000, 0))];
        HubHomes[] homes = [new(0, 50, 120), new(1000, 50, 40), new(500, 520, 500)];
        HubPoint[] points = [new(1010, 0, true, 0), new(0, 10, false, 2)];
        var candidates = MobilityHubs.Candidates(nodes, edges, homes, points, Rules);
        // Node 1 (120 homes + 2 shared cars × 10) beats node 2 (same homes, the shared cars also in reach) only on the
        // tie-break; node 2 lies within 400 m of node 1 and is skipped; node 4 has two streets only.
        candidates.Select(c => c.Node).ShouldBe([1, 3]);
        candidates[0].Score.ShouldBe(120 + 2 * Rules["hub_existing_point_weight"]);
        candidates[0].Category.ShouldBe(HubCategory.Neighbourhood);
        candidates[1].Category.ShouldBe(HubCategory.Local);
        candidates[1].StopDistanceM.ShouldBe(10);
    }

    // A river between y = 0 and y = 150 with one bridge at x = -275: south bank C (0, 0) – W (-275, 0) – E (400, 0) and a
    // stub S (0, -100); the bridge W – NW (-275, 150); north bank NW – NE (400, 150). An island street I1 – I2 at y = -300
    // that the graph does not reach.
    private static readonly HubEdge[] River =
    [
        Street(1, 2, (0, 0), (-275, 0)), Street(1, 3, (0, 0), (400, 0)), Street(1, 6, (0, 0), (0, -100)),
        Street(2, 4, (-275, 0), (-275, 150)), Street(4, 5, (-275, 150), (400, 150)), Street(7, 8, (-100, -300), (100, -300)),
    ];

    private static HubNode[] RiverNodes(long candidate) =>
        new (long Node, double X, double Y)[] { (1, 0, 0), (2, -275, 0), (3, 400, 0), (4, -275, 150), (5, 400, 150), (6, 0, -100), (7, -100, -300), (8, 100, -300) }
            .Select(n => new HubNode(n.Node, n.X, n.Y, n.Node == candidate ? 3 : 2)).ToArray();

    [Fact]
    public void Homes_across_the_river_150_m_away_but_700_m_by_the_bridge_are_not_within_a_400_m_walk()
    {
        Rules["hub_walk_m"].ShouldBe(400);
        HubHomes[] homes =
        [
            new(0, 150, 30),   // across the river: 150 m as the crow flies, 275 + 150 + 275 = 700 m by the bridge
            new(-275, 75, 7),  // on the bridge: 275 + 75 = 350 m along the street (285 m straight)
            new(0, -300, 11),  // on the island street: 300 m straight, no street leads there
        ];
        var candidate = MobilityHubs.Candidates(RiverNodes(1), River, homes, [], Rules).ShouldHaveSingleItem();
        candidate.Node.ShouldBe(1);
        candidate.Dwellings.ShouldBe(7);
        candidate.DwellingsFartherByStreet.ShouldBe(30 + 11);
        candidate.Score.ShouldBe(7);
    }

    [Fact]
    public void A_stop_across_the_river_is_a_longer_walk_than_straight_and_out_of_reach_when_the_bridge_is_far()
    {
        HubHomes[] homes = [new(-275, 75, 5)];
        HubPoint[] stop = [new(-100, 160, true, 0)]; // 10 m north of the north-bank street

        // From the bridgehead W: 150 m over the bridge, 175 m along the north bank, 10 m to the stop (230 m straight).
        var atBridge = MobilityHubs.Candidates(RiverNodes(2), River, homes, stop, Rules).ShouldHaveSingleItem();
        atBridge.StopDistanceM.ShouldBe(335);
        atBridge.StopDistanceM!.Value.ShouldBeGreaterThan(Math.Sqrt(175 * 175 + 160 * 160));

        // From C the stop is 189 m straight but 275 + 150 + 175 + 10 = 610 m by the bridge: beyond the 400 m searched.
        var atC = MobilityHubs.Candidates(RiverNodes(1), River, homes, stop, Rules).ShouldHaveSingleItem();
        atC.StopDistanceM.ShouldBeNull();
        atC.Category.ShouldBe(HubCategory.Neighbourhood);
        MobilityHubs.StopReachM(Rules).ShouldBe(400);
    }

    [Fact]
    public void A_shared_car_across_the_river_does_not_add_to_the_score()
    {
        HubHomes[] homes = [new(-275, 75, 5)];
        HubPoint[] cars = [new(50, 150, false, 2), new(50, 0, false, 1)]; // across: 750 m by the bridge; this bank: 50 m
        var candidate = MobilityHubs.Candidates(RiverNodes(1), River, homes, cars, Rules).ShouldHaveSingleItem();
        candidate.ExistingPoints.ShouldBe(1);
        candidate.Score.ShouldBe(5 + Rules["hub_existing_point_weight"]);
    }
}
