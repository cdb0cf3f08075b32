using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Engine.Tests.OneStopShop;

public class OneStopShopEngineTests
{
    [Fact]
    public void The_funnel_counts_a_household_at_every_stage_it_passed()
    {
        JourneyRules.Passed(JourneyStage.Works, JourneyStage.Advice).ShouldBeTrue();
        JourneyRules.Passed(JourneyStage.HeatConnected, JourneyStage.Decision).ShouldBeTrue();
        JourneyRules.Passed(JourneyStage.HeatConnected, JourneyStage.Works).ShouldBeFalse();
        JourneyRules.Passed(JourneyStage.Advice, JourneyStage.Decision).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, null)]
    [InlineData(5, 5)]
    [InlineData(1.4, null)]
    [InlineData(4.6, 5)]
    public void Counts_of_fewer_than_five_households_are_not_shown(double value, int? shown) =>
        SmallNumbers.Count(value, 5).ShouldBe(shown);

    [Fact]
    public void A_share_is_hidden_when_the_reached_or_the_not_reached_are_few()
    {
        SmallNumbers.Share(100, 40, 5).ShouldBe(0.4);
        SmallNumbers.Share(100, 3, 5).ShouldBeNull();
        SmallNumbers.Share(100, 98, 5).ShouldBeNull();
        SmallNumbers.Share(4, 0, 5).ShouldBeNull();
        SmallNumbers.Share(20, 0, 5).ShouldBe(0);
    }

    [Fact]
    public void Reach_counts_addresses_reached_households_and_erased_households_without_an_address()
    {
        ReachInput A(int street, int stage, bool recorded = false, bool isAddress = true) =>
            new(street, 0, (int)DwellingType.TerracedMiddle, 0, 0, recorded ? 0 : 0.5f, recorded ? 1 : 0.25f, recorded ? 0 : 0.25f, recorded, stage, isAddress);
        ReachInput[] input = [A(0, -1), A(0, 0), A(1, 2, recorded: true), A(1, -1), A(-1, 1, recorded: true, isAddress: false)];
        var c = Reach.Count(input, 2, 1);
        c.Addresses.ShouldBe(4);
        c.Reached.ShouldBe(3);
        c.Streets.Addresses.ShouldBe([2, 2]);
        c.Streets.Reached.ShouldBe([1, 1]);
        c.Districts.Reached.ShouldBe([3]);
        c.Tenure.Addresses.ShouldBe([1.5, 1.75, 0.75]);
        c.Tenure.Reached.ShouldBe([0.5, 2.25, 0.25]);
        c.TenureEstimated.ShouldBe(3);
        Reach.Funnel(c)[(int)JourneyStage.FirstContact].ShouldBe(3);
        Reach.Funnel(c)[(int)JourneyStage.Advice].ShouldBe(2);
        Reach.Funnel(c)[(int)JourneyStage.Decision].ShouldBe(1);
    }

    [Fact]
    public void Suggested_groups_share_type_build_year_class_and_street_and_respect_the_sizes()
    {
        var dwellings = new List<GroupCandidate>();
        for (var i = 0; i < 90; i++) dwellings.Add(new GroupCandidate(i, i, "straat-a", DwellingType.TerracedMiddle, "1946-1964", i));
        for (var i = 0; i < 3; i++) dwellings.Add(new GroupCandidate(100 + i, 100 + i, "straat-b", DwellingType.TerracedEnd, "1946-1964", i));
        for (var i = 0; i < 12; i++) dwellings.Add(new GroupCandidate(200 + i, 999, "straat-c", DwellingType.Apartment, "1975-1991", i));
        for (var i = 0; i < 6; i++) dwellings.Add(new GroupCandidate(300 + i, 300 + i, null, DwellingType.Detached, "<1946", i));
        var groups = CollectiveGrouping.Suggest(dwellings, 4, 40);
        // 90 terraced houses → 3 runs of 30 along the street; 3 end houses too few; one apartment building; no street, no group.
        groups.Count.ShouldBe(4);
        groups.Where(g => g.Type == DwellingType.TerracedMiddle).Select(g => g.Units.Count).ShouldBe([30, 30, 30]);
        groups.Single(g => g.Type == DwellingType.Apartment).Building.ShouldBe(999);
        groups.SelectMany(g => g.Units).Distinct().Count().ShouldBe(102);
        groups.First(g => g.Type == DwellingType.TerracedMiddle).Units.ShouldBe(Enumerable.Range(0, 30).Select(i => (long)i));
    }

    [Fact]
    public void Mijn_VerbouwLening_caps_at_60000_over_25_years_and_charges_an_annuity()
    {
        var r = FinancingCheck.Check(new FinancingRequest("mijn-verbouwlening", Tenure.OwnerOccupied, 38_000, 1, 0, 75_000, 30));
        r.Eligible.ShouldBeTrue();
        r.AmountEur.ShouldBe(60_000);
        r.TermYears.ShouldBe(25);
        r.InterestPct.ShouldBe(2.75m);
        // Annuity check by summing the discounted payments: they repay the principal.
        var i = 0.0275 / 12;
        var pv = Enumerable.Range(1, 300).Sum(k => (double)r.MonthlyChargeEur / Math.Pow(1 + i, k));
        pv.ShouldBe(60_000, 2.0);
        r.Sources.ShouldContain(s => s.StartsWith("max_amount_eur"));
        r.Reasons.ShouldBe([new AmountCapped(60_000), new TermLimited(25)]);
    }

    [Fact]
    public void An_amount_below_the_minimum_is_not_eligible_and_says_the_minimum()
    {
        var r = FinancingCheck.Check(new FinancingRequest("mijn-verbouwlening", Tenure.OwnerOccupied, 38_000, 1, 0, 500, 10));
        r.Eligible.ShouldBeFalse();
        r.Reasons.ShouldBe([new AmountBelowMinimum(1_250)]);
    }

    [Fact]
    public void A_tenant_or_a_high_income_is_not_eligible_for_Mijn_VerbouwLening()
    {
        var tenant = FinancingCheck.Check(new FinancingRequest("mijn-verbouwlening", Tenure.PrivateRent, 30_000, 1, 0, 20_000, 20));
        tenant.Eligible.ShouldBeFalse();
        tenant.Reasons.ShouldBe([new NotOwnerOccupier("mijn-verbouwlening", Tenure.PrivateRent)]);
        var rich = FinancingCheck.Check(new FinancingRequest("mijn-verbouwlening", Tenure.OwnerOccupied, 90_000, 2, 2, 20_000, 20));
        rich.Eligible.ShouldBeFalse();
        // A couple with two dependants: the couple limit plus one extra dependant.
        var p = OneStopShopParameters.Default;
        var limit = p.Number("mijn-verbouwlening", "income_limit_couple_eur") + p.Number("mijn-verbouwlening", "income_per_extra_dependant_eur");
        rich.Reasons.ShouldBe([new IncomeAboveLimit(90_000, limit)]);
        FinancingCheck.Check(new FinancingRequest("mijn-verbouwlening", Tenure.OwnerOccupied, limit, 2, 2, 20_000, 20)).Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Warmtefonds_is_interest_free_up_to_the_income_limit_and_the_E_label_purchase_brings_the_renovation_obligation()
    {
        var r = FinancingCheck.Check(new FinancingRequest("warmtefonds-energiebespaarlening", Tenure.OwnerOccupied, 45_000, 2, 1, 12_000, 15));
        r.InterestPct.ShouldBe(0);
        r.Reasons.ShouldBe([new InterestFree(60_000)]);
        r.MonthlyChargeEur.ShouldBe(Math.Round(12_000m / 180, 2));
        var bought = FinancingCheck.Check(new FinancingRequest("mijn-verbouwlening", Tenure.OwnerOccupied, 40_000, 2, 0, 30_000, 20, "E", new DateOnly(2024, 5, 1)));
        bought.Obligation!.TargetLabel.ShouldBe("D");
        bought.Obligation.Deadline.ShouldBe(new DateOnly(2029, 5, 1));
        FinancingCheck.Check(new FinancingRequest("mijn-verbouwlening", Tenure.OwnerOccupied, 40_000, 2, 0, 30_000, 20, "C", new DateOnly(2024, 5, 1))).Obligation.ShouldBeNull();
    }

    [Fact]
    public void Every_parameter_row_cites_a_source() =>
        OneStopShopParameters.Default.Rows.ShouldAllBe(r => r.Source.Length > 10);
}
