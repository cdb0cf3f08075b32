using Wijkwerf.Data.Knowledge.Notifications;

namespace Wijkwerf.Web.Features.Learning;

/// <summary>Sends the daily e-mail digest at <c>Learning:Digest:Hour</c> (Europe/Brussels, default 7). After a start
/// past that hour it runs at once for today: the job records what it sent, so a restart sends nothing twice.
/// <c>Learning:Digest:Enabled=false</c> turns the schedule off (the CLI <c>notifications digest</c> still works).</summary>
public sealed class DailyDigestSchedule(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<DailyDigestSchedule> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Learning:Digest:Enabled", true)) return;
        var hour = Math.Clamp(config.GetValue("Learning:Digest:Hour", 7), 0, 23);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var today = DailyDigest.DayIn(now);
            var dueToday = DueUtc(today, hour);
            if (now >= dueToday)
            {
                await RunAsync(today, stoppingToken);
                dueToday = DueUtc(today.AddDays(1), hour);
            }
            var wait = dueToday - clock.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, stoppingToken);
        }
    }

    private static DateTimeOffset DueUtc(DateOnly day, int hour) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, 0)), DateTimeKind.Unspecified), DailyDigest.Brussels), TimeSpan.Zero);

    private async Task RunAsync(DateOnly day, CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var run = await scope.ServiceProvider.GetRequiredService<DailyDigest>().RunAsync(day, ct);
            log.LogInformation("Daily digest {Day}: {Digests} sent with {Items} notifications, {Already} already sent, {Failed} failed", run.Day, run.Digests, run.Items, run.AlreadySent, run.Failed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next day tries again; today's unsent digests stay unsent rather than stopping the web app.
            log.LogError(e, "Daily digest {Day} failed", day);
        }
    }
}
