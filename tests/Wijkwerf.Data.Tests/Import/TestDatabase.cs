using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Tests.Import;

/// <summary>A real SQLite file in a temp folder, migrated.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("wijkwerf-test").FullName;
    public DatabaseLocation Location { get; }

    public TestDatabase(string? location = null) => Location = new DatabaseLocation(location ?? Path.Combine(Folder, "wijkwerf.db"));

    public Task<WijkwerfDb> OpenAsync() => WijkwerfDbFactory.OpenAsync(Location);

    /// <summary>A fingerprint of everything stored: row counts and the ids and sources of all rows, so a test can
    /// prove that a failed import left the database exactly as it was.</summary>
    public async Task<string> FingerprintAsync()
    {
        await using var db = await OpenAsync();
        var parts = new List<string>
        {
            string.Join(",", await db.Sources.OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Kind}:{s.Name}:{s.Sha256}:{s.Features}").ToListAsync()),
            string.Join(",", await db.Municipalities.OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Code}:{s.Inhabitants}").ToListAsync()),
            string.Join(",", await db.Districts.OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Code}").ToListAsync()),
            $"{await db.Buildings.CountAsync()}:{await db.Buildings.SumAsync(b => (long?)b.Id)}:{await db.Buildings.CountAsync(b => b.DistrictId != null)}",
            $"{await db.Units.CountAsync()}:{await db.StreetSegments.CountAsync()}:{await db.LandUses.CountAsync()}:{await db.MeasuredEnergyUses.CountAsync()}:{await db.Measures.CountAsync()}",
        };
        return string.Join("|", parts);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
