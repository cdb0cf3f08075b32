using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkwerf.Data.Districts;
using Wijkwerf.Data.Heat;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Heat.Density;
using Wijkwerf.Engine.Heat.Parameters;
using Wijkwerf.Engine.Heat.Phasing;

namespace Wijkwerf.Web.Features.Heat;

public sealed class HeatModel(DistrictQueries queries, WijkwerfDb db, HeatLayersCache cache) : PageModel
{
    public DistrictFigures District { get; private set; } = null!;
    public DistrictHeatResult? Result { get; private set; }
    public string? Problem { get; private set; }
    public string Scenario { get; private set; } = "mid";

    public DistrictPhasingResult? Phasing { get; private set; }
    public string? PhasingProblem { get; private set; }
    /// <summary>The phasing form as the user filled it in (percentages), to show it again.</summary>
    public PhasingForm Form { get; private set; } = new();
    /// <summary>The phasing settings as API query parameters (fractions), for the report links.</summary>
    public string PhasingQuery { get; private set; } = "";

    /// <summary>Lower bound of each density band, MWh per metre per year (VeryGood, Good, Sufficient; Critical is below Sufficient).</summary>
    public IReadOnlyDictionary<string, double> BandMinimum { get; } = Enum.GetValues<HeatDensityBand>()
        .ToDictionary(b => b.ToString(), b => HeatParameters.Default.DensityBandMinMWhPerM(b));

    public async Task<IActionResult> OnGetAsync(string code, string? scenario, CancellationToken ct)
    {
        var figures = await queries.DistrictAsync(code, ct);
        if (figures is null) return NotFound();
        District = figures;
        if (!HeatApi.TryScenario(scenario, out var s)) return BadRequest();
        Scenario = s.ToString().ToLowerInvariant();
        DistrictHeatLayers layers;
        try { layers = await cache.GetAsync(db, code, s, ct); }
        catch (DistrictHeatInputException e)
        {
            Problem = e.Message;
            return Page();
        }
        Result = layers.Result;

        Form = PhasingForm.From(Request.Query, layers);
        if (Form.TryOptions(out var options, out var query, out var error))
        {
            PhasingQuery = query;
            try { Phasing = DistrictHeatPhasing.Run(layers, options!); }
            catch (PhasingInputException e) { PhasingProblem = e.Message; }
        }
        else PhasingProblem = error;
        if (Phasing is null)
        {
            // Show the defaults' phasing beside the message, so the page still has its table.
            Phasing = DistrictHeatPhasing.Run(layers, new PhasingOptions());
            PhasingQuery = "";
        }
        return Page();
    }
}

/// <summary>The phasing form of the heat page, in percentages (the API takes fractions).</summary>
public sealed record PhasingForm
{
    public string? Strategy { get; init; }
    public string Mode { get; init; } = "stepwise";
    public string? StartYear { get; init; }
    public string? RolloutYears { get; init; }
    public string? Rates { get; init; }
    public string? Waves { get; init; }
    public string? WaveYears { get; init; }
    public string? LeadYears { get; init; }
    public string? Municipal { get; init; }
    public string? Private { get; init; }
    public string? Cooperative { get; init; }
    public string? OwnerOccupied { get; init; }
    public string? SocialRental { get; init; }
    public string? PrivateRental { get; init; }
    public string? SubsidyOwners { get; init; }
    public string? SubsidyLandlords { get; init; }
    public string? LoanShare { get; init; }
    public string? LoanRate { get; init; }
    public string? LoanYears { get; init; }

    /// <summary>The defaults each empty field shows (phasing.csv; tenure of the district).</summary>
    public PhasingForm? Defaults { get; init; }

    /// <summary>What a field shows: the user's value, else the default.</summary>
    public string? Show(Func<PhasingForm, string?> field) => field(this) ?? (Defaults is { } d ? field(d) : null);

    public static PhasingForm From(IQueryCollection q, DistrictHeatLayers layers)
    {
        string? Get(string name) => q.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        var p = PhasingParameters.Default;
        var t = layers.Tenure;
        var fin = DistrictHeatPhasing.Financing(new PhasingOptions(), layers.Country);
        static string Pct(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture);
        static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        var defaults = new PhasingForm
        {
            Strategy = layers.Result.CheapestNational, Mode = "stepwise", StartYear = I(p.StartYear), RolloutYears = I(p.RolloutYears),
            Waves = I(p.RenovationWaves), WaveYears = I(p.RenovationWaveYears), LeadYears = I(p.RenovationLeadYears),
            Municipal = Pct(p.Ownership.MunicipalCompany), Private = Pct(p.Ownership.PrivateHeatCompany), Cooperative = Pct(p.Ownership.Cooperative),
            OwnerOccupied = Pct(t.OwnerOccupied), SocialRental = Pct(t.SocialRental), PrivateRental = Pct(t.PrivateRental),
            SubsidyOwners = Pct(fin.SubsidyOwnerOccupied), SubsidyLandlords = Pct(fin.SubsidyLandlords), LoanShare = Pct(fin.LoanShare),
            LoanRate = fin.LoanRatePct.ToString("0.##", CultureInfo.InvariantCulture), LoanYears = I(fin.LoanYears),
        };
        var form = new PhasingForm
        {
            Strategy = Get("strategy"), Mode = Get("mode") ?? "stepwise", StartYear = Get("startYear"), RolloutYears = Get("rolloutYears"),
            Rates = Get("ratesPct"), Waves = Get("waves"), WaveYears = Get("waveYears"), LeadYears = Get("leadYears"),
            Municipal = Get("municipalPct"), Private = Get("privatePct"), Cooperative = Get("cooperativePct"),
            OwnerOccupied = Get("ownerOccupiedPct"), SocialRental = Get("socialRentalPct"), PrivateRental = Get("privateRentalPct"),
            SubsidyOwners = Get("subsidyOwnersPct"), SubsidyLandlords = Get("subsidyLandlordsPct"), LoanShare = Get("loanSharePct"),
            LoanRate = Get("loanRate"), LoanYears = Get("loanYears"),
            Defaults = defaults,
        };
        // A share group counts as given only when it differs from its defaults (the form always sends all three).
        if (form.Municipal == defaults.Municipal && form.Private == defaults.Private && form.Cooperative == defaults.Cooperative)
            form = form with { Municipal = null, Private = null, Cooperative = null };
        if (form.OwnerOccupied == defaults.OwnerOccupied && form.SocialRental == defaults.SocialRental && form.PrivateRental == defaults.PrivateRental)
            form = form with { OwnerOccupied = null, SocialRental = null, PrivateRental = null };
        return form;
    }

    /// <summary>The engine's options and the same as API query parameters; false with the reason when a field is not a number.</summary>
    public bool TryOptions(out PhasingOptions? options, out string query, out string? error)
    {
        options = null;
        query = "";
        error = null;
        var parts = new List<string>();
        string? err = null;
        double? Number(string label, string? text)
        {
            if (text is null) return null;
            if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
            err ??= $"{label}: '{text}' is not a number";
            return null;
        }
        int? Whole(string label, string? text)
        {
            var v = Number(label, text);
            if (v is null) return null;
            if (v != Math.Floor(v.Value)) { err ??= $"{label}: '{text}' is not a whole number"; return null; }
            return (int)v.Value;
        }
        string F(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

        if (!PhasingOptions.TryMode(Mode, out var mode)) err ??= $"mode '{Mode}' is not stepwise or all-at-once";
        if (Strategy is not null && !PhasingOptions.TryStrategy(Strategy, out _)) err ??= $"strategy '{Strategy}' is not one of S1-S5";
        IReadOnlyList<double>? rates = null;
        if (Rates is not null)
        {
            var list = new List<double>();
            foreach (var part in Rates.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
                if (Number("rates", part) is { } v) list.Add(v / 100);
            rates = list;
        }
        var ownershipGiven = Municipal is not null || Private is not null || Cooperative is not null;
        var tenureGiven = OwnerOccupied is not null || SocialRental is not null || PrivateRental is not null;
        // A group the user touched is read whole (an empty field in it is 0).
        double? Share(string label, string? text, bool given) => given ? Number(label, text ?? "0") : null;
        var ownership = new[] { Share("municipal company", Municipal, ownershipGiven), Share("private heat company", Private, ownershipGiven), Share("cooperative", Cooperative, ownershipGiven) };
        var tenure = new[] { Share("owner-occupied", OwnerOccupied, tenureGiven), Share("social rental", SocialRental, tenureGiven), Share("private rental", PrivateRental, tenureGiven) };
        var o = new PhasingOptions
        {
            Strategy = Strategy,
            Mode = mode,
            StartYear = Whole("start year", StartYear),
            RolloutYears = Whole("roll-out years", RolloutYears),
            ConnectionRates = rates,
            RenovationWaves = Whole("waves", Waves),
            RenovationWaveYears = Whole("years per wave", WaveYears),
            RenovationLeadYears = Whole("lead years", LeadYears),
            Ownership = ownership.All(v => v is not null) ? new OwnershipShares(ownership[0]!.Value / 100, ownership[1]!.Value / 100, ownership[2]!.Value / 100) : null,
            Tenure = tenure.All(v => v is not null) ? new TenureShares(tenure[0]!.Value / 100, tenure[1]!.Value / 100, tenure[2]!.Value / 100) : null,
            SubsidyOwnerOccupied = Number("subsidy owner-occupiers", SubsidyOwners) / 100,
            SubsidyLandlords = Number("subsidy landlords", SubsidyLandlords) / 100,
            LoanShare = Number("loan share", LoanShare) / 100,
            LoanRatePct = Number("loan interest", LoanRate),
            LoanYears = Whole("loan years", LoanYears),
        };
        if (err is not null) { error = err; return false; }
        if (o.Strategy is not null) parts.Add("strategy=" + Uri.EscapeDataString(o.Strategy));
        parts.Add("mode=" + (mode == PhasingMode.AllAtOnce ? "all-at-once" : "stepwise"));
        if (o.StartYear is { } sy) parts.Add($"startYear={sy}");
        if (o.RolloutYears is { } ry) parts.Add($"rolloutYears={ry}");
        if (rates is not null) parts.Add("rates=" + string.Join(",", rates.Select(F)));
        if (o.RenovationWaves is { } w) parts.Add($"waves={w}");
        if (o.RenovationWaveYears is { } wy) parts.Add($"waveYears={wy}");
        if (o.RenovationLeadYears is { } ly) parts.Add($"leadYears={ly}");
        if (o.Ownership is { } os) parts.Add($"municipal={F(os.MunicipalCompany)}&private={F(os.PrivateHeatCompany)}&cooperative={F(os.Cooperative)}");
        if (o.Tenure is { } ts) parts.Add($"ownerOccupied={F(ts.OwnerOccupied)}&socialRental={F(ts.SocialRental)}&privateRental={F(ts.PrivateRental)}");
        if (o.SubsidyOwnerOccupied is { } so) parts.Add($"subsidyOwners={F(so)}");
        if (o.SubsidyLandlords is { } sl) parts.Add($"subsidyLandlords={F(sl)}");
        if (o.LoanShare is { } lsh) parts.Add($"loanShare={F(lsh)}");
        if (o.LoanRatePct is { } lr) parts.Add($"loanRate={F(lr)}");
        if (o.LoanYears is { } lyrs) parts.Add($"loanYears={lyrs}");
        options = o;
        query = string.Join("&", parts);
        return true;
    }
}
