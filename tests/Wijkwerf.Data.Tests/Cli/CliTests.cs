using System.Text.Json;
using Wijkwerf.Cli;
using Wijkwerf.Data.Tests.Import;

namespace Wijkwerf.Data.Tests.Cli;

public class CliTests
{
    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => Cli.CliRun.RunAsync(args);

    [Fact]
    public async Task Import_then_districts_json_prints_exactly_one_document_with_the_14_buurten()
    {
        await using var database = new TestDatabase();
        var db = database.Location.Value;
        var (exit, output, errors) = await Run("import", SharedData.File("nl-voorburg/cbs-buurten-2022.gpkg"), "--db", db, "--json");
        exit.ShouldBe(0, errors);
        JsonDocument.Parse(output).RootElement.GetProperty("imports")[0].GetProperty("features").GetInt32().ShouldBe(14);

        (exit, output, _) = await Run("districts", "--json", "--db", db);
        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(output);
        var districts = doc.RootElement.GetProperty("districts");
        districts.GetArrayLength().ShouldBe(14);
        districts[0].GetProperty("code").GetString()!.ShouldStartWith("BU");
        districts[0].GetProperty("municipalityName").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_bad_file_exits_with_2_and_names_the_file_on_stderr()
    {
        await using var database = new TestDatabase();
        var path = Path.Combine(database.Folder, "leeg.csv");
        await File.WriteAllTextAsync(path, "");
        var (exit, output, errors) = await Run("import", path, "--db", database.Location.Value, "--json");
        exit.ShouldBe(2);
        errors.ShouldContain("leeg.csv");
        JsonDocument.Parse(output).RootElement.GetProperty("error").GetString()!.ShouldContain("empty");
    }

    [Fact]
    public async Task An_unknown_district_code_exits_with_2()
    {
        await using var database = new TestDatabase();
        var (exit, _, errors) = await Run("district", "BU00000000", "--db", database.Location.Value);
        exit.ShouldBe(2);
        errors.ShouldContain("BU00000000");
    }

    [Fact]
    public async Task The_first_admin_gets_a_generated_password_never_a_default_one()
    {
        await using var database = new TestDatabase();
        var (exit, output, errors) = await Run("admin", "create", "--email", "beheer@wijkwerf.test", "--db", database.Location.Value, "--json");
        exit.ShouldBe(0, errors);
        var password = JsonDocument.Parse(output).RootElement.GetProperty("password").GetString()!;
        password.Length.ShouldBeGreaterThanOrEqualTo(20);
        var (_, second, _) = await Run("admin", "create", "--email", "beheer@wijkwerf.test", "--db", database.Location.Value, "--json");
        JsonDocument.Parse(second).RootElement.GetProperty("password").GetString().ShouldNotBe(password);
    }
}
