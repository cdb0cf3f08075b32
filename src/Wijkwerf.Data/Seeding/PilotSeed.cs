using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Seeding;

/// <summary>First run: when the database has no districts, import the real pilot districts (Voorburg / Bezuidenhout,
/// Wechelderzande) and their context (all Dutch municipalities, all Flemish municipalities and wijken, Fluvius
/// measured use) from the shared data folder, in this order.</summary>
public static class PilotSeed
{
    /// <summary>The files, relative to the data folder, in import order (municipalities before districts before buildings).</summary>
    public static readonly string[] Files =
    [
        "nl-gemeenten/gemeenten-kwb-2022.geojson",
        "nl-voorburg/cbs-buurten-2022.gpkg",
        "nl-voorburg/bag-voorburg.gpkg",
        "be-statbel/gemeenten-2024.gpkg",
        "be-statbel/wijken-ggw7.gpkg",
        "be-wechelderzande/wechel.osm.pbf",
        "be-fluvius/verbruik-per-sector.csv",
    ];

    /// <summary>Which Lille sectors form which wijk, from the Statbel sector names (shipped inside Wijkwerf).</summary>
    public const string SectorLinksResource = "Wijkwerf.Seeding.lille-sectoren-wijken.csv";

    /// <summary>The data folder: <c>WIJKWERF_SEED_DATA</c>, else the first <c>shared/data</c> found above the current
    /// folder or the application folder; null when none is found.</summary>
    public static string? FindDataFolder()
    {
        if (Environment.GetEnvironmentVariable("WIJKWERF_SEED_DATA") is { Length: > 0 } env) return Directory.Exists(env) ? env : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (File.Exists(Path.Combine(candidate, "SHA256SUMS"))) return candidate;
            }
        return null;
    }

    /// <summary>Imports the pilot files when the database holds no district yet. Returns the outcomes (empty when
    /// nothing was needed). Missing files are skipped with a message through <paramref name="progress"/>.</summary>
    public static async Task<IReadOnlyList<ImportOutcome>> EnsureSeededAsync(WijkwerfDb db, string? dataFolder, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        if (await db.Districts.AnyAsync(ct) || dataFolder is null) return [];
        var service = new ImportService(db);
        var outcomes = new List<ImportOutcome>();
        foreach (var relative in Files)
        {
            var path = Path.Combine(dataFolder, relative);
            if (!File.Exists(path))
            {
                progress?.Report(new ImportProgress(relative, "missing, skipped", 0, null));
                continue;
            }
            outcomes.Add(await service.ImportAsync(path, progress, ct));
            if (relative.StartsWith("be-wechelderzande", StringComparison.Ordinal))
                outcomes.Add(await ImportSectorLinksAsync(service, progress, ct));
        }
        return outcomes;
    }

    private static async Task<ImportOutcome> ImportSectorLinksAsync(ImportService service, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("wijkwerf-seed");
        try
        {
            var path = Path.Combine(folder.FullName, "lille-sectoren-wijken.csv");
            await using (var resource = typeof(PilotSeed).Assembly.GetManifestResourceStream(SectorLinksResource)!)
            await using (var file = File.Create(path))
                await resource.CopyToAsync(file, ct);
            return await service.ImportAsync(path, progress, ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
