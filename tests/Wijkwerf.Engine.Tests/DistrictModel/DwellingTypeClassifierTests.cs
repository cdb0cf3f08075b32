using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.DistrictModel;
using static Wijkwerf.Engine.Tests.DistrictModel.Shapes;

namespace Wijkwerf.Engine.Tests.DistrictModel;

public class DwellingTypeClassifierTests
{
    // A typical Dutch row house: 5.4 m wide, 9 m deep.
    private const double WidthM = 5.4;
    private const double DepthM = 9;

    private static DwellingTypeResult[] Classify(params (Geometry Footprint, int Dwellings)[] buildings) =>
        DwellingTypeClassifier.Classify(buildings.Select(b => b.Footprint).ToArray(), buildings.Select(b => b.Dwellings).ToArray());

    [Fact]
    public void A_house_standing_alone_is_detached()
    {
        var r = Classify((Box(0, 0, 10, 10), 1), (Box(30, 0, 10, 10), 1));
        r[0].Type.ShouldBe(DwellingType.Detached);
        r[0].SharedWallM.ShouldBe(0);
        r[0].Touching.ShouldBe(0);
    }

    [Fact]
    public void Two_houses_sharing_one_wall_are_semi_detached()
    {
        var r = Classify((Box(0, 0, WidthM, DepthM), 1), (Box(WidthM, 0, WidthM, DepthM), 1));
        r.Select(x => x.Type).ShouldAllBe(t => t == DwellingType.SemiDetached);
        r[0].SharedWallM.ShouldBe(DepthM, 0.01);
        r[1].Touching.ShouldBe(1);
    }

    [Fact]
    public void A_row_of_four_houses_has_two_ends_and_two_middles()
    {
        var r = Classify(Enumerable.Range(0, 4).Select(i => ((Geometry)Box(i * WidthM, 0, WidthM, DepthM), 1)).ToArray());
        r.Select(x => x.Type).ShouldBe([DwellingType.TerracedEnd, DwellingType.TerracedMiddle, DwellingType.TerracedMiddle, DwellingType.TerracedEnd]);
        r[1].SharedWallM.ShouldBe(2 * DepthM, 0.01);
        r[1].Touching.ShouldBe(2);
    }

    [Fact]
    public void A_row_digitised_with_small_gaps_and_offsets_is_still_a_row()
    {
        // Surveyed walls rarely coincide: 0.15 m gaps and a 0.5 m step in depth stay within the 0.3 m tolerance.
        var r = Classify(
            (Box(0, 0, WidthM, DepthM), 1),
            (Box(WidthM + 0.15, 0.5, WidthM, DepthM), 1),
            (Box(2 * WidthM + 0.3, 0, WidthM, DepthM), 1));
        r.Select(x => x.Type).ShouldBe([DwellingType.TerracedEnd, DwellingType.TerracedMiddle, DwellingType.TerracedEnd]);
        r[0].SharedWallM.ShouldBe(DepthM - 0.5, 0.5);
    }

    [Fact]
    public void A_shed_against_a_detached_house_leaves_it_detached()
    {
        var r = Classify((Box(0, 0, 10, 10), 1), (Box(10, 2, 3, 4), 0));
        r[0].Type.ShouldBe(DwellingType.Detached);
        r[0].Touching.ShouldBe(0);
        r[0].SharedWallM.ShouldBe(4, 0.01, "the wall against the shed is still not an outside wall");
        r[1].Type.ShouldBeNull();
    }

    [Fact]
    public void A_shed_between_a_pair_keeps_the_pair_semi_detached()
    {
        var r = Classify((Box(0, 0, WidthM, DepthM), 1), (Box(WidthM, 0, WidthM, DepthM), 1), (Box(2 * WidthM, 0, 3, 4), 0));
        r[0].Type.ShouldBe(DwellingType.SemiDetached);
        r[1].Type.ShouldBe(DwellingType.SemiDetached);
    }

    [Fact]
    public void A_large_workshop_against_a_house_counts_as_a_neighbour()
    {
        var r = Classify((Box(0, 0, 10, 10), 1), (Box(10, 0, 8, 10), 0));
        r[0].Type.ShouldBe(DwellingType.SemiDetached);
        r[1].Type.ShouldBeNull();
        r[1].Touching.ShouldBe(1);
    }

    [Fact]
    public void Houses_touching_only_at_a_corner_are_detached()
    {
        var r = Classify((Box(0, 0, 10, 10), 1), (Box(10, 10, 10, 10), 1));
        r.Select(x => x.Type).ShouldAllBe(t => t == DwellingType.Detached);
        r[0].SharedWallM.ShouldBeLessThan(1);
    }

    [Fact]
    public void A_building_with_three_dwellings_is_an_apartment_building_wherever_it_stands()
    {
        var r = Classify((Box(0, 0, 20, 12), 3), (Box(20, 0, WidthM, 12), 1), (Box(50, 0, 12, 12), 0));
        r[0].Type.ShouldBe(DwellingType.Apartment);
        r[1].Type.ShouldBe(DwellingType.SemiDetached);
        r[2].Type.ShouldBeNull();
    }

    [Fact]
    public void The_apartment_threshold_is_a_rule_not_a_constant()
    {
        var rules = new DwellingTypeRules { ApartmentMinDwellings = 2 };
        DwellingTypeClassifier.Classify([Box(0, 0, 10, 10)], [2], rules)[0].Type.ShouldBe(DwellingType.Apartment);
    }

    [Fact]
    public void A_courtyard_block_of_houses_are_all_terraced()
    {
        // Eight houses around a courtyard: corners touch two, so nobody is detached or semi-detached.
        var houses = new List<Geometry>();
        for (var k = 0; k < 3; k++) houses.Add(Box(k * 10, 0, 10, 10));
        houses.Add(Box(20, 10, 10, 10));
        for (var k = 0; k < 3; k++) houses.Add(Box(k * 10, 20, 10, 10));
        houses.Add(Box(0, 10, 10, 10));
        var r = DwellingTypeClassifier.Classify(houses, houses.Select(_ => 1).ToArray());
        r.Select(x => x.Type).ShouldAllBe(t => t == DwellingType.TerracedMiddle);
    }

    [Fact]
    public void Shared_wall_length_is_the_same_seen_from_both_sides_of_a_straight_party_wall()
    {
        var r = Classify((Box(0, 0, 10, 10), 1), (Box(10, 3, 10, 4), 1));
        r[0].SharedWallM.ShouldBe(4, 0.01);
        r[1].SharedWallM.ShouldBe(4, 0.01);
    }

    [Fact]
    public void A_slightly_skewed_party_wall_counts_its_full_length()
    {
        // Two surveys of one wall, 0.1 m apart at one end and 0.05 m at the other.
        var a = Factory.CreatePolygon([new(0, 0), new(8, 0), new(8.1, 9), new(0, 9), new(0, 0)]);
        var b = Factory.CreatePolygon([new(8.05, 0), new(15, 0), new(15, 9), new(8.15, 9), new(8.05, 0)]);
        var r = DwellingTypeClassifier.Classify([a, b], [1, 1]);
        r[0].SharedWallM.ShouldBe(9.0, 0.05);
        r[1].SharedWallM.ShouldBe(9.0, 0.05);
        r[0].Type.ShouldBe(DwellingType.SemiDetached);
    }

    [Fact]
    public void A_row_turned_45_degrees_is_classified_the_same()
    {
        var turn = new NetTopologySuite.Geometries.Utilities.AffineTransformation().Rotate(Math.PI / 4);
        var row = Enumerable.Range(0, 3).Select(i => turn.Transform(Box(i * WidthM, 0, WidthM, DepthM))).ToArray();
        var r = DwellingTypeClassifier.Classify(row, [1, 1, 1]);
        r.Select(x => x.Type).ShouldBe([DwellingType.TerracedEnd, DwellingType.TerracedMiddle, DwellingType.TerracedEnd]);
        r[1].SharedWallM.ShouldBe(2 * DepthM, 0.01);
    }

    [Property]
    public bool Any_row_of_three_or_more_houses_has_two_ends_and_the_rest_middles(byte count, byte[] widths, byte[] gaps)
    {
        // Widths 4-9.9 m, gaps 0-0.29 m (inside the 0.3 m tolerance), depth 9 m.
        var n = count % 10 + 3;
        var x = 0.0;
        var row = new Geometry[n];
        for (var i = 0; i < n; i++)
        {
            var width = 4 + (widths is { Length: > 0 } ? widths[i % widths.Length] % 60 : 0) / 10.0;
            row[i] = Box(x, 0, width, DepthM);
            x += width + (gaps is { Length: > 0 } ? gaps[i % gaps.Length] % 30 : 0) / 100.0;
        }
        var types = DwellingTypeClassifier.Classify(row, Enumerable.Repeat(1, n).ToArray()).Select(r => r.Type).ToArray();
        return types[0] == DwellingType.TerracedEnd && types[^1] == DwellingType.TerracedEnd
               && types[1..^1].All(t => t == DwellingType.TerracedMiddle);
    }
}
