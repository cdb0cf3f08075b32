using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Wijkwerf.Data.Tests.Storage;

/// <summary>A throw-away PostgreSQL server started from the installed Debian binaries (initdb / pg_ctl) in a temp
/// folder, listening on 127.0.0.1 only. <c>WIJKWERF_TEST_PG</c> (a connection string to a server with PostGIS)
/// overrides it. In CI (<c>CI=true</c>) a missing server is a failure, never a skip.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _folder;
    private string? _bin;
    private string? _adminConnection;

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("WIJKWERF_TEST_PG") is { Length: > 0 } given)
        {
            _adminConnection = given;
            return;
        }
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        var postgis = Directory.Exists("/usr/share/postgresql") && Directory.EnumerateFiles("/usr/share/postgresql", "postgis.control", SearchOption.AllDirectories).Any();
        if (_bin is null || !postgis)
        {
            SkipReason = "PostgreSQL 15 + PostGIS binaries not installed (apt-get install postgresql-15-postgis-3)";
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException(SkipReason + " — CI must run the PostgreSQL tests.");
            return;
        }
        _folder = Directory.CreateTempSubdirectory("wijkwerf-pg").FullName;
        var data = Path.Combine(_folder, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", "-R", "postgres:postgres", _folder);
        var port = FreePort();
        await RunAsAsync(asRoot, Path.Combine(_bin, "initdb"), "-D", data, "-U", "wijkwerf", "--auth=trust", "-E", "UTF8", "--no-sync");
        await RunAsAsync(asRoot, Path.Combine(_bin, "pg_ctl"), "-D", data, "-l", Path.Combine(_folder, "log.txt"), "-w", "-t", "60",
            "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start");
        _adminConnection = $"Host=127.0.0.1;Port={port};Username=wijkwerf;Database=postgres;Pooling=false";
    }

    /// <summary>A new, empty database on the server, as a Wijkwerf connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
        var name = "wijkwerf_" + Guid.NewGuid().ToString("N")[..12];
        await using (var c = new NpgsqlConnection(_adminConnection))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(_adminConnection) { Database = name, Pooling = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null || _bin is null) return;
        try
        {
            await RunAsAsync(Environment.UserName == "root", Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_folder, "data"), "-m", "immediate", "stop");
        }
        finally
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static Task RunAsAsync(bool asRoot, string exe, params string[] args) =>
        Task.Run(() =>
        {
            if (asRoot) Run("runuser", ["-u", "postgres", "--", exe, .. args]);
            else Run(exe, args);
        });

    private static void Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{exe} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr}{stdout.Result}");
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
