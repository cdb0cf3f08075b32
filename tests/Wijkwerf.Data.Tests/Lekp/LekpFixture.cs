using Wijkwerf.Data.Import;
using Wijkwerf.Data.Tests.Import;

namespace Wijkwerf.Data.Tests.Lekp;

/// <summary>A database with the real Statbel municipalities and wijken imported once; each test gets its own copy of
/// the file so tests can write without seeing each other.</summary>
public sealed class LekpFixture : IAsyncLifetime
{
    private readonly TestDatabase _template = new();

    public async ValueTask InitializeAsync()
    {
        await using (var db = await _template.OpenAsync())
        {
            var import = new ImportService(db);
            await import.ImportAsync(SharedData.File("be-statbel/gemeenten-2024.gpkg"));
            await import.ImportAsync(SharedData.File("be-statbel/wijken-ggw7.gpkg"));
        }
        // Closing every connection checkpoints the WAL into the main file, so a plain copy is complete.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public async Task<TestDatabase> CopyAsync()
    {
        var copy = new TestDatabase();
        File.Copy(_template.Location.Value, copy.Location.Value);
        await Task.CompletedTask;
        return copy;
    }

    public ValueTask DisposeAsync() => _template.DisposeAsync();

    /// <summary>The repository root (for <c>samples/</c>).</summary>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wijkwerf.sln"))) return Path.Combine(dir.FullName, relative);
        throw new DirectoryNotFoundException("repository root (Wijkwerf.sln) not found above " + AppContext.BaseDirectory);
    }
}
