using Wijkwerf.Data.Import;
using Wijkwerf.Data.Operations;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Tests.Operations;

public sealed class ResearchAndOutcomeTests : IAsyncDisposable
{
    private readonly Import.TestDatabase database = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2019, 3, 1, 10, 0, 0, TimeSpan.Zero));

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_practice_lab_validates_a_logged_lesson_which_becomes_citable_with_who_and_why()
    {
        await using var db = await database.OpenAsync();
        await OperationsDistricts.InsertAsync(db);
        var research = new ResearchService(db, clock);
        var lesson = await research.AddAsync(new(OperationsDistricts.Voorburg, ResearchKind.Lesson, "Keukentafelgesprekken werken",
            "Huisbezoeken door het wijkteam bereikten huishoudens die nooit op een bewonersavond kwamen.", "Platform31 onderzoeker",
            "renovatie", "wp2", "Wijkteam, Vidomes", ResearchDomain.Social | ResearchDomain.Technical, "Verslag huisbezoeken 2019"));
        await research.AddAsync(new(OperationsDistricts.Voorburg, ResearchKind.Challenge, "Wantrouwen", "Bewoners wantrouwen de corporatie.", "Onderzoeker"));
        (await Should.ThrowAsync<BadInputException>(() => research.AddAsync(new(OperationsDistricts.Voorburg, ResearchKind.Insight, "x", "y", "z", Werf: "ruimtevaart")))).Message.ShouldContain("not a werf");

        var lab = await research.AddLabAsync("Praktijklab Den Haag", new DateTime(2019, 4, 2, 12, 0, 0), "Den Haag", null);
        (await Should.ThrowAsync<BadInputException>(() => research.ValidateAsync(lab, lesson.Id, "Lab", " "))).Message.ShouldContain("reason");
        var validated = await research.ValidateAsync(lab, lesson.Id, "Praktijklab: 14 deelnemers", "Herkend in drie andere wijken");

        validated.ValidatedBy.ShouldBe("Praktijklab: 14 deelnemers");
        validated.Domains.ShouldBe(["social", "technical"]);
        var citable = await research.CitableLessonsAsync();
        citable.Single().Title.ShouldBe("Keukentafelgesprekken werken");
        citable.Single().PracticeLab.ShouldBe("Praktijklab Den Haag");
        (await research.LogAsync(OperationsDistricts.Voorburg)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_outcome_monitor_shows_all_five_dimensions_and_baseline_vs_now()
    {
        await using var db = await database.OpenAsync();
        await OperationsDistricts.InsertAsync(db);
        var outcomes = new OutcomeService(db);
        await outcomes.DefineIndicatorAsync(new("gas-per-dwelling", OutcomeDimension.EnergySavings, "Gasverbruik per woning", "m³/jaar", "CBS KWB", HigherIsBetter: false));
        await outcomes.DefineIndicatorAsync(new("volunteers", OutcomeDimension.Participation, "Actieve bewoners", "personen", "Wijkteam"));
        await outcomes.RecordAsync(OperationsDistricts.Voorburg, "gas-per-dwelling", new DateOnly(2018, 12, 31), 1_230, isBaseline: true);
        await outcomes.RecordAsync(OperationsDistricts.Voorburg, "gas-per-dwelling", new DateOnly(2019, 12, 31), 1_150);
        await outcomes.RecordAsync(OperationsDistricts.Voorburg, "gas-per-dwelling", new DateOnly(2020, 12, 31), 1_020);
        await outcomes.RecordAsync(OperationsDistricts.Voorburg, "volunteers", new DateOnly(2018, 12, 31), 12);
        await outcomes.RecordAsync(OperationsDistricts.Voorburg, "volunteers", new DateOnly(2020, 12, 31), 9);
        await Should.ThrowAsync<BadInputException>(() => outcomes.RecordAsync(OperationsDistricts.Voorburg, "unknown", new DateOnly(2020, 1, 1), 1));

        var monitor = (await outcomes.MonitorAsync(OperationsDistricts.Voorburg))!;
        monitor.Dimensions.Select(d => d.Dimension).ShouldBe(Enum.GetValues<OutcomeDimension>());
        var gas = monitor.Dimensions[0].Indicators.Single();
        gas.Baseline!.Value.ShouldBe(1_230);
        gas.Latest!.Value.ShouldBe(1_020);
        gas.Change.ShouldBe(-210);
        gas.Improved.ShouldBe(true);
        var volunteers = monitor.Dimensions.Single(d => d.Dimension == OutcomeDimension.Participation).Indicators.Single();
        volunteers.Improved.ShouldBe(false);
        monitor.Dimensions.Single(d => d.Dimension == OutcomeDimension.Employment).Indicators.ShouldBeEmpty();

        var xlsx = (await outcomes.ExportAsync(OperationsDistricts.Voorburg))!;
        var path = Path.Combine(database.Folder, "outcomes.xlsx");
        await File.WriteAllBytesAsync(path, xlsx);
        var rows = Wijkwerf.Data.Import.Generic.XlsxTable.Read(path, out var header);
        header.ShouldContain("baseline");
        rows.Single(r => r.Cells["indicator"] == "gas-per-dwelling").Cells["latest"].ShouldBe("1020");
    }
}
