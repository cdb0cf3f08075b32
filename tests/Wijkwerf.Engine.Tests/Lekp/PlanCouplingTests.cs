using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wijkwerf.Domain.Werven;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Engine.Tests.Lekp;

public class PlanCouplingTests
{
    private static PlanItem Item(int id, Werf werf, string? target, string? street, string? start, string? end = null, string? budget = null, bool linked = false) =>
        new(id, werf, target, $"measure {id}", street, start is null ? null : DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end), budget, linked);

    [Fact]
    public void Trees_planted_before_a_heat_trench_in_the_same_street_are_a_conflict()
    {
        var result = PlanCouplings.Find([
            Item(1, Werf.Groen, "bomen", "Dorp", "2026-11-01", "2027-02-28"),
            Item(2, Werf.Energie, null, "dorp ", "2028-04-01", "2028-10-31"),
        ]);
        var c = result.Conflicts.Single(c => c.Kind == ConflictKind.PlantingBeforeTrench);
        (c.FirstId, c.SecondId, c.Street).ShouldBe((1, 2, "Dorp"));
    }

    [Fact]
    public void Trees_planted_after_the_trench_is_closed_are_no_conflict()
    {
        var result = PlanCouplings.Find([
            Item(1, Werf.Energie, null, "Dorp", "2026-03-01", "2026-09-30"),
            Item(2, Werf.Groen, "bomen", "Dorp", "2026-11-01", "2027-02-28"),
        ]);
        result.Conflicts.ShouldNotContain(c => c.Kind == ConflictKind.PlantingBeforeTrench);
    }

    [Fact]
    public void A_street_opened_in_three_years_is_two_missed_bundlings()
    {
        var result = PlanCouplings.Find([
            Item(1, Werf.Water, "regenwater", "Kerkstraat", "2026-03-01"),
            Item(2, Werf.Groen, "ontharding", "Kerkstraat", "2026-05-01"),
            Item(3, Werf.Mobiliteit, "fietspaden", "Kerkstraat", "2027-03-01"),
            Item(4, Werf.Renovatie, "collectieve_renovaties", "Kerkstraat", "2028-03-01", linked: true),
            Item(5, Werf.Mobiliteit, "deelwagens", "Kerkstraat", "2029-03-01"),
        ]);
        var missed = result.Conflicts.Where(c => c.Kind == ConflictKind.MissedBundling).ToArray();
        missed.Select(c => (c.FirstYear, c.SecondYear)).ShouldBe([(2026, 2027), (2027, 2028)]);
        missed[0].SecondId.ShouldBe(3);
    }

    [Fact]
    public void Measures_of_several_werven_in_one_street_and_year_are_a_co_benefit_and_couple_by_street_year_and_budget()
    {
        var result = PlanCouplings.Find([
            Item(1, Werf.Groen, "ontharding", "Dorp", "2027-03-01", budget: "ABB-LEKP-2023"),
            Item(2, Werf.Water, "regenwater", "Dorp", "2027-03-01"),
            Item(3, Werf.Mobiliteit, "mobipunten", "Schoolstraat", "2027-09-01", budget: "abb-lekp-2023"),
            Item(4, Werf.Groen, "bomen", null, null),
        ]);
        var co = result.CoBenefits.ShouldHaveSingleItem();
        (co.Street, co.Year).ShouldBe(("Dorp", 2027));
        co.Werven.ShouldBe([Werf.Groen, Werf.Water]);
        result.Couplings.Single(c => c.Kind == CouplingKind.Street).MeasureIds.ShouldBe([1, 2]);
        result.Couplings.Single(c => c.Kind == CouplingKind.Year).MeasureIds.ShouldBe([1, 2, 3]);
        result.Couplings.Single(c => c.Kind == CouplingKind.Budget).MeasureIds.ShouldBe([1, 3]);
        result.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void Two_tree_plantings_in_one_year_couple_nothing()
    {
        var result = PlanCouplings.Find([Item(1, Werf.Groen, "bomen", "A", "2027-01-01"), Item(2, Werf.Groen, "bomen", "B", "2027-02-01")]);
        result.Couplings.ShouldBeEmpty();
        result.CoBenefits.ShouldBeEmpty();
    }

    [Fact]
    public void A_street_roles_row_without_source_is_refused_naming_the_line()
    {
        var e = Should.Throw<LekpParameterException>(() => StreetRoles.Load(new StringReader("werf;target_key;role;source\ngroen;bomen;plants; \n")));
        e.Message.ShouldContain("line 2");
        e.Message.ShouldContain("source");
    }

    /// <summary>Missed bundling: a street opened in n distinct years gives exactly n − 1 conflicts, whatever the order.</summary>
    [Property(MaxTest = 200)]
    public Property A_street_opened_in_n_distinct_years_has_n_minus_1_missed_bundlings() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(2021, 2030)).Where(a => a.Length is > 0 and < 12).ToArbitrary(), years =>
        {
            var items = years.Select((y, i) => Item(i + 1, Werf.Water, "regenwater", "Dorp", $"{y}-06-01")).ToArray();
            var missed = PlanCouplings.Find(items).Conflicts.Count(c => c.Kind == ConflictKind.MissedBundling);
            return missed == years.Distinct().Count() - 1;
        });
}
