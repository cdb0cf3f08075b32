using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Heat.Demand;

/// <summary>
/// One building as the heat engine sees it. Residential when <see cref="DwellingType"/> is set (then <see cref="Use"/> is ignored),
/// non-residential when only <see cref="Use"/> is set.
/// </summary>
/// <param name="BuildYear">Original construction year (BAG bouwjaar); null excludes the building (the label estimate needs the period).</param>
/// <param name="Label">Registered energy label, or null to estimate it from the type × period distribution.</param>
/// <param name="FloorAreaM2">Usable floor area (BAG gebruiksoppervlakte) of the whole building: all its dwellings or units together.</param>
/// <param name="Dwellings">Dwellings in the building; 0 is read as 1 for a residential building.</param>
public record struct HeatBuildingInput(
    DwellingType? DwellingType,
    int? BuildYear,
    EnergyLabel? Label,
    double FloorAreaM2,
    int Dwellings,
    NonResidentialUse? Use = null);

/// <summary>Heat demand of one building. All zero when <see cref="Exclusion"/> is not <see cref="HeatExclusion.None"/>.</summary>
public record struct HeatDemandResult
{
    /// <summary>Useful space-heating demand (delivered to the rooms), kWh per year.</summary>
    public double SpaceHeatKWhPerYear;
    /// <summary>Useful domestic hot-water demand, kWh per year.</summary>
    public double HotWaterKWhPerYear;
    /// <summary>Space heating the building would need at label B (equal to <see cref="SpaceHeatKWhPerYear"/> when already B or better, and for non-residential buildings).</summary>
    public double SpaceHeatAtLabelBKWhPerYear;
    /// <summary>Design peak heat load, kW: annual demand divided by the full-load hours of the type or use.</summary>
    public double PeakKW;
    /// <summary>Units that each get an installation: dwellings, or floor area / the m² per dwelling equivalent for non-residential use.</summary>
    public double DwellingEquivalents;
    /// <summary>The label: the given one, or the most likely one of the type × period distribution when <see cref="LabelEstimated"/>; null for a non-residential building without label.</summary>
    public EnergyLabel? Label;
    public bool LabelEstimated;
    public BuildPeriod Period;
    public HeatExclusion Exclusion;

    public readonly double TotalKWhPerYear => SpaceHeatKWhPerYear + HotWaterKWhPerYear;
    public readonly bool IsIncluded => Exclusion == HeatExclusion.None;
}

/// <summary>
/// Heat demand per building from the parameter tables. Space heat = floor area × label demand per m² × dwelling-type factor;
/// for an unknown label the expected value over the default label distribution of the type × period is used.
/// Thread-safe and allocation-free per building: all lookups are precomputed in the constructor.
/// </summary>
public sealed class HeatDemandModel
{
    private readonly HeatParameters _parameters;
    private readonly double[] _expectedKWhPerM2;     // [type, period]: expected label demand × type factor
    private readonly double[] _expectedAtBFraction;  // [type, period]: expected (demand at min(label, B)) / expected demand
    private readonly EnergyLabel[] _mostLikely;      // [type, period]
    private readonly double _m2PerDwellingEquivalent;

    public HeatDemandModel(HeatParameters parameters)
    {
        _parameters = parameters;
        _m2PerDwellingEquivalent = parameters.Kentallen.NonResidentialM2PerDwellingEquivalent;
        var cells = HeatLabels.DwellingTypeCount * HeatLabels.PeriodCount;
        _expectedKWhPerM2 = new double[cells];
        _expectedAtBFraction = new double[cells];
        _mostLikely = new EnergyLabel[cells];
        var atB = parameters.SpaceHeatKWhPerM2(EnergyLabel.B);
        for (var t = 0; t < HeatLabels.DwellingTypeCount; t++)
            for (var p = 0; p < HeatLabels.PeriodCount; p++)
            {
                double expected = 0, expectedAtB = 0, best = -1;
                var likely = EnergyLabel.G;
                for (var l = 0; l < HeatLabels.LabelCount; l++)
                {
                    var share = parameters.LabelShare((DwellingType)t, (BuildPeriod)p, (EnergyLabel)l);
                    var perM2 = parameters.SpaceHeatKWhPerM2((EnergyLabel)l);
                    expected += share * perM2;
                    expectedAtB += share * Math.Min(perM2, atB);
                    if (share > best) { best = share; likely = (EnergyLabel)l; }
                }
                var cell = t * HeatLabels.PeriodCount + p;
                _expectedKWhPerM2[cell] = expected * parameters.DwellingType((DwellingType)t).SpaceHeatFactor;
                _expectedAtBFraction[cell] = expected > 0 ? expectedAtB / expected : 1;
                _mostLikely[cell] = likely;
            }
    }

    public HeatParameters Parameters => _parameters;

    /// <summary>Computes <paramref name="results"/>[i] for every <paramref name="buildings"/>[i]. Never throws for bad building data: such buildings get an exclusion reason.</summary>
    public void Compute(ReadOnlySpan<HeatBuildingInput> buildings, Span<HeatDemandResult> results)
    {
        if (results.Length < buildings.Length) throw new ArgumentException("results must be at least as long as buildings", nameof(results));
        for (var i = 0; i < buildings.Length; i++) results[i] = Compute(in buildings[i]);
    }

    /// <summary>Heat demand of one building.</summary>
    public HeatDemandResult Compute(in HeatBuildingInput b)
    {
        var r = default(HeatDemandResult);
        if (b.BuildYear is not { } year) { r.Exclusion = HeatExclusion.MissingBuildYear; return r; }
        // !(x > 0) also catches NaN.
        if (!(b.FloorAreaM2 > 0) || double.IsInfinity(b.FloorAreaM2)) { r.Exclusion = HeatExclusion.NoFloorArea; return r; }
        var period = HeatLabels.PeriodOf(year);
        r.Period = period;

        if (b.DwellingType is { } type)
        {
            var figures = _parameters.DwellingType(type);
            var cell = (int)type * HeatLabels.PeriodCount + (int)period;
            double perM2, atBFraction;
            if (b.Label is { } label)
            {
                var labelPerM2 = _parameters.SpaceHeatKWhPerM2(label);
                perM2 = labelPerM2 * figures.SpaceHeatFactor;
                atBFraction = labelPerM2 > 0 ? Math.Min(1, _parameters.SpaceHeatKWhPerM2(EnergyLabel.B) / labelPerM2) : 1;
                r.Label = label;
            }
            else
            {
                perM2 = _expectedKWhPerM2[cell];
                atBFraction = _expectedAtBFraction[cell];
                r.Label = _mostLikely[cell];
                r.LabelEstimated = true;
            }
            var dwellings = Math.Max(1, b.Dwellings);
            r.SpaceHeatKWhPerYear = perM2 * b.FloorAreaM2;
            r.SpaceHeatAtLabelBKWhPerYear = r.SpaceHeatKWhPerYear * atBFraction;
            r.HotWaterKWhPerYear = figures.HotWaterKWhPerDwelling * dwellings;
            r.PeakKW = (r.SpaceHeatKWhPerYear + r.HotWaterKWhPerYear) / figures.FullLoadHours;
            r.DwellingEquivalents = dwellings;
            return r;
        }
        if (b.Use is { } use)
        {
            var figures = _parameters.NonResidential(use);
            // The non-residential figure includes hot water; no label model for non-residential buildings yet.
            r.SpaceHeatKWhPerYear = figures.HeatKWhPerM2 * b.FloorAreaM2;
            r.SpaceHeatAtLabelBKWhPerYear = r.SpaceHeatKWhPerYear;
            r.PeakKW = r.SpaceHeatKWhPerYear / figures.FullLoadHours;
            r.DwellingEquivalents = Math.Max(1, b.FloorAreaM2 / _m2PerDwellingEquivalent);
            r.Label = b.Label;
            return r;
        }
        r.Exclusion = HeatExclusion.UnknownUse;
        return r;
    }

    /// <summary>Expected space-heating demand per m² (type factor included) of a dwelling type and period with unknown label.</summary>
    public double ExpectedSpaceHeatKWhPerM2(DwellingType type, BuildPeriod period) => _expectedKWhPerM2[(int)type * HeatLabels.PeriodCount + (int)period];

    /// <summary>Expected insulation cost to label B per m² (envelope factor included) when the label is unknown.</summary>
    public double ExpectedInsulationEurPerM2(DwellingType type, BuildPeriod period)
    {
        var sum = 0.0;
        for (var l = 0; l < HeatLabels.LabelCount; l++)
            sum += _parameters.LabelShare(type, period, (EnergyLabel)l) * _parameters.InsulationToLabelBEurPerM2((EnergyLabel)l);
        return sum * _parameters.DwellingType(type).InsulationEnvelopeFactor;
    }
}
