using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkwerf.Data.Heat;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Phasing;

namespace Wijkwerf.Cli;

/// <summary>heat, heat-network, heat-phasing: work programme 1 (Parel van het warmtenet) for one district.</summary>
public static class HeatCommands
{
    public static Command Heat(CliIo io)
    {
        var code = new Argument<string>("code") { Description = "District code, e.g. BU19160201 or 13019W04" };
        var scenario = ScenarioOption();
        var command = new Command("heat", "Heat demand (calibrated to measured gas), strategies S1-S5 with national and end-user cost, street heat density");
        command.Arguments.Add(code);
        command.Options.Add(scenario);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var r = await Guard(() => new DistrictHeatAnalysis(db).AnalyseAsync(parse.GetValue(code)!, Scenario(parse.GetValue(scenario)), token));
            if (json)
            {
                io.WriteJson(r);
                return CliApp.Ok;
            }
            io.Out.WriteLine($"{r.DistrictCode} {r.DistrictName}: {r.Demand.BuildingsIncluded} of {r.Demand.Buildings} buildings, {F(r.Demand.TotalMWhPerYear)} MWh/yr, peak sum {r.Demand.PeakSumMW:0.0} MW");
            io.Out.WriteLine($"calibration: factor {r.Calibration.Factor:0.000}, error before {r.Calibration.ErrorBeforePercent:0.0} %, after {r.Calibration.ErrorAfterPercent:0.0} % ({r.Calibration.MeasuredSource})");
            foreach (var e in r.Excluded) io.Out.WriteLine($"excluded: {e.Buildings} — {e.Explanation}");
            var table = new Table().Border(TableBorder.Simple);
            foreach (var h in new[] { "strategy", "national €/yr", "per dwelling", "end-user €/yr", "per dwelling", "CO₂ t/yr" }) table.AddColumn(h);
            foreach (var s in r.Strategies)
                table.AddRow(Markup.Escape(s.Code), F(s.NationalCostEurPerYear), F(s.NationalCostEurPerDwellingPerYear), F(s.EndUserCostEurPerYear),
                    F(s.EndUserCostEurPerDwellingPerYear), F(s.Co2TonnePerYear));
            io.Console.Write(table);
            io.Out.WriteLine($"cheapest: national {r.CheapestNational}, end user {r.CheapestEndUser}; streets: {r.Streets.GraphKind}");
            return CliApp.Ok;
        }, ct));
        return command;
    }

    public static Command HeatNetwork(CliIo io)
    {
        var code = new Argument<string>("code") { Description = "District code, e.g. BU19160201 or 13019W04" };
        var exact = new Option<bool>("--exact") { Description = "Solve the MILP (HiGHS) instead of the fast tree heuristic" };
        var limit = new Option<double>("--time-limit") { Description = "Exact mode: time limit in seconds (default 120)", DefaultValueFactory = _ => 120 };
        var gap = new Option<double>("--gap") { Description = "Exact mode: relative gap to stop at (default 0.01)", DefaultValueFactory = _ => 0.01 };
        var source = new Option<string?>("--source") { Description = "Heat source position as lon,lat (WGS84) inside the district; default: the street node nearest the district's centroid" };
        var scenario = ScenarioOption();
        var command = new Command("heat-network", "Design a heat network for a district: who connects, which streets carry pipe, pipe sizes");
        command.Arguments.Add(code);
        foreach (var o in new Option[] { exact, limit, gap, source, scenario }) command.Options.Add(o);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            var timeLimit = parse.GetValue(limit);
            var relativeGap = parse.GetValue(gap);
            if (!(timeLimit > 0)) throw new CliInputException("--time-limit must be a positive number of seconds");
            if (!(relativeGap >= 0 && relativeGap < 1)) throw new CliInputException("--gap must be between 0 and 1, e.g. 0.01");
            var at = ParseSource(parse.GetValue(source));
            var problem = await Guard(() => new DistrictNetworkDesign(db).BuildProblemAsync(parse.GetValue(code)!, at, Scenario(parse.GetValue(scenario)), token));
            var r = NativeStdout.ToStderr(() => DistrictNetworkDesign.Design(problem, parse.GetValue(exact), timeLimit, relativeGap));
            if (json)
            {
                io.WriteJson(r);
                return CliApp.Ok;
            }
            io.Out.WriteLine($"{r.DistrictCode} {r.DistrictName} ({r.StreetGraph} streets, {r.Mode}, {r.Status}): {r.Connected} of {r.Candidates} buildings connect, {F(r.TrenchM)} m trench");
            io.Out.WriteLine($"cost {F(r.ObjectiveEurPerYear)} €/yr (bound {F(r.BoundEurPerYear)}, gap {r.Gap:P2}), all individual {F(r.AllIndividualEurPerYear)} €/yr, {r.Seconds:0.00} s");
            foreach (var p in r.PipesByDn) io.Out.WriteLine($"  DN{p.Dn}: {F(p.LengthM)} m");
            foreach (var n in r.Notes) io.Out.WriteLine($"note: {n}");
            return CliApp.Ok;
        }, ct));
        return command;
    }

    public static Command HeatPhasing(CliIo io)
    {
        var code = new Argument<string>("code") { Description = "District code, e.g. BU19160201 or 13019W04" };
        var strategy = new Option<string?>("--strategy") { Description = "S1-S5 (default: the strategy cheapest for society)" };
        var mode = new Option<string>("--mode") { Description = "stepwise (S-curve or --rates) or all-at-once", DefaultValueFactory = _ => "stepwise" };
        var start = new Option<int?>("--start-year") { Description = "First year (default from phasing.csv)" };
        var horizon = new Option<int?>("--horizon-years") { Description = "Years shown (extended when the roll-out needs longer)" };
        var rollout = new Option<int?>("--rollout-years") { Description = "Stepwise: years of the S-curve" };
        var rates = new Option<string?>("--rates") { Description = "Stepwise: yearly shares of the buildings switching, comma-separated, together 1 (e.g. 0.1,0.2,0.3,0.4)" };
        var waves = new Option<int?>("--waves") { Description = "S3: insulation waves" };
        var waveYears = new Option<int?>("--wave-years") { Description = "S3: years per insulation wave" };
        var lead = new Option<int?>("--lead-years") { Description = "S3: years between the end of a wave and connection" };
        var ownership = new Option<string?>("--ownership") { Description = "Heat network owners: municipal=0.51,private=0.49,cooperative=0 (together 1)" };
        var tenure = new Option<string?>("--tenure") { Description = "Dwellings: owner=0.57,social=0.29,private=0.14 (together 1; default the district's figures)" };
        var subsidy = new Option<string?>("--subsidy") { Description = "Subsidy shares of insulation and installations: owner=0.3,landlord=0.2 (0-1; default none)" };
        var loan = new Option<double?>("--loan") { Description = "Share owner-occupiers borrow of what they pay themselves (0-1; default 0)" };
        var loanRate = new Option<double?>("--loan-rate") { Description = "Loan interest, % a year (default: the country's renovation loan in the one-stop shop's financing table)" };
        var loanYears = new Option<int?>("--loan-years") { Description = "Loan term in years (default: the same table)" };
        var scenario = ScenarioOption();
        var command = new Command("heat-phasing", "Phase a strategy over the years: connections, renovation waves, investments and cash flow per actor per year");
        command.Arguments.Add(code);
        foreach (var o in new Option[] { strategy, mode, start, horizon, rollout, rates, waves, waveYears, lead, ownership, tenure, subsidy, loan, loanRate, loanYears, scenario }) command.Options.Add(o);
        command.SetAction((parse, ct) => CliApp.WithDatabaseAsync(parse, io, async (db, json, token) =>
        {
            if (!PhasingOptions.TryMode(parse.GetValue(mode), out var phasingMode))
                throw new CliInputException($"--mode '{parse.GetValue(mode)}' is not stepwise or all-at-once");
            var own = Shares(parse.GetValue(ownership), "--ownership", ["municipal", "private", "cooperative"]);
            var ten = Shares(parse.GetValue(tenure), "--tenure", ["owner", "social", "private"]);
            var sub = Parts(parse.GetValue(subsidy), "--subsidy", ["owner", "landlord"]);
            var options = new PhasingOptions
            {
                Strategy = parse.GetValue(strategy),
                Mode = phasingMode,
                StartYear = parse.GetValue(start),
                HorizonYears = parse.GetValue(horizon),
                RolloutYears = parse.GetValue(rollout),
                ConnectionRates = Numbers(parse.GetValue(rates), "--rates"),
                RenovationWaves = parse.GetValue(waves),
                RenovationWaveYears = parse.GetValue(waveYears),
                RenovationLeadYears = parse.GetValue(lead),
                Ownership = own is null ? null : new OwnershipShares(own[0], own[1], own[2]),
                Tenure = ten is null ? null : new TenureShares(ten[0], ten[1], ten[2]),
                SubsidyOwnerOccupied = sub?.GetValueOrDefault("owner"),
                SubsidyLandlords = sub?.GetValueOrDefault("landlord"),
                LoanShare = parse.GetValue(loan),
                LoanRatePct = parse.GetValue(loanRate),
                LoanYears = parse.GetValue(loanYears),
            };
            var layers = await Guard(() => new DistrictHeatAnalysis(db).LayersAsync(parse.GetValue(code)!, Scenario(parse.GetValue(scenario)), token));
            DistrictPhasingResult r;
            try { r = DistrictHeatPhasing.Run(layers, options); }
            catch (PhasingInputException e) { throw new CliInputException(e.Message); }
            if (json)
            {
                io.WriteJson(r);
                return CliApp.Ok;
            }
            io.Out.WriteLine($"{r.DistrictCode} {r.DistrictName}: {r.Strategy} ({r.StrategyName}), {r.Mode}; connections {r.FirstConnectionYear}-{r.LastConnectionYear}; investment {F(r.StrategyTotals.InvestmentEur)} €");
            var table = new Table().Border(TableBorder.Simple);
            foreach (var h in new[] { "year", "new %", "connected %", "insulated %", "investment €" }.Concat(r.Actors)) table.AddColumn(Markup.Escape(h));
            foreach (var y in r.Years)
                table.AddRow(new[] { y.Year.ToString(CultureInfo.InvariantCulture), P(y.NewConnectionShare), P(y.ConnectedShare), P(y.RenovatedShare), F(y.InvestmentEur) }
                    .Concat(y.Actors.Select(a => F(a.NetEur))).Select(Markup.Escape).ToArray());
            io.Console.Write(table);
            foreach (var n in r.Notes) io.Out.WriteLine($"note: {n}");
            return CliApp.Ok;
        }, ct));
        return command;
    }

    /// <summary>"a=0.5,b=0.3,c=0.2" in the given key order (a key left out is 0); null when not given.</summary>
    private static double[]? Shares(string? text, string option, string[] keys) =>
        Parts(text, option, keys, "(shares 0-1 that add up to 1)", "<share>") is { } parts ? keys.Select(k => parts.GetValueOrDefault(k)).ToArray() : null;

    /// <summary>key=value pairs, each key optional: --subsidy owner=0.3,landlord=0.2.</summary>
    private static Dictionary<string, double>? Parts(string? text, string option, string[] keys, string hint = "", string value = "<share 0-1>")
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var values = new Dictionary<string, double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var key = kv[0].ToLowerInvariant();
            if (kv.Length != 2 || !keys.Contains(key) || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new CliInputException($"{option} '{text}': give {string.Join(",", keys.Select(k => k + "=" + value))}{(hint.Length > 0 ? " " + hint : "")}");
            values[key] = v;
        }
        return values;
    }

    private static IReadOnlyList<double>? Numbers(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var list = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new CliInputException($"{option}: '{part}' is not a number");
            list.Add(v);
        }
        return list;
    }

    private static string P(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture);

    private static Option<string> ScenarioOption() => new("--scenario")
    {
        Description = "Energy price scenario: low, mid or high (default mid)",
        DefaultValueFactory = _ => "mid",
    };

    private static PriceScenario Scenario(string? text) => text?.ToLowerInvariant() switch
    {
        "low" => PriceScenario.Low,
        "mid" or null => PriceScenario.Mid,
        "high" => PriceScenario.High,
        _ => throw new CliInputException($"--scenario '{text}' is not one of low, mid, high"),
    };

    private static (double Lon, double Lat)? ParseSource(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && lon is >= -180 and <= 180 && lat is >= -90 and <= 90)
            return (lon, lat);
        throw new CliInputException($"--source '{text}' is not lon,lat in degrees, e.g. 4.3845,52.0750");
    }

    private static async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try { return await work(); }
        catch (DistrictHeatInputException e) { throw new CliInputException(e.Message); }
    }

    private static string F(double v) => double.IsFinite(v) ? v.ToString("#,0", CultureInfo.InvariantCulture) : "–";
}
