using Wijkwerf.Engine.Heat.Demand;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Heat.Density;

/// <summary>Suitability of a street for a heat network by its linear heat density (bands in density_bands.csv, Vlaamse warmtekaart / VITO).</summary>
public enum HeatDensityBand : byte
{
    VeryGood, Good, Sufficient, Critical,
}

/// <summary>Heat demand along one street segment.</summary>
public record struct SegmentHeatDensity(double HeatDemandMWhPerYear, double LengthM, double MWhPerMPerYear, HeatDensityBand Band, int Buildings);

/// <summary>Linear heat density (lineaire warmtedichtheid): annual heat demand of the buildings linked to a street segment per metre of that segment.</summary>
public static class LinearHeatDensity
{
    /// <summary>
    /// <paramref name="annualDemandKWh"/>[i] belongs to segment <paramref name="segmentOfBuilding"/>[i] (−1 or out of range: not linked, ignored).
    /// A segment of zero length with demand gets an infinite density (VeryGood); one without buildings gets 0 (Critical).
    /// </summary>
    public static void Compute(ReadOnlySpan<double> annualDemandKWh, ReadOnlySpan<int> segmentOfBuilding, ReadOnlySpan<double> segmentLengthM,
        HeatParameters parameters, Span<SegmentHeatDensity> result)
    {
        if (annualDemandKWh.Length != segmentOfBuilding.Length) throw new ArgumentException("one segment index per building is needed", nameof(segmentOfBuilding));
        if (result.Length < segmentLengthM.Length) throw new ArgumentException("result must hold one entry per segment", nameof(result));
        for (var s = 0; s < segmentLengthM.Length; s++) result[s] = new SegmentHeatDensity(0, segmentLengthM[s], 0, HeatDensityBand.Critical, 0);
        for (var i = 0; i < annualDemandKWh.Length; i++)
        {
            var s = segmentOfBuilding[i];
            if ((uint)s >= (uint)segmentLengthM.Length) continue;
            ref var r = ref result[s];
            r.HeatDemandMWhPerYear += annualDemandKWh[i] / 1000;
            r.Buildings++;
        }
        double veryGood = parameters.DensityBandMinMWhPerM(HeatDensityBand.VeryGood), good = parameters.DensityBandMinMWhPerM(HeatDensityBand.Good),
            sufficient = parameters.DensityBandMinMWhPerM(HeatDensityBand.Sufficient);
        for (var s = 0; s < segmentLengthM.Length; s++)
        {
            ref var r = ref result[s];
            r.MWhPerMPerYear = r.HeatDemandMWhPerYear <= 0 ? 0 : segmentLengthM[s] > 0 ? r.HeatDemandMWhPerYear / segmentLengthM[s] : double.PositiveInfinity;
            r.Band = Band(r.MWhPerMPerYear, veryGood, good, sufficient);
        }
    }

    /// <summary>The same from demand results (space heat + hot water of included buildings).</summary>
    public static void Compute(ReadOnlySpan<HeatDemandResult> demand, ReadOnlySpan<int> segmentOfBuilding, ReadOnlySpan<double> segmentLengthM,
        HeatParameters parameters, Span<SegmentHeatDensity> result)
    {
        var kwh = demand.Length <= 4096 ? stackalloc double[demand.Length] : new double[demand.Length];
        for (var i = 0; i < demand.Length; i++) kwh[i] = demand[i].IsIncluded ? demand[i].TotalKWhPerYear : 0;
        Compute(kwh, segmentOfBuilding, segmentLengthM, parameters, result);
    }

    /// <summary>The band of a density, MWh per metre per year (limits from the parameter table: VeryGood strictly above its minimum, as in "(band limits from the parameter table; lower bound inclusive)gt;1.5"; the other bands from their minimum inclusive).</summary>
    public static HeatDensityBand Band(double mwhPerMPerYear, HeatParameters parameters) =>
        Band(mwhPerMPerYear, parameters.DensityBandMinMWhPerM(HeatDensityBand.VeryGood), parameters.DensityBandMinMWhPerM(HeatDensityBand.Good),
            parameters.DensityBandMinMWhPerM(HeatDensityBand.Sufficient));

    private static HeatDensityBand Band(double v, double veryGood, double good, double sufficient) =>
        v > veryGood ? HeatDensityBand.VeryGood : v >= good ? HeatDensityBand.Good : v >= sufficient ? HeatDensityBand.Sufficient : HeatDensityBand.Critical;
}
