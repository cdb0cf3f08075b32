using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using Wijkwerf.Engine.DistrictModel;
using static Wijkwerf.Engine.Tests.DistrictModel.Shapes;

namespace Wijkwerf.Engine.Tests.DistrictModel;

public class DistrictAssignmentTests
{
    [Fact]
    public void A_building_outside_every_district_is_assigned_to_none()
    {
        DistrictAssignment.Assign([Box(0, 0, 100, 100)], [new Coordinate(150, 50)]).ShouldBe([-1]);
    }

    [Fact]
    public void A_building_on_the_border_of_two_districts_goes_to_the_first_of_them()
    {
        var districts = new Geometry[] { Box(100, 0, 100, 100), Box(0, 0, 100, 100) };
        DistrictAssignment.Assign(districts, [new Coordinate(100, 50), new Coordinate(100, 50)]).ShouldBe([0, 0]);
        DistrictAssignment.Assign(districts.Reverse().ToArray(), [new Coordinate(100, 50)]).ShouldBe([0]);
    }

    [Fact]
    public void A_building_in_the_hole_of_a_district_belongs_to_the_district_filling_the_hole()
    {
        var ring = Factory.CreatePolygon(
            Factory.CreateLinearRing([new(0, 0), new(300, 0), new(300, 300), new(0, 300), new(0, 0)]),
            [Factory.CreateLinearRing([new(100, 100), new(200, 100), new(200, 200), new(100, 200), new(100, 100)])]);
        var inner = Box(100, 100, 100, 100);
        DistrictAssignment.Assign([ring, inner], [new Coordinate(150, 150), new Coordinate(50, 50)]).ShouldBe([1, 0]);
    }

    [Fact]
    public void A_multipolygon_district_holds_buildings_in_each_of_its_parts()
    {
        var district = Factory.CreateMultiPolygon([Box(0, 0, 10, 10), Box(50, 0, 10, 10)]);
        DistrictAssignment.Assign([district], [new Coordinate(5, 5), new Coordinate(55, 5), new Coordinate(30, 5)]).ShouldBe([0, 0, -1]);
    }

    [Property]
    public bool Every_point_inside_one_square_of_a_grid_is_assigned_to_that_square(byte columns, byte rows, ushort[] xs, ushort[] ys)
    {
        const double SizeM = 100;
        var nx = columns % 8 + 1;
        var ny = rows % 8 + 1;
        var squares = new List<Geometry>();
        for (var j = 0; j < ny; j++)
            for (var i = 0; i < nx; i++)
                squares.Add(Box(i * SizeM, j * SizeM, SizeM, SizeM));
        // Points at (k + 0.5) / 10 m steps never fall on a square's edge.
        var count = Math.Min(xs?.Length ?? 0, ys?.Length ?? 0);
        var points = Enumerable.Range(0, count)
            .Select(k => new Coordinate((xs![k] % (nx * 1000) + 0.5) / 10, (ys![k] % (ny * 1000) + 0.5) / 10))
            .ToArray();
        var assigned = DistrictAssignment.Assign(squares, points);
        return points.Select((p, k) => assigned[k] == (int)(p.Y / SizeM) * nx + (int)(p.X / SizeM)).All(ok => ok);
    }
}
