using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Heat.Strategies;

/// <summary>
/// Costs of the strategies S1–S5 per building and per district. National cost = annuities of all investments at the national
/// discount rate over each component's lifetime + maintenance + energy at prices excl. taxes. End-user cost = annuities of the
/// investments the building owner pays, at the end-user rate, + maintenance + energy at prices incl. taxes; network costs reach
/// end users only through the regulated heat tariff, the connection contribution and the fixed charge. See docs/heat-engine.md.
/// Thread-safe; no allocation per building.
/// </summary>
public sealed class HeatStrategyCalculator
{
    private readonly HeatDemandModel _demandModel;
    private readonly HeatParameters _p;
    private readonly HeatKentallen _k;
    private readonly double[] _expectedInsulationEurPerM2; // [type, period]
    // Annuity factors per component lifetime, national (_n) and end-user (_e) rate: precomputed, Math.Pow is too slow per building.
    private readonly double _nBoiler, _eBoiler;
    private readonly double _nCollectiveHp, _eCollectiveHp;
    private readonly double _nConnection, _eConnection;
    private readonly double _nDeliverySet, _eDeliverySet;
    private readonly double _nGridReinforcement, _eGridReinforcement;
    private readonly double _nHp, _eHp;
    private readonly double _nHybrid, _eHybrid;
    private readonly double _nInsulation, _eInsulation;
    private readonly double _nLowTemperatureEmission, _eLowTemperatureEmission;
    private readonly double _nNetwork, _eNetwork;

    public HeatStrategyCalculator(HeatDemandModel demandModel)
    {
        _demandModel = demandModel;
        _p = demandModel.Parameters;
        _k = _p.Kentallen;
        _nBoiler = Annuity(_k.DiscountRateNational, _k.BoilerLifetimeYears); _eBoiler = Annuity(_k.DiscountRateEndUser, _k.BoilerLifetimeYears);
        _nCollectiveHp = Annuity(_k.DiscountRateNational, _k.CollectiveHpLifetimeYears); _eCollectiveHp = Annuity(_k.DiscountRateEndUser, _k.CollectiveHpLifetimeYears);
        _nConnection = Annuity(_k.DiscountRateNational, _k.ConnectionLifetimeYears); _eConnection = Annuity(_k.DiscountRateEndUser, _k.ConnectionLifetimeYears);
        _nDeliverySet = Annuity(_k.DiscountRateNational, _k.DeliverySetLifetimeYears); _eDeliverySet = Annuity(_k.DiscountRateEndUser, _k.DeliverySetLifetimeYears);
        _nGridReinforcement = Annuity(_k.DiscountRateNational, _k.GridReinforcementLifetimeYears); _eGridReinforcement = Annuity(_k.DiscountRateEndUser, _k.GridReinforcementLifetimeYears);
        _nHp = Annuity(_k.DiscountRateNational, _k.HpLifetimeYears); _eHp = Annuity(_k.DiscountRateEndUser, _k.HpLifetimeYears);
        _nHybrid = Annuity(_k.DiscountRateNational, _k.HybridLifetimeYears); _eHybrid = Annuity(_k.DiscountRateEndUser, _k.HybridLifetimeYears);
        _nInsulation = Annuity(_k.DiscountRateNational, _k.InsulationLifetimeYears); _eInsulation = Annuity(_k.DiscountRateEndUser, _k.InsulationLifetimeYears);
        _nLowTemperatureEmission = Annuity(_k.DiscountRateNational, _k.LowTemperatureEmissionLifetimeYears); _eLowTemperatureEmission = Annuity(_k.DiscountRateEndUser, _k.LowTemperatureEmissionLifetimeYears);
        _nNetwork = Annuity(_k.DiscountRateNational, _k.NetworkLifetimeYears); _eNetwork = Annuity(_k.DiscountRateEndUser, _k.NetworkLifetimeYears);
        _expectedInsulationEurPerM2 = new double[HeatLabels.DwellingTypeCount * HeatLabels.PeriodCount];
        for (var t = 0; t < HeatLabels.DwellingTypeCount; t++)
            for (var p = 0; p < HeatLabels.PeriodCount; p++)
                _expectedInsulationEurPerM2[t * HeatLabels.PeriodCount + p] = demandModel.ExpectedInsulationEurPerM2((Domain.Buildings.DwellingType)t, (BuildPeriod)p);
    }

    /// <summary>Annuity factor: the yearly payment per € invested at <paramref name="rate"/> over <paramref name="years"/>.</summary>
    public static double Annuity(double rate, double years) => rate == 0 ? 1 / years : rate / (1 - Math.Pow(1 + rate, -years));

    /// <summary>All five strategies for one district.</summary>
    public StrategyDistrictResult[] EvaluateAll(ReadOnlySpan<HeatBuildingInput> buildings, ReadOnlySpan<HeatDemandResult> demand, ReadOnlySpan<Tenure> tenure, HeatDistrictContext district)
    {
        var results = new StrategyDistrictResult[HeatStrategies.All.Count];
        for (var s = 0; s < results.Length; s++) results[s] = Evaluate((HeatStrategy)s, buildings, demand, tenure, district);
        return results;
    }

    /// <summary>
    /// One strategy for one district. <paramref name="tenure"/> may be empty (all owner-occupied). <paramref name="perBuilding"/> may be empty;
    /// otherwise it receives each building's cost (all zero for excluded buildings).
    /// </summary>
    public StrategyDistrictResult Evaluate(HeatStrategy strategy, ReadOnlySpan<HeatBuildingInput> buildings, ReadOnlySpan<HeatDemandResult> demand,
        ReadOnlySpan<Tenure> tenure, HeatDistrictContext district, Span<StrategyCost> perBuilding = default)
    {
        if (demand.Length != buildings.Length) throw new ArgumentException("one demand result per building is needed", nameof(demand));
        if (tenure.Length != 0 && tenure.Length != buildings.Length) throw new ArgumentException("tenure must be empty or one per building", nameof(tenure));
        if (perBuilding.Length != 0 && perBuilding.Length < buildings.Length) throw new ArgumentException("perBuilding must be empty or one per building", nameof(perBuilding));
        if (!(district.StreetLengthM >= 0)) throw new ArgumentOutOfRangeException(nameof(district), "street length must be zero or positive");

        // Pass 1: what the network strategies share out by heat delivered.
        double networkHeat = 0, connections = 0, peakSum = 0, heatDemand = 0;
        var buildingsIncluded = 0;
        for (var i = 0; i < demand.Length; i++)
        {
            ref readonly var d = ref demand[i];
            if (!d.IsIncluded) continue;
            buildingsIncluded++;
            connections += d.DwellingEquivalents;
            heatDemand += d.TotalKWhPerYear;
            if (strategy == HeatStrategy.S3HeatNetworkLowTemperature)
            {
                networkHeat += d.SpaceHeatAtLabelBKWhPerYear + d.HotWaterKWhPerYear;
                peakSum += PeakAfterInsulation(in d);
            }
            else networkHeat += d.TotalKWhPerYear;
        }

        var shared = new SharedNetwork(strategy, district.StreetLengthM, networkHeat, peakSum, connections, _k);
        var prices = new Prices(_p, district.Scenario);
        var result = new StrategyDistrictResult
        {
            Strategy = strategy,
            Buildings = buildingsIncluded,
            Connections = connections,
            HeatDemandKWhPerYear = heatDemand,
            StreetMPerConnection = connections > 0 ? district.StreetLengthM / connections : double.PositiveInfinity,
        };
        var total = default(StrategyCost);
        for (var i = 0; i < demand.Length; i++)
        {
            ref readonly var d = ref demand[i];
            if (!d.IsIncluded) { if (perBuilding.Length != 0) perBuilding[i] = default; continue; }
            var c = Building(strategy, in buildings[i], in d, in shared, in prices);
            total.Add(in c);
            switch (tenure.Length == 0 ? Tenure.OwnerOccupied : tenure[i])
            {
                case Tenure.SocialRental: result.HousingAssociationEurPerYear += c.InvestorCostEurPerYear; result.TenantEurPerYear += c.OccupantCostEurPerYear; break;
                case Tenure.PrivateRental: result.PrivateLandlordEurPerYear += c.InvestorCostEurPerYear; result.TenantEurPerYear += c.OccupantCostEurPerYear; break;
                default: result.OwnerOccupierEurPerYear += c.EndUserCostEurPerYear; break;
            }
            if (perBuilding.Length != 0) perBuilding[i] = c;
        }
        result.Total = total;
        return result;
    }

    private static double PeakAfterInsulation(in HeatDemandResult d) =>
        d.TotalKWhPerYear > 0 ? d.PeakKW * (d.SpaceHeatAtLabelBKWhPerYear + d.HotWaterKWhPerYear) / d.TotalKWhPerYear : 0;

    /// <summary>District-wide network figures, computed once per district.</summary>
    private readonly struct SharedNetwork
    {
        public readonly double HeatKWh;            // heat at the meters of all connections
        public readonly double MainsInvestmentEur;
        public readonly double LossKWh;
        public readonly double CollectiveHpInvestmentEur;

        public SharedNetwork(HeatStrategy s, double streetLengthM, double heatKWh, double peakSumKW, double connections, HeatKentallen k)
        {
            HeatKWh = heatKWh;
            switch (s)
            {
                case HeatStrategy.S2HeatNetworkMediumHighTemperature:
                    MainsInvestmentEur = streetLengthM * k.NetworkMtInvestEurPerM;
                    LossKWh = streetLengthM * k.NetworkHeatLossMtKWhPerMPerYear;
                    break;
                case HeatStrategy.S3HeatNetworkLowTemperature:
                    MainsInvestmentEur = streetLengthM * k.NetworkLtInvestEurPerM;
                    LossKWh = streetLengthM * k.NetworkHeatLossLtKWhPerMPerYear;
                    // Collective heat pump sized on the simultaneous peak plus the mean loss of the mains.
                    CollectiveHpInvestmentEur = (peakSumKW * k.DiversityFactor(connections) + LossKWh / 8760) * k.CollectiveHpInvestEurPerKW;
                    break;
            }
        }
    }

    private readonly struct Prices(HeatParameters p, PriceScenario s)
    {
        public readonly double ElectricityNational = p.PriceEurPerKWh(s, true, EnergyCarrier.Electricity);
        public readonly double HeatNational = p.PriceEurPerKWh(s, true, EnergyCarrier.Heat);
        public readonly double GreenGasNational = p.PriceEurPerKWh(s, true, EnergyCarrier.GreenGas);
        public readonly double ElectricityEndUser = p.PriceEurPerKWh(s, false, EnergyCarrier.Electricity);
        public readonly double HeatEndUser = p.PriceEurPerKWh(s, false, EnergyCarrier.Heat);
        public readonly double GreenGasEndUser = p.PriceEurPerKWh(s, false, EnergyCarrier.GreenGas);
        public readonly double GasNational = p.PriceEurPerKWh(s, true, EnergyCarrier.Gas);
        public readonly double GasEndUser = p.PriceEurPerKWh(s, false, EnergyCarrier.Gas);
    }

    private double InsulationEur(in HeatBuildingInput b, in HeatDemandResult d)
    {
        if (b.DwellingType is not { } type) return 0; // no insulation model for non-residential buildings
        if (!d.LabelEstimated && d.Label is { } label)
            return _p.InsulationToLabelBEurPerM2(label) * _p.DwellingType(type).InsulationEnvelopeFactor * b.FloorAreaM2;
        return _expectedInsulationEurPerM2[(int)type * HeatLabels.PeriodCount + (int)d.Period] * b.FloorAreaM2;
    }

    private StrategyCost Building(HeatStrategy s, in HeatBuildingInput b, in HeatDemandResult d, in SharedNetwork net, in Prices price)
    {
        var k = _k;
        var n = d.DwellingEquivalents;
        var c = default(StrategyCost);
        switch (s)
        {
            case HeatStrategy.S1IndividualHeatPump:
                {
                    var insulation = InsulationEur(in b, in d);
                    var heatPump = n * k.HpInvestFixedEurPerDwelling + PeakAfterInsulation(in d) * k.HpInvestEurPerKW;
                    var emitters = n * k.LowTemperatureEmissionEurPerDwelling;
                    var grid = n * k.ElectricityGridReinforcementEurPerDwellingAllElectric;
                    c.BuildingMeasuresInvestmentEur = insulation;
                    c.InstallationInvestmentEur = heatPump + emitters;
                    c.NetworkInvestmentEur = grid;
                    c.ElectricityKWhPerYear = d.SpaceHeatAtLabelBKWhPerYear / k.HpSpfSpaceHeating + d.HotWaterKWhPerYear / k.HpSpfHotWater;
                    c.MaintenanceEurPerYear = n * k.HpMaintenanceEurPerYear;
                    c.NationalCostEurPerYear = insulation * _nInsulation + heatPump * _nHp
                        + emitters * _nLowTemperatureEmission + grid * _nGridReinforcement
                        + c.MaintenanceEurPerYear + c.ElectricityKWhPerYear * price.ElectricityNational;
                    // Grid reinforcement reaches end users through the electricity tariff, already in the end-user price.
                    c.InvestorCostEurPerYear = insulation * _eInsulation + heatPump * _eHp
                        + emitters * _eLowTemperatureEmission + c.MaintenanceEurPerYear;
                    c.OccupantCostEurPerYear = c.ElectricityKWhPerYear * price.ElectricityEndUser;
                    c.Co2TonnePerYear = c.ElectricityKWhPerYear * _p.Co2KgPerKWh(EnergyCarrier.Electricity) / 1000;
                    c.CollectiveInvestmentEur = grid;
                    break;
                }
            case HeatStrategy.S2HeatNetworkMediumHighTemperature:
                {
                    var heat = d.TotalKWhPerYear;
                    var share = net.HeatKWh > 0 ? heat / net.HeatKWh : 0;
                    var deliverySets = n * k.DeliverySetInvestEurPerDwelling;
                    var connection = n * k.ConnectionInvestEurPerDwelling;
                    var mains = net.MainsInvestmentEur * share;
                    var sourceHeat = heat + net.LossKWh * share;
                    c.InstallationInvestmentEur = deliverySets;
                    c.ConnectionInvestmentEur = connection;
                    c.NetworkInvestmentEur = mains;
                    c.HeatKWhPerYear = heat;
                    c.MaintenanceEurPerYear = n * k.DeliverySetMaintenanceEurPerYear + mains * k.NetworkMaintenanceFractionPerYear;
                    c.NationalCostEurPerYear = deliverySets * _nDeliverySet + connection * _nConnection
                        + mains * _nNetwork + c.MaintenanceEurPerYear + sourceHeat * price.HeatNational;
                    c.InvestorCostEurPerYear = n * k.HeatConnectionContributionEurPerDwelling * _eConnection;
                    c.OccupantCostEurPerYear = heat * price.HeatEndUser + n * k.HeatFixedChargeEurPerDwellingPerYear;
                    c.Co2TonnePerYear = sourceHeat * _p.Co2KgPerKWh(EnergyCarrier.Heat) / 1000;
                    c.CollectiveInvestmentEur = deliverySets + connection + mains;
                    c.CollectiveMaintenanceEurPerYear = c.MaintenanceEurPerYear;
                    c.CollectiveEnergyEurPerYear = sourceHeat * price.HeatNational;
                    c.TariffIncomeEurPerYear = c.OccupantCostEurPerYear;
                    c.ConnectionContributionEur = n * k.HeatConnectionContributionEurPerDwelling;
                    break;
                }
            case HeatStrategy.S3HeatNetworkLowTemperature:
                {
                    var insulation = InsulationEur(in b, in d);
                    // The network delivers space heat at label B and preheats hot water; the booster lifts it to 60 °C.
                    var boosterElectricity = d.HotWaterKWhPerYear / k.LtBoosterCop;
                    var heat = d.SpaceHeatAtLabelBKWhPerYear + d.HotWaterKWhPerYear - boosterElectricity;
                    var share = net.HeatKWh > 0 ? (d.SpaceHeatAtLabelBKWhPerYear + d.HotWaterKWhPerYear) / net.HeatKWh : 0;
                    var sourceHeat = heat + net.LossKWh * share;
                    var collectiveElectricity = sourceHeat / k.CollectiveHpCop;
                    var emitters = n * k.LowTemperatureEmissionEurPerDwelling;
                    var boosters = n * k.LtBoosterInvestEurPerDwelling;
                    var deliverySets = n * k.DeliverySetInvestEurPerDwelling;
                    var connection = n * k.ConnectionInvestEurPerDwelling;
                    var mains = net.MainsInvestmentEur * share;
                    var collectiveHp = net.CollectiveHpInvestmentEur * share;
                    c.BuildingMeasuresInvestmentEur = insulation;
                    c.InstallationInvestmentEur = emitters + boosters + deliverySets;
                    c.ConnectionInvestmentEur = connection;
                    c.NetworkInvestmentEur = mains + collectiveHp;
                    c.HeatKWhPerYear = heat;
                    c.ElectricityKWhPerYear = boosterElectricity + collectiveElectricity;
                    c.MaintenanceEurPerYear = n * (k.DeliverySetMaintenanceEurPerYear + k.HpMaintenanceEurPerYear)
                        + mains * k.NetworkMaintenanceFractionPerYear + collectiveHp * k.CollectiveHpMaintenanceFractionPerYear;
                    c.NationalCostEurPerYear = insulation * _nInsulation + emitters * _nLowTemperatureEmission
                        + boosters * _nHp + deliverySets * _nDeliverySet + connection * _nConnection
                        + mains * _nNetwork + collectiveHp * _nCollectiveHp
                        + c.MaintenanceEurPerYear + c.ElectricityKWhPerYear * price.ElectricityNational;
                    // The owner pays insulation, emitters, booster and its upkeep; the heat company recovers the rest through the tariff.
                    c.InvestorCostEurPerYear = insulation * _eInsulation + emitters * _eLowTemperatureEmission
                        + boosters * _eHp + n * k.HeatConnectionContributionEurPerDwelling * _eConnection
                        + n * k.HpMaintenanceEurPerYear;
                    c.OccupantCostEurPerYear = heat * price.HeatEndUser + n * k.HeatFixedChargeEurPerDwellingPerYear + boosterElectricity * price.ElectricityEndUser;
                    c.Co2TonnePerYear = c.ElectricityKWhPerYear * _p.Co2KgPerKWh(EnergyCarrier.Electricity) / 1000;
                    c.CollectiveInvestmentEur = deliverySets + connection + mains + collectiveHp;
                    c.CollectiveMaintenanceEurPerYear = n * k.DeliverySetMaintenanceEurPerYear
                        + mains * k.NetworkMaintenanceFractionPerYear + collectiveHp * k.CollectiveHpMaintenanceFractionPerYear;
                    c.CollectiveEnergyEurPerYear = collectiveElectricity * price.ElectricityNational;
                    c.TariffIncomeEurPerYear = heat * price.HeatEndUser + n * k.HeatFixedChargeEurPerDwellingPerYear;
                    c.ConnectionContributionEur = n * k.HeatConnectionContributionEurPerDwelling;
                    break;
                }
            case HeatStrategy.S4GreenGasHybridHeatPump:
                {
                    var hybrid = n * k.HybridInvestEurPerDwelling;
                    var boiler = n * k.BoilerInvestEurPerDwelling;
                    var grid = n * k.ElectricityGridReinforcementEurPerDwellingHybrid;
                    var byHeatPump = d.SpaceHeatKWhPerYear * k.HybridShareOfSpaceHeatByHeatPump;
                    c.InstallationInvestmentEur = hybrid + boiler;
                    c.NetworkInvestmentEur = grid;
                    c.ElectricityKWhPerYear = byHeatPump / k.HybridSpfSpaceHeating;
                    c.GreenGasKWhPerYear = (d.SpaceHeatKWhPerYear - byHeatPump + d.HotWaterKWhPerYear) / k.BoilerEfficiencyGreenGas;
                    c.MaintenanceEurPerYear = n * k.HybridMaintenanceEurPerYear;
                    c.NationalCostEurPerYear = hybrid * _nHybrid + boiler * _nBoiler + grid * _nGridReinforcement
                        + c.MaintenanceEurPerYear + c.ElectricityKWhPerYear * price.ElectricityNational + c.GreenGasKWhPerYear * price.GreenGasNational;
                    c.InvestorCostEurPerYear = hybrid * _eHybrid + boiler * _eBoiler + c.MaintenanceEurPerYear;
                    c.OccupantCostEurPerYear = c.ElectricityKWhPerYear * price.ElectricityEndUser + c.GreenGasKWhPerYear * price.GreenGasEndUser;
                    c.Co2TonnePerYear = (c.ElectricityKWhPerYear * _p.Co2KgPerKWh(EnergyCarrier.Electricity) + c.GreenGasKWhPerYear * _p.Co2KgPerKWh(EnergyCarrier.GreenGas)) / 1000;
                    c.CollectiveInvestmentEur = grid;
                    break;
                }
            case HeatStrategy.S5GreenGasBoiler:
                {
                    var boiler = n * k.BoilerInvestEurPerDwelling;
                    c.InstallationInvestmentEur = boiler;
                    c.GreenGasKWhPerYear = d.TotalKWhPerYear / k.BoilerEfficiencyGreenGas;
                    c.MaintenanceEurPerYear = n * k.BoilerMaintenanceEurPerYear;
                    c.NationalCostEurPerYear = boiler * _nBoiler + c.MaintenanceEurPerYear + c.GreenGasKWhPerYear * price.GreenGasNational;
                    c.InvestorCostEurPerYear = boiler * _eBoiler + c.MaintenanceEurPerYear;
                    c.OccupantCostEurPerYear = c.GreenGasKWhPerYear * price.GreenGasEndUser;
                    c.Co2TonnePerYear = c.GreenGasKWhPerYear * _p.Co2KgPerKWh(EnergyCarrier.GreenGas) / 1000;
                    break;
                }
            case HeatStrategy.ReferenceNaturalGasBoiler:
                {
                    // Same appliance as S5 (a new condensing boiler at end of life), on natural gas: what doing nothing costs.
                    var boiler = n * k.BoilerInvestEurPerDwelling;
                    c.InstallationInvestmentEur = boiler;
                    c.NaturalGasKWhPerYear = d.TotalKWhPerYear / k.BoilerEfficiencyGreenGas;
                    c.MaintenanceEurPerYear = n * k.BoilerMaintenanceEurPerYear;
                    c.NationalCostEurPerYear = boiler * _nBoiler + c.MaintenanceEurPerYear + c.NaturalGasKWhPerYear * price.GasNational;
                    c.InvestorCostEurPerYear = boiler * _eBoiler + c.MaintenanceEurPerYear;
                    c.OccupantCostEurPerYear = c.NaturalGasKWhPerYear * price.GasEndUser;
                    c.Co2TonnePerYear = c.NaturalGasKWhPerYear * _p.Co2KgPerKWh(EnergyCarrier.Gas) / 1000;
                    break;
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(s), s, "unknown strategy");
        }
        return c;
    }
}
