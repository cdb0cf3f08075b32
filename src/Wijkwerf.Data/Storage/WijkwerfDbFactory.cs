using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wijkwerf.Data.Storage;

/// <summary>Where the data lives. One string says it: a path to a SQLite file (the embedded default), or a PostgreSQL
/// connection string (<c>Host=...;Database=...</c>) for production with PostGIS.</summary>
public sealed record DatabaseLocation(string Value)
{
    /// <summary>Default: <c>WIJKWERF_DB</c> if set; else <c>data/wijkwerf.db</c> in the checkout (the folder holding
    /// <c>Wijkwerf.sln</c>, found upwards from the current folder), so that the web app and the CLI, each started with
    /// <c>dotnet run --project</c> (which runs in the project's folder), share one database; outside a checkout,
    /// <c>data/wijkwerf.db</c> under the current folder.</summary>
    public static DatabaseLocation Default =>
        new(Environment.GetEnvironmentVariable("WIJKWERF_DB") is { Length: > 0 } v ? v : Path.Combine(Home(), "data", "wijkwerf.db"));

    private static string Home()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wijkwerf.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    public bool IsPostgres => Value.Contains("Host=", StringComparison.OrdinalIgnoreCase)
                              || Value.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => IsPostgres ? "PostgreSQL" : $"SQLite {Value}";
}

public static class WijkwerfDbFactory
{
    public static WijkwerfDb Create(DatabaseLocation location)
    {
        if (location.IsPostgres)
        {
            var options = new DbContextOptionsBuilder<PostgresWijkwerfDb>();
            ConfigurePostgres(options, location.Value);
            return new PostgresWijkwerfDb(options.Options);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteWijkwerfDb>();
        ConfigureSqlite(sqlite, location.Value);
        return new SqliteWijkwerfDb(sqlite.Options);
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        options.UseSqlite($"Data Source={full};Foreign Keys=True;Pooling=True",
            o => o.CommandTimeout(600));
        options.AddInterceptors(SqlitePragmas.Instance);
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.UseNetTopologySuite().CommandTimeout(600));

    /// <summary>Brings the schema up to date with the migrations (never EnsureCreated).</summary>
    public static async Task<WijkwerfDb> OpenAsync(DatabaseLocation location, CancellationToken ct = default)
    {
        var db = Create(location);
        await db.Database.MigrateAsync(ct);
        return db;
    }
}

/// <summary>Per-connection SQLite settings: in WAL mode <c>synchronous=NORMAL</c> is durable against application
/// crashes (only a power cut can lose the last commits) and makes large imports several times faster; a 64 MB page
/// cache keeps an import's indexes in memory.</summary>
internal sealed class SqlitePragmas : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Sql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>Design-time factories for <c>dotnet ef migrations add</c>.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteWijkwerfDb>
{
    public SqliteWijkwerfDb CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<SqliteWijkwerfDb>();
        o.UseSqlite("Data Source=design.db");
        return new SqliteWijkwerfDb(o.Options);
    }
}

public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresWijkwerfDb>
{
    public PostgresDesignFactory() { }

    public PostgresWijkwerfDb CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<PostgresWijkwerfDb>();
        o.UseNpgsql("Host=localhost;Database=design", x => x.UseNetTopologySuite());
        return new PostgresWijkwerfDb(o.Options);
    }
}
