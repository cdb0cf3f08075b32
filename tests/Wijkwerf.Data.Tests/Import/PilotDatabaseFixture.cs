using Wijkwerf.Data.Import;
using Wijkwerf.Data.Seeding;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Tests.Import;

/// <summary>One database with every pilot file imported the way first run seeds it, shared by the read-only tests.</summary>
public sealed class PilotDatabaseFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();
    public IReadOnlyList<ImportOutcome> Outcomes { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        await using var db = await Database.OpenAsync();
        Outcomes = await PilotSeed.EnsureSeededAsync(db, SharedData.Folder);
    }

    public Task<WijkwerfDb> OpenAsync() => Database.OpenAsync();

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PilotCollection : ICollectionFixture<PilotDatabaseFixture>
{
    public const string Name = "pilot database";
}
