using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Parameters;
using Wijkwerf.Engine.Heat.Phasing;
using Wijkwerf.Engine.Heat.Strategies;

namespace Wijkwerf.Engine.Tests.Heat;

public class PhasingModelTests
{
    private static readonly HeatDemandModel Model = new(HeatParameters.Default);
    private static readonly HeatStrategyCalculator Calculator = new(Model);
    private static readonly TenureShares Mixed = new(0.5, 0.3, 0.2);

    /// <summary>A random district (seeded) and the strategy totals with everybody switched.</summary>
    private static StrategyCost Totals(HeatStrategy strategy, int seed, int count = 60)
    {
        var random = new Random(seed);
        var buildings = Enumerable.Range(0, count).Select(_ => new HeatBuildingInput(
            (DwellingType)random.Next(5), 1900 + random.Next(125), null, 60 + random.Next(400), 1 + random.Next(12))).ToArray();
        var demand = new HeatDemandResult[count];
        Model.Compute(buildings, demand);
        return Calculator.Evaluate(strategy, buildings, demand, [], new HeatDistrictContext(count * (5 + random.Next(30)))).Total;
    }

    private static PhasingRequest Request(HeatStrategy s, StrategyCost total) =>
        PhasingRequest.FromDefaults(s, total, PhasingParameters.Default, Mixed);

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b));

    [Property(MaxTest = 200)]
    public Property Cash_flows_add_up_to_the_strategy_totals() =>
        Prop.ForAll(
            Gen.Choose(0, 4).ToArbitrary(),
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            (strategyIndex, seed) =>
            {
                var strategy = HeatStrategies.All[strategyIndex];
                var t = Totals(strategy, seed);
                var random = new Random(seed);
                var mode = random.Next(2) == 0 ? PhasingMode.Stepwise : PhasingMode.AllAtOnce;
                var rollout = 1 + random.Next(20);
                var municipalPercent = random.Next(101);
                var own = random.NextDouble();
                var social = (1 - own) * random.NextDouble();
                var request = Request(strategy, t) with
                {
                    Mode = mode,
                    RolloutYears = rollout,
                    RenovationWaves = 1 + random.Next(5),
                    RenovationWaveYears = 1 + random.Next(3),
                    RenovationLeadYears = random.Next(3),
                    Tenure = new TenureShares(own, social, 1 - own - social),
                    Ownership = new OwnershipShares(municipalPercent / 100.0, (100 - municipalPercent) / 100.0, 0),
                };
                var r = PhasingModel.Run(request);
                var flows = r.Years.SelectMany(y => y.Actors).ToList();

                // Every investment is made once: by kind over the years, and by actor over the years.
                var ok = Near(r.Years.Sum(y => y.InvestmentEur), t.TotalInvestmentEur)
                         && Near(r.TotalInvestmentEur, t.TotalInvestmentEur)
                         && Near(flows.Sum(f => f.InvestmentEur), t.TotalInvestmentEur)
                         && Near(r.Years.Sum(y => y.BuildingMeasuresEur), t.BuildingMeasuresInvestmentEur)
                         && Near(r.Years.Sum(y => y.NetworkEur), t.NetworkInvestmentEur);
                // Building owners invest the owner part; the collective party the rest.
                var ownerActors = new[] { HeatActor.OwnerOccupier, HeatActor.HousingAssociation, HeatActor.PrivateLandlord };
                ok &= Near(flows.Where(f => ownerActors.Contains(f.Actor)).Sum(f => f.InvestmentEur), t.OwnerInvestmentEur);
                // Connection contributions move money from owners to the heat company: they net to zero.
                ok &= Math.Abs(flows.Sum(f => f.ContributionEur)) <= 1e-6 * Math.Max(1, t.ConnectionContributionEur);
                // Everybody switched by the last connection year; from then on each year's running costs are the strategy's.
                ok &= r.Years[^1].ConnectedShare == 1 && Near(r.Years.Sum(y => y.NewConnectionShare), 1);
                var expectedRunning = t.MaintenanceEurPerYear - t.CollectiveMaintenanceEurPerYear + t.OccupantCostEurPerYear
                    + (strategy is HeatStrategy.S2HeatNetworkMediumHighTemperature or HeatStrategy.S3HeatNetworkLowTemperature
                        ? t.CollectiveMaintenanceEurPerYear + t.CollectiveEnergyEurPerYear - t.TariffIncomeEurPerYear : 0);
                ok &= Near(r.Years[^1].Actors.Sum(a => a.RunningEur), expectedRunning)
                      && Near(r.ActorsAtFullRollout.Sum(a => a.RunningEur), expectedRunning);
                // Actor totals are the sum of the years.
                for (var a = 0; a < r.Actors.Count; a++)
                    ok &= Near(r.ActorTotals[a].NetEur, r.Years.Sum(y => y.Actors[a].NetEur));
                return ok;
            });

    [Property(MaxTest = 200)]
    public Property No_low_temperature_connection_before_its_renovation_wave() =>
        Prop.ForAll(
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            seed =>
            {
                var random = new Random(seed);
                var (waves, waveYears, lead, rollout) = (1 + random.Next(6), 1 + random.Next(4), random.Next(4), 1 + random.Next(15));
                var mode = random.Next(2) == 0 ? PhasingMode.Stepwise : PhasingMode.AllAtOnce;
                var t = Totals(HeatStrategy.S3HeatNetworkLowTemperature, seed);
                var r = PhasingModel.Run(Request(HeatStrategy.S3HeatNetworkLowTemperature, t) with
                {
                    Mode = mode,
                    RenovationWaves = waves,
                    RenovationWaveYears = waveYears,
                    RenovationLeadYears = lead,
                    RolloutYears = rollout,
                });
                if (!r.RenovationBeforeConnection) return false;
                var start = r.Years[0].Year;
                foreach (var y in r.Years)
                {
                    // Connected never exceeds the share whose wave ended `lead` years ago, nor what is insulated.
                    var wavesDone = Enumerable.Range(0, waves).Count(k => start + (k + 1) * waveYears - 1 + lead <= y.Year);
                    if (y.ConnectedShare > (double)wavesDone / waves + 1e-9) return false;
                    if (y.ConnectedShare > y.RenovatedShare + 1e-9) return false;
                    if (y.NewConnectionShare > 1e-12 && y.Year < start + waveYears - 1 + lead) return false;
                }
                return r.FirstConnectionYear >= start + waveYears - 1 + lead;
            });

    [Property(MaxTest = 200)]
    public Property Subsidies_and_loans_move_money_between_actors_and_never_change_what_is_invested() =>
        Prop.ForAll(
            Gen.Choose(0, 4).ToArbitrary(),
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            (strategyIndex, seed) =>
            {
                var strategy = HeatStrategies.All[strategyIndex];
                var t = Totals(strategy, seed);
                var random = new Random(seed);
                var financing = new OwnerFinancing(random.NextDouble() * 0.5, random.NextDouble() * 0.5, random.NextDouble(), random.NextDouble() * 5, 1 + random.Next(25));
                var cash = PhasingModel.Run(Request(strategy, t));
                var financed = PhasingModel.Run(Request(strategy, t) with { Financing = financing });
                var perYear = financed.Years.All(y => Near(y.Actors.Sum(a => a.FinancingEur), 0));
                var sameInvestment = Near(financed.TotalInvestmentEur, cash.TotalInvestmentEur)
                                     && Near(financed.ActorTotals.Sum(a => a.InvestmentEur), cash.ActorTotals.Sum(a => a.InvestmentEur));
                // Every loan is repaid within the years shown: the lender ends with the interest, the owner-occupiers
                // with the interest less their subsidies.
                var lender = financed.ActorTotals.FirstOrDefault(a => a.Actor == HeatActor.Lender).FinancingEur;
                var owner = financed.ActorTotals.First(a => a.Actor == HeatActor.OwnerOccupier).FinancingEur;
                var subsidy = financed.ActorTotals.FirstOrDefault(a => a.Actor == HeatActor.PublicFunds).FinancingEur;
                var subsidyOwner = financing.SubsidyOwnerOccupied * Mixed.OwnerOccupied * t.OwnerInvestmentEur;
                return (perYear && sameInvestment && lender <= 1e-6 && Near(owner, -lender - subsidyOwner)
                        && Near(subsidy, (financing.SubsidyOwnerOccupied * Mixed.OwnerOccupied + financing.SubsidyLandlords * Mixed.Rental) * t.OwnerInvestmentEur))
                    .Label($"{strategy} seed {seed}: per year {perYear}, investment {sameInvestment}, lender {lender}, owner {owner}, subsidy {subsidy}");
            });

    [Fact]
    public void An_interest_free_loan_spreads_the_owner_occupiers_investment_over_the_loan_years()
    {
        var t = Totals(HeatStrategy.S1IndividualHeatPump, 7);
        var r = PhasingModel.Run(Request(HeatStrategy.S1IndividualHeatPump, t) with
        {
            Mode = PhasingMode.AllAtOnce,
            Financing = new OwnerFinancing(0, 0, 1, 0, 10),
        });
        var switchYear = r.FirstConnectionYear;
        var owner = r.Actors.ToList().IndexOf(HeatActor.OwnerOccupier);
        var own = Mixed.OwnerOccupied * t.OwnerInvestmentEur;
        var atSwitch = r.Years.Single(y => y.Year == switchYear).Actors[owner];
        (atSwitch.InvestmentEur + atSwitch.FinancingEur).ShouldBe(0, 1e-6 * own); // borrowed in full
        var repayments = r.Years.Where(y => y.Year > switchYear).Select(y => y.Actors[owner].FinancingEur).Where(v => v > 0).ToList();
        repayments.Count.ShouldBe(10);
        repayments.ShouldAllBe(v => Math.Abs(v - own / 10) < 1e-6 * own);
        r.Years[^1].Year.ShouldBeGreaterThanOrEqualTo(switchYear + 10);
    }

    [Fact]
    public void The_loan_ceiling_per_dwelling_lowers_the_borrowed_share_and_says_so()
    {
        var t = Totals(HeatStrategy.S1IndividualHeatPump, 11);
        var request = Request(HeatStrategy.S1IndividualHeatPump, t) with
        {
            Mode = PhasingMode.AllAtOnce,
            Financing = new OwnerFinancing(0, 0, 1, 2.75, 25, LoanMaxPerDwellingEur: 1_000),
            Dwellings = 60,
        };
        var r = PhasingModel.Run(request);
        var lent = r.Years.Single(y => y.Year == r.FirstConnectionYear).Actors[r.Actors.ToList().IndexOf(HeatActor.Lender)].FinancingEur;
        lent.ShouldBe(1_000 * 60 * Mixed.OwnerOccupied, 1e-6 * lent);
        r.Notes.ShouldContain(n => n.Contains("ceiling"));
        Should.Throw<PhasingInputException>(() => PhasingModel.Run(request with { Financing = request.Financing with { LoanShare = 1.5 } }))
            .Message.ShouldContain("loan share");
    }

    [Fact]
    public void All_at_once_connects_everybody_in_one_year_and_builds_the_network_that_year()
    {
        var t = Totals(HeatStrategy.S2HeatNetworkMediumHighTemperature, 7);
        var r = PhasingModel.Run(Request(HeatStrategy.S2HeatNetworkMediumHighTemperature, t) with { Mode = PhasingMode.AllAtOnce });
        var switching = r.Years.Where(y => y.NewConnectionShare > 0).ToList();
        switching.Count.ShouldBe(1);
        switching[0].Year.ShouldBe(PhasingParameters.Default.StartYear);
        switching[0].NetworkEur.ShouldBe(t.NetworkInvestmentEur, 1e-6);
        r.Years.Count.ShouldBe(PhasingParameters.Default.HorizonYears);
    }

    [Fact]
    public void Stepwise_follows_an_S_curve_slow_at_both_ends_and_fast_in_the_middle()
    {
        var t = Totals(HeatStrategy.S2HeatNetworkMediumHighTemperature, 11);
        var r = PhasingModel.Run(Request(HeatStrategy.S2HeatNetworkMediumHighTemperature, t) with { RolloutYears = 10 });
        var rates = r.Years.Take(10).Select(y => y.NewConnectionShare).ToArray();
        rates.Sum().ShouldBe(1, 1e-9);
        rates[0].ShouldBeLessThan(rates[4]);
        rates[9].ShouldBeLessThan(rates[5]);
        r.LastConnectionYear.ShouldBe(PhasingParameters.Default.StartYear + 9);
        // The mains follow the connections phase by phase.
        r.Years[4].NetworkEur.ShouldBe(t.NetworkInvestmentEur * rates[4], 1e-6);
    }

    [Fact]
    public void Users_own_yearly_rates_are_followed_and_wrong_ones_refused_with_the_parameter_named()
    {
        var t = Totals(HeatStrategy.S4GreenGasHybridHeatPump, 3);
        var r = PhasingModel.Run(Request(HeatStrategy.S4GreenGasHybridHeatPump, t) with { ConnectionRates = [0.5, 0, 0.5] });
        r.Years.Take(3).Select(y => y.NewConnectionShare).ShouldBe([0.5, 0, 0.5]);
        r.Actors.ShouldContain(HeatActor.GridOperator);
        r.Actors.ShouldNotContain(HeatActor.MunicipalCompany);

        Should.Throw<PhasingInputException>(() => PhasingModel.Run(Request(HeatStrategy.S4GreenGasHybridHeatPump, t) with { ConnectionRates = [0.5, -0.1, 0.6] }))
            .Message.ShouldContain("connection rates");
        Should.Throw<PhasingInputException>(() => PhasingModel.Run(Request(HeatStrategy.S4GreenGasHybridHeatPump, t) with { ConnectionRates = [0.5, 0.2] }))
            .Message.ShouldContain("add up to 1");
        Should.Throw<PhasingInputException>(() => PhasingModel.Run(Request(HeatStrategy.S2HeatNetworkMediumHighTemperature, t) with { Ownership = new OwnershipShares(1.2, -0.2, 0) }))
            .Parameter.ShouldBe("ownership");
        Should.Throw<PhasingInputException>(() => PhasingModel.Run(Request(HeatStrategy.S2HeatNetworkMediumHighTemperature, t) with { RolloutYears = 0 }))
            .Message.ShouldContain("roll-out years");
    }

    [Fact]
    public void The_ownership_split_decides_which_heat_company_invests()
    {
        var t = Totals(HeatStrategy.S2HeatNetworkMediumHighTemperature, 5);
        var cooperative = PhasingModel.Run(Request(HeatStrategy.S2HeatNetworkMediumHighTemperature, t) with { Ownership = new OwnershipShares(0.25, 0, 0.75) });
        cooperative.Actors.ShouldContain(HeatActor.Cooperative);
        cooperative.Actors.ShouldNotContain(HeatActor.PrivateHeatCompany);
        var coop = cooperative.ActorTotals.Single(a => a.Actor == HeatActor.Cooperative).InvestmentEur;
        var municipal = cooperative.ActorTotals.Single(a => a.Actor == HeatActor.MunicipalCompany).InvestmentEur;
        coop.ShouldBe(3 * municipal, 1e-6 * coop);
        (coop + municipal).ShouldBe(t.CollectiveInvestmentEur, 1e-6 * coop);
    }

    [Fact]
    public void The_end_user_cost_split_by_tenure_adds_up_to_the_end_user_cost()
    {
        var t = Totals(HeatStrategy.S1IndividualHeatPump, 9);
        var split = EndUserCostByActor.Split(t, Mixed);
        split.TotalEurPerYear.ShouldBe(t.EndUserCostEurPerYear, 1e-6 * t.EndUserCostEurPerYear);
        split.TenantEurPerYear.ShouldBe(0.5 * t.OccupantCostEurPerYear, 1e-6);
        Should.Throw<PhasingInputException>(() => EndUserCostByActor.Split(t, new TenureShares(0.5, 0.5, 0.5)));
    }

    [Fact]
    public void The_shipped_phasing_table_has_a_source_for_every_row_and_refuses_a_negative_value()
    {
        var p = PhasingParameters.Default;
        p.Rows.ShouldAllBe(r => r.Source.Length > 10);
        p.Ownership.MunicipalCompany.ShouldBe(0.51);
        var text = "name;value;unit;source\nstart_year;-2027;yr;x\n";
        Should.Throw<InvalidDataException>(() => PhasingParameters.Parse(new StringReader(text))).Message.ShouldContain("start_year");
    }
}
