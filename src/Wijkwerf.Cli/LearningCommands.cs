using System.CommandLine;
using System.Globalization;
using Wijkwerf.Data.Knowledge;
using Wijkwerf.Data.Knowledge.Harvest;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Knowledge.Workbook;

namespace Wijkwerf.Cli;

/// <summary><c>harvest sessions|cluster</c>, <c>workbook export</c>, <c>learning seed</c>: the learning platform from the command line.</summary>
public static class LearningCommands
{
    public static Command Harvest(CliIo io)
    {
        var sessions = new Command("sessions", "Harvest sessions with their number of items and work points");
        sessions.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var list = await Guard(() => new HarvestService(db).SessionsAsync(token));
            if (json) io.WriteJson(list);
            else foreach (var s in list) io.Out.WriteLine($"{s.Id}\t{(s.Open ? "open" : "closed")}\t{s.Items} items\t{s.WorkPoints} work points\t{s.Title}");
            return CliApp.Ok;
        }, ct));

        var session = new Argument<int>("session") { Description = "Harvest session id (see: harvest sessions)" };
        var cluster = new Command("cluster", "Suggested work points of a session: clusters with their items and the words that bind them");
        cluster.Arguments.Add(session);
        cluster.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var clusters = await Guard(() => new HarvestService(db).SuggestAsync(parse.GetValue(session), token));
            if (json) io.WriteJson(clusters);
            else
                foreach (var (c, i) in clusters.Select((c, i) => (c, i + 1)))
                {
                    io.Out.WriteLine($"{i}. [{string.Join(", ", c.BindingTerms)}] cohesion {c.Cohesion.ToString("0.000", CultureInfo.InvariantCulture)}");
                    foreach (var item in c.Items) io.Out.WriteLine($"   - {item.Text}");
                }
            return CliApp.Ok;
        }, ct));

        var harvest = new Command("harvest", "Harvest sessions (oogstsessies)");
        harvest.Subcommands.Add(sessions);
        harvest.Subcommands.Add(cluster);
        return harvest;
    }

    public static Command Workbook(CliIo io)
    {
        var file = new Argument<string>("file") { Description = "Output file" };
        var format = new Option<string>("--format") { Description = "pdf or html", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong("pdf", "html");
        var lang = new Option<string>("--lang") { Description = "nl or en", DefaultValueFactory = _ => "nl" };
        lang.AcceptOnlyFromAmong("nl", "en");
        var edition = new Option<int?>("--edition") { Description = "Edition number (default: the latest published edition, or the draft when none is published)" };
        var export = new Command("export", "Export the workbook (an edition or the draft) to PDF or HTML in Dutch or English");
        export.Arguments.Add(file);
        foreach (var o in new Option[] { format, lang, edition }) export.Options.Add(o);
        export.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var workbook = new WorkbookService(db);
            var number = parse.GetValue(edition) ?? (await workbook.EditionsAsync(token)).FirstOrDefault()?.Number;
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var language = parse.GetValue(lang)!;
            byte[] bytes = parse.GetValue(format) == "html"
                ? System.Text.Encoding.UTF8.GetBytes(await Guard(() => workbook.RenderHtmlAsync(number, language, token)))
                : await Guard(() => workbook.RenderPdfAsync(number, language, token));
            await File.WriteAllBytesAsync(path, bytes, token);
            if (json) io.WriteJson(new { file = path, format = parse.GetValue(format), language, edition = number, bytes = bytes.Length });
            else io.Out.WriteLine($"Wrote {path} ({bytes.Length:N0} bytes, {(number is null ? "draft" : $"edition {number}")}, {language})");
            return CliApp.Ok;
        }, ct));
        var workbookCommand = new Command("workbook", "The living workbook");
        workbookCommand.Subcommands.Add(export);
        return workbookCommand;
    }

    public static Command Learning(CliIo io)
    {
        var seed = new Command("seed", "Add the learning platform's demo content (programmes, harvest session, pioneer cases, workbook) when missing");
        seed.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            await new LearningSeed().SeedAsync(db, token);
            var sessions = await new HarvestService(db).SessionsAsync(token);
            if (json) io.WriteJson(new { sessions });
            else io.Out.WriteLine($"Learning content seeded: {sessions.Count} harvest session(s).");
            return CliApp.Ok;
        }, ct));
        var learning = new Command("learning", "The learning platform");
        learning.Subcommands.Add(seed);
        return learning;
    }

    /// <summary><c>notifications digest [--date yyyy-mm-dd]</c>: the daily e-mail digest job, once, exactly as the web app
    /// runs it (mail settings from the same <c>Mail__*</c> environment variables; without SMTP the mails go to the
    /// pickup folder beside the database). Running it twice the same day sends nothing twice.</summary>
    public static Command Notifications(CliIo io)
    {
        var date = new Option<string?>("--date") { Description = "The day (Europe/Brussels) of the digest, yyyy-mm-dd (default: today)" };
        var digest = new Command("digest", "Send the daily e-mail digest to everyone who turned it on");
        digest.Options.Add(date);
        digest.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var day = parse.GetValue(date) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : throw new CliInputException($"--date \"{text}\" is not a date; write it as yyyy-mm-dd, e.g. 2026-11-23.")
                : DailyDigest.DayIn(DateTimeOffset.UtcNow);
            var run = await new DailyDigest(db, CliApp.Mailer(parse), CliApp.Setting(DailyDigest.BaseUrlSetting) ?? DailyDigest.DefaultBaseUrl).RunAsync(day, token);
            if (json) io.WriteJson(run);
            else io.Out.WriteLine($"{run.Day:yyyy-MM-dd}: {run.Digests} digest(s) with {run.Items} notification(s) sent; {run.AlreadySent} already had today's digest; {run.Failed} failed.");
            return run.Failed > 0 ? CliApp.Failure : CliApp.Ok;
        }, ct));
        var notifications = new Command("notifications", "Notifications of the learning platform");
        notifications.Subcommands.Add(digest);
        return notifications;
    }

    /// <summary>Refusals of the learning platform are the user's to fix: exit code 2.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> body)
    {
        try { return await body(); }
        catch (LearningException e) { throw new CliInputException(e.Message); }
    }
}
