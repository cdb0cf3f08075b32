using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Wijkwerf.Data.Geo;
using Wijkwerf.Data.Seeding;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.DistrictModel;
using Wijkwerf.Engine.Streets;
using Wijkwerf.Engine.Streets.Conflicts;
using Wijkwerf.Engine.Streets.DigOnce;

namespace Wijkwerf.Bench.Streets;

/// <summary>Street works on the real pilot street graphs: the OSM segments of Wechelderzande and the street graph
/// estimated from the BAG addresses of Voorburg (midpoints in metres).
/// <c>streets-conflicts [N] [database]</c>: conflict and synergy detection over N synthetic works (default 1,000,000)
/// spread over 10 years, with 1,000 works per copy of the two graphs (copies 20 km apart), so the density stays near
/// GIPOD's ~10⁵ works a year for Flanders; also 10⁴ and 10⁵ for the scaling.
/// <c>streets-plan [N] [database]</c>: the dig-once plan of N works (default 500) on Wechelderzande's own graph.</summary>
public static class StreetWorksRun
{
    private readonly record struct Segment(double X, double Y);

    public static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : args[0] == "streets-plan" ? 500 : 1_000_000;
        var (osm, estimated) = await GraphsAsync(args.Length > 2 ? args[2] : null);
        Console.WriteLine($"graphs: Wechelderzande {osm.Length} OSM segments, Voorburg {estimated.Length} estimated segments; {Environment.ProcessorCount} cores");
        return args[0] == "streets-plan" ? Plan(osm, n) : Conflicts([.. osm, .. estimated], n);
    }

    private static int Conflicts(Segment[] graph, int n)
    {
        var rules = StreetRules.Default;
        foreach (var size in new[] { 10_000, 100_000, n }.Distinct().Where(s => s <= n))
        {
            var parts = Synthetic(graph, size, seed: 42);
            var registrations = new WorkRegistration[size];
            for (var i = 0; i < size; i++)
                registrations[i] = new WorkRegistration(i, DateOnly.FromDayNumber(parts[i].StartDay), 10 + i % 90, i % 17 == 0, DateOnly.FromDayNumber(parts[i].StartDay - 20 - i % 60));
            ConflictDetector.Detect(parts.AsSpan(0, Math.Min(size, 1000)), registrations.AsSpan(0, Math.Min(size, 1000)), rules); // warm-up
            var clock = Stopwatch.StartNew();
            var report = ConflictDetector.Detect(parts, registrations, rules);
            clock.Stop();
            Console.WriteLine($"conflicts\t{size:N0} works\t{clock.Elapsed.TotalSeconds:0.000} s\t{report.Findings.Count:N0} findings\t{report.Synergies.Count:N0} bundles\t{report.SynergyPairs:N0} synergy pairs");
        }
        return 0;
    }

    private static WorkPart[] Synthetic(Segment[] graph, int n, int seed)
    {
        var random = new Random(seed);
        var copies = Math.Max(1, n / 1000);
        var side = (int)Math.Ceiling(Math.Sqrt(copies));
        var first = new DateOnly(2026, 1, 1).DayNumber;
        var parts = new WorkPart[n];
        for (var i = 0; i < n; i++)
        {
            var copy = i % copies;
            var s = random.Next(graph.Length);
            var start = first + random.Next(0, 3650);
            var kind = (WorkKind)random.Next(0, 7);
            parts[i] = new WorkPart(i, copy * graph.Length + s, kind, random.Next(0, 3) == 0 ? Surface.Footway : Surface.Carriageway,
                start, start + 5 + random.Next(0, 175), graph[s].X + copy % side * 20_000, graph[s].Y + copy / side * 20_000);
        }
        return parts;
    }

    private static int Plan(Segment[] graph, int n)
    {
        var random = new Random(7);
        var first = new DateOnly(2027, 1, 1).DayNumber;
        var works = new PlanWork[n];
        for (var i = 0; i < n; i++)
        {
            var s = random.Next(graph.Length);
            var segments = Enumerable.Range(0, 1 + random.Next(0, 3)).Select(k => (s + k) % graph.Length).ToArray();
            var start = first + random.Next(0, 5 * 365);
            works[i] = new PlanWork(i, segments, (WorkKind)random.Next(0, 7), random.Next(0, 5), start, 5 + random.Next(0, 120),
                start - random.Next(0, 180), start + random.Next(0, 180), 20 + random.Next(0, 400), 50_000);
        }
        var clock = Stopwatch.StartNew();
        var plan = DigOncePlanner.Plan(works, [], StreetRules.Default, timeLimitSeconds: 7);
        clock.Stop();
        Console.WriteLine($"plan\t{n} works on {graph.Length} segments\t{clock.Elapsed.TotalSeconds:0.00} s\t{plan.Status}\tgap {plan.GapPercent:0.###} %\topenings {plan.Before.Openings} -> {plan.After.Openings}\tnuisance-days {plan.Before.NuisanceDays} -> {plan.After.NuisanceDays}\tsaving EUR {plan.SavingEur:N0}\tmoves {plan.Moves.Count}");
        return 0;
    }

    private static async Task<(Segment[] Osm, Segment[] Estimated)> GraphsAsync(string? path)
    {
        string? temp = null;
        if (path is null)
        {
            temp = Directory.CreateTempSubdirectory("wijkwerf-streets-bench").FullName;
            path = Path.Combine(temp, "wijkwerf.db");
        }
        try
        {
            await using var db = await WijkwerfDbFactory.OpenAsync(new DatabaseLocation(path));
            if (!await db.Districts.AnyAsync())
            {
                var data = PilotSeed.FindDataFolder() ?? throw new InvalidOperationException("no shared/data folder found");
                Console.Error.WriteLine($"seeding {path} from {data} ...");
                await PilotSeed.EnsureSeededAsync(db, data);
            }
            var lambert = Crs.Between(Crs.Wgs84, Crs.Lambert72);
            var osm = (await db.StreetSegments.AsNoTracking().Select(s => s.Centreline).ToListAsync()).Select(g =>
            {
                var line = lambert.Project(g);
                var mid = new LengthIndexedLine(line).ExtractPoint(line.Length / 2);
                return new Segment(mid.X, mid.Y);
            }).ToArray();
            var rd = Crs.Between(Crs.Wgs84, Crs.RdNew);
            var units = await db.Units.AsNoTracking().Where(u => u.StreetCode != null).Select(u => new { u.StreetCode, u.Lon, u.Lat }).ToListAsync();
            var streets = units.GroupBy(u => u.StreetCode!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new StreetAddresses(g.Key, null, g.Select(u => { var (x, y) = rd.Project(u.Lon, u.Lat); return new Coordinate(x, y); }).ToArray()))
                .ToArray();
            // Shifted next to Wechelderzande so that both graphs share one grid without overlapping.
            var estimated = EstimatedStreetGraph.Build(streets).Select(e =>
            {
                var mid = e.Coordinates[e.Coordinates.Length / 2];
                return new Segment(mid.X - 80_000 + 200_000, mid.Y - 450_000 + 200_000);
            }).ToArray();
            return (osm, estimated);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (temp is not null) Directory.Delete(temp, recursive: true);
        }
    }
}
