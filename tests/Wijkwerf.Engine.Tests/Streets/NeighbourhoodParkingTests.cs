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
    public void A_full_street_next_to_a_school_car_park_gives_up_spaces_to_green_and_stays_below_full()
    {
        // 40 spaces, 38 cars at night (95 %, full); the school 150 m away has 20 free spaces, the supermarket 900 m is too far.
        var r = NeighbourhoodParking.Match([new StreetCount(1, 40, 38, 0, 0)],
            [new CarPark(10, "school", 20, 150, 0), new CarPark(11, "supermarket", 50, 900, 0)], Rules);
        var s = r.Streets.Single();
        s.FullBefore.ShouldBeTrue();
        s.CarsMoved.ShouldBe(20);
        r.CarParkUse[11].ShouldBe(0);
        // 18 cars stay; at most 85 % occupied needs ceil(18 / 0.85) = 22 spaces, so 18 become green.
        s.SpacesFreed.ShouldBe(18);
        s.GreenM2.ShouldBe(18 * Rules["parking_space_m2"]);
        s.PressureAfter.ShouldBeLessThan(Rules["parking_full_share"]);
    }

    [Property(MaxTest = 100)]
    public Property No_car_park_takes_more_than_its_free_spaces_and_a_street_gives_up_spaces_only_while_staying_below_full() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var streets = Enumerable.Range(0, 30).Select(i =>
            {
                var capacity = random.Next(5, 80);
                return new StreetCount(i, capacity, random.Next(0, capacity + 1), random.Next(0, 1500), random.Next(0, 1500));
            }).ToArray();
            var parks = Enumerable.Range(0, 6).Select(i => new CarPark(i, "school", random.Next(0, 60), random.Next(0, 1500), random.Next(0, 1500))).ToArray();
            var r = NeighbourhoodParking.Match(streets, parks, Rules);
            return parks.All(p => r.CarParkUse[p.Id] <= p.FreeAtNight)
                   && r.Streets.Where(s => s.SpacesFreed > 0).All(s => s.PressureAfter < Rules["parking_full_share"] + 1e-9)
                   && r.Streets.All(s => s.PressureAfter <= s.PressureBefore + 1e-9 || s.CarsMoved == 0)
                   && r.CarsMoved == r.CarParkUse.Values.Sum();
        });
}
