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
    private static DistrictNetworkResult Median(Func<DistrictNetworkResult> run, int count, DistrictNetworkResult? already = null)
    {
        var runs = new List<DistrictNetworkResult>();
        if (already is not null) runs.Add(already);
        for (var i = 0; i < count; i++) runs.Add(run());
        return runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);
    }

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
            // Warm-up, not timed: the first call of each mode pays for JIT compilation and loading the native solver.
            var first = await design.BuildProblemAsync(codes[0]);
            DistrictNetworkDesign.Design(first, exact: false);
            DistrictNetworkDesign.Design(first, exact: true, limit, 0.01);
            foreach (var code in codes)
            {
                var problem = await design.BuildProblemAsync(code);
                // Each mode is timed as the median of three runs (one when the exact solve takes over 10 s).
                var fast = Median(() => DistrictNetworkDesign.Design(problem, exact: false), 3);
                var exact = DistrictNetworkDesign.Design(problem, exact: true, limit, 0.01);
                if (exact.Seconds < 10) exact = Median(() => DistrictNetworkDesign.Design(problem, exact: true, limit, 0.01), 2, exact);
                var ratio = exact.ObjectiveEurPerYear > 0 ? fast.ObjectiveEurPerYear / exact.ObjectiveEurPerYear - 1 : 0;
                Console.WriteLine(string.Join('\t', code, problem.GraphKind, problem.Problem.Edges.Length, problem.ResidentialBuildings,
                    problem.Problem.Buildings.Length, problem.UnreachableBuildings.Count + problem.UnlinkedBuildings.Count,
                    $"{fast.Connected}/{exact.Connected}",
                    fast.ObjectiveEurPerYear.ToString("0", CultureInfo.InvariantCulture), exact.ObjectiveEurPerYear.ToString("0", CultureInfo.InvariantCulture),
                    ratio.ToString("+0.00%;-0.00%;0.00%", CultureInfo.InvariantCulture), exact.BoundEurPerYear.ToString("0", CultureInfo.InvariantCulture),
                    exact.Gap.ToString("P2", CultureInfo.InvariantCulture), exact.Status,
                    fast.Gap.ToString("P2", CultureInfo.InvariantCulture), fast.Notes.Any(n => n.Contains("street bound")) ? "street" : "LP",
                    fast.Seconds.ToString("0.000", CultureInfo.InvariantCulture), exact.Seconds.ToString("0.00", CultureInfo.InvariantCulture),
                    (exact.Seconds / Math.Max(fast.Seconds, 1e-4)).ToString("0", CultureInfo.InvariantCulture) + "×"));
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
