using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.Parking;

namespace Wijkwerf.Engine.Tests.Streets;

public class NeighbourhoodParkingTests
{
    private static readonly StreetRules Rules = StreetRules.Default;

    [Fact]
    public void A_full_street_next_to_a_school_car_park_moves_only_the_4_cars_above_85_percent_not_all_38()
    {
        // 40 spaces, 38 cars at night (95 %, full); the street holds 0.85 × 40 = 34 at the target, so 4 cars move to the
        // school 150 m away (20 free); the supermarket 900 m away is beyond the 400 m walk.
        var r = NeighbourhoodParking.Match([new StreetCount(1, 40, 38, 0, 0)],
            [new CarPark(10, "school", 20, 150, 0), new CarPark(11, "supermarket", 50, 900, 0)], Rules);
        var s = r.Streets.Single();
        s.FullBefore.ShouldBeTrue();
        s.CarsAboveTarget.ShouldBe(4);
        s.CarsMoved.ShouldBe(4);
        r.CarParkUse[10].ShouldBe(4);
        r.CarParkUse[11].ShouldBe(0);
        r.Moves.ShouldBe([new ParkingMove(1, 10, 4, 150)]);
        // 34 cars stay on 40 spaces (85 %): every space is still needed to stay below full, so nothing becomes green.
        s.SpacesFreed.ShouldBe(0);
        s.GreenM2.ShouldBe(0);
        s.PressureAfter.ShouldBe(0.85, 1e-9);
    }

    [Fact]
    public void A_street_at_80_percent_moves_no_car_even_next_to_an_empty_car_park()
    {
        var r = NeighbourhoodParking.Match([new StreetCount(1, 40, 32, 0, 0)], [new CarPark(10, "school", 50, 50, 0)], Rules);
        r.Streets.Single().FullBefore.ShouldBeFalse();
        r.CarsMoved.ShouldBe(0);
        r.Moves.ShouldBeEmpty();
        r.CarParkUse[10].ShouldBe(0);
        r.GreenM2.ShouldBe(0);
    }

    [Fact]
    public void A_street_at_exactly_85_percent_is_full_but_has_no_car_above_the_target_to_move()
    {
        var s = NeighbourhoodParking.Match([new StreetCount(1, 40, 34, 0, 0)], [new CarPark(10, "school", 50, 50, 0)], Rules).Streets.Single();
        s.FullBefore.ShouldBeTrue();
        s.CarsAboveTarget.ShouldBe(0);
        s.CarsMoved.ShouldBe(0);
    }

    [Fact]
    public void A_car_park_with_2_free_places_caps_the_move_at_2()
    {
        var r = NeighbourhoodParking.Match([new StreetCount(1, 40, 38, 0, 0)], [new CarPark(10, "church", 2, 200, 0)], Rules);
        var s = r.Streets.Single();
        s.CarsAboveTarget.ShouldBe(4);
        s.CarsMoved.ShouldBe(2);
        r.CarParkUse[10].ShouldBe(2);
        s.PressureAfter.ShouldBe(36 / 40.0, 1e-9);
        s.SpacesFreed.ShouldBe(0);
    }

    [Fact]
    public void The_excess_goes_to_the_nearest_car_park_first_and_the_rest_to_the_next_within_walking_distance()
    {
        // Kerkepad-like: 44 cars on 48 spaces, target floor(40.8) = 40, so 4 cars: 3 to the church at 100 m, 1 to sports at 300 m.
        var r = NeighbourhoodParking.Match([new StreetCount(7, 48, 44, 0, 0)],
            [new CarPark(1, "sports", 200, 0, 300), new CarPark(2, "church", 3, 100, 0)], Rules);
        r.Moves.ShouldBe([new ParkingMove(7, 2, 3, 100), new ParkingMove(7, 1, 1, 300)]);
        r.CarsMoved.ShouldBe(4);
    }

    [Fact]
    public void A_small_street_frees_a_space_for_green_only_when_the_cars_moved_leave_it_below_full_on_fewer_spaces()
    {
        // 7 cars on 7 spaces: target floor(0.85 × 7) = 5, so 2 move; 5 cars stay below full on 6 spaces (83 %), 1 becomes green.
        var two = NeighbourhoodParking.Match([new StreetCount(1, 7, 7, 0, 0)], [new CarPark(10, "school", 10, 50, 0)], Rules).Streets.Single();
        two.CarsMoved.ShouldBe(2);
        two.SpacesFreed.ShouldBe(1);
        two.GreenM2.ShouldBe(Rules["parking_space_m2"]);
        two.PressureAfter.ShouldBe(5 / 6.0, 1e-9);
        // With room for one car only, 6 cars stay and need all 7 spaces: no green.
        var one = NeighbourhoodParking.Match([new StreetCount(1, 7, 7, 0, 0)], [new CarPark(10, "school", 1, 50, 0)], Rules).Streets.Single();
        one.CarsMoved.ShouldBe(1);
        one.SpacesFreed.ShouldBe(0);
        one.GreenM2.ShouldBe(0);
    }

    [Theory]
    [InlineData(38, 40, 4)]   // target 34
    [InlineData(31, 34, 3)]   // target 28.9 → 28 whole cars stay
    [InlineData(96, 110, 3)]  // target 93.5 → 93
    [InlineData(11, 12, 1)]   // target 10.2 → 10
    [InlineData(32, 40, 0)]   // 80 %
    [InlineData(34, 40, 0)]   // exactly 85 %
    [InlineData(45, 40, 11)]  // more cars than spaces (illegal parking counted too)
    public void Cars_above_the_target_are_rounded_up_to_whole_cars(int cars, int capacity, int expected) =>
        NeighbourhoodParking.CarsAboveTarget(cars, capacity, Rules["parking_full_share"]).ShouldBe(expected);

    [Property(MaxTest = 100)]
    public Property No_car_park_takes_more_than_its_free_spaces_no_street_moves_more_than_its_excess_and_a_street_gives_up_spaces_only_while_staying_below_full() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var full = Rules["parking_full_share"];
            var streets = Enumerable.Range(0, 30).Select(i =>
            {
                var capacity = random.Next(5, 80);
                return new StreetCount(i, capacity, random.Next(0, capacity + 1), random.Next(0, 1500), random.Next(0, 1500));
            }).ToArray();
            var parks = Enumerable.Range(0, 6).Select(i => new CarPark(i, "school", random.Next(0, 60), random.Next(0, 1500), random.Next(0, 1500))).ToArray();
            var r = NeighbourhoodParking.Match(streets, parks, Rules);
            return parks.All(p => r.CarParkUse[p.Id] <= p.FreeAtNight && r.Moves.Where(m => m.CarPark == p.Id).Sum(m => m.Cars) == r.CarParkUse[p.Id])
                   && r.Streets.Zip(streets).All(x => x.First.CarsMoved <= x.First.CarsAboveTarget
                                                      && (x.First.CarsMoved == 0 || x.Second.OccupiedAtNight - x.First.CarsMoved >= Math.Floor(full * x.Second.Capacity + 1e-9))
                                                      && (x.First.PressureBefore > full || x.First.CarsMoved == 0)
                                                      && x.First.CarsMoved == r.Moves.Where(m => m.Street == x.Second.Street).Sum(m => m.Cars))
                   && r.Moves.All(m => m.DistanceM <= Rules["parking_walk_m"])
                   && r.Streets.Where(s => s.SpacesFreed > 0).All(s => s.PressureAfter < full)
                   && r.Streets.All(s => s.PressureAfter <= s.PressureBefore + 1e-9 || s.CarsMoved == 0)
                   && r.CarsMoved == r.CarParkUse.Values.Sum();
        });
}
