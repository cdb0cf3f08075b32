using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Density;
using Wijkwerf.Engine.Heat.Parameters;
using Wijkwerf.Engine.Heat.Phasing;
using Wijkwerf.Engine.Heat.Strategies;

namespace Wijkwerf.Data.Heat;

/// <summary>Heat demand, calibration, strategies S1–S5 and linear heat density of one district, from the stored
/// buildings (see docs/heat-engine.md, "District analysis"). Computed on the fly; nothing is written.</summary>
public sealed class DistrictHeatAnalysis(WijkwerfDb db, HeatParameters? heat = null, DistrictHeatParameters? parameters = null)
{
    private readonly HeatParameters _heat = heat ?? HeatParameters.Default;
    private readonly DistrictHeatParameters _parameters = parameters ?? DistrictHeatParameters.Default;

    /// <exception cref="DistrictHeatInputException">Unknown district, or a district without buildings.</exception>
    public async Task<DistrictHeatResult> AnalyseAsync(string districtCode, PriceScenario scenario = PriceScenario.Mid, CancellationToken ct = default)
    {
        var model = await DistrictHeatModel.LoadAsync(db, districtCode, _heat, _parameters, ct);
        return Analyse(model, scenario).Result;
    }

    /// <summary>The analysis with what a map needs: every building (footprint, demand, label, exclusion) and the
    /// WGS84 line of every street segment of the analysis (stored or estimated).</summary>
    /// <exception cref="DistrictHeatInputException">Unknown district, or a district without buildings.</exception>
    public async Task<DistrictHeatLayers> LayersAsync(string districtCode, PriceScenario scenario = PriceScenario.Mid, CancellationToken ct = default)
    {
        var model = await DistrictHeatModel.LoadAsync(db, districtCode, _heat, _parameters, ct);
        var (result, totals) = Analyse(model, scenario);
        return DistrictHeatLayers.From(model, result, totals);
    }

    internal static (DistrictHeatResult Result, StrategyDistrictResult[] Totals) Analyse(DistrictHeatModel m, PriceScenario scenario)
    {
        var n = m.Buildings.Length;
        double space = 0, water = 0, peak = 0, dwellings = 0;
        int included = 0, residential = 0, assumed = 0;
        for (var i = 0; i < n; i++)
        {
            ref readonly var d = ref m.Demand[i];
            if (!d.IsIncluded) continue;
            included++;
            space += d.SpaceHeatKWhPerYear;
            water += d.HotWaterKWhPerYear;
            peak += d.PeakKW;
            if (m.IsResidential(i)) { residential++; dwellings += Math.Max(1, m.Inputs[i].Dwellings); }
            if (m.BuildYearAssumed[i]) assumed++;
        }
        var excluded = Enumerable.Range(0, n).Where(i => !m.Demand[i].IsIncluded)
            .GroupBy(i => m.Demand[i].Exclusion)
            .Select(g => new ExcludedBuildings(g.Key.ToString(), ExclusionText(g.Key), g.Count(), g.Take(5).Select(i => m.Buildings[i].ExternalId).ToArray()))
            .OrderByDescending(e => e.Buildings).ToArray();
        var demand = new DemandTotals(n, included, residential, dwellings, space / 1000, water / 1000, (space + water) / 1000, peak / 1000, assumed,
            assumed == 0 ? null : $"{assumed} buildings have no build year; {m.Parameters.DefaultBuildYear} is assumed (district_heat.csv) and their label estimated from that period");

        // Street density: demand of the buildings linked to each segment; mains run along the segments that serve a building.
        var segmentOfBuilding = new int[n];
        for (var i = 0; i < n; i++) segmentOfBuilding[i] = m.Links[i].Segment;
        var lengths = m.Segments.Select(s => s.LengthM).ToArray();
        var density = new SegmentHeatDensity[lengths.Length];
        LinearHeatDensity.Compute(m.Demand, segmentOfBuilding, lengths, m.Heat, density);
        double streetLengthM = 0;
        for (var s = 0; s < density.Length; s++)
            if (density[s].Buildings > 0) streetLengthM += lengths[s];
        var segments = Enumerable.Range(0, density.Length).Where(s => density[s].Buildings > 0 || m.Segments[s].InDistrict)
            .Select(s => new StreetDensity(m.Segments[s].Id, m.Segments[s].Name, m.Segments[s].Kind, Math.Round(lengths[s], 1), density[s].Buildings,
                Math.Round(density[s].HeatDemandMWhPerYear, 1), double.IsFinite(density[s].MWhPerMPerYear) ? Math.Round(density[s].MWhPerMPerYear, 3) : 99,
                density[s].Band.ToString()))
            .ToArray();
        var bands = Enum.GetValues<HeatDensityBand>().Select(b => new DensityBandTotal(b.ToString(),
            segments.Count(s => s.Band == b.ToString()), Math.Round(segments.Where(s => s.Band == b.ToString()).Sum(s => s.LengthM))))
            .ToArray();
        var linked = Enumerable.Range(0, n).Count(i => m.Demand[i].IsIncluded && m.Links[i].Segment >= 0);

        var calculator = new HeatStrategyCalculator(new Engine.Heat.Demand.HeatDemandModel(m.Heat));
        var results = calculator.EvaluateAll(m.Inputs, m.Demand, [], new HeatDistrictContext(streetLengthM, scenario));
        var tenure = m.Tenure;
        var strategies = results.Select(r =>
        {
            var text = r.Strategy.Text();
            var per = r.Connections > 0 ? r.Connections : double.NaN;
            var t = r.Total;
            var split = EndUserCostByActor.Split(t, tenure.Shares);
            return new StrategyOutcome(text.Code, text.EnglishName, text.LeidraadName,
                Math.Round(t.NationalCostEurPerYear), Math.Round(t.NationalCostEurPerYear / per),
                Math.Round(t.EndUserCostEurPerYear), Math.Round(t.EndUserCostEurPerYear / per),
                Math.Round(t.TotalInvestmentEur), Math.Round(t.Co2TonnePerYear, 1),
                new StrategyInvestments(Math.Round(t.BuildingMeasuresInvestmentEur), Math.Round(t.InstallationInvestmentEur),
                    Math.Round(t.ConnectionInvestmentEur), Math.Round(t.NetworkInvestmentEur), Math.Round(t.OwnerInvestmentEur), Math.Round(t.CollectiveInvestmentEur)),
                new StrategyYearlyCosts(Math.Round(t.OccupantCostEurPerYear), Math.Round(t.MaintenanceEurPerYear),
                    Math.Round(t.ElectricityKWhPerYear / 1000, 1), Math.Round(t.GreenGasKWhPerYear / 1000, 1), Math.Round(t.HeatKWhPerYear / 1000, 1)),
                new StrategyEndUserByActor(Math.Round(split.OwnerOccupierEurPerYear), Math.Round(split.TenantEurPerYear),
                    Math.Round(split.HousingAssociationEurPerYear), Math.Round(split.PrivateLandlordEurPerYear)));
        }).ToArray();
        var connections = results.Length > 0 ? results[0].Connections : 0;

        var result = new DistrictHeatResult(m.District.Code, m.District.Name, m.Country?.ToString(), scenario.ToString(), demand, excluded, m.Calibration,
            strategies, connections,
            strategies.MinBy(s => s.NationalCostEurPerYear)!.Code, strategies.MinBy(s => s.EndUserCostEurPerYear)!.Code,
            new StreetDensitySummary(m.GraphKind.ToString().ToLowerInvariant(), m.Segments.Length, Math.Round(streetLengthM), linked, bands, segments))
        {
            Tenure = new TenureOutcome(tenure.Shares.OwnerOccupied, tenure.Shares.SocialRental, tenure.Shares.PrivateRental, tenure.Source),
        };
        return (result, results);
    }

    internal static string ExclusionText(HeatExclusion e) => e switch
    {
        HeatExclusion.MissingBuildYear => "no build year: the period, and so the label, is unknown",
        HeatExclusion.NoFloorArea => "no floor area: the building holds no unit (BAG pand without verblijfsobject: shed, garage, storage)",
        HeatExclusion.UnknownUse => "no dwellings and no heated use (outbuilding, garage, shed, or a use the source does not give)",
        _ => e.ToString(),
    };
}

/// <summary>The heat picture of one district. Costs are € per year; "per dwelling" is per dwelling or dwelling
/// equivalent (non-residential floor area / m² per dwelling equivalent), the connections of a network strategy.</summary>
public sealed record DistrictHeatResult(
    string DistrictCode,
    string DistrictName,
    string? Country,
    string Scenario,
    DemandTotals Demand,
    IReadOnlyList<ExcludedBuildings> Excluded,
    CalibrationSummary Calibration,
    IReadOnlyList<StrategyOutcome> Strategies,
    double DwellingEquivalents,
    string CheapestNational,
    string CheapestEndUser,
    StreetDensitySummary Streets)
{
    /// <summary>Tenure shares the end-user cost is split by, and where they come from.</summary>
    public TenureOutcome? Tenure { get; init; }
}

/// <summary>Shares of the dwellings by tenure (0–1) and their source.</summary>
public sealed record TenureOutcome(double OwnerOccupied, double SocialRental, double PrivateRental, string Source);

/// <summary>Investments of a strategy by kind, €; <see cref="Owner"/> + <see cref="Collective"/> = the total (who owns: building owners, or the heat company / grid operator).</summary>
public sealed record StrategyInvestments(double BuildingMeasures, double Installation, double Connection, double Network, double Owner, double Collective);

/// <param name="EnergyBillEurPerYear">What occupants pay for energy incl. taxes (and the fixed heat charge of a network).</param>
public sealed record StrategyYearlyCosts(double EnergyBillEurPerYear, double MaintenanceEurPerYear, double ElectricityMWhPerYear, double GreenGasMWhPerYear, double HeatMWhPerYear);

/// <summary>End-user cost by who pays, € per year (split by the district's tenure shares).</summary>
public sealed record StrategyEndUserByActor(double OwnerOccupier, double Tenant, double HousingAssociation, double PrivateLandlord);

/// <param name="PeakSumMW">Sum of the buildings' design peaks, no diversity.</param>
public sealed record DemandTotals(
    int Buildings,
    int BuildingsIncluded,
    int ResidentialBuildings,
    double Dwellings,
    double SpaceHeatMWhPerYear,
    double HotWaterMWhPerYear,
    double TotalMWhPerYear,
    double PeakSumMW,
    int BuildYearAssumed,
    string? BuildYearNote);

public sealed record ExcludedBuildings(string Reason, string Explanation, int Buildings, IReadOnlyList<string> Examples);

public sealed record StrategyOutcome(
    string Code,
    string Name,
    string LeidraadName,
    double NationalCostEurPerYear,
    double NationalCostEurPerDwellingPerYear,
    double EndUserCostEurPerYear,
    double EndUserCostEurPerDwellingPerYear,
    double InvestmentEur,
    double Co2TonnePerYear,
    StrategyInvestments Investments,
    StrategyYearlyCosts YearlyCosts,
    StrategyEndUserByActor EndUserByActor);

/// <param name="ServedStreetLengthM">Length of the segments that serve at least one building: where mains are laid in S2/S3.</param>
public sealed record StreetDensitySummary(
    string GraphKind,
    int Segments,
    double ServedStreetLengthM,
    int BuildingsLinked,
    IReadOnlyList<DensityBandTotal> Bands,
    IReadOnlyList<StreetDensity> PerSegment);

public sealed record DensityBandTotal(string Band, int Segments, double LengthM);

public sealed record StreetDensity(string Id, string? Name, string Kind, double LengthM, int Buildings, double HeatDemandMWhPerYear, double MWhPerMPerYear, string Band);
