using Wijkwerf.Data.Seeding;
using Wijkwerf.Data.Tests.Import;
using Wijkwerf.Data.Tests.Lekp;

namespace Wijkwerf.Data.Tests.Streets;

/// <summary>The pilot database (real OSM street graph of Wechelderzande, BAG Voorburg, Statbel and CBS districts)
/// seeded once; each test gets its own copy of the file.</summary>
public sealed class StreetWorksFixture : IAsyncLifetime
{
    private readonly TestDatabase _template = new();

    public async ValueTask InitializeAsync()
    {
        await using (var db = await _template.OpenAsync()) await PilotSeed.EnsureSeededAsync(db, SharedData.Folder);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public Task<TestDatabase> CopyAsync()
    {
        var copy = new TestDatabase();
        File.Copy(_template.Location.Value, copy.Location.Value);
        return Task.FromResult(copy);
    }

    public static string Sample(string name) => LekpFixture.RepositoryFile(Path.Combine("samples", name));

    public ValueTask DisposeAsync() => _template.DisposeAsync();
}
