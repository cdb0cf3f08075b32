using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Streets;

namespace Wijkwerf.Data.Tests.Streets;

/// <summary>Parking counts, neighbourhood parking and mobility hub candidates on the real Wechelderzande street graph and
/// buildings, with the sample counts and the car parks and bus stops taken from OpenStreetMap.</summary>
public class StreetParkingTests(StreetWorksFixture fixture) : IClassFixture<StreetWorksFixture>
{
    private const string Wechelderzande = "13019W04";

    private static async Task ImportSamplesAsync(Wijkwerf.Data.Storage.WijkwerfDb db)
    {
        (await ParkingImport.ImportAsync(db, StreetWorksFixture.Sample("wechelderzande-parking-counts.csv"))).Rows.ShouldBe(24);
        (await ParkingImport.ImportAsync(db, StreetWorksFixture.Sample("wechelderzande-mobility-points.csv"))).Rows.ShouldBe(15);
    }

    [Fact]
    public async Task Parking_pressure_is_counted_cars_over_spaces_and_a_street_is_full_from_85_percent()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        await ImportSamplesAsync(db);
        var parking = (await new StreetMobility(db).ParkingAsync(Wechelderzande))!;
        parking.FullShare.ShouldBe(0.85);
        parking.FullShareSource.ShouldContain("CROW");
        var heymans = parking.Streets.Single(s => s.Street == "Heymansstraat" && s.Slot == "night");
        heymans.Pressure.ShouldBe(38 / 40.0, 0.001);
        heymans.Full.ShouldBeTrue();
        parking.Streets.Single(s => s.Street == "Nieuwstraat" && s.Slot == "night").Full.ShouldBeFalse(); // 40 / 52 = 77 %
        parking.Streets.Single(s => s.Street == "Nieuwstraat" && s.Slot == "day").Full.ShouldBeTrue();    // the shops: 47 / 52
        // A count on a segment takes the segment's street name and position.
        parking.Streets.ShouldContain(s => s.Street == "Pastorijstraat" && s.Slot == "night" && s.Lon != null);
        var night = parking.DistrictTotals.Single(t => t.Slot == "night");
        var counts = await db.ParkingCounts.Where(c => c.Slot == "night").ToListAsync();
        night.CountedCars.ShouldBe(counts.Sum(c => c.CountedCars));
        night.Pressure.ShouldBe((double)counts.Sum(c => c.CountedCars) / counts.Sum(c => c.Capacity), 0.001);
    }

    [Fact]
    public async Task Neighbourhood_parking_moves_only_the_21_cars_above_85_percent_of_the_full_streets_within_400_m_and_frees_2_spaces_for_green()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        await ImportSamplesAsync(db);
        var mobility = new StreetMobility(db);
        var parking = (await mobility.ParkingAsync(Wechelderzande))!;
        parking.CarParks.Count.ShouldBe(3);

        // Derived from the sample counts: each full street keeps floor(0.85 × spaces) cars and moves the rest, e.g.
        // Heymansstraat 38 − 34 = 4, Lindenlaan 31 − floor(28.9) = 3. The car parks have room (58 + 200 free), so every
        // full street within 400 m moves exactly its excess; Pastorijstraat (11 of 12, excess 1) has no car park within
        // 400 m (the sports ground is about 700 m away) and moves nothing.
        var expected = new Dictionary<string, int>
        {
            ["Heymansstraat"] = 4,
            ["Kerkepad"] = 4,
            ["Den Hert"] = 3,
            ["Lindenlaan"] = 3,
            ["Gebroeders De Winterstraat"] = 3,
            ["Huidevetterstraat"] = 2,
            ["Voetbalstraat"] = 2,
        };
        parking.NeighbourhoodParking.ToDictionary(r => r.Street, r => r.CarsMoved).ShouldBe(expected, ignoreOrder: true);
        parking.CarsMoved.ShouldBe(21);
        var night = parking.Streets.Where(s => s.Slot == "night").ToDictionary(s => s.Street);
        foreach (var r in parking.NeighbourhoodParking)
        {
            night[r.Street].Full.ShouldBeTrue();
            r.CarsAboveTarget.ShouldBe(night[r.Street].CountedCars - (int)Math.Floor(0.85 * night[r.Street].Capacity + 1e-9));
            r.CarsMoved.ShouldBe(r.CarsAboveTarget);
            r.To.Sum(t => t.Cars).ShouldBe(r.CarsMoved);
            r.To.ShouldAllBe(t => t.DistanceM <= parking.WalkM);
            r.PressureAfter.ShouldBeLessThanOrEqualTo(parking.FullShare + 1e-9);
        }
        // The nearest car park takes them: Heymansstraat's 4 cars go to the church car park (about 130 m).
        parking.NeighbourhoodParking.Single(r => r.Street == "Heymansstraat").To.Single().CarPark.ShouldStartWith("Parking Den Hert bij de kerk");
        var used = parking.CarParks.ToDictionary(p => p.Category!, p => p.UsedAtNight);
        used["church"].ShouldBe(4 + 4 + 3 + 3 + 2); // Heymansstraat, Kerkepad, Den Hert, Lindenlaan, Huidevetterstraat
        used["sports"].ShouldBe(3 + 2);             // Gebroeders De Winterstraat, Voetbalstraat
        used["school"].ShouldBe(0);
        foreach (var p in parking.CarParks) p.UsedAtNight.ShouldBeLessThanOrEqualTo(p.FreeAtNight);

        // With only the excess gone a street still needs nearly all its spaces to stay below 85 %: Lindenlaan keeps 28
        // cars on 33 spaces (84.8 %) and Huidevetterstraat 11 on 13 (84.6 %), one space each becomes green.
        parking.NeighbourhoodParking.Where(r => r.SpacesFreed > 0).Select(r => r.Street).ShouldBe(["Lindenlaan", "Huidevetterstraat"], ignoreOrder: true);
        parking.NeighbourhoodParking.Where(r => r.SpacesFreed > 0).ShouldAllBe(r => r.PressureAfter < parking.FullShare);
        parking.SpacesFreed.ShouldBe(2);
        parking.GreenM2.ShouldBe(2 * mobility.Rules["parking_space_m2"], 0.01);

        // The district page counts that green as potential unsealing, not as realised or planned.
        var figures = (await DistrictStreets.ForAsync(db, Wechelderzande))!;
        var unsealing = figures.Targets.Single(t => t.Key == "ontharding");
        unsealing.Potential.ShouldBe(parking.GreenM2);
        unsealing.Realised.ShouldBe(0);
        unsealing.Planned.ShouldBe(0);
        figures.Parking!.NightPressure.ShouldBe(parking.DistrictTotals.Single(t => t.Slot == "night").Pressure);
        figures.Parking.FullStreets.ShouldBe(night.Values.Count(s => s.Full));
    }

    [Theory]
    [InlineData("capacity", "0", "capacity must be at least 1")]
    [InlineData("slot", "evening", "neither night nor day")]
    [InlineData("street", "Rue de Rivoli", "no street segment is named")]
    [InlineData("counted_cars", "-2", "not a whole number")]
    public async Task A_bad_count_rejects_the_whole_file_naming_line_and_column_and_stores_nothing(string column, string value, string message)
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        var lines = File.ReadAllLines(StreetWorksFixture.Sample("wechelderzande-parking-counts.csv"));
        var header = lines[0].Split(';');
        var bad = lines[3].Split(';');
        bad[Array.IndexOf(header, column)] = value;
        lines[3] = string.Join(';', bad);
        var path = Path.Combine(copy.Folder, "bad-counts.csv");
        await File.WriteAllLinesAsync(path, lines);
        var e = await Should.ThrowAsync<BadInputException>(() => ParkingImport.ImportAsync(db, path));
        e.Where.ShouldBe("line 4");
        e.Field.ShouldBe(column);
        e.Message.ShouldContain(message);
        e.Message.ShouldContain("Nothing was imported");
        (await db.ParkingCounts.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_car_park_outside_every_district_or_of_an_unknown_kind_is_refused()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        var path = Path.Combine(copy.Folder, "points.csv");
        await File.WriteAllLinesAsync(path, ["kind;name;category;lon;lat;capacity;free_at_night", "car_park;Carrefour Paris;supermarket;2.35;48.85;120;100", "taxi;Standplaats;;4.786;51.2637;2;0"]);
        var e = await Should.ThrowAsync<BadInputException>(() => ParkingImport.ImportAsync(db, path));
        e.Where.ShouldBe("line 2");
        e.Message.ShouldContain("outside every district");
        e.Message.ShouldContain("line 3 kind: 'taxi' is no point kind");
        (await db.MobilityPoints.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Hoppinpunt_candidates_are_intersections_ranked_by_homes_within_a_walk_along_the_streets_and_spaced_apart()
    {
        await using var copy = await fixture.CopyAsync();
        await using var db = await copy.OpenAsync();
        await ImportSamplesAsync(db);
        var mobility = new StreetMobility(db);
        var hubs = (await mobility.HubsAsync(Wechelderzande))!;
        hubs.Stops.ShouldBe(12);
        hubs.Candidates.Count.ShouldBe((int)mobility.Rules["hub_candidates"]);
        hubs.Candidates.Select(c => c.Score).ShouldBeInOrder(SortDirection.Descending);
        // Along the streets the best intersection (Heymansstraat) reaches 281 dwellings within 400 m; 103 more lie within
        // 400 m as the crow flies but farther by street (a straight-line count gives it 384).
        hubs.Candidates[0].NearStreet.ShouldBe("Heymansstraat");
        hubs.Candidates[0].Dwellings.ShouldBe(281);
        hubs.Candidates[0].DwellingsFartherByStreet.ShouldBe(103);
        hubs.StopReachM.ShouldBe(400);
        hubs.Candidates.Single(c => c.NearStreet == "Dalenbergstraat").StopDistanceM.ShouldBeNull(); // no stop within a 400 m walk
        var stops = await db.MobilityPoints.Where(p => p.DistrictCode == Wechelderzande && p.Kind == "stop").Select(p => new { p.Lon, p.Lat }).ToListAsync();
        foreach (var c in hubs.Candidates)
        {
            c.Category.ShouldBe(c.StopDistanceM <= mobility.Rules["hub_stop_m"] ? "local" : "neighbourhood");
            // A walk is never shorter than the straight line to the nearest stop (5 m for rounding and the approximate metres).
            var straight = stops.Min(p => Math.Sqrt(Math.Pow((p.Lon - c.Lon) * 111_320 * Math.Cos(c.Lat * Math.PI / 180), 2) + Math.Pow((p.Lat - c.Lat) * 110_540, 2)));
            if (c.StopDistanceM is { } walk) walk.ShouldBeGreaterThanOrEqualTo(straight - 5);
            foreach (var o in hubs.Candidates.Where(o => o.Rank != c.Rank))
            {
                var dx = (c.Lon - o.Lon) * 111_320 * Math.Cos(c.Lat * Math.PI / 180);
                var dy = (c.Lat - o.Lat) * 110_540;
                Math.Sqrt(dx * dx + dy * dy).ShouldBeGreaterThanOrEqualTo(mobility.Rules["hub_spacing_m"] - 5);
            }
        }
        // The dwellings within walking distance are counted from the stored buildings.
        var districtId = await db.Districts.Where(d => d.Code == Wechelderzande).Select(d => d.Id).SingleAsync();
        var total = await db.Buildings.Where(b => b.DistrictId == districtId).SumAsync(b => b.Dwellings);
        hubs.Candidates[0].Dwellings.ShouldBeLessThanOrEqualTo(total);
    }
}
