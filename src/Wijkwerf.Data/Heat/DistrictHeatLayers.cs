using NetTopologySuite.Geometries;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Strategies;

namespace Wijkwerf.Data.Heat;

/// <summary>One building as the heat map and the report show it. Demand figures are calibrated; an excluded building
/// has zero demand and its <see cref="Exclusion"/> reason.</summary>
public sealed record HeatBuildingFeature(
    string Id,
    Geometry Footprint,
    string? Address,
    bool Residential,
    string? DwellingType,
    string? Use,
    int? BuildYear,
    bool BuildYearAssumed,
    double FloorAreaM2,
    int Dwellings,
    string? Label,
    bool LabelEstimated,
    double SpaceHeatMWhPerYear,
    double HotWaterMWhPerYear,
    double DemandMWhPerYear,
    double KWhPerM2,
    double PeakKW,
    string? Exclusion,
    string? ExclusionText,
    string? StreetSegment);

/// <summary>A district heat analysis with its map layers: every building and the WGS84 line of every street segment
/// the analysis used (the stored OSM segments, or the streets estimated from addresses).</summary>
public sealed class DistrictHeatLayers
{
    public required DistrictHeatResult Result { get; init; }
    public required IReadOnlyList<HeatBuildingFeature> Buildings { get; init; }
    /// <summary>Segment id → line in WGS84.</summary>
    public required IReadOnlyDictionary<string, LineString> SegmentLines { get; init; }
    /// <summary>District totals per strategy (everybody switched), for phasing.</summary>
    public required IReadOnlyList<StrategyDistrictResult> StrategyTotals { get; init; }
    public required Engine.Heat.Phasing.TenureShares Tenure { get; init; }
    public required Domain.Places.Country? Country { get; init; }
    internal DistrictHeatModel Model { get; private init; } = null!;

    internal static DistrictHeatLayers From(DistrictHeatModel m, DistrictHeatResult result, StrategyDistrictResult[] totals)
    {
        var buildings = new HeatBuildingFeature[m.Buildings.Length];
        for (var i = 0; i < buildings.Length; i++)
        {
            var b = m.Buildings[i];
            var d = m.Demand[i];
            var input = m.Inputs[i];
            var link = m.Links[i].Segment;
            var total = d.TotalKWhPerYear;
            buildings[i] = new HeatBuildingFeature(
                b.ExternalId, b.Footprint, b.Address, m.IsResidential(i), input.DwellingType?.ToString(), input.Use?.ToString(),
                b.BuildYear, m.BuildYearAssumed[i], Math.Round(b.FloorAreaM2, 1), b.Dwellings,
                d.IsIncluded ? d.Label?.ToText() : null, d.IsIncluded && d.LabelEstimated,
                Math.Round(d.SpaceHeatKWhPerYear / 1000, 2), Math.Round(d.HotWaterKWhPerYear / 1000, 2), Math.Round(total / 1000, 2),
                d.IsIncluded && b.FloorAreaM2 > 0 ? Math.Round(total / b.FloorAreaM2, 1) : 0, Math.Round(d.PeakKW, 2),
                d.IsIncluded ? null : d.Exclusion.ToString(), d.IsIncluded ? null : DistrictHeatAnalysis.ExclusionText(d.Exclusion),
                link >= 0 ? m.Segments[link].Id : null);
        }
        var lines = new Dictionary<string, LineString>(StringComparer.Ordinal);
        foreach (var s in m.Segments) lines.TryAdd(s.Id, (LineString)m.ToWgs84.Project(s.Line));
        return new DistrictHeatLayers
        {
            Result = result, Buildings = buildings, SegmentLines = lines, StrategyTotals = totals, Tenure = m.Tenure.Shares, Country = m.Country, Model = m,
        };
    }
}
