using System.Globalization;
using Wijkwerf.Data.Operations;

namespace Wijkwerf.Web.Features.Operations.Forum;

/// <summary>Settings of the scheduled forum reminders (section <c>Operations:Reminders</c>): <c>LeadTime</c> before the
/// event on the Brussels clock (default 24:00:00), how often to look (<c>Interval</c>, default 00:05:00), the site's
/// public address for the ticket link in the mail (<c>BaseUrl</c>, none by default) and <c>Enabled</c> (default true).</summary>
public sealed record ForumReminderOptions(TimeSpan LeadTime, TimeSpan Interval, string? BaseUrl, bool Enabled)
{
    public static readonly TimeSpan DefaultLeadTime = TimeSpan.FromHours(24);

    public static ForumReminderOptions From(IConfiguration config)
    {
        var section = config.GetSection("Operations:Reminders");
        return new ForumReminderOptions(
            Duration(section["LeadTime"], "LeadTime") ?? DefaultLeadTime,
            Duration(section["Interval"], "Interval") ?? TimeSpan.FromMinutes(5),
            section["BaseUrl"] is { Length: > 0 } url ? url : null,
            !bool.TryParse(section["Enabled"], out var enabled) || enabled);
    }

    private static TimeSpan? Duration(string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var t) && t > TimeSpan.Zero) return t;
        throw new InvalidOperationException($"Operations:Reminders:{key} = '{value}' is not a positive duration (e.g. 24:00:00 or 1.00:00:00).");
    }
}

/// <summary>Sends each person registered for an event (or waiting for a place) one reminder e-mail the lead time before
/// it starts. Every <see cref="ForumReminderOptions.Interval"/> it runs <see cref="ForumService.SendDueRemindersAsync"/>,
/// which records each reminder on the registration before sending, so a restart or a second instance sends nothing
/// twice. <c>wijkwerf forum reminders</c> runs the same job once.</summary>
public sealed class ForumReminderWorker(IServiceScopeFactory scopes, TimeProvider clock, ForumReminderOptions options, ILogger<ForumReminderWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A mail server that is down, a database that restarts: the next round tries again.
                log.LogError(e, "Forum reminders failed; next try in {Interval}", options.Interval);
            }
            try
            {
                await Task.Delay(options.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<ReminderRun> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var forum = scope.ServiceProvider.GetRequiredService<ForumService>();
        var run = await forum.SendDueRemindersAsync(options.LeadTime, options.BaseUrl, clock.GetUtcNow().UtcDateTime, ct);
        if (run.Sent.Count > 0) log.LogInformation("Sent {Count} forum reminders", run.Sent.Count);
        return run;
    }
}
