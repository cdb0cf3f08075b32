using Wijkwerf.Data.Import;
using Wijkwerf.Data.Modules;
using Wijkwerf.Data.Seeding;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Hosting;

public enum SeedState { Disabled, Waiting, Running, Done, Failed }

/// <summary>What the pilot seed is doing; the start page and /health show it while the site already answers.</summary>
public sealed class SeedStatus(IConfiguration config)
{
    private readonly Lock gate = new();
    public SeedState State { get; private set; } = Enabled(config) ? SeedState.Waiting : SeedState.Disabled;

    /// <summary>Config <c>Wijkwerf:Seed</c> (default true).</summary>
    public static bool Enabled(IConfiguration config) => config.GetValue("Wijkwerf:Seed", true);
    public ImportProgress? Progress { get; private set; }
    public string? Error { get; private set; }

    public bool Busy => State is SeedState.Waiting or SeedState.Running;

    public void Set(SeedState state, string? error = null)
    {
        lock (gate) { State = state; Error = error; }
    }

    public void Report(ImportProgress progress)
    {
        lock (gate) { Progress = progress; }
    }
}

/// <summary>Imports the real pilot districts on first run, in the background (config <c>Wijkwerf:Seed=false</c> turns it off).
/// Then every module's <see cref="IDemoSeed"/> adds its demo content, in <see cref="IDemoSeed.Order"/>.</summary>
public sealed class PilotSeeding(IServiceScopeFactory scopes, SeedStatus status, IConfiguration config, IEnumerable<IDemoSeed> demoSeeds, ILogger<PilotSeeding> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!SeedStatus.Enabled(config)) return;
        try
        {
            var folder = config["Wijkwerf:SeedData"] is { Length: > 0 } configured ? configured : PilotSeed.FindDataFolder();
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WijkwerfDb>();
            status.Set(SeedState.Running);
            var outcomes = await PilotSeed.EnsureSeededAsync(db, folder, new Progress(status), stoppingToken);
            foreach (var o in outcomes) log.LogInformation("Seeded {File}: {Features} features in {Duration}", o.File, o.Features, o.Duration);
            foreach (var seed in demoSeeds.OrderBy(s => s.Order))
            {
                using var moduleScope = scopes.CreateScope();
                await seed.SeedAsync(moduleScope.ServiceProvider.GetRequiredService<WijkwerfDb>(), stoppingToken);
                log.LogInformation("Demo content of {Module} seeded", seed.Module);
            }
            status.Set(SeedState.Done);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            status.Set(SeedState.Failed, "stopped");
        }
        catch (Exception e)
        {
            log.LogError(e, "Pilot seed failed");
            status.Set(SeedState.Failed, e is BadInputException ? e.Message : e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>Reports synchronously: <see cref="Progress{T}"/> would post to the thread pool and reorder updates.</summary>
    private sealed class Progress(SeedStatus status) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => status.Report(value);
    }
}
