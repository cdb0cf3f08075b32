namespace Wijkwerf.Engine.Heat.Parameters;

/// <summary>Typed view of kentallen.csv; every property is one row (see its source column). Resolved when the tables load, so a missing row fails early.</summary>
public sealed class HeatKentallen
{
    internal HeatKentallen(HeatParameters p)
    {
        DiscountRateNational = p.Kental("discount_rate_national");
        DiscountRateEndUser = p.Kental("discount_rate_end_user");
        GasCalorificValueKWhPerM3 = p.Kental("gas_calorific_value_kwh_per_m3");
        ExistingBoilerEfficiency = p.Kental("existing_boiler_efficiency");
        NonResidentialM2PerDwellingEquivalent = p.Kental("non_residential_m2_per_dwelling_equivalent");
        HpSpfSpaceHeating = p.Kental("hp_spf_space_heating");
        HpSpfHotWater = p.Kental("hp_spf_hot_water");
        HpInvestFixedEurPerDwelling = p.Kental("hp_invest_fixed_eur_per_dwelling");
        HpInvestEurPerKW = p.Kental("hp_invest_eur_per_kw");
        LowTemperatureEmissionEurPerDwelling = p.Kental("low_temperature_emission_eur_per_dwelling");
        ElectricityGridReinforcementEurPerDwellingAllElectric = p.Kental("electricity_grid_reinforcement_eur_per_dwelling_all_electric");
        ElectricityGridReinforcementEurPerDwellingHybrid = p.Kental("electricity_grid_reinforcement_eur_per_dwelling_hybrid");
        HpMaintenanceEurPerYear = p.Kental("hp_maintenance_eur_per_year");
        HpLifetimeYears = p.Kental("hp_lifetime_years");
        HybridInvestEurPerDwelling = p.Kental("hybrid_invest_eur_per_dwelling");
        HybridShareOfSpaceHeatByHeatPump = p.Kental("hybrid_share_of_space_heat_by_heat_pump");
        HybridSpfSpaceHeating = p.Kental("hybrid_spf_space_heating");
        HybridMaintenanceEurPerYear = p.Kental("hybrid_maintenance_eur_per_year");
        HybridLifetimeYears = p.Kental("hybrid_lifetime_years");
        BoilerInvestEurPerDwelling = p.Kental("boiler_invest_eur_per_dwelling");
        BoilerEfficiencyGreenGas = p.Kental("boiler_efficiency_green_gas");
        BoilerMaintenanceEurPerYear = p.Kental("boiler_maintenance_eur_per_year");
        BoilerLifetimeYears = p.Kental("boiler_lifetime_years");
        InsulationLifetimeYears = p.Kental("insulation_lifetime_years");
        LowTemperatureEmissionLifetimeYears = p.Kental("low_temperature_emission_lifetime_years");
        GridReinforcementLifetimeYears = p.Kental("grid_reinforcement_lifetime_years");
        DeliverySetInvestEurPerDwelling = p.Kental("delivery_set_invest_eur_per_dwelling");
        DeliverySetMaintenanceEurPerYear = p.Kental("delivery_set_maintenance_eur_per_year");
        DeliverySetLifetimeYears = p.Kental("delivery_set_lifetime_years");
        ConnectionInvestEurPerDwelling = p.Kental("connection_invest_eur_per_dwelling");
        ConnectionLifetimeYears = p.Kental("connection_lifetime_years");
        NetworkMtInvestEurPerM = p.Kental("network_mt_invest_eur_per_m");
        NetworkLtInvestEurPerM = p.Kental("network_lt_invest_eur_per_m");
        NetworkMaintenanceFractionPerYear = p.Kental("network_maintenance_fraction_per_year");
        NetworkLifetimeYears = p.Kental("network_lifetime_years");
        NetworkHeatLossMtKWhPerMPerYear = p.Kental("network_heat_loss_mt_kwh_per_m_per_year");
        NetworkHeatLossLtKWhPerMPerYear = p.Kental("network_heat_loss_lt_kwh_per_m_per_year");
        CollectiveHpInvestEurPerKW = p.Kental("collective_hp_invest_eur_per_kw");
        CollectiveHpCop = p.Kental("collective_hp_cop");
        CollectiveHpMaintenanceFractionPerYear = p.Kental("collective_hp_maintenance_fraction_per_year");
        CollectiveHpLifetimeYears = p.Kental("collective_hp_lifetime_years");
        LtBoosterInvestEurPerDwelling = p.Kental("lt_booster_invest_eur_per_dwelling");
        LtBoosterCop = p.Kental("lt_booster_cop");
        HeatConnectionContributionEurPerDwelling = p.Kental("heat_connection_contribution_eur_per_dwelling");
        HeatFixedChargeEurPerDwellingPerYear = p.Kental("heat_fixed_charge_eur_per_dwelling_per_year");
        DiversityFactorBase = p.Kental("diversity_factor_base");
        DiversityFactorPerConnection = p.Kental("diversity_factor_per_connection");
    }

    /// <summary>discount_rate_national (1/yr).</summary>
    public double DiscountRateNational { get; }
    /// <summary>discount_rate_end_user (1/yr).</summary>
    public double DiscountRateEndUser { get; }
    /// <summary>gas_calorific_value_kwh_per_m3 (kWh/m3).</summary>
    public double GasCalorificValueKWhPerM3 { get; }
    /// <summary>existing_boiler_efficiency (1).</summary>
    public double ExistingBoilerEfficiency { get; }
    /// <summary>non_residential_m2_per_dwelling_equivalent (m2).</summary>
    public double NonResidentialM2PerDwellingEquivalent { get; }
    /// <summary>hp_spf_space_heating (1).</summary>
    public double HpSpfSpaceHeating { get; }
    /// <summary>hp_spf_hot_water (1).</summary>
    public double HpSpfHotWater { get; }
    /// <summary>hp_invest_fixed_eur_per_dwelling (euro).</summary>
    public double HpInvestFixedEurPerDwelling { get; }
    /// <summary>hp_invest_eur_per_kw (euro/kW).</summary>
    public double HpInvestEurPerKW { get; }
    /// <summary>low_temperature_emission_eur_per_dwelling (euro).</summary>
    public double LowTemperatureEmissionEurPerDwelling { get; }
    /// <summary>electricity_grid_reinforcement_eur_per_dwelling_all_electric (euro).</summary>
    public double ElectricityGridReinforcementEurPerDwellingAllElectric { get; }
    /// <summary>electricity_grid_reinforcement_eur_per_dwelling_hybrid (euro).</summary>
    public double ElectricityGridReinforcementEurPerDwellingHybrid { get; }
    /// <summary>hp_maintenance_eur_per_year (euro/yr).</summary>
    public double HpMaintenanceEurPerYear { get; }
    /// <summary>hp_lifetime_years (yr).</summary>
    public double HpLifetimeYears { get; }
    /// <summary>hybrid_invest_eur_per_dwelling (euro).</summary>
    public double HybridInvestEurPerDwelling { get; }
    /// <summary>hybrid_share_of_space_heat_by_heat_pump (1).</summary>
    public double HybridShareOfSpaceHeatByHeatPump { get; }
    /// <summary>hybrid_spf_space_heating (1).</summary>
    public double HybridSpfSpaceHeating { get; }
    /// <summary>hybrid_maintenance_eur_per_year (euro/yr).</summary>
    public double HybridMaintenanceEurPerYear { get; }
    /// <summary>hybrid_lifetime_years (yr).</summary>
    public double HybridLifetimeYears { get; }
    /// <summary>boiler_invest_eur_per_dwelling (euro).</summary>
    public double BoilerInvestEurPerDwelling { get; }
    /// <summary>boiler_efficiency_green_gas (1).</summary>
    public double BoilerEfficiencyGreenGas { get; }
    /// <summary>boiler_maintenance_eur_per_year (euro/yr).</summary>
    public double BoilerMaintenanceEurPerYear { get; }
    /// <summary>boiler_lifetime_years (yr).</summary>
    public double BoilerLifetimeYears { get; }
    /// <summary>insulation_lifetime_years (yr).</summary>
    public double InsulationLifetimeYears { get; }
    /// <summary>low_temperature_emission_lifetime_years (yr).</summary>
    public double LowTemperatureEmissionLifetimeYears { get; }
    /// <summary>grid_reinforcement_lifetime_years (yr).</summary>
    public double GridReinforcementLifetimeYears { get; }
    /// <summary>delivery_set_invest_eur_per_dwelling (euro).</summary>
    public double DeliverySetInvestEurPerDwelling { get; }
    /// <summary>delivery_set_maintenance_eur_per_year (euro/yr).</summary>
    public double DeliverySetMaintenanceEurPerYear { get; }
    /// <summary>delivery_set_lifetime_years (yr).</summary>
    public double DeliverySetLifetimeYears { get; }
    /// <summary>connection_invest_eur_per_dwelling (euro).</summary>
    public double ConnectionInvestEurPerDwelling { get; }
    /// <summary>connection_lifetime_years (yr).</summary>
    public double ConnectionLifetimeYears { get; }
    /// <summary>network_mt_invest_eur_per_m (euro/m).</summary>
    public double NetworkMtInvestEurPerM { get; }
    /// <summary>network_lt_invest_eur_per_m (euro/m).</summary>
    public double NetworkLtInvestEurPerM { get; }
    /// <summary>network_maintenance_fraction_per_year (1/yr).</summary>
    public double NetworkMaintenanceFractionPerYear { get; }
    /// <summary>network_lifetime_years (yr).</summary>
    public double NetworkLifetimeYears { get; }
    /// <summary>network_heat_loss_mt_kwh_per_m_per_year (kWh/m/yr).</summary>
    public double NetworkHeatLossMtKWhPerMPerYear { get; }
    /// <summary>network_heat_loss_lt_kwh_per_m_per_year (kWh/m/yr).</summary>
    public double NetworkHeatLossLtKWhPerMPerYear { get; }
    /// <summary>collective_hp_invest_eur_per_kw (euro/kW).</summary>
    public double CollectiveHpInvestEurPerKW { get; }
    /// <summary>collective_hp_cop (1).</summary>
    public double CollectiveHpCop { get; }
    /// <summary>collective_hp_maintenance_fraction_per_year (1/yr).</summary>
    public double CollectiveHpMaintenanceFractionPerYear { get; }
    /// <summary>collective_hp_lifetime_years (yr).</summary>
    public double CollectiveHpLifetimeYears { get; }
    /// <summary>lt_booster_invest_eur_per_dwelling (euro).</summary>
    public double LtBoosterInvestEurPerDwelling { get; }
    /// <summary>lt_booster_cop (1).</summary>
    public double LtBoosterCop { get; }
    /// <summary>heat_connection_contribution_eur_per_dwelling (euro).</summary>
    public double HeatConnectionContributionEurPerDwelling { get; }
    /// <summary>heat_fixed_charge_eur_per_dwelling_per_year (euro/yr).</summary>
    public double HeatFixedChargeEurPerDwellingPerYear { get; }

    /// <summary>diversity_factor_base (1).</summary>
    public double DiversityFactorBase { get; }
    /// <summary>diversity_factor_per_connection (1).</summary>
    public double DiversityFactorPerConnection { get; }

    /// <summary>Simultaneity of the peaks of <paramref name="connections"/> connections: base + per_connection / n (Winter et al. 2001).</summary>
    public double DiversityFactor(double connections) => connections <= 1 ? 1 : Math.Min(1, DiversityFactorBase + DiversityFactorPerConnection / connections);
}
