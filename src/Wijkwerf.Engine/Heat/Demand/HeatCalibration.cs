using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Heat.Demand;

/// <summary>Outcome of calibrating modelled heat demand to a measured total.</summary>
/// <param name="Factor">Multiply the modelled demand by this to match the measurement.</param>
/// <param name="ErrorBeforePercent">(modelled − measured) / measured × 100 before calibration.</param>
/// <param name="ErrorAfterPercent">The same after applying <paramref name="Factor"/> (0 up to rounding).</param>
public readonly record struct CalibrationResult(double ModelledKWh, double MeasuredKWh, double Factor, double ErrorBeforePercent, double ErrorAfterPercent)
{
    /// <summary>No measurement (zero or missing) or nothing modelled: factor 1, errors NaN.</summary>
    public bool IsDefined => MeasuredKWh > 0 && ModelledKWh > 0;
}

/// <summary>
/// Scales modelled demand to measured energy use (Fluvius gas per statistical sector, CBS average gas per dwelling ...).
/// Modelled and measured must be in the same terms: use <see cref="GasToUsefulHeatKWh"/> to turn measured gas into useful heat.
/// </summary>
public static class HeatCalibration
{
    public static CalibrationResult Calibrate(double modelledKWh, double measuredKWh)
    {
        if (!(measuredKWh > 0) || !(modelledKWh > 0)) return new CalibrationResult(modelledKWh, measuredKWh, 1, double.NaN, double.NaN);
        var factor = measuredKWh / modelledKWh;
        var before = (modelledKWh - measuredKWh) / measuredKWh * 100;
        var after = (modelledKWh * factor - measuredKWh) / measuredKWh * 100;
        return new CalibrationResult(modelledKWh, measuredKWh, factor, before, after);
    }

    /// <summary>Useful heat from measured gas: m³ × calorific value × boiler efficiency (kentallen.csv). For CBS gas per dwelling: pass m³ per dwelling × dwellings.</summary>
    public static double GasToUsefulHeatKWh(double gasM3, HeatParameters parameters) =>
        gasM3 * parameters.Kentallen.GasCalorificValueKWhPerM3 * parameters.Kentallen.ExistingBoilerEfficiency;

    /// <summary>Useful heat from measured gas already in kWh (Fluvius reports kWh): kWh × boiler efficiency.</summary>
    public static double GasKWhToUsefulHeatKWh(double gasKWh, HeatParameters parameters) =>
        gasKWh * parameters.Kentallen.ExistingBoilerEfficiency;

    /// <summary>
    /// Calibrates per group: <paramref name="groupOfBuilding"/>[i] is the group of building i (−1 = not in any group, left as is),
    /// <paramref name="measuredKWhPerGroup"/>[g] the measured useful heat of group g. Scales space heat, hot water, heat at label B and peak
    /// of the included buildings in place. Groups without measurement keep factor 1.
    /// </summary>
    public static CalibrationResult[] CalibratePerGroup(Span<HeatDemandResult> demand, ReadOnlySpan<int> groupOfBuilding, ReadOnlySpan<double> measuredKWhPerGroup)
    {
        if (groupOfBuilding.Length != demand.Length) throw new ArgumentException("one group per building is needed", nameof(groupOfBuilding));
        var modelled = new double[measuredKWhPerGroup.Length];
        for (var i = 0; i < demand.Length; i++)
        {
            var g = groupOfBuilding[i];
            if ((uint)g < (uint)modelled.Length && demand[i].IsIncluded) modelled[g] += demand[i].TotalKWhPerYear;
        }
        var results = new CalibrationResult[modelled.Length];
        for (var g = 0; g < results.Length; g++) results[g] = Calibrate(modelled[g], measuredKWhPerGroup[g]);
        for (var i = 0; i < demand.Length; i++)
        {
            var g = groupOfBuilding[i];
            if ((uint)g >= (uint)results.Length || !demand[i].IsIncluded) continue;
            var f = results[g].Factor;
            ref var d = ref demand[i];
            d.SpaceHeatKWhPerYear *= f;
            d.HotWaterKWhPerYear *= f;
            d.SpaceHeatAtLabelBKWhPerYear *= f;
            d.PeakKW *= f;
        }
        return results;
    }
}
