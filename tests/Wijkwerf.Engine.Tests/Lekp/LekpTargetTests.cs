using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Domain.Werven;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Engine.Tests.Lekp;

public class LekpTargetTests
{
    private const int BerlaarInhabitants = 11_949;
    private static readonly LekpTargetTable Table = LekpTargetTable.Default;

    private static long? Berlaar(string version, string key, int? housingUnits = null) =>
        TargetCalculator.Required(Table.For(version).Single(t => t.Key == key), BerlaarInhabitants, housingUnits);

    [Fact]
    public void The_shipped_table_has_pacts_1_0_2_0_and_2_1_each_row_with_a_source()
    {
        Table.Versions.ShouldBe(["1.0", "2.0", "2.1"]);
        foreach (var v in Table.Versions)
            Table.For(v).ShouldAllBe(t => t.Source.Length > 20 && t.Deadline == new DateOnly(2030, 12, 31));
        Table.PactEnd.ShouldBe(new DateOnly(2030, 12, 31));
    }

    [Fact]
    public void Berlaar_needs_179_charging_equivalents() => Berlaar("2.0", "laadpuntequivalenten").ShouldBe(179);

    [Theory]
    [InlineData("bomen", 11_949)]
    [InlineData("ontharding", 11_949)]
    [InlineData("regenwater", 11_949)]
    [InlineData("fietspaden", 11_949)]
    [InlineData("deelwagens", 23)]
    [InlineData("mobipunten", 11)]
    [InlineData("natuurlijk_groen", 11)]
    [InlineData("hagen_gevelgroen", 5_974)]
    public void Berlaar_figures_of_the_pact_rounded_down(string key, long expected)
    {
        foreach (var v in Table.Versions) Berlaar(v, key).ShouldBe(expected, $"pact {v}");
    }

    [Fact]
    public void Berlaar_needs_119_public_charging_points_under_pact_1_0() => Berlaar("1.0", "laadpunten").ShouldBe(119);

    [Fact]
    public void Collective_renovations_follow_housing_units_and_are_unknown_without_them()
    {
        Berlaar("2.0", "collectieve_renovaties", housingUnits: 5_000).ShouldBe(250);
        Berlaar("2.0", "collectieve_renovaties_fossielvrij", housingUnits: 5_000).ShouldBe(125);
        Berlaar("2.0", "collectieve_renovaties").ShouldBeNull();
    }

    [Fact]
    public void Progress_counts_realised_planned_and_projects_only_dated_plans_before_the_deadline()
    {
        var target = Table.For("2.0").Single(t => t.Key == "bomen");
        var p = TargetCalculator.Progress(target, 100,
        [
            new(30, MeasureStatus.Realised, new DateOnly(2023, 5, 1)),
            new(20, MeasureStatus.Planned, new DateOnly(2027, 3, 1)),
            new(10, MeasureStatus.InProgress, null),
            new(50, MeasureStatus.Idea, new DateOnly(2026, 1, 1)),
        ]);
        p.Realised.ShouldBe(30);
        p.Planned.ShouldBe(30);
        p.Gap.ShouldBe(70);
        p.Projected2030.ShouldBe(50);
    }

    [Fact]
    public void A_fossil_free_renovation_also_counts_as_a_collective_renovation()
    {
        var progress = TargetCalculator.ProgressAll(Table.For("2.0"), 10_000, 4_000,
            [("collectieve_renovaties_fossielvrij", new MeasureContribution(12, MeasureStatus.Realised, null)),
             ("collectieve_renovaties", new MeasureContribution(8, MeasureStatus.Realised, null))]);
        progress.Single(p => p.Target.Key == "collectieve_renovaties").Realised.ShouldBe(20);
        progress.Single(p => p.Target.Key == "collectieve_renovaties_fossielvrij").Realised.ShouldBe(12);
        progress.Single(p => p.Target.Key == "collectieve_renovaties").Required.ShouldBe(200);
    }

    [Theory]
    [InlineData("norm", "-1", "negative")]
    [InlineData("norm", "", "missing")]
    [InlineData("werf", "lucht", "not a werf")]
    [InlineData("per", "household", "not one of")]
    [InlineData("deadline", "2030", "not a date")]
    public void A_bad_cell_is_reported_with_row_and_column(string column, string value, string problem)
    {
        var lines = LekpTargetTable.ReadEmbeddedTable().Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.StartsWith("pact_version"));
        var col = Array.IndexOf(lines[headerIndex].TrimEnd('\r').Split(';'), column);
        var cells = lines[headerIndex + 3].TrimEnd('\r').Split(';');
        cells[col] = value;
        lines[headerIndex + 3] = string.Join(';', cells);
        var e = Should.Throw<LekpParameterException>(() => LekpTargetTable.Load(new StringReader(string.Join('\n', lines))));
        e.Row.ShouldBe($"line {headerIndex + 4}");
        e.Column.ShouldBe(column);
        e.Message.ShouldContain(problem);
    }

    [Fact]
    public void A_stray_semicolon_is_refused_rather_than_shifting_the_columns()
    {
        var text = LekpTargetTable.ReadEmbeddedTable().Replace("section 6, exact", "section 6; exact");
        var e = Should.Throw<LekpParameterException>(() => LekpTargetTable.Load(new StringReader(text)));
        e.Message.ShouldContain("fields");
    }

    [Fact]
    public void Werf_slugs_round_trip()
    {
        foreach (var w in Enum.GetValues<Werf>())
        {
            WerfSlugs.TryParse(w.Slug().ToUpperInvariant(), out var back).ShouldBeTrue();
            back.ShouldBe(w);
        }
    }

    [Property]
    public Property Required_grows_monotonically_with_inhabitants() =>
        Prop.ForAll(
            Gen.Choose(0, 2_000_000).ToArbitrary(),
            Gen.Choose(0, 50_000).ToArbitrary(),
            (inhabitants, more) => Table.Versions.SelectMany(Table.For).All(t =>
                TargetCalculator.Required(t, inhabitants + more, inhabitants) is var bigger &&
                TargetCalculator.Required(t, inhabitants, inhabitants) is var smaller &&
                (t.Per is TargetBasis.Municipality or TargetBasis.ThousandHousingUnits ? bigger == smaller : bigger >= smaller)));
}
