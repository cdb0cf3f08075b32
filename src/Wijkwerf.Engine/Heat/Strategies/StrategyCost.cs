namespace Wijkwerf.Engine.Heat.Strategies;

/// <summary>Costs, energy and emissions of one strategy for one building, or summed over a district.</summary>
public record struct StrategyCost
{
    /// <summary>Insulation (building shell) investment, €.</summary>
    public double BuildingMeasuresInvestmentEur;
    /// <summary>In-building installations: heat pump, hybrid, boiler, delivery set, booster, low-temperature emitters, €.</summary>
    public double InstallationInvestmentEur;
    /// <summary>Collective infrastructure: heat mains, collective heat pump, electricity-grid reinforcement (this building's share), €.</summary>
    public double NetworkInvestmentEur;
    /// <summary>House connections to a heat network, €.</summary>
    public double ConnectionInvestmentEur;
    /// <summary>Electricity used for heat, kWh per year (incl. the collective heat pump share in S3).</summary>
    public double ElectricityKWhPerYear;
    public double GreenGasKWhPerYear;
    /// <summary>Natural gas, kWh per year (only in the reference).</summary>
    public double NaturalGasKWhPerYear;
    /// <summary>Heat bought from a network at the meter, kWh per year.</summary>
    public double HeatKWhPerYear;
    public double MaintenanceEurPerYear;
    /// <summary>Nationale kosten: annualised investments (national discount rate) + maintenance + energy excl. taxes, € per year.</summary>
    public double NationalCostEurPerYear;
    /// <summary>End-user cost of the investor (owner-occupier or landlord): annualised own investments at the end-user rate + maintenance, € per year.</summary>
    public double InvestorCostEurPerYear;
    /// <summary>End-user cost of the occupant (owner-occupier or tenant): energy incl. taxes and fixed heat charges, € per year.</summary>
    public double OccupantCostEurPerYear;
    public double Co2TonnePerYear;

    // Who owns what (for phasing and cash flows per actor; see docs/heat-engine.md, "Phasing").
    /// <summary>Part of the investment owned by the collective party, not the building owner: the heat company's mains,
    /// collective heat pump, house connections and delivery sets (S2, S3), or the grid operator's reinforcement (S1, S4), €.</summary>
    public double CollectiveInvestmentEur;
    /// <summary>Part of <see cref="MaintenanceEurPerYear"/> the collective party pays (network, collective heat pump, delivery-set service), € per year.</summary>
    public double CollectiveMaintenanceEurPerYear;
    /// <summary>Energy the heat company buys (S2 heat at the source incl. losses, S3 electricity of the collective heat pump), at prices excl. taxes, € per year.</summary>
    public double CollectiveEnergyEurPerYear;
    /// <summary>What end users pay the heat company (heat tariff + fixed charge), € per year; part of <see cref="OccupantCostEurPerYear"/>.</summary>
    public double TariffIncomeEurPerYear;
    /// <summary>One-off connection contribution (aansluitbijdrage) the building owner pays the heat company, €.</summary>
    public double ConnectionContributionEur;

    /// <summary>Investment owned by the building owner (insulation, in-building installations of their own), €.</summary>
    public readonly double OwnerInvestmentEur => TotalInvestmentEur - CollectiveInvestmentEur;

    public readonly double TotalInvestmentEur => BuildingMeasuresInvestmentEur + InstallationInvestmentEur + NetworkInvestmentEur + ConnectionInvestmentEur;
    public readonly double EndUserCostEurPerYear => InvestorCostEurPerYear + OccupantCostEurPerYear;

    public void Add(in StrategyCost o)
    {
        BuildingMeasuresInvestmentEur += o.BuildingMeasuresInvestmentEur;
        InstallationInvestmentEur += o.InstallationInvestmentEur;
        NetworkInvestmentEur += o.NetworkInvestmentEur;
        ConnectionInvestmentEur += o.ConnectionInvestmentEur;
        ElectricityKWhPerYear += o.ElectricityKWhPerYear;
        GreenGasKWhPerYear += o.GreenGasKWhPerYear;
        NaturalGasKWhPerYear += o.NaturalGasKWhPerYear;
        HeatKWhPerYear += o.HeatKWhPerYear;
        MaintenanceEurPerYear += o.MaintenanceEurPerYear;
        NationalCostEurPerYear += o.NationalCostEurPerYear;
        InvestorCostEurPerYear += o.InvestorCostEurPerYear;
        OccupantCostEurPerYear += o.OccupantCostEurPerYear;
        Co2TonnePerYear += o.Co2TonnePerYear;
        CollectiveInvestmentEur += o.CollectiveInvestmentEur;
        CollectiveMaintenanceEurPerYear += o.CollectiveMaintenanceEurPerYear;
        CollectiveEnergyEurPerYear += o.CollectiveEnergyEurPerYear;
        TariffIncomeEurPerYear += o.TariffIncomeEurPerYear;
        ConnectionContributionEur += o.ConnectionContributionEur;
    }
}

/// <summary>
/// A strategy summed over a district, with the end-user cost split by who pays:
/// owner-occupiers pay everything for their home; for rented homes the landlord (housing association or private landlord)
/// pays investments and maintenance, the tenant pays energy and the fixed heat charge. No rent increase is modelled.
/// </summary>
public record struct StrategyDistrictResult
{
    public HeatStrategy Strategy;
    public StrategyCost Total;
    public double OwnerOccupierEurPerYear;
    public double TenantEurPerYear;
    public double HousingAssociationEurPerYear;
    public double PrivateLandlordEurPerYear;
    /// <summary>Buildings included (not excluded by the demand model).</summary>
    public int Buildings;
    /// <summary>Dwellings plus non-residential dwelling equivalents: the connections of a network strategy.</summary>
    public double Connections;
    public double HeatDemandKWhPerYear;
    /// <summary>Metres of street per connection: the lower, the cheaper a network per connection.</summary>
    public double StreetMPerConnection;
}

/// <summary>The district as the strategies need it.</summary>
/// <param name="StreetLengthM">Length of street along which mains are laid (a network strategy lays mains in every street of the district).</param>
public sealed record HeatDistrictContext(double StreetLengthM, PriceScenario Scenario = PriceScenario.Mid);
