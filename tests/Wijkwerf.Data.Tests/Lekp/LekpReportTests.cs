using System.Globalization;
using System.Text.Json;
using Wijkwerf.Cli;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Lekp;

namespace Wijkwerf.Data.Tests.Lekp;

public class LekpReportTests(LekpFixture fixture) : IClassFixture<LekpFixture>
{
    private static readonly string Sample = LekpFixture.RepositoryFile("samples/lille-maatregelen.csv");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => Cli.CliRun.RunAsync(args);

    [Fact]
    public async Task The_cli_report_workbook_holds_the_monitor_and_every_measure_in_import_columns()
    {
        await using var database = await fixture.CopyAsync();
        var db = database.Location.Value;
        (await Run("municipality", "set", "Lille", "--inhabitants", "16700", "--housing-units", "7100", "--pact", "2.0", "--db", db)).Exit.ShouldBe(0);
        (await Run("measures", "import", Sample, "--db", db)).Exit.ShouldBe(0);
        var (exit, targetsJson, err) = await Run("targets", "13019", "--json", "--db", db);
        exit.ShouldBe(0, err);
        var xlsx = Path.Combine(Path.GetTempPath(), $"lekp-{Guid.NewGuid():N}.xlsx");
        try
        {
            (exit, _, err) = await Run("measures", "report", "Lille", "--year", "2024", "--xlsx", xlsx, "--db", db);
            exit.ShouldBe(0, err);
            var monitor = XlsxTable.Read(xlsx, out _).ToDictionary(r => r.Cells["key"]);
            foreach (var t in JsonDocument.Parse(targetsJson).RootElement.GetProperty("targets").EnumerateArray())
            {
                var row = monitor[t.GetProperty("key").GetString()!];
                double.Parse(row.Cells["realised"], CultureInfo.InvariantCulture).ShouldBe(t.GetProperty("realised").GetDouble());
                double.Parse(row.Cells["planned"], CultureInfo.InvariantCulture).ShouldBe(t.GetProperty("planned").GetDouble());
            }
        }
        finally { File.Delete(xlsx); }
    }

    [Fact]
    public async Task A_measure_entered_for_Lille_stays_in_Lille_whatever_municipality_its_fields_name()
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var fields = new Dictionary<string, string?>
        {
            ["municipality"] = "12002", ["werf"] = "groen", ["target_key"] = "bomen", ["title"] = "Bomen", ["quantity"] = "4", ["status"] = "planned",
        };
        var saved = await new LekpMeasures(db).SaveAsync("13019", null, fields, Ct);
        saved!.Municipality.ShouldBe("13019");
        (await new LekpMeasures(db).ListAsync("12002", null, Ct)).ShouldBeEmpty();
    }
}
