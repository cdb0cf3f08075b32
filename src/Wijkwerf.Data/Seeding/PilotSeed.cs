using Wijkwerf.Data.Import;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Seeding;

/// <summary>First run: when the database has no districts, import the real pilot districts (Voorburg / Bezuidenhout,
/// Wechelderzande) from the shared data folder.</summary>
public static class PilotSeed
{
    /// <summary>The data folder: <c>WIJKWERF_SEED_DATA</c>, else the first <c>shared/data</c> found above the current
    /// folder or the application folder; null when none is found.</summary>
    public static string? FindDataFolder() => throw new NotImplementedException();

    /// <summary>Imports the pilot files when the database holds no district yet. Returns the outcomes (empty when
    /// nothing was needed).</summary>
    public static Task<IReadOnlyList<ImportOutcome>> EnsureSeededAsync(WijkwerfDb db, string? dataFolder, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        throw new NotImplementedException();
}
