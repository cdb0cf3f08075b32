using System.Text.Json;
using Wijkwerf.Cli;
using Wijkwerf.Data.Operations;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Tests.Operations;

public sealed class OperationsCliTests : IAsyncDisposable
{
    private readonly Import.TestDatabase database = new();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private static async Task<(int Exit, JsonElement Json, string Err)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = await CliApp.RunAsync(args, o, e);
        return (exit, JsonDocument.Parse(o.ToString()).RootElement.Clone(), e.ToString());
    }

    [Fact]
    public async Task Forum_call_and_outcomes_commands_print_one_json_document_each()
    {
        await using (var db = await database.OpenAsync())
        {
            await OperationsDistricts.InsertAsync(db);
            await new OperationsDemoSeed().SeedAsync(db, TestContext.Current.CancellationToken);
        }
        var path = database.Location.Value;

        var (exit, events, err) = await Run("forum", "events", "--json", "--db", path);
        exit.ShouldBe(0, err);
        var forum = events.GetProperty("events").EnumerateArray().Single();
        forum.GetProperty("taken").GetInt32().ShouldBe(36);

        (exit, var registrations, _) = await Run("forum", "registrations", forum.GetProperty("id").GetInt32().ToString(), "--json", "--db", path);
        exit.ShouldBe(0);
        registrations.GetProperty("registrations").GetArrayLength().ShouldBe(36);
        registrations.GetProperty("registrations")[0].GetProperty("status").GetString().ShouldBe(nameof(SeatStatus.Confirmed));

        (exit, var calls, _) = await Run("call", "list", "--json", "--db", path);
        exit.ShouldBe(0);
        var call = calls.GetProperty("calls").EnumerateArray().Single();
        call.GetProperty("closesBrussels").GetString().ShouldBe("2018-07-13 23:59");
        call.GetProperty("submitted").GetInt32().ShouldBe(3);

        (exit, var ranking, _) = await Run("call", "ranking", call.GetProperty("id").GetInt32().ToString(), "--json", "--db", path);
        exit.ShouldBe(0);
        var ranks = ranking.GetProperty("ranking").EnumerateArray().ToList();
        ranks.Select(r => r.GetProperty("rank").GetInt32()).ShouldBe([1, 2, 3]);
        ranks.Select(r => r.GetProperty("weightedScore").GetDouble()).ShouldBeInOrder(SortDirection.Descending);

        (exit, var outcomes, _) = await Run("outcomes", OperationsDistricts.Voorburg, "--json", "--db", path);
        exit.ShouldBe(0);
        outcomes.GetProperty("dimensions").GetArrayLength().ShouldBe(5);

        (exit, var missing, _) = await Run("outcomes", "BU00000000", "--json", "--db", path);
        exit.ShouldBe(CliApp.BadInput);
        missing.GetProperty("error").GetString()!.ShouldContain("no district");
    }

    [Fact]
    public async Task Forum_reminders_runs_the_scheduled_job_once_and_never_mails_anyone_twice()
    {
        var day = new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc);
        await using (var db = await database.OpenAsync())
        {
            var forum = new ForumService(db, new MailBox(), TimeProvider.System);
            var ev = await forum.CreateEventAsync(new NewEvent("Praktijklabdag", ForumEventKind.PracticeLab, day, day.AddHours(6), 1, "Voorburg"));
            await forum.RegisterAsync(ev, new("Ann", "ann@example.org", null, []));
            await forum.RegisterAsync(ev, new("Bert", "bert@example.org", null, []));
        }
        var path = database.Location.Value;
        var mailFolder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "mail");

        // 09:00 Brussels (winter time) the day before is 08:00 UTC: a day ahead, given without an offset.
        var (exit, early, err) = await Run("forum", "reminders", "--now", "2026-11-19T08:59", "--json", "--db", path);
        exit.ShouldBe(0, err);
        early.GetProperty("sent").GetArrayLength().ShouldBe(0);
        (exit, var run, err) = await Run("forum", "reminders", "--now", "2026-11-19T08:00:00Z", "--json", "--db", path);
        exit.ShouldBe(0, err);
        run.GetProperty("sent").EnumerateArray().Select(s => s.GetProperty("status").GetString()).ShouldBe(["Confirmed", "Waiting"]);
        Directory.GetFiles(mailFolder, "*.eml").Length.ShouldBe(2);
        (exit, var again, _) = await Run("forum", "reminders", "--now", "2026-11-19T12:00:00Z", "--json", "--db", path);
        exit.ShouldBe(0);
        again.GetProperty("sent").GetArrayLength().ShouldBe(0);
        Directory.GetFiles(mailFolder, "*.eml").Length.ShouldBe(2);

        (exit, var bad, _) = await Run("forum", "reminders", "--now", "tomorrow", "--json", "--db", path);
        exit.ShouldBe(CliApp.BadInput);
        bad.GetProperty("error").GetString()!.ShouldContain("--now: 'tomorrow' is not an ISO 8601 time");
    }
}
