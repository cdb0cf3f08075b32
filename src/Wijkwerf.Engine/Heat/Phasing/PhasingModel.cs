using System.Globalization;
using Wijkwerf.Engine.Heat.Strategies;

namespace Wijkwerf.Engine.Heat.Phasing;

/// <summary>Stepwise: the buildings switch over the roll-out years (an S-curve or the user's yearly rates) and the
/// collective works follow them phase by phase. All at once: every building switches in one year, the network is built
/// that year.</summary>
public enum PhasingMode { Stepwise, AllAtOnce }

/// <summary>Who pays or receives money in a district heat transition.</summary>
public enum HeatActor
{
    /// <summary>Public (municipal) heat company: its share of the heat network (S2, S3).</summary>
    MunicipalCompany,
    /// <summary>Private heat company: its share of the heat network.</summary>
    PrivateHeatCompany,
    /// <summary>Heat cooperative of residents: its share of the heat network.</summary>
    Cooperative,
    /// <summary>Electricity grid operator: grid reinforcement for heat pumps (S1, S4).</summary>
    GridOperator,
    /// <summary>Owner-occupier: building-side investments and the energy bill of their own home.</summary>
    OwnerOccupier,
    /// <summary>Housing association (woningcorporatie / sociale huisvestingsmaatschappij): building-side investments of social rental homes.</summary>
    HousingAssociation,
    /// <summary>Private landlord: building-side investments of privately rented homes.</summary>
    PrivateLandlord,
    /// <summary>Tenant (social or private): the energy bill of a rented home.</summary>
    Tenant,
    /// <summary>Public funds paying subsidies on building-side investments (e.g. Mijn VerbouwPremie, ISDE).</summary>
    PublicFunds,
    /// <summary>The lender of owner-occupiers' renovation loans (Mijn VerbouwLening, Nationaal Warmtefonds).</summary>
    Lender,
}

/// <summary>How building owners finance their building-side investments (insulation, installations, connection
/// contributions). Subsidies: a share of insulation and installations paid by <see cref="HeatActor.PublicFunds"/>.
/// Loan: owner-occupiers borrow a share of what they pay themselves (after subsidy, with the connection contribution)
/// from <see cref="HeatActor.Lender"/> and repay it as an annuity over <see cref="LoanYears"/> from the next year.
/// <see cref="None"/>: everybody pays cash, no subsidy.</summary>
/// <param name="LoanMaxPerDwellingEur">The loan's ceiling per owner-occupied dwelling (0: none); needs the dwelling count.</param>
public sealed record OwnerFinancing(double SubsidyOwnerOccupied, double SubsidyLandlords, double LoanShare, double LoanRatePct, int LoanYears,
    double LoanMaxPerDwellingEur = 0, string LoanScheme = "")
{
    public static OwnerFinancing None { get; } = new(0, 0, 0, 0, 1);

    public bool Any => SubsidyOwnerOccupied > 0 || SubsidyLandlords > 0 || LoanShare > 0;

    /// <summary>The yearly annuity of a loan of 1 €.</summary>
    public double AnnuityPerEur => LoanRatePct <= 0 ? 1.0 / LoanYears : LoanRatePct / 100 / (1 - Math.Pow(1 + LoanRatePct / 100, -LoanYears));
}

/// <summary>What to phase: one strategy's district totals (from <see cref="HeatStrategyCalculator"/>, everybody
/// switched) and how to roll it out. Build one with <see cref="FromDefaults"/> and change what the user changes.</summary>
public sealed record PhasingRequest
{
    public required HeatStrategy Strategy { get; init; }
    /// <summary>The strategy summed over the district with every building switched.</summary>
    public required StrategyCost Total { get; init; }
    public PhasingMode Mode { get; init; } = PhasingMode.Stepwise;
    public required int StartYear { get; init; }
    /// <summary>Years shown; extended when the roll-out needs longer.</summary>
    public required int HorizonYears { get; init; }
    /// <summary>Stepwise with an S-curve: years from the first to the last switch.</summary>
    public required int RolloutYears { get; init; }
    /// <summary>Logistic steepness over the whole roll-out (8: from −4 to +4 around the middle).</summary>
    public required double SCurveSteepness { get; init; }
    /// <summary>Stepwise: the share of the buildings that switches in each year from <see cref="StartYear"/> (0–1, together 1),
    /// instead of the S-curve. Null: the S-curve.</summary>
    public IReadOnlyList<double>? ConnectionRates { get; init; }
    /// <summary>S3: the stock is insulated in this many equal waves, back to back from <see cref="StartYear"/>.</summary>
    public required int RenovationWaves { get; init; }
    public required int RenovationWaveYears { get; init; }
    /// <summary>S3: a building connects at least this many years after its wave ends (0: in the wave's last year).</summary>
    public required int RenovationLeadYears { get; init; }
    public required TenureShares Tenure { get; init; }
    public required OwnershipShares Ownership { get; init; }
    public OwnerFinancing Financing { get; init; } = OwnerFinancing.None;
    /// <summary>Dwellings (and dwelling equivalents) of the district: for a loan's ceiling per dwelling; 0 = unknown.</summary>
    public double Dwellings { get; init; }

    public static PhasingRequest FromDefaults(HeatStrategy strategy, StrategyCost total, PhasingParameters p, TenureShares tenure) => new()
    {
        Strategy = strategy,
        Total = total,
        StartYear = p.StartYear,
        HorizonYears = p.HorizonYears,
        RolloutYears = p.RolloutYears,
        SCurveSteepness = p.SCurveSteepness,
        RenovationWaves = p.RenovationWaves,
        RenovationWaveYears = p.RenovationWaveYears,
        RenovationLeadYears = p.RenovationLeadYears,
        Tenure = tenure,
        Ownership = p.Ownership,
    };
}

/// <summary>One actor's money in one year (or summed over the years), €. Positive = the actor pays, negative = receives.</summary>
/// <param name="InvestmentEur">Investments made that year.</param>
/// <param name="RunningEur">Energy bills, maintenance, a heat company's energy purchases less its tariff income.</param>
/// <param name="ContributionEur">Connection contributions: paid by building owners, received (negative) by the heat company.</param>
/// <param name="FinancingEur">Subsidies and loans: subsidy or loan received (negative), annuities repaid (positive);
/// public funds pay the subsidies, the lender pays out loans and receives the annuities. Sums to 0 over the actors each year.</param>
public readonly record struct ActorFlow(HeatActor Actor, double InvestmentEur, double RunningEur, double ContributionEur, double FinancingEur = 0)
{
    public double NetEur => InvestmentEur + RunningEur + ContributionEur + FinancingEur;
}

/// <param name="NewConnectionShare">Share of the buildings (dwelling equivalents) that switches this year.</param>
/// <param name="ConnectedShare">Share switched by the end of this year.</param>
/// <param name="RenovatedShare">Share insulated by the end of this year (S1: at the switch; S3: in the waves).</param>
/// <param name="ReadyShare">S3: share whose renovation wave ended at least the lead time ago, so it may connect; else 1.</param>
/// <param name="Actors">One flow per actor of <see cref="PhasingResult.Actors"/>, in that order.</param>
public sealed record PhasingYear(
    int Year,
    double NewConnectionShare,
    double ConnectedShare,
    double RenovatedShare,
    double ReadyShare,
    double BuildingMeasuresEur,
    double OwnerInstallationEur,
    double CollectiveAtConnectionEur,
    double NetworkEur,
    IReadOnlyList<ActorFlow> Actors)
{
    public double InvestmentEur => BuildingMeasuresEur + OwnerInstallationEur + CollectiveAtConnectionEur + NetworkEur;
}

/// <summary>A phased roll-out: per year the switches, the investments by kind and the cash flow of every actor
/// involved. <see cref="ActorTotals"/> sums each actor over the years; the investments of all years add up to the
/// strategy's <see cref="StrategyCost.TotalInvestmentEur"/>.</summary>
public sealed record PhasingResult(
    HeatStrategy Strategy,
    PhasingMode Mode,
    bool RenovationBeforeConnection,
    int FirstConnectionYear,
    int LastConnectionYear,
    IReadOnlyList<HeatActor> Actors,
    IReadOnlyList<PhasingYear> Years,
    IReadOnlyList<ActorFlow> ActorTotals,
    IReadOnlyList<ActorFlow> ActorsAtFullRollout,
    double TotalInvestmentEur,
    IReadOnlyList<string> Notes);

/// <summary>
/// Phasing of one strategy over the years (capability 5): when buildings switch, when the collective works and the
/// renovation waves happen, and what each actor pays or receives per year. Pure and deterministic; see
/// docs/heat-engine.md, "Phasing".
/// <list type="bullet">
/// <item>Switches: all in one year (<see cref="PhasingMode.AllAtOnce"/>), or per year along a logistic S-curve over the
/// roll-out years or the user's yearly rates. S3 (low-temperature network) connects a building only after its renovation
/// wave has ended plus the lead time: connected share ≤ ready share every year, also when the S-curve asks for more.</item>
/// <item>Investments: insulation in the renovation year (S3 waves; S1 at the switch), the owner's installations and
/// the heat company's connections and delivery sets at the switch, the network (mains, collective source, or grid
/// reinforcement) with each phase's switches when stepwise, in the switch year when all at once.</item>
/// <item>Who pays: building-side investments and maintenance by tenure (owner-occupier, housing association, private
/// landlord), energy bills by occupant (owner-occupier, tenant), the heat network by ownership shares (municipal
/// company, private heat company, cooperative: investment, connection contributions received, maintenance and energy
/// bought less tariff income), grid reinforcement by the grid operator.</item>
/// </list>
/// </summary>
public static class PhasingModel
{
    private const double Eps = 1e-12;

    /// <exception cref="PhasingInputException">A parameter is out of range: the message names it.</exception>
    public static PhasingResult Run(PhasingRequest r)
    {
        Validate(r);
        var tenure = r.Tenure.Validated();
        var ownership = r.Ownership.Validated();
        var t = r.Total;
        var notes = new List<string>();
        var network = r.Strategy is HeatStrategy.S2HeatNetworkMediumHighTemperature or HeatStrategy.S3HeatNetworkLowTemperature;
        var renovationFirst = r.Strategy == HeatStrategy.S3HeatNetworkLowTemperature && t.BuildingMeasuresInvestmentEur > 0;
        var insulateAtSwitch = !renovationFirst;

        // Renovation waves (S3): wave k runs StartYear + k·W … StartYear + (k+1)·W − 1, each a 1/waves share spread evenly.
        var waves = r.RenovationWaves;
        var waveYears = r.RenovationWaveYears;
        int WaveEnd(int k) => r.StartYear + (k + 1) * waveYears - 1;
        double Ready(int year)
        {
            if (!renovationFirst) return 1;
            var ready = 0;
            for (var k = 0; k < waves; k++) if (WaveEnd(k) + r.RenovationLeadYears <= year) ready++;
            return (double)ready / waves;
        }
        double RenovatedBy(int year)
        {
            if (!renovationFirst) return double.NaN; // filled from the switches
            var done = (year - r.StartYear + 1) / (double)(waves * waveYears);
            return Math.Clamp(done, 0, 1);
        }

        // Desired cumulative switches.
        var allReadyYear = renovationFirst ? WaveEnd(waves - 1) + r.RenovationLeadYears : r.StartYear;
        Func<int, double> desired;
        if (r.Mode == PhasingMode.AllAtOnce)
        {
            var at = allReadyYear;
            desired = y => y >= at ? 1 : 0;
        }
        else if (r.ConnectionRates is { } rates)
        {
            var cumulative = new double[rates.Count];
            double sum = 0;
            for (var i = 0; i < rates.Count; i++) { sum += rates[i]; cumulative[i] = sum; }
            for (var i = 0; i < cumulative.Length; i++) cumulative[i] /= sum; // exact 1 at the end
            desired = y => y < r.StartYear ? 0 : y - r.StartYear >= cumulative.Length ? 1 : cumulative[y - r.StartYear];
        }
        else
        {
            var n = r.RolloutYears;
            var k = r.SCurveSteepness / n;
            double F(double x) => 1 / (1 + Math.Exp(-k * (x - n / 2.0)));
            var f0 = F(0);
            var span = F(n) - f0;
            desired = y =>
            {
                var i = y - r.StartYear;
                if (i < 0) return 0;
                if (i >= n - 1) return 1;
                return (F(i + 1) - f0) / span;
            };
        }
        double Connected(int y) => Math.Min(desired(y), Ready(y));

        // The years: from the start to the last switch, at least the horizon.
        var last = r.StartYear;
        while (Connected(last) < 1 - Eps)
        {
            last++;
            if (last > r.StartYear + 400) throw new PhasingInputException("rollout", "the roll-out does not finish within 400 years");
        }
        var end = Math.Max(r.StartYear + r.HorizonYears - 1, last);
        if (end > r.StartYear + r.HorizonYears - 1)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"the roll-out ends in {last}, after the {r.HorizonYears}-year horizon; the years run to {end}"));

        // Financing: the loan share actually lent (the ceiling per dwelling may lower it) and the years to repay it.
        var fin = r.Financing;
        var ownOwnerOccupied = tenure.OwnerOccupied * (t.OwnerInvestmentEur * (1 - fin.SubsidyOwnerOccupied) + t.ConnectionContributionEur);
        var loanShare = fin.LoanShare;
        if (loanShare > 0 && fin.LoanMaxPerDwellingEur > 0 && r.Dwellings > 0 && ownOwnerOccupied > 0)
        {
            var ceiling = fin.LoanMaxPerDwellingEur * r.Dwellings * tenure.OwnerOccupied / ownOwnerOccupied;
            if (ceiling < loanShare)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the loan ceiling of € {fin.LoanMaxPerDwellingEur:N0} per dwelling lowers the borrowed share from {loanShare:P0} to {ceiling:P0}"));
                loanShare = ceiling;
            }
        }
        if (loanShare > 0 && tenure.OwnerOccupied > 0)
        {
            var lastPrincipal = last;
            if (end < lastPrincipal + fin.LoanYears)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"loan repayments of {fin.LoanYears} year(s) run to {lastPrincipal + fin.LoanYears}; the years run to there"));
                end = lastPrincipal + fin.LoanYears;
            }
        }
        var repayments = new double[end - r.StartYear + 2];

        var actors = ActorsOf(r.Strategy, t, tenure, ownership, fin with { LoanShare = tenure.OwnerOccupied > 0 ? loanShare : 0 });
        var years = new List<PhasingYear>(end - r.StartYear + 1);
        var totals = new ActorFlow[actors.Count];
        for (var a = 0; a < actors.Count; a++) totals[a] = new ActorFlow(actors[a], 0, 0, 0);
        var ownerInstallation = t.OwnerInvestmentEur - t.BuildingMeasuresInvestmentEur;
        var collectiveAtConnection = t.CollectiveInvestmentEur - t.NetworkInvestmentEur;
        var ownerMaintenance = t.MaintenanceEurPerYear - t.CollectiveMaintenanceEurPerYear;
        var collectiveRunning = t.CollectiveMaintenanceEurPerYear + t.CollectiveEnergyEurPerYear - t.TariffIncomeEurPerYear;
        var firstConnection = int.MaxValue;
        double previous = 0, previousRenovated = 0;
        double investmentSum = 0;
        for (var y = r.StartYear; y <= end; y++)
        {
            var connected = y == last ? 1 : Connected(y);
            var fresh = Math.Max(0, connected - previous);
            if (fresh > Eps) firstConnection = Math.Min(firstConnection, y);
            var renovated = t.BuildingMeasuresInvestmentEur <= 0 ? 0 : insulateAtSwitch ? connected : RenovatedBy(y);
            var renovatedNow = renovated - previousRenovated;
            var networkShare = r.Mode == PhasingMode.AllAtOnce ? (fresh > Eps && previous < Eps ? 1 : 0) : fresh;

            var buildingMeasures = t.BuildingMeasuresInvestmentEur * renovatedNow;
            var installation = ownerInstallation * fresh;
            var atConnection = collectiveAtConnection * fresh;
            var networkEur = t.NetworkInvestmentEur * networkShare;
            var contribution = t.ConnectionContributionEur * fresh;
            investmentSum += buildingMeasures + installation + atConnection + networkEur;

            // This year's subsidies and loan: the owner-occupiers' principal is repaid from next year on.
            var subsidyOwnerOccupied = fin.SubsidyOwnerOccupied * tenure.OwnerOccupied * (buildingMeasures + installation);
            var subsidyLandlords = fin.SubsidyLandlords * tenure.Rental * (buildingMeasures + installation);
            var principal = loanShare * (tenure.OwnerOccupied * (buildingMeasures + installation + contribution) - subsidyOwnerOccupied);
            if (principal > 0)
                for (var k = 1; k <= fin.LoanYears && y - r.StartYear + k < repayments.Length; k++) repayments[y - r.StartYear + k] += principal * fin.AnnuityPerEur;
            var repaid = repayments[y - r.StartYear];

            var flows = new ActorFlow[actors.Count];
            for (var a = 0; a < actors.Count; a++)
            {
                var actor = actors[a];
                double invest = 0, running = 0, contrib = 0, financing = 0;
                var owner = OwnerShare(actor, tenure);
                if (owner > 0)
                {
                    invest += owner * (buildingMeasures + installation);
                    contrib += owner * contribution;
                    running += owner * ownerMaintenance * connected;
                    financing -= actor == HeatActor.OwnerOccupier ? subsidyOwnerOccupied : subsidyLandlords * owner / tenure.Rental;
                }
                if (actor == HeatActor.OwnerOccupier) financing += repaid - principal;
                if (actor == HeatActor.PublicFunds) financing += subsidyOwnerOccupied + subsidyLandlords;
                if (actor == HeatActor.Lender) financing += principal - repaid;
                var occupant = OccupantShare(actor, tenure);
                if (occupant > 0) running += occupant * t.OccupantCostEurPerYear * connected;
                if (network)
                {
                    var share = NetworkShare(actor, ownership);
                    if (share > 0)
                    {
                        invest += share * (atConnection + networkEur);
                        contrib -= share * contribution;
                        running += share * collectiveRunning * connected;
                    }
                }
                else if (actor == HeatActor.GridOperator) invest += networkEur + atConnection;
                flows[a] = new ActorFlow(actor, invest, running, contrib, financing);
                totals[a] = totals[a] with
                {
                    InvestmentEur = totals[a].InvestmentEur + invest,
                    RunningEur = totals[a].RunningEur + running,
                    ContributionEur = totals[a].ContributionEur + contrib,
                    FinancingEur = totals[a].FinancingEur + financing,
                };
            }
            years.Add(new PhasingYear(y, fresh, connected, renovated, Ready(y), buildingMeasures, installation, atConnection, networkEur, flows));
            previous = connected;
            previousRenovated = renovated;
        }

        // One year at full roll-out: the running costs of every actor (no investments).
        var steady = actors.Select(actor =>
        {
            double running = 0;
            running += OwnerShare(actor, tenure) * ownerMaintenance;
            running += OccupantShare(actor, tenure) * t.OccupantCostEurPerYear;
            if (network) running += NetworkShare(actor, ownership) * collectiveRunning;
            return new ActorFlow(actor, 0, running, 0);
        }).ToArray();

        if (renovationFirst && r.Mode == PhasingMode.Stepwise)
        {
            var held = years.Where(y => desired(y.Year) > y.ReadyShare + 1e-9).Select(y => y.Year).ToList();
            if (held.Count > 0)
                notes.Add($"low-temperature connections wait for the renovation waves in {held.First()}–{held.Last()}: the roll-out asks for more than is insulated");
        }
        if (renovationFirst)
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"insulation in {waves} wave(s) of {waveYears} year(s) from {r.StartYear}; a building connects at least {r.RenovationLeadYears} year(s) after its wave"));
        if (!network && r.Strategy != HeatStrategy.S5GreenGasBoiler)
            notes.Add("no heat network: the grid operator reinforces the grid as the buildings switch");
        return new PhasingResult(r.Strategy, r.Mode, renovationFirst, firstConnection == int.MaxValue ? r.StartYear : firstConnection, last,
            actors, years, totals, steady, investmentSum, notes);
    }

    /// <summary>The actors with money in this strategy, in <see cref="HeatActor"/> order.</summary>
    private static List<HeatActor> ActorsOf(HeatStrategy s, in StrategyCost t, TenureShares tenure, OwnershipShares ownership, OwnerFinancing fin)
    {
        var list = new List<HeatActor>();
        var network = s is HeatStrategy.S2HeatNetworkMediumHighTemperature or HeatStrategy.S3HeatNetworkLowTemperature;
        foreach (var a in Enum.GetValues<HeatActor>())
        {
            var involved = a switch
            {
                HeatActor.MunicipalCompany or HeatActor.PrivateHeatCompany or HeatActor.Cooperative => network && NetworkShare(a, ownership) > 0,
                HeatActor.GridOperator => !network && t.CollectiveInvestmentEur > 0,
                HeatActor.PublicFunds => (fin.SubsidyOwnerOccupied > 0 && tenure.OwnerOccupied > 0 || fin.SubsidyLandlords > 0 && tenure.Rental > 0)
                                         && t.OwnerInvestmentEur > 0,
                HeatActor.Lender => fin.LoanShare > 0 && t.OwnerInvestmentEur + t.ConnectionContributionEur > 0,
                _ => OwnerShare(a, tenure) > 0 || OccupantShare(a, tenure) > 0,
            };
            if (involved) list.Add(a);
        }
        return list;
    }

    private static double OwnerShare(HeatActor a, TenureShares t) => a switch
    {
        HeatActor.OwnerOccupier => t.OwnerOccupied,
        HeatActor.HousingAssociation => t.SocialRental,
        HeatActor.PrivateLandlord => t.PrivateRental,
        _ => 0,
    };

    private static double OccupantShare(HeatActor a, TenureShares t) => a switch
    {
        HeatActor.OwnerOccupier => t.OwnerOccupied,
        HeatActor.Tenant => t.Rental,
        _ => 0,
    };

    private static double NetworkShare(HeatActor a, OwnershipShares o) => a switch
    {
        HeatActor.MunicipalCompany => o.MunicipalCompany,
        HeatActor.PrivateHeatCompany => o.PrivateHeatCompany,
        HeatActor.Cooperative => o.Cooperative,
        _ => 0,
    };

    private static void Validate(PhasingRequest r)
    {
        static void Range(string name, double v, double min, double max)
        {
            if (!double.IsFinite(v) || v < min || v > max)
                throw new PhasingInputException(name, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}, not {v}"));
        }
        Range("start year", r.StartYear, 1900, 2200);
        Range("horizon years", r.HorizonYears, 1, 100);
        Range("roll-out years", r.RolloutYears, 1, 100);
        Range("S-curve steepness", r.SCurveSteepness, 0.01, 100);
        Range("renovation waves", r.RenovationWaves, 1, 50);
        Range("renovation wave years", r.RenovationWaveYears, 1, 50);
        Range("renovation lead years", r.RenovationLeadYears, 0, 50);
        if (r.ConnectionRates is { } rates)
        {
            if (rates.Count is 0 or > 100) throw new PhasingInputException("connection rates", "give between 1 and 100 yearly shares");
            for (var i = 0; i < rates.Count; i++)
                if (!double.IsFinite(rates[i]) || rates[i] < 0)
                    throw new PhasingInputException("connection rates", string.Create(CultureInfo.InvariantCulture, $"year {i + 1}: {rates[i]} is not a share ≥ 0"));
            var sum = rates.Sum();
            if (Math.Abs(sum - 1) > 1e-3)
                throw new PhasingInputException("connection rates", string.Create(CultureInfo.InvariantCulture, $"the yearly shares must add up to 1 (100 %), not {sum:0.###}"));
        }
        var f = r.Financing;
        Range("subsidy share of owner-occupiers", f.SubsidyOwnerOccupied, 0, 1);
        Range("subsidy share of landlords", f.SubsidyLandlords, 0, 1);
        Range("loan share", f.LoanShare, 0, 1);
        Range("loan interest (%)", f.LoanRatePct, 0, 30);
        Range("loan years", f.LoanYears, 1, 50);
        Range("loan ceiling per dwelling", f.LoanMaxPerDwellingEur, 0, 10_000_000);
        Range("dwellings", r.Dwellings, 0, 1e9);
        var t = r.Total;
        foreach (var (name, v) in new[]
                 {
                     ("building measures", t.BuildingMeasuresInvestmentEur), ("installation", t.InstallationInvestmentEur),
                     ("network", t.NetworkInvestmentEur), ("connection", t.ConnectionInvestmentEur),
                     ("collective investment", t.CollectiveInvestmentEur), ("maintenance", t.MaintenanceEurPerYear),
                     ("occupant cost", t.OccupantCostEurPerYear), ("connection contribution", t.ConnectionContributionEur),
                 })
            if (!double.IsFinite(v) || v < 0)
                throw new PhasingInputException("strategy totals", string.Create(CultureInfo.InvariantCulture, $"{name} must be a number ≥ 0, not {v}"));
    }
}
