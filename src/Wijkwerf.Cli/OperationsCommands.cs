using System.CommandLine;
using Spectre.Console;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Cli;

/// <summary>forum, call, outcomes: the platform team's operations on the command line (read side; the pages and the
/// JSON API change things), plus <c>forum reminders</c>, the scheduled reminder job run once.</summary>
public static class OperationsCommands
{
    /// <summary>Reading needs no mail; a command that tried to send would fail loudly rather than drop a message.</summary>
    private sealed class NoMailer : IMailer
    {
        public Task SendAsync(MailMessageText message, CancellationToken ct = default) =>
            throw new InvalidOperationException("The CLI does not send mail; use the web app.");
    }

    private static ForumService Forum(WijkwerfDb db) => new(db, new NoMailer(), TimeProvider.System);
    private static CallService Calls(WijkwerfDb db) => new(db, new NoMailer(), TimeProvider.System);

    public static Command ForumCommand(CliIo io)
    {
        var events = new Command("events", "Forum events with places taken, waiting list and check-ins");
        events.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var rows = await Forum(db).EventsAsync(token);
            if (json) io.WriteJson(new { events = rows });
            else Print(io, ["id", "event", "starts (Brussels)", "venue", "registered", "places", "waiting", "checked in"],
                rows.Select(e => new[] { $"{e.Id}", e.Title, BrusselsTime.Format(e.StartsAtUtc), e.Venue ?? "", $"{e.Taken}", $"{e.Capacity}", $"{e.Waiting}", $"{e.CheckedIn}" }));
            return CliApp.Ok;
        }, ct));

        var eventId = new Argument<int>("event") { Description = "Event id (see: wijkwerf forum events)" };
        var registrations = new Command("registrations", "Everyone registered for an event, with their sessions and check-in");
        registrations.Arguments.Add(eventId);
        registrations.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var id = parse.GetValue(eventId);
            var forum = Forum(db);
            if (await forum.EventAsync(id, token) is null) throw new CliInputException($"no event {id} (list them with: wijkwerf forum events)");
            var rows = await forum.RegistrationsAsync(id, token);
            if (json) io.WriteJson(new { eventId = id, registrations = rows });
            else Print(io, ["name", "organisation", "code", "status", "checked in", "sessions"],
                rows.Select(r => new[] { r.Name, r.Organisation ?? "", ForumService.FormatCode(r.Code), r.Status.ToString(),
                    r.CheckedInAtUtc is { } t ? BrusselsTime.Format(t) : "", string.Join("; ", r.Sessions.Select(s => s.Title)) }));
            return CliApp.Ok;
        }, ct));

        var now = new Option<string?>("--now") { Description = "Run as if it were this time (ISO 8601; without an offset: Brussels time). Default: now" };
        var lead = new Option<double>("--lead-hours") { Description = "Remind this many hours before an event starts (Brussels clock)", DefaultValueFactory = _ => 24 };
        var baseUrl = new Option<string?>("--base-url") { Description = "The site's public address, for the ticket link in the mail" };
        var reminders = new Command("reminders", "Send the due reminder e-mails once (the web app's scheduled job): one per person, never twice");
        reminders.Options.Add(now);
        reminders.Options.Add(lead);
        reminders.Options.Add(baseUrl);
        reminders.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var at = ParseNow(parse.GetValue(now));
            var hours = parse.GetValue(lead);
            if (!(hours > 0)) throw new CliInputException($"--lead-hours: {hours} must be more than 0");
            var forum = new ForumService(db, CliApp.Mailer(parse), TimeProvider.System);
            var run = await forum.SendDueRemindersAsync(TimeSpan.FromHours(hours), parse.GetValue(baseUrl), at, token);
            if (json) io.WriteJson(new { nowUtc = run.NowUtc, leadHours = hours, sent = run.Sent });
            else Print(io, ["event", "registration", "e-mail", "status"], run.Sent.Select(r => new[] { $"{r.EventId}", $"{r.RegistrationId}", r.Email, r.Status.ToString() }));
            return CliApp.Ok;
        }, ct));

        var command = new Command("forum", "The annual forum and smaller events");
        command.Subcommands.Add(events);
        command.Subcommands.Add(registrations);
        command.Subcommands.Add(reminders);
        return command;
    }

    public static Command CallCommand(CliIo io)
    {
        var list = new Command("list", "Calls for applications with their state and counts");
        list.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var rows = await Calls(db).CallsAsync(token);
            if (json) io.WriteJson(new { calls = rows });
            else Print(io, ["id", "call", "state", "opens (Brussels)", "closes (Brussels)", "places", "submitted", "drafts"],
                rows.Select(c => new[] { $"{c.Id}", c.Title, c.State, c.OpensBrussels, c.ClosesBrussels, $"{c.MaxPlaces}", $"{c.Submitted}", $"{c.Drafts}" }));
            return CliApp.Ok;
        }, ct));

        var callId = new Argument<int>("call") { Description = "Call id (see: wijkwerf call list)" };
        var ranking = new Command("ranking", "The weighted ranking of a call's submitted applications");
        ranking.Arguments.Add(callId);
        ranking.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var id = parse.GetValue(callId);
            var calls = Calls(db);
            if (await calls.CallAsync(id, token) is null) throw new CliInputException($"no call {id} (list them with: wijkwerf call list)");
            var rows = await calls.RankingAsync(id, token);
            if (json) io.WriteJson(new { callId = id, ranking = rows });
            else Print(io, ["rank", "district", "organisation", "weighted score", "reviewers", "complete", "status"],
                rows.Select(r => new[] { $"{r.Rank}", $"{r.DistrictName} ({r.DistrictCode})", r.Organisation, r.WeightedScore.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), $"{r.Reviewers}", r.Complete ? "yes" : "no", r.Status.ToString() }));
            return CliApp.Ok;
        }, ct));

        var command = new Command("call", "Calls for applications");
        command.Subcommands.Add(list);
        command.Subcommands.Add(ranking);
        return command;
    }

    public static Command Outcomes(CliIo io)
    {
        var code = new Argument<string>("district-code") { Description = "District code (CBS buurtcode or Statbel code)" };
        var command = new Command("outcomes", "A district's outcome monitor: the five dimensions, baseline vs now per indicator");
        command.Arguments.Add(code);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var district = parse.GetValue(code)!;
            var monitor = await new OutcomeService(db).MonitorAsync(district, token)
                ?? throw new CliInputException($"no district '{district}' (list them with: wijkwerf districts)");
            if (json)
            {
                io.WriteJson(monitor);
                return CliApp.Ok;
            }
            io.Out.WriteLine($"{monitor.DistrictName} ({monitor.DistrictCode})");
            Print(io, ["dimension", "indicator", "unit", "baseline", "now", "change"],
                monitor.Dimensions.SelectMany(d => d.Indicators.Count == 0
                    ? [[d.Dimension.ToString(), "(no indicators)", "", "", "", ""]]
                    : d.Indicators.Select(i => new[] { d.Dimension.ToString(), i.Key, i.Unit, $"{i.Baseline?.Value}", $"{i.Latest?.Value}", $"{i.Change}" })));
            return CliApp.Ok;
        }, ct));
        return command;
    }

    /// <summary>The moment a job runs as: an ISO 8601 time with an offset (or Z) as given, without one a Brussels
    /// wall-clock time, nothing: now.</summary>
    private static DateTime ParseNow(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return DateTime.UtcNow;
        var styles = System.Globalization.DateTimeStyles.AllowWhiteSpaces;
        if (!DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, styles | System.Globalization.DateTimeStyles.RoundtripKind, out var t)
            || !System.Text.RegularExpressions.Regex.IsMatch(value.Trim(), @"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$"))
            throw new CliInputException($"--now: '{value}' is not an ISO 8601 time (e.g. 2026-10-07T09:00:00Z)");
        return t.Kind switch
        {
            DateTimeKind.Utc => t,
            DateTimeKind.Local => t.ToUniversalTime(),
            _ => BrusselsTime.ToUtc(t, "--now", "now"),
        };
    }

    private static void Print(CliIo io, string[] header, IEnumerable<string[]> rows)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var h in header) table.AddColumn(h);
        foreach (var r in rows) table.AddRow(r.Select(Markup.Escape).ToArray());
        io.Console.Write(table);
    }
}
