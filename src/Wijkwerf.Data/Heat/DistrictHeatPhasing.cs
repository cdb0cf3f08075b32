using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Phasing;
using Wijkwerf.Engine.Heat.Strategies;

namespace Wijkwerf.Data.Heat;

/// <summary>What the user may change about a phasing; null keeps the default of <c>phasing.csv</c> (tenure: the
/// district's own figures).</summary>
public sealed record PhasingOptions
{
    /// <summary>S1–S5; null: the strategy cheapest for society.</summary>
    public string? Strategy { get; init; }
    public PhasingMode Mode { get; init; } = PhasingMode.Stepwise;
    public int? StartYear { get; init; }
    public int? HorizonYears { get; init; }
    public int? RolloutYears { get; init; }
    /// <summary>Yearly shares of the buildings switching, from the start year (together 1), instead of the S-curve.</summary>
    public IReadOnlyList<double>? ConnectionRates { get; init; }
    public int? RenovationWaves { get; init; }
    public int? RenovationWaveYears { get; init; }
    public int? RenovationLeadYears { get; init; }
    public OwnershipShares? Ownership { get; init; }
    public TenureShares? Tenure { get; init; }
    /// <summary>Share of owner-occupiers' insulation and installations paid by a subsidy (0–1).</summary>
    public double? SubsidyOwnerOccupied { get; init; }
    /// <summary>Share of landlords' (housing associations, private landlords) insulation and installations paid by a subsidy (0–1).</summary>
    public double? SubsidyLandlords { get; init; }
    /// <summary>Share of what owner-occupiers pay themselves that they borrow (0–1); rate, term and ceiling from the
    /// country's renovation loan in the one-stop shop's financing table unless given.</summary>
    public double? LoanShare { get; init; }
    public double? LoanRatePct { get; init; }
    public int? LoanYears { get; init; }

    /// <summary>"S1".."S5" (case-insensitive) → the strategy.</summary>
    public static bool TryStrategy(string? code, out HeatStrategy strategy)
    {
        strategy = default;
        if (code is null) return false;
        for (var i = 0; i < HeatStrategies.All.Count; i++)
            if (string.Equals(HeatStrategies.All[i].Text().Code, code.Trim(), StringComparison.OrdinalIgnoreCase)) { strategy = HeatStrategies.All[i]; return true; }
        return false;
    }

    /// <summary>"stepwise" or "all-at-once" (also "allatonce", "all_at_once").</summary>
    public static bool TryMode(string? text, out PhasingMode mode)
    {
        mode = PhasingMode.Stepwise;
        switch (text?.Trim().ToLowerInvariant().Replace("_", "-"))
        {
            case null or "" or "stepwise": return true;
            case "all-at-once" or "allatonce": mode = PhasingMode.AllAtOnce; return true;
            default: return false;
        }
    }
}

/// <summary>A district's phasing as the API, CLI, page and reports give it (all money in €, shares 0–1).</summary>
public sealed record DistrictPhasingResult(
    string DistrictCode,
    string DistrictName,
    string Scenario,
    string Strategy,
    string StrategyName,
    string Mode,
    bool RenovationBeforeConnection,
    int StartYear,
    int FirstConnectionYear,
    int LastConnectionYear,
    PhasingSettings Settings,
    TenureOutcome Tenure,
    OwnershipShares Ownership,
    StrategyTotalsRow StrategyTotals,
    IReadOnlyList<string> Actors,
    IReadOnlyList<PhasingYearRow> Years,
    IReadOnlyList<ActorFlowRow> ActorTotals,
    IReadOnlyList<ActorFlowRow> ActorsAtFullRollout,
    IReadOnlyList<string> Notes,
    IReadOnlyList<PhasingParameterRow> Parameters);

public sealed record PhasingSettings(int HorizonYears, int RolloutYears, double SCurveSteepness, IReadOnlyList<double>? ConnectionRates,
    int RenovationWaves, int RenovationWaveYears, int RenovationLeadYears, FinancingSettings Financing);

/// <summary>The owners' financing used: subsidy shares, the loan share, its scheme, rate, term and ceiling per dwelling.</summary>
public sealed record FinancingSettings(double SubsidyOwnerOccupied, double SubsidyLandlords, double LoanShare, string LoanScheme, double LoanRatePct,
    int LoanYears, double LoanMaxPerDwellingEur, string LoanSource);

/// <summary>The strategy's district totals the phasing spreads over the years.</summary>
public sealed record StrategyTotalsRow(double InvestmentEur, double OwnerInvestmentEur, double CollectiveInvestmentEur, double ConnectionContributionEur,
    double EnergyBillEurPerYear, double MaintenanceEurPerYear, double NationalCostEurPerYear, double EndUserCostEurPerYear);

public sealed record PhasingYearRow(
    int Year,
    double NewConnectionShare,
    double ConnectedShare,
    double RenovatedShare,
    double ReadyShare,
    double InvestmentEur,
    double BuildingMeasuresEur,
    double OwnerInstallationEur,
    double CollectiveAtConnectionEur,
    double NetworkEur,
    IReadOnlyList<ActorFlowRow> Actors);

/// <param name="FinancingEur">Subsidies and loans: received (negative) or paid/repaid (positive); see <see cref="ActorFlow"/>.</param>
public sealed record ActorFlowRow(string Actor, double InvestmentEur, double RunningEur, double ContributionEur, double FinancingEur, double NetEur);

public sealed record PhasingParameterRow(string Name, double Value, string Unit, string Source);

/// <summary>Phasing (capability 5) of one district: the chosen strategy's totals from the analysis, rolled out with
/// <see cref="PhasingModel"/>.</summary>
public static class DistrictHeatPhasing
{
    /// <exception cref="PhasingInputException">An option is out of range or an unknown strategy: the message names it.</exception>
    public static DistrictPhasingResult Run(DistrictHeatLayers layers, PhasingOptions options)
    {
        var r = layers.Result;
        HeatStrategy strategy;
        if (options.Strategy is null) PhasingOptions.TryStrategy(r.CheapestNational, out strategy);
        else if (!PhasingOptions.TryStrategy(options.Strategy, out strategy))
            throw new PhasingInputException("strategy", $"'{options.Strategy}' is not one of S1, S2, S3, S4, S5");
        var totals = layers.StrategyTotals.First(s => s.Strategy == strategy).Total;
        var p = PhasingParameters.Default;
        var tenure = options.Tenure ?? layers.Tenure;
        var request = PhasingRequest.FromDefaults(strategy, totals, p, tenure) with
        {
            Mode = options.Mode,
            StartYear = options.StartYear ?? p.StartYear,
            HorizonYears = options.HorizonYears ?? p.HorizonYears,
            RolloutYears = options.RolloutYears ?? p.RolloutYears,
            ConnectionRates = options.ConnectionRates,
            RenovationWaves = options.RenovationWaves ?? p.RenovationWaves,
            RenovationWaveYears = options.RenovationWaveYears ?? p.RenovationWaveYears,
            RenovationLeadYears = options.RenovationLeadYears ?? p.RenovationLeadYears,
            Ownership = options.Ownership ?? p.Ownership,
            Financing = Financing(options, p, layers.Country),
            Dwellings = layers.StrategyTotals.First(x => x.Strategy == strategy).Connections,
        };
        var result = PhasingModel.Run(request);
        var text = strategy.Text();
        var tenureSource = options.Tenure is null ? r.Tenure?.Source ?? "" : "given by the user";
        static ActorFlowRow Row(ActorFlow f) => new(f.Actor.ToString(), Math.Round(f.InvestmentEur), Math.Round(f.RunningEur), Math.Round(f.ContributionEur),
            Math.Round(f.FinancingEur), Math.Round(f.NetEur));
        var fin = request.Financing;
        return new DistrictPhasingResult(
            r.DistrictCode, r.DistrictName, r.Scenario, text.Code, text.EnglishName, request.Mode == PhasingMode.AllAtOnce ? "all-at-once" : "stepwise",
            result.RenovationBeforeConnection, request.StartYear, result.FirstConnectionYear, result.LastConnectionYear,
            new PhasingSettings(request.HorizonYears, request.RolloutYears, request.SCurveSteepness, request.ConnectionRates,
                request.RenovationWaves, request.RenovationWaveYears, request.RenovationLeadYears,
                new FinancingSettings(fin.SubsidyOwnerOccupied, fin.SubsidyLandlords, fin.LoanShare, fin.LoanScheme, fin.LoanRatePct, fin.LoanYears,
                    fin.LoanMaxPerDwellingEur, LoanSource(layers.Country))),
            new TenureOutcome(tenure.OwnerOccupied, tenure.SocialRental, tenure.PrivateRental, tenureSource),
            request.Ownership,
            new StrategyTotalsRow(Math.Round(totals.TotalInvestmentEur), Math.Round(totals.OwnerInvestmentEur), Math.Round(totals.CollectiveInvestmentEur),
                Math.Round(totals.ConnectionContributionEur), Math.Round(totals.OccupantCostEurPerYear), Math.Round(totals.MaintenanceEurPerYear),
                Math.Round(totals.NationalCostEurPerYear), Math.Round(totals.EndUserCostEurPerYear)),
            result.Actors.Select(a => a.ToString()).ToArray(),
            result.Years.Select(y => new PhasingYearRow(y.Year, Math.Round(y.NewConnectionShare, 4), Math.Round(y.ConnectedShare, 4),
                Math.Round(y.RenovatedShare, 4), Math.Round(y.ReadyShare, 4), Math.Round(y.InvestmentEur), Math.Round(y.BuildingMeasuresEur),
                Math.Round(y.OwnerInstallationEur), Math.Round(y.CollectiveAtConnectionEur), Math.Round(y.NetworkEur),
                y.Actors.Select(Row).ToArray())).ToArray(),
            result.ActorTotals.Select(Row).ToArray(),
            result.ActorsAtFullRollout.Select(Row).ToArray(),
            result.Notes,
            p.Rows.Select(x => new PhasingParameterRow(x.Name, x.Value, x.Unit, x.Source)).ToArray());
    }
    /// <summary>The renovation loan of the district's country in the one-stop shop's financing table: Mijn VerbouwLening
    /// (Flanders) or the Nationaal Warmtefonds Energiebespaarlening (the Netherlands).</summary>
    private static string LoanScheme(Domain.Places.Country? country) =>
        country == Domain.Places.Country.BE ? "mijn-verbouwlening" : "warmtefonds-energiebespaarlening";

    private static string LoanSource(Domain.Places.Country? country)
    {
        var table = Engine.OneStopShop.OneStopShopParameters.Default;
        var scheme = LoanScheme(country);
        return $"{Engine.OneStopShop.OneStopShopParameters.TableName}, {scheme}: {table.Row(scheme, "interest_pct").Source}; {table.Row(scheme, "max_term_years").Source}";
    }

    /// <summary>The owners' financing of <paramref name="o"/>, with the defaults of phasing.csv and the country's loan.</summary>
    public static OwnerFinancing Financing(PhasingOptions o, Domain.Places.Country? country) => Financing(o, PhasingParameters.Default, country);

    private static OwnerFinancing Financing(PhasingOptions o, PhasingParameters p, Domain.Places.Country? country)
    {
        var table = Engine.OneStopShop.OneStopShopParameters.Default;
        var scheme = LoanScheme(country);
        return new OwnerFinancing(
            o.SubsidyOwnerOccupied ?? p.SubsidyOwnerOccupied,
            o.SubsidyLandlords ?? p.SubsidyLandlords,
            o.LoanShare ?? p.LoanShare,
            o.LoanRatePct ?? (double)table.Number(scheme, "interest_pct"),
            o.LoanYears ?? (int)table.Number(scheme, "max_term_years"),
            (double)table.Number(scheme, "max_amount_eur"),
            scheme);
    }
}
