using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Parameters;
using Wijkwerf.Engine.Heat.Strategies;

namespace Wijkwerf.Engine.Tests.Heat;

public class HeatStrategyTests
{
    private static readonly HeatDemandModel Model = new(HeatParameters.Default);
    private static readonly HeatStrategyCalculator Calculator = new(Model);

    private static (HeatBuildingInput[] Buildings, HeatDemandResult[] Demand) District(int count, Func<int, HeatBuildingInput> building)
    {
        var buildings = Enumerable.Range(0, count).Select(building).ToArray();
        var demand = new HeatDemandResult[count];
        Model.Compute(buildings, demand);
        return (buildings, demand);
    }

    /// <summary>40 post-war apartment blocks of 24 flats (label E, 70 m² each) along 1 km of street: 960 dwellings, ~1 m per dwelling.</summary>
    private static (HeatBuildingInput[] Buildings, HeatDemandResult[] Demand) DenseOldApartments() =>
        District(40, _ => new HeatBuildingInput(DwellingType.Apartment, 1962, EnergyLabel.E, 24 * 70, 24));

    /// <summary>60 detached houses of 1975 (label C, 160 m²) along 2.4 km of rural street: 40 m per dwelling.</summary>
    private static (HeatBuildingInput[] Buildings, HeatDemandResult[] Demand) SparseDetached() =>
        District(60, _ => new HeatBuildingInput(DwellingType.Detached, 1975, EnergyLabel.C, 160, 1));

    private static StrategyDistrictResult Cheapest(StrategyDistrictResult[] results) => results.MinBy(r => r.Total.NationalCostEurPerYear);

    [Fact]
    public void Every_strategy_has_a_Leidraad_name_and_a_plain_Flemish_name()
    {
        HeatStrategy.S1IndividualHeatPump.Text().LeidraadName.ShouldBe("Individuele elektrische warmtepomp");
        HeatStrategy.S1IndividualHeatPump.Text().EnglishName.ShouldBe("individual electric heat pump");
        foreach (var s in HeatStrategies.All) s.Text().FlemishName.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(PriceScenario.Low)]
    [InlineData(PriceScenario.Mid)]
    [InlineData(PriceScenario.High)]
    public void Cheapest_strategy_for_a_dense_old_apartment_district_is_a_heat_network(PriceScenario scenario)
    {
        var (buildings, demand) = DenseOldApartments();
        var results = Calculator.EvaluateAll(buildings, demand, [], new HeatDistrictContext(1_000, scenario));
        Cheapest(results).Strategy.ShouldBe(HeatStrategy.S2HeatNetworkMediumHighTemperature);
    }

    [Fact]
    public void A_heat_network_is_not_the_cheapest_for_scattered_detached_houses()
    {
        var (buildings, demand) = SparseDetached();
        var results = Calculator.EvaluateAll(buildings, demand, [], new HeatDistrictContext(2_400));
        Cheapest(results).Strategy.ShouldNotBe(HeatStrategy.S2HeatNetworkMediumHighTemperature);
        Cheapest(results).Strategy.ShouldNotBe(HeatStrategy.S3HeatNetworkLowTemperature);
    }

    [Fact]
    public void Network_cost_per_connection_falls_when_there_are_fewer_metres_of_street_per_connection()
    {
        var (buildings, demand) = District(100, _ => new HeatBuildingInput(DwellingType.TerracedMiddle, 1955, EnergyLabel.D, 100, 1));
        var dense = Calculator.Evaluate(HeatStrategy.S2HeatNetworkMediumHighTemperature, buildings, demand, [], new(500));
        var sparse = Calculator.Evaluate(HeatStrategy.S2HeatNetworkMediumHighTemperature, buildings, demand, [], new(2_000));
        dense.StreetMPerConnection.ShouldBe(5);
        (dense.Total.NationalCostEurPerYear / dense.Connections).ShouldBeLessThan(sparse.Total.NationalCostEurPerYear / sparse.Connections);
        dense.Total.NetworkInvestmentEur.ShouldBe(500 * HeatParameters.Default.Kentallen.NetworkMtInvestEurPerM, 1e-6);
    }

    [Fact]
    public void The_all_electric_strategy_pays_to_insulate_a_label_G_house_but_not_a_label_A_one()
    {
        var g = District(1, _ => new HeatBuildingInput(DwellingType.TerracedEnd, 1935, EnergyLabel.G, 110, 1));
        var a = District(1, _ => new HeatBuildingInput(DwellingType.TerracedEnd, 2010, EnergyLabel.A, 110, 1));
        var costG = new StrategyCost[1];
        var costA = new StrategyCost[1];
        Calculator.Evaluate(HeatStrategy.S1IndividualHeatPump, g.Buildings, g.Demand, [], new(10), costG);
        Calculator.Evaluate(HeatStrategy.S1IndividualHeatPump, a.Buildings, a.Demand, [], new(10), costA);
        costG[0].BuildingMeasuresInvestmentEur.ShouldBeGreaterThan(10_000);
        costA[0].BuildingMeasuresInvestmentEur.ShouldBe(0);
        var boiler = new StrategyCost[1];
        Calculator.Evaluate(HeatStrategy.S5GreenGasBoiler, g.Buildings, g.Demand, [], new(10), boiler);
        boiler[0].BuildingMeasuresInvestmentEur.ShouldBe(0);
    }

    [Fact]
    public void Tenants_pay_the_energy_and_housing_associations_the_investment()
    {
        var (buildings, demand) = District(30, i => new HeatBuildingInput(DwellingType.TerracedMiddle, 1965, null, 95, 1));
        var tenure = Enumerable.Range(0, 30).Select(i => (Tenure)(i % 3)).ToArray();
        var perBuilding = new StrategyCost[30];
        var r = Calculator.Evaluate(HeatStrategy.S1IndividualHeatPump, buildings, demand, tenure, new(300), perBuilding);

        var social = Enumerable.Range(0, 30).Where(i => tenure[i] == Tenure.SocialRental).ToArray();
        r.HousingAssociationEurPerYear.ShouldBe(social.Sum(i => perBuilding[i].InvestorCostEurPerYear), 1e-6);
        r.TenantEurPerYear.ShouldBe(Enumerable.Range(0, 30).Where(i => tenure[i] != Tenure.OwnerOccupied).Sum(i => perBuilding[i].OccupantCostEurPerYear), 1e-6);
        (r.OwnerOccupierEurPerYear + r.TenantEurPerYear + r.HousingAssociationEurPerYear + r.PrivateLandlordEurPerYear)
            .ShouldBe(r.Total.EndUserCostEurPerYear, 1e-6);
    }

    [Fact]
    public void High_energy_prices_make_every_strategy_dearer()
    {
        var (buildings, demand) = SparseDetached();
        foreach (var s in HeatStrategies.All)
        {
            var low = Calculator.Evaluate(s, buildings, demand, [], new(2_400, PriceScenario.Low)).Total;
            var high = Calculator.Evaluate(s, buildings, demand, [], new(2_400, PriceScenario.High)).Total;
            high.NationalCostEurPerYear.ShouldBeGreaterThan(low.NationalCostEurPerYear, s.ToString());
            high.EndUserCostEurPerYear.ShouldBeGreaterThan(low.EndUserCostEurPerYear, s.ToString());
        }
    }

    [Fact]
    public void Green_gas_and_heat_pumps_emit_far_less_than_the_natural_gas_they_replace()
    {
        var (buildings, demand) = SparseDetached();
        var reference = Calculator.Evaluate(HeatStrategy.ReferenceNaturalGasBoiler, buildings, demand, [], new(2_400)).Total;
        reference.NaturalGasKWhPerYear.ShouldBeGreaterThan(0);
        var naturalGasTonnes = reference.Co2TonnePerYear;
        foreach (var s in HeatStrategies.All)
            Calculator.Evaluate(s, buildings, demand, [], new(2_400)).Total.Co2TonnePerYear.ShouldBeLessThan(naturalGasTonnes * 0.7, s.ToString());
    }

    [Fact]
    public void Going_fossil_free_costs_the_nation_more_than_staying_on_natural_gas_at_mid_prices()
    {
        // Why this holds: natural gas excl. taxes (0.045 €/kWh) is cheaper than every alternative carrier; the reference is the yardstick.
        var (buildings, demand) = SparseDetached();
        var reference = Calculator.Evaluate(HeatStrategy.ReferenceNaturalGasBoiler, buildings, demand, [], new(2_400)).Total.NationalCostEurPerYear;
        foreach (var s in HeatStrategies.All)
            Calculator.Evaluate(s, buildings, demand, [], new(2_400)).Total.NationalCostEurPerYear.ShouldBeGreaterThan(reference, s.ToString());
        HeatStrategies.All.ShouldNotContain(HeatStrategy.ReferenceNaturalGasBoiler);
    }

    [Fact]
    public void Excluded_buildings_cost_nothing()
    {
        var (buildings, demand) = District(2, i => new HeatBuildingInput(DwellingType.Detached, i == 0 ? 1970 : null, null, 150, 1));
        var perBuilding = new StrategyCost[2];
        var r = Calculator.Evaluate(HeatStrategy.S2HeatNetworkMediumHighTemperature, buildings, demand, [], new(100), perBuilding);
        r.Buildings.ShouldBe(1);
        perBuilding[1].ShouldBe(default);
        r.Total.NetworkInvestmentEur.ShouldBe(perBuilding[0].NetworkInvestmentEur, 1e-6);
    }

    [Theory]
    [InlineData(0.0, 20.0, 0.05)]
    [InlineData(0.0225, 40.0, 0.03818)]
    [InlineData(0.04, 15.0, 0.08994)]
    public void Investments_are_annualised_as_an_annuity(double rate, double years, double factor) =>
        HeatStrategyCalculator.Annuity(rate, years).ShouldBe(factor, 1e-4);
}
