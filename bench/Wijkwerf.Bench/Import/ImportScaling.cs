using System.Diagnostics;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Bench.Import;

/// <summary>Whole-process import benchmark: a fresh SQLite file, the importer and the district-model derivation, timed
/// with a stopwatch; peak memory is the process's peak working set (VmHWM). Run each size in its own process.</summary>
public static class ImportScaling
{
    public static async Task<int> RunAsync(string[] args)
    {
        var shared = args.Length > 2 ? args[2] : FindShared();
        var folder = Path.Combine(Path.GetTempPath(), "wijkwerf-bench");
        Directory.CreateDirectory(folder);
        string[] files;
        var what = args[0];
        if (what == "import-pilot")
        {
            files = [Path.Combine(shared, "nl-voorburg", "cbs-buurten-2022.gpkg"), Path.Combine(shared, "nl-voorburg", "bag-voorburg.gpkg")];
            if (args.Length > 1 && args[1] == "wechelderzande")
                files = [Path.Combine(shared, "be-statbel", "wijken-ggw7.gpkg"), Path.Combine(shared, "be-wechelderzande", "wechel.osm.pbf")];
        }
        else
        {
            var n = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            var clock = Stopwatch.StartNew();
            var (bag, buurten) = SyntheticBag.Make(shared, folder, n);
            Console.Error.WriteLine($"synthetic files ready in {clock.Elapsed.TotalSeconds:0.0} s: {bag} ({new FileInfo(bag).Length / 1e6:0} MB)");
            if (what == "make-synthetic") return 0;
            files = [buurten, bag];
        }
        var db = Path.Combine(folder, $"bench-{Guid.NewGuid():N}.db");
        try
        {
            await using var database = await WijkwerfDbFactory.OpenAsync(new DatabaseLocation(db));
            var service = new ImportService(database);
            foreach (var f in files)
            {
                var clock = Stopwatch.StartNew();
                var phase = "";
                var phaseStart = TimeSpan.Zero;
                var outcome = await service.ImportAsync(f, new SyncProgress(p =>
                {
                    if (p.Phase == phase) return;
                    if (phase.Length > 0) Console.Error.WriteLine($"  {phase}: {(clock.Elapsed - phaseStart).TotalSeconds:0.00} s");
                    phase = p.Phase;
                    phaseStart = clock.Elapsed;
                }));
                if (phase.Length > 0) Console.Error.WriteLine($"  {phase}: {(clock.Elapsed - phaseStart).TotalSeconds:0.00} s");
                Console.WriteLine($"{Path.GetFileName(f)}\t{outcome.Features} features\t{clock.Elapsed.TotalSeconds:0.00} s");
            }
            Console.WriteLine($"peak working set\t{Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:0} MiB");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in Directory.GetFiles(folder, Path.GetFileName(db) + "*")) File.Delete(f);
        }
        return 0;
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "SHA256SUMS"))) return candidate;
        }
        throw new DirectoryNotFoundException("shared/data not found; pass it as the third argument");
    }
}
