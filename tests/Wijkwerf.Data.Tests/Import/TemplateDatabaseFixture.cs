using Wijkwerf.Data.Import;

namespace Wijkwerf.Data.Tests.Import;

/// <summary>A database with some real shared-data files imported once; each test gets its own copy of the file, so tests
/// can write without seeing each other.</summary>
public abstract class TemplateDatabaseFixture(params string[] sharedFiles) : IAsyncLifetime
{
    private readonly TestDatabase _template = new();

    public async ValueTask InitializeAsync()
    {
        await using (var db = await _template.OpenAsync())
        {
            var import = new ImportService(db);
            foreach (var file in sharedFiles) await import.ImportAsync(SharedData.File(file));
        }
        // Closing every connection checkpoints the WAL into the main file, so a plain copy is complete.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public Task<TestDatabase> CopyAsync()
    {
        var copy = new TestDatabase();
        File.Copy(_template.Location.Value, copy.Location.Value);
        return Task.FromResult(copy);
    }

    public ValueTask DisposeAsync() => _template.DisposeAsync();
}
