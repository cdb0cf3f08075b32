using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Heat;
using Wijkwerf.Data.Seeding;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Bench.Heat;

/// <summary>Network design on the real pilot districts: every Voorburg buurt and Wechelderzande, fast against exact
/// (1 % gap, 120 s limit). <c>network-real [database] [limit-s]</c>: without a database a temporary one is seeded from
/// the shared data folder (about a minute, not timed).</summary>
public static class NetworkReal
{
    /// <summary>The median of <paramref name="count"/> runs, timed here: the result's own seconds are rounded to the
    /// millisecond, too coarse for fast mode on a small district.</summary>
    private static (DistrictNetworkResult Result, double Seconds) Median(Func<DistrictNetworkResult> run, int count, (DistrictNetworkResult, double)? already = null)
    {
        var runs = new List<(DistrictNetworkResult Result, double Seconds)>();
        if (already is { } first) runs.Add(first);
        for (var i = 0; i < count; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = run();
            runs.Add((result, clock.Elapsed.TotalSeconds));
        }
        return runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);
    }

    private static string BoundKind(DistrictNetworkResult fast) =>
        fast.Notes.FirstOrDefault(n => n.StartsWith("bound: ", StringComparison.Ordinal)) is { } note
            ? note["bound: ".Length..].Split(' ')[0]
            : "?";

    public static async Task<int> RunAsync(string[] args)
    {
        var path = args.Length > 1 ? args[1] : null;
        var limit = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 120;
        string? temp = null;
        if (path is null)
        {
            temp = Directory.CreateTempSubdirectory("wijkwerf-network-real").FullName;
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
            var codes = await db.Districts
                .Where(d => db.Buildings.Any(b => b.DistrictId == d.Id)).OrderBy(d => d.Code).Select(d => d.Code).ToListAsync();
            Console.WriteLine("district\tstreets\tedges\tresidential\tcandidates\tunreachable\tconnected fast/exact\tfast €/yr\texact €/yr\tfast vs exact\texact bound\texact gap\tstatus\tfast gap\tfast bound\tfast s\texact s\tspeed-up");
            var design = new DistrictNetworkDesign(db);
            var problems = new List<DistrictNetworkProblem>();
            foreach (var code in codes) problems.Add(await design.BuildProblemAsync(code));
            // Warm-up, not timed. .NET first runs a method as quickly compiled code and recompiles it optimised after 30
            // calls, in the background; a web server that has run for a while runs the optimised code. Fast mode takes
            // milliseconds, so one cold call would time the JIT: it runs 40 times on every district, then waits for the
            // recompilation. The exact mode's time is mostly the native solver; it warms up on the first district.
            for (var round = 0; round < 40; round++)
                foreach (var q in problems) DistrictNetworkDesign.Design(q, exact: false);
            Thread.Sleep(500);
            foreach (var q in problems) DistrictNetworkDesign.Design(q, exact: false);
            for (var round = 0; round < 3; round++) DistrictNetworkDesign.Design(problems[0], exact: true, limit, 0.01);
            foreach (var problem in problems)
            {
                var code = problem.DistrictCode;
                // Fast mode is timed as the median of five runs, exact as the median of three (one when it takes over 10 s).
                var (fast, fastSeconds) = Median(() => DistrictNetworkDesign.Design(problem, exact: false), 5);
                var (exact, exactSeconds) = Median(() => DistrictNetworkDesign.Design(problem, exact: true, limit, 0.01), 1);
                if (exactSeconds < 10) (exact, exactSeconds) = Median(() => DistrictNetworkDesign.Design(problem, exact: true, limit, 0.01), 2, (exact, exactSeconds));
                var ratio = exact.ObjectiveEurPerYear > 0 ? fast.ObjectiveEurPerYear / exact.ObjectiveEurPerYear - 1 : 0;
                Console.WriteLine(string.Join('\t', code, problem.GraphKind, problem.Problem.Edges.Length, problem.ResidentialBuildings,
                    problem.Problem.Buildings.Length, problem.UnreachableBuildings.Count + problem.UnlinkedBuildings.Count,
                    $"{fast.Connected}/{exact.Connected}",
                    fast.ObjectiveEurPerYear.ToString("0", CultureInfo.InvariantCulture), exact.ObjectiveEurPerYear.ToString("0", CultureInfo.InvariantCulture),
                    ratio.ToString("+0.00%;-0.00%;0.00%", CultureInfo.InvariantCulture), exact.BoundEurPerYear.ToString("0", CultureInfo.InvariantCulture),
                    exact.Gap.ToString("P2", CultureInfo.InvariantCulture), exact.Status,
                    fast.Gap.ToString("P2", CultureInfo.InvariantCulture), BoundKind(fast),
                    fastSeconds.ToString("0.0000", CultureInfo.InvariantCulture), exactSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                    (exactSeconds / fastSeconds).ToString("0", CultureInfo.InvariantCulture) + "×"));
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (temp is not null) try { Directory.Delete(temp, true); } catch (IOException) { }
        }
    }
}
