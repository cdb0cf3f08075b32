using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Bench.OneStopShop;

/// <summary>Whole-process benchmark of the reach dashboard's server work: a synthetic municipality with N dwelling
/// addresses in 50 districts and 250-address streets, half of them followed by a household with 8 journey events each
/// (N = 50,000 → 25,000 households, 200,000 events), stored in a fresh SQLite file; then the reach of the whole
/// municipality and of one district (two queries + the engine count) and the campaign results, timed after one warm-up,
/// median and max of 20 runs.</summary>
public static class ReachScaling
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = args.Length > 1 ? args[1..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [50_000];
        Console.WriteLine("addresses;households;events;municipality_median_ms;municipality_max_ms;municipality_cpu_median_ms;district_median_ms;campaigns_median_ms;build_s;load_average");
        foreach (var n in sizes)
        {
            var path = Path.Combine(Path.GetTempPath(), $"wijkwerf-reach-{Guid.NewGuid():N}.db");
            try
            {
                var clock = Stopwatch.StartNew();
                var (municipalityId, households, events) = await BuildAsync(path, n);
                var build = clock.Elapsed.TotalSeconds;
                await using var db = await WijkwerfDbFactory.OpenAsync(new DatabaseLocation(path));
                var reach = new ReachQueries(db);
                var campaigns = new Campaigns(db);
                var staff = new Staff(municipalityId, "bench");
                var whole = await Time(() => reach.ReachAsync(municipalityId));
                var district = await Time(() => reach.ReachAsync(municipalityId, "BENCH0007"));
                var results = await Time(() => campaigns.ResultsAsync(staff));
                var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
                Console.WriteLine(FormattableString.Invariant($"{n};{households};{events};{whole.Median:0.0};{whole.Max:0.0};{whole.CpuMedian:0.0};{district.Median:0.0};{results.Median:0.0};{build:0.0};{load}"));
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*")) File.Delete(f);
            }
        }
        return 0;
    }

    /// <summary>Wall time (median, max) and the process's CPU time (median) of 20 runs after a warm-up. On a shared
    /// machine the CPU time is the fairer figure: the wall time includes waiting for a core.</summary>
    private static async Task<(double Median, double Max, double CpuMedian)> Time<T>(Func<Task<T>> work)
    {
        await work();
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < 20; i++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await work();
            times.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
        }
        times.Sort();
        cpu.Sort();
        return ((times[9] + times[10]) / 2, times[^1], (cpu[9] + cpu[10]) / 2);
    }

    private static async Task<(int Municipality, int Households, int Events)> BuildAsync(string path, int addresses)
    {
        await using var db = await WijkwerfDbFactory.OpenAsync(new DatabaseLocation(path));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var source = new ImportSource { Kind = SourceKind.BagGeoPackage, Name = "synthetic", Sha256 = new string('0', 64), Features = addresses, Attribution = "synthetic", ImportedAt = DateTimeOffset.UtcNow };
        db.Sources.Add(source);
        var m = new Municipality { Code = "GMBENCH", Name = "Bench", Country = Country.NL, StatisticsJson = """{"koopwoningen":58,"huurwoningen":42,"pct_huurcorporatie":25}""" };
        db.Municipalities.Add(m);
        await db.SaveChangesAsync();
        const int districtCount = 50;
        var districts = Enumerable.Range(0, districtCount).Select(i =>
        {
            var box = Box(4.3 + i * 0.01, 52.0, 4.309 + i * 0.01, 52.009);
            var d = new District { Code = $"BENCH{i:D4}", Name = $"Buurt {i}", MunicipalityId = m.Id, Boundary = box, SourceId = source.Id };
            d.SetExtent(box);
            return d;
        }).ToList();
        db.Districts.AddRange(districts);
        await db.SaveChangesAsync();

        var types = Enum.GetValues<DwellingType>();
        int[] years = [1925, 1958, 1970, 1984, 1998, 2010, 2019];
        var buildings = new List<Building>();
        for (var b = 0; b < addresses / 5; b++)
        {
            var x = 4.3 + (b % districtCount) * 0.01 + 0.0001 * (b / districtCount % 80);
            var footprint = Box(x, 52.001, x + 0.00008, 52.00108);
            var building = new Building
            {
                SourceId = source.Id, ExternalId = $"bench{b}", Footprint = footprint, DistrictId = districts[b % districtCount].Id,
                DwellingType = types[b % types.Length], BuildYear = years[b % years.Length], Dwellings = 5, Units = 5,
            };
            building.SetExtent(footprint);
            buildings.Add(building);
        }
        db.Buildings.AddRange(buildings);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var units = new List<Unit>(addresses);
        for (var u = 0; u < addresses; u++)
        {
            var b = buildings[u / 5];
            units.Add(new Unit
            {
                SourceId = source.Id, ExternalId = $"u{u}", BuildingId = b.Id, IsDwelling = true, DistrictId = b.DistrictId,
                StreetCode = $"street{u / 250}", Postcode = $"{1000 + u / 250}AB", HouseNumber = (u % 250 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Lon = b.CentroidLon, Lat = b.CentroidLat,
            });
        }
        db.Units.AddRange(units);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var stages = Enum.GetValues<JourneyStage>();
        var households = new List<Household>();
        for (var u = 0; u < addresses; u += 2)
        {
            var unit = units[u];
            var b = buildings[u / 5];
            households.Add(new Household
            {
                MunicipalityId = m.Id, UnitId = unit.Id, DistrictId = unit.DistrictId, StreetCode = unit.StreetCode, DwellingType = b.DwellingType,
                BuildYearClass = BuildYearClass.Of(b.BuildYear), Stage = stages[u / 2 % 7], StageSince = new DateOnly(2026, 1, 1),
                Tenure = u % 6 == 0 ? Tenure.SocialRent : null, ContactName = $"Bewoner {u}", CreatedAtUtc = DateTime.UtcNow,
            });
        }
        db.Households.AddRange(households);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var events = 0;
        foreach (var chunk in households.Chunk(5_000))
        {
            foreach (var h in chunk)
                for (var e = 0; e < 8; e++, events++)
                    db.JourneyEvents.Add(new JourneyEvent { HouseholdId = h.Id, MunicipalityId = m.Id, Stage = stages[Math.Min(e, (int)h.Stage)], Date = new DateOnly(2025, 1, 1).AddDays(e * 20), Note = "bench" });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var campaign = new Campaign { MunicipalityId = m.Id, Kind = CampaignKind.DoorToDoor, Name = "bench", Date = new DateOnly(2025, 1, 1) };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        db.CampaignContacts.AddRange(households.Where((_, i) => i % 3 == 0).Select(h => new CampaignContact { CampaignId = campaign.Id, HouseholdId = h.Id, MunicipalityId = m.Id, Date = campaign.Date }));
        await db.SaveChangesAsync();
        return (m.Id, households.Count, events);
    }

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        Wgs84.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
}
