using System.Text.Json;
using Wijkwerf.Cli;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Tests.Import;

namespace Wijkwerf.Data.Tests.Lekp;

/// <summary>Municipal figures from a Statbel population file and from a Wijkwerf figures CSV, on the real Statbel
/// municipalities and wijken. The Statbel file is written here in Statbel's layout (TF_SOC_POP_STRUCT: pipe-separated,
/// one row per sex × nationality × civil state × age); no real population file is in ../shared/data.</summary>
public class PopulationFiguresTests(LekpFixture fixture) : IClassFixture<LekpFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => Cli.CliRun.RunAsync(args);

    private static string Write(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("wijkwerf-figures-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string StatbelHeader = "CD_REFNIS|TX_DESCR_NL|TX_DESCR_FR|CD_SEX|CD_NATLTY|CD_CIV_STS|CD_AGE|MS_POPULATION";

    [Fact]
    public async Task A_Statbel_population_file_sets_inhabitants_and_the_reference_date_and_the_targets_follow()
    {
        await using var database = await fixture.CopyAsync();
        var rows = new[] { (sex: "M", age: 30, n: 5_980), (sex: "F", age: 30, n: 5_969) };
        var file = Write("TF_SOC_POP_STRUCT_2024.txt", StatbelHeader + "\n" + string.Join("\n",
            rows.Select(r => $"12002|Berlaar|Berlaar|{r.sex}|BEL|1|{r.age}|{r.n}")) + "\n13019|Lille|Lille|F|BEL|1|40|8000\n13019|Lille|Lille|M|BEL|1|40|8450\n");
        var (exit, _, err) = await Run("municipality", "figures", file, "--date", "2024-01-01", "--db", database.Location.Value, "--json");
        exit.ShouldBe(0, err);
        (exit, _, err) = await Run("municipality", "set", "12002", "--pact", "2.0", "--db", database.Location.Value);
        exit.ShouldBe(0, err);
        (exit, var output, err) = await Run("targets", "Berlaar", "--json", "--db", database.Location.Value);
        exit.ShouldBe(0, err);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("inhabitants").GetInt32().ShouldBe(rows.Sum(r => r.n));
        root.GetProperty("figuresReferenceDate").GetString().ShouldBe("2024-01-01");
        root.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "laadpuntequivalenten")
            .GetProperty("required").GetDouble().ShouldBe(179);
    }

    [Fact]
    public async Task District_housing_units_give_the_district_its_collective_renovation_target()
    {
        await using var database = await fixture.CopyAsync();
        var file = Write("lille-wijken.csv", "code,inhabitants,housing_units,reference_date\n13019,16700,7100,2024-01-01\n13019W04,3100,1250,2024-01-01\n");
        await using var db = await database.OpenAsync();
        var outcome = await new PopulationFiguresImport(db).ImportAsync(file, null, Ct);
        (outcome.Municipalities, outcome.Districts).ShouldBe((1, 1));
        await LekpMunicipalities.SetFiguresAsync(db, "13019", null, null, "2.0", null, ct: Ct);
        var monitor = (await new LekpMonitor(db).ForMunicipalityAsync("13019", Ct))!;
        monitor.HousingUnits.ShouldBe(7_100);
        var district = monitor.Districts.Single(d => d.Code == "13019W04");
        (district.Inhabitants, district.HousingUnits, district.FiguresReferenceDate).ShouldBe((3_100, 1_250, new DateOnly(2024, 1, 1)));
        district.Targets.Single(t => t.Key == "collectieve_renovaties").Required.ShouldBe(62); // 1,250 / 1,000 × 50 = 62.5, down
    }

    [Theory]
    [InlineData("code,inhabitants,reference_date\n13019,16700,2024-01-01\n99999,100,2024-01-01\n", "line 3", "code")]
    [InlineData("code,inhabitants,reference_date\n13019,16700,2024-01-01\n13019W04,-4,2024-01-01\n", "line 3", "inhabitants")]
    [InlineData("code,inhabitants,reference_date\n13019,16700,2024-01-01\n13019W04,3100,\n", "line 3", "reference_date")]
    [InlineData("CD_REFNIS|CD_SECTOR|MS_POPULATION\n13019|13019A00-|100\n", "line 1", "CD_SECTOR")]
    public async Task A_bad_figures_file_names_line_and_column_and_stores_nothing(string text, string where, string field)
    {
        await using var database = await fixture.CopyAsync();
        await using var db = await database.OpenAsync();
        var before = (await LekpMunicipalities.FindAsync(db, "13019", Ct))!.Inhabitants;
        var e = await Should.ThrowAsync<BadInputException>(() => new PopulationFiguresImport(db).ImportAsync(Write("bad.csv", text), null, Ct));
        (e.Where, e.Field).ShouldBe((where, field));
        db.ChangeTracker.Clear();
        (await LekpMunicipalities.FindAsync(db, "13019", Ct))!.Inhabitants.ShouldBe(before);
        db.DistrictPopulations.Count().ShouldBe(0);
    }
}
