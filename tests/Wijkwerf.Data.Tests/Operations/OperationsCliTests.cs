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
}
