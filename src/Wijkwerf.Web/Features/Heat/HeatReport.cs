using System.Globalization;
using System.Net;
using System.Text;
using Wijkwerf.Data.Heat;
using Wijkwerf.Data.Reports;
using Wijkwerf.Engine.Heat.Network;
using Wijkwerf.Engine.Heat.Strategies;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Heat;

/// <summary>Everything a district heat report holds: the analysis with its layers, a fast network design (default
/// source) and the phasing with the user's settings. The PDF and the workbook are both made from it, so they carry the
/// same figures as the JSON API.</summary>
public sealed record HeatReportData(
    DistrictHeatLayers Layers,
    HeatNetworkAnswer? Network,
    string? NetworkProblem,
    DistrictPhasingResult Phasing,
    IReadOnlyList<string> Attributions,
    DateTimeOffset Generated)
{
    public DistrictHeatResult Result => Layers.Result;

    public static async Task<HeatReportData> CreateAsync(DistrictHeatLayers layers, PhasingOptions options, IReadOnlyList<string> attributions, CancellationToken ct)
    {
        HeatNetworkAnswer? network = null;
        string? problem = null;
        try
        {
            var q = DistrictNetworkDesign.BuildProblem(layers, null, Enum.Parse<Engine.Heat.PriceScenario>(layers.Result.Scenario));
            network = await HeatNetwork.DesignAsync(layers, q, exact: false, HeatApi.MaxExactSeconds, ct);
        }
        catch (DistrictHeatInputException e) { problem = e.Message; }
        return new HeatReportData(layers, network, problem, DistrictHeatPhasing.Run(layers, options), attributions, DateTimeOffset.UtcNow);
    }
}

/// <summary>The district heat report as one self-contained HTML page (inline CSS and SVG chart, printed to PDF by
/// Chromium) and as an XLSX workbook.</summary>
public static class HeatReport
{
    public const int TopStreets = 25;

    // ---------------------------------------------------------------- Excel

    /// <summary>Sheets: summary, buildings, strategies, streets density, network, phasing. Numbers are numeric cells,
    /// rounded as in the JSON API.</summary>
    public static byte[] Xlsx(HeatReportData data)
    {
        var r = data.Result;
        var connected = data.Network?.ConnectedBuildings.ToHashSet(StringComparer.Ordinal) ?? [];
        var c = r.Calibration;
        var summary = new List<IReadOnlyList<object?>>
        {
            Row("district", r.DistrictCode, ""), Row("name", r.DistrictName, ""), Row("scenario", r.Scenario, ""),
            Row("generated", data.Generated.UtcDateTime, "UTC"),
            Row("buildings", r.Demand.Buildings, ""), Row("buildings included", r.Demand.BuildingsIncluded, ""),
            Row("residential buildings", r.Demand.ResidentialBuildings, ""), Row("dwellings", r.Demand.Dwellings, ""),
            Row("dwelling equivalents", Math.Round(r.DwellingEquivalents, 1), ""),
            Row("space heat", Math.Round(r.Demand.SpaceHeatMWhPerYear, 1), "MWh/yr"), Row("hot water", Math.Round(r.Demand.HotWaterMWhPerYear, 1), "MWh/yr"),
            Row("total heat demand", Math.Round(r.Demand.TotalMWhPerYear, 1), "MWh/yr"), Row("sum of peaks", Math.Round(r.Demand.PeakSumMW, 2), "MW"),
            Row("calibrated", c.Applied ? "yes" : "no", ""), Row("calibration factor", Finite(Math.Round(c.Factor, 4)), ""),
            Row("error before calibration", Finite(Math.Round(c.ErrorBeforePercent, 2)), "%"), Row("error after calibration", Finite(Math.Round(c.ErrorAfterPercent, 2)), "%"),
            Row("measured", Math.Round(c.MeasuredMWhPerYear, 1), "MWh/yr"), Row("measured source", c.MeasuredSource, ""),
            Row("cheapest national", r.CheapestNational, ""), Row("cheapest end user", r.CheapestEndUser, ""),
            Row("owner-occupied share", r.Tenure?.OwnerOccupied, ""), Row("social rental share", r.Tenure?.SocialRental, ""),
            Row("private rental share", r.Tenure?.PrivateRental, ""), Row("tenure source", r.Tenure?.Source, ""),
            Row("street graph", r.Streets.GraphKind, ""),
        };
        foreach (var e in r.Excluded) summary.Add(Row($"excluded: {e.Reason}", e.Buildings, e.Explanation));

        var buildings = data.Layers.Buildings.Select(b => (IReadOnlyList<object?>)
        [
            b.Id, b.Address, b.Residential ? "yes" : "no", b.DwellingType, b.Use, b.BuildYear, b.BuildYearAssumed ? "yes" : "no", b.FloorAreaM2, b.Dwellings,
            b.Label, b.LabelEstimated ? "yes" : "no", b.SpaceHeatMWhPerYear, b.HotWaterMWhPerYear, b.DemandMWhPerYear, b.KWhPerM2, b.PeakKW,
            b.StreetSegment, b.Exclusion, b.ExclusionText, connected.Contains(b.Id) ? "yes" : "no",
        ]);
        var strategies = r.Strategies.Select(s => (IReadOnlyList<object?>)
        [
            s.Code, s.LeidraadName, s.Name, s.NationalCostEurPerYear, Finite(s.NationalCostEurPerDwellingPerYear), s.EndUserCostEurPerYear,
            Finite(s.EndUserCostEurPerDwellingPerYear), s.InvestmentEur, s.Investments.BuildingMeasures, s.Investments.Installation,
            s.Investments.Connection, s.Investments.Network, s.Investments.Owner, s.Investments.Collective,
            s.YearlyCosts.EnergyBillEurPerYear, s.YearlyCosts.MaintenanceEurPerYear, s.YearlyCosts.ElectricityMWhPerYear,
            s.YearlyCosts.GreenGasMWhPerYear, s.YearlyCosts.HeatMWhPerYear, s.EndUserByActor.OwnerOccupier, s.EndUserByActor.Tenant,
            s.EndUserByActor.HousingAssociation, s.EndUserByActor.PrivateLandlord, s.Co2TonnePerYear,
            s.Code == r.CheapestNational ? "yes" : "no", s.Code == r.CheapestEndUser ? "yes" : "no",
        ]);
        var streets = r.Streets.PerSegment.OrderByDescending(s => s.MWhPerMPerYear).Select(s => (IReadOnlyList<object?>)
            [s.Id, s.Name, s.Kind, s.LengthM, s.Buildings, s.HeatDemandMWhPerYear, s.MWhPerMPerYear, s.Band]);

        var network = new List<IReadOnlyList<object?>>();
        if (data.Network is { } n)
        {
            var s = n.Summary;
            network.AddRange(
            [
                Row("mode", s.Mode, ""), Row("status", s.Status, ""), Row("street graph", s.StreetGraph, ""),
                Row("residential buildings", s.ResidentialBuildings, ""), Row("candidates", s.Candidates, ""), Row("connected", s.Connected, ""),
                Row("trench", s.TrenchM, "m"), Row("annual cost with network", s.ObjectiveEurPerYear, "€/yr"), Row("lower bound", s.BoundEurPerYear, "€/yr"),
                Row("gap", s.Gap, ""), Row("seconds", s.Seconds, "s"), Row("all individual", s.AllIndividualEurPerYear, "€/yr"),
                Row("saving", s.SavingEurPerYear, "€/yr"), Row("source lon", s.Source.Lon, "°"), Row("source lat", s.Source.Lat, "°"),
                Row("source capacity", s.Source.CapacityKW, "kW"),
            ]);
            foreach (var p in s.PipesByDn) network.Add(Row($"DN{p.Dn}", p.LengthM, $"m in {p.Segments} segments"));
            foreach (var e in n.Excluded) network.Add(Row($"outside the design: {e.Reason}", e.Buildings, e.Explanation));
            foreach (var note in s.Notes) network.Add(Row("note", note, ""));
        }
        else network.Add(Row("no network", data.NetworkProblem, ""));

        var ph = data.Phasing;
        var actorColumns = ph.Actors.Select(a => $"{a} net €").ToArray();
        var phasing = ph.Years.Select(y => (IReadOnlyList<object?>)
            new object?[] { y.Year, y.NewConnectionShare, y.ConnectedShare, y.RenovatedShare, y.InvestmentEur, y.BuildingMeasuresEur, y.OwnerInstallationEur, y.CollectiveAtConnectionEur, y.NetworkEur }
                .Concat(y.Actors.Select(a => (object?)a.NetEur)).ToArray()).ToList();
        phasing.Add(new object?[] { "total", ph.Years.Sum(y => y.NewConnectionShare), null, null, ph.Years.Sum(y => y.InvestmentEur), ph.Years.Sum(y => y.BuildingMeasuresEur),
                ph.Years.Sum(y => y.OwnerInstallationEur), ph.Years.Sum(y => y.CollectiveAtConnectionEur), ph.Years.Sum(y => y.NetworkEur) }
            .Concat(ph.ActorTotals.Select(a => (object?)a.NetEur)).ToArray());

        return XlsxWriter.Write(
            new XlsxSheet("summary", ["item", "value", "unit"], summary),
            new XlsxSheet("buildings", ["id", "address", "residential", "dwelling_type", "use", "build_year", "build_year_assumed", "floor_area_m2", "dwellings",
                "label", "label_estimated", "space_heat_mwh_per_year", "hot_water_mwh_per_year", "demand_mwh_per_year", "kwh_per_m2", "peak_kw",
                "street_segment", "excluded", "excluded_why", "connected_fast_design"], buildings),
            new XlsxSheet("strategies", ["code", "leidraad_name", "name", "national_cost_eur_per_year", "national_cost_eur_per_dwelling_per_year",
                "end_user_cost_eur_per_year", "end_user_cost_eur_per_dwelling_per_year", "investment_eur", "building_measures_eur", "installation_eur",
                "connection_eur", "network_eur", "owner_investment_eur", "collective_investment_eur", "energy_bill_eur_per_year", "maintenance_eur_per_year",
                "electricity_mwh_per_year", "green_gas_mwh_per_year", "heat_mwh_per_year", "owner_occupier_eur_per_year", "tenant_eur_per_year",
                "housing_association_eur_per_year", "private_landlord_eur_per_year", "co2_tonne_per_year", "cheapest_national", "cheapest_end_user"], strategies),
            new XlsxSheet("streets density", ["id", "name", "kind", "length_m", "buildings", "heat_demand_mwh_per_year", "mwh_per_m_per_year", "band"], streets),
            new XlsxSheet("network", ["item", "value", "unit"], network),
            new XlsxSheet("phasing", new[] { "year", "new_connection_share", "connected_share", "renovated_share", "investment_eur", "building_measures_eur",
                "owner_installation_eur", "collective_at_connection_eur", "network_eur" }.Concat(actorColumns).ToArray(), phasing),
            new XlsxSheet("actor totals", ["actor", "investment_eur", "running_eur", "contribution_eur", "financing_eur", "net_eur"],
                ph.ActorTotals.Select(a => (IReadOnlyList<object?>)[a.Actor, a.InvestmentEur, a.RunningEur, a.ContributionEur, a.FinancingEur, a.NetEur]).ToList()));
    }

    private static IReadOnlyList<object?> Row(string item, object? value, string unit) => [item, value, unit];
    private static object? Finite(double v) => double.IsFinite(v) ? v : null;

    // ---------------------------------------------------------------- HTML (printed to PDF)

    public static string Html(HeatReportData data, Texts texts, CultureInfo culture)
    {
        var T = texts;
        var H = T.Heat;
        var r = data.Result;
        string N(double v, int d = 0) => double.IsFinite(v) ? v.ToString("N" + d, culture) : "–";
        string P(double share) => double.IsFinite(share) ? (share * 100).ToString("0.#", culture) + " %" : "–";
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var english = T.Code == "en";
        var texts5 = HeatStrategies.All.Select(s => s.Text()).ToDictionary(t => t.Code);
        string Plain(string code) => texts5.TryGetValue(code, out var t) ? (english ? t.EnglishName : t.FlemishName) : code;
        string Actor(string a) => H.Actors.TryGetValue(a, out var name) ? name : a;

        var b = new StringBuilder();
        b.Append($"<!DOCTYPE html><html lang=\"{T.Code}\"><head><meta charset=\"utf-8\"><title>{E(string.Format(culture, H.ReportTitle, r.DistrictName))}</title><style>");
        b.Append("""
            @page { size: A4; margin: 16mm 14mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #222; line-height: 1.35; }
            h1 { font-size: 17pt; margin: 0 0 4pt; color: #1f4e79; } h2 { font-size: 12.5pt; margin: 14pt 0 4pt; color: #1f4e79; break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; break-inside: auto; } tr { break-inside: avoid; }
            th, td { border-bottom: 0.5pt solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            thead th { border-bottom: 1pt solid #222; } caption { text-align: left; font-weight: bold; padding: 2pt 0; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; } .small { font-size: 8pt; color: #444; }
            tr.cheapest td, tr.cheapest th { font-weight: bold; background: #eef3f8; } .note { background: #f4f4f0; padding: 4pt 8pt; border-left: 3pt solid #1f4e79; }
            svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
            """);
        b.Append("</style></head><body>");
        b.Append($"<h1>{E(string.Format(culture, H.ReportTitle, r.DistrictName))}</h1>");
        b.Append($"<p>{E(r.DistrictCode)} · {E(string.Format(culture, H.ReportGenerated, data.Generated.ToString("d MMMM yyyy HH:mm 'UTC'", culture), H.Scenarios[r.Scenario.ToLowerInvariant()]))}</p>");
        b.Append($"<p class=\"note\"><strong>{E(string.Format(culture, H.CheapestSummary, $"{r.CheapestNational} {Plain(r.CheapestNational)}", $"{r.CheapestEndUser} {Plain(r.CheapestEndUser)}"))}</strong></p>");

        // Demand and calibration
        b.Append($"<h2>{E(H.DemandHeading)}</h2><table><tbody>");
        void Fig(string name, string value) => b.Append($"<tr><th scope=\"row\">{E(name)}</th><td class=\"num\">{E(value)}</td></tr>");
        Fig(H.BuildingsTotal, N(r.Demand.Buildings)); Fig(H.BuildingsIncluded, N(r.Demand.BuildingsIncluded)); Fig(T.ResidentialBuildings, N(r.Demand.ResidentialBuildings));
        Fig(T.ColDwellings, N(r.Demand.Dwellings)); Fig(H.SpaceHeatMWh, N(r.Demand.SpaceHeatMWhPerYear)); Fig(H.HotWaterMWh, N(r.Demand.HotWaterMWhPerYear));
        Fig(H.TotalMWh, N(r.Demand.TotalMWhPerYear)); Fig(H.PeakSumMW, N(r.Demand.PeakSumMW, 1)); Fig(H.BuildYearAssumed, N(r.Demand.BuildYearAssumed));
        b.Append("</tbody></table>");
        var c = r.Calibration;
        b.Append($"<h2>{E(H.CalibrationHeading)}</h2><table><tbody>");
        Fig(H.Factor, N(c.Factor, 3)); Fig(H.ErrorBefore, N(c.ErrorBeforePercent, 1)); Fig(H.ErrorAfter, N(c.ErrorAfterPercent, 1));
        Fig(H.MeasuredMWh, N(c.MeasuredMWhPerYear)); Fig(H.ModelledMWh, N(c.ModelledMWhPerYear)); Fig(H.CalibratedMWh, N(c.CalibratedMWhPerYear));
        b.Append($"</tbody></table><p class=\"small\">{E(c.Applied ? H.MeasuredSource + ": " : H.CalibrationNotApplied + " ")}<span lang=\"en\">{E(c.MeasuredSource)}</span></p>");
        if (r.Excluded.Count > 0)
        {
            b.Append($"<h2>{E(H.ExcludedHeading)}</h2><table><thead><tr><th>{E(H.ColReason)}</th><th class=\"num\">{E(T.ColBuildings)}</th><th>{E(H.ColExamples)}</th></tr></thead><tbody>");
            foreach (var e in r.Excluded)
                b.Append($"<tr><th scope=\"row\">{E(H.Exclusions.TryGetValue(e.Reason, out var why) ? why : e.Explanation)}</th><td class=\"num\">{N(e.Buildings)}</td><td>{E(string.Join(", ", e.Examples))}</td></tr>");
            b.Append("</tbody></table>");
        }

        // Strategies
        b.Append($"<h2>{E(H.StrategiesHeading)}</h2><table><caption>{E(string.Format(culture, H.StrategiesCaption, H.Scenarios[r.Scenario.ToLowerInvariant()]))}</caption><thead><tr>");
        foreach (var h in new[] { H.ColStrategy, H.ColPlain }) b.Append($"<th>{E(h)}</th>");
        foreach (var h in new[] { H.ColNational, H.ColNationalPerDwelling, H.ColEndUser, H.ColEndUserPerDwelling, H.ColCo2 }) b.Append($"<th class=\"num\">{E(h)}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var s in r.Strategies)
        {
            var cheapest = s.Code == r.CheapestNational || s.Code == r.CheapestEndUser;
            b.Append($"<tr{(cheapest ? " class=\"cheapest\"" : "")}><th scope=\"row\">{E(s.Code)}{(s.Code == r.CheapestNational ? " ★" : "")}</th><td>{E(Plain(s.Code))}<br><span class=\"small\" lang=\"nl\">{E(s.LeidraadName)}</span></td>");
            b.Append($"<td class=\"num\">{N(s.NationalCostEurPerYear)}</td><td class=\"num\">{N(s.NationalCostEurPerDwellingPerYear)}</td><td class=\"num\">{N(s.EndUserCostEurPerYear)}</td><td class=\"num\">{N(s.EndUserCostEurPerDwellingPerYear)}</td><td class=\"num\">{N(s.Co2TonnePerYear, 1)}</td></tr>");
        }
        b.Append($"</tbody></table><p class=\"small\">★ {E(H.CheapestNational)}. {E(string.Format(culture, H.PerDwellingNote, N(r.DwellingEquivalents)))}</p>");
        b.Append(ChartSvg(r, H, culture));

        b.Append($"<table><caption>{E(H.CostsCaption)}</caption><thead><tr><th>{E(H.ColStrategy)}</th>");
        foreach (var h in new[] { H.ColInvestment, H.ColBuildingMeasures, H.ColInstallation, H.ColConnectionNetwork, H.ColEnergyBill, H.ColMaintenance }) b.Append($"<th class=\"num\">{E(h)}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var s in r.Strategies)
            b.Append($"<tr><th scope=\"row\">{E(s.Code)}</th><td class=\"num\">{N(s.InvestmentEur)}</td><td class=\"num\">{N(s.Investments.BuildingMeasures)}</td><td class=\"num\">{N(s.Investments.Installation)}</td><td class=\"num\">{N(s.Investments.Connection + s.Investments.Network)}</td><td class=\"num\">{N(s.YearlyCosts.EnergyBillEurPerYear)}</td><td class=\"num\">{N(s.YearlyCosts.MaintenanceEurPerYear)}</td></tr>");
        b.Append("</tbody></table>");

        b.Append($"<h2>{E(H.WhoPaysHeading)}</h2><table><caption>{E(H.WhoPaysCaption)}</caption><thead><tr><th>{E(H.ColStrategy)}</th>");
        foreach (var a in new[] { "OwnerOccupier", "Tenant", "HousingAssociation", "PrivateLandlord" }) b.Append($"<th class=\"num\">{E(Actor(a))}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var s in r.Strategies)
            b.Append($"<tr><th scope=\"row\">{E(s.Code)}</th><td class=\"num\">{N(s.EndUserByActor.OwnerOccupier)}</td><td class=\"num\">{N(s.EndUserByActor.Tenant)}</td><td class=\"num\">{N(s.EndUserByActor.HousingAssociation)}</td><td class=\"num\">{N(s.EndUserByActor.PrivateLandlord)}</td></tr>");
        b.Append("</tbody></table>");
        if (r.Tenure is { } tenure)
            b.Append($"<p class=\"small\">{E(string.Format(culture, H.TenureNote, P(tenure.OwnerOccupied), P(tenure.SocialRental), P(tenure.PrivateRental), tenure.Source))}</p>");

        // Streets
        b.Append($"<h2>{E(H.MapHeading)}</h2><table><caption>{E(H.DensityLegend)}</caption><thead><tr><th>{E(H.ColBand)}</th><th class=\"num\">{E(H.ColSegments)}</th><th class=\"num\">{E(H.ColLengthM)}</th></tr></thead><tbody>");
        foreach (var band in r.Streets.Bands)
            b.Append($"<tr><th scope=\"row\">{E(H.Bands.TryGetValue(band.Band, out var bn) ? bn : band.Band)}</th><td class=\"num\">{N(band.Segments)}</td><td class=\"num\">{N(band.LengthM)}</td></tr>");
        b.Append("</tbody></table>");
        if (r.Streets.GraphKind != "osm") b.Append($"<p class=\"small\">{E(H.StreetGraphEstimated)}</p>");
        var top = r.Streets.PerSegment.OrderByDescending(s => s.MWhPerMPerYear).Take(TopStreets).ToList();
        b.Append($"<table><caption>{E(string.Format(culture, H.ReportTopStreets, top.Count))}</caption><thead><tr><th>{E(H.ColStreet)}</th><th class=\"num\">{E(H.ColLengthM)}</th><th class=\"num\">{E(T.ColBuildings)}</th><th class=\"num\">{E(H.ColDemandMWh)}</th><th class=\"num\">{E(H.ColDensity)}</th><th>{E(H.ColBand)}</th></tr></thead><tbody>");
        foreach (var s in top)
            b.Append($"<tr><th scope=\"row\">{E(s.Name ?? H.Unnamed)} <span class=\"small\">({E(s.Id)})</span></th><td class=\"num\">{N(s.LengthM)}</td><td class=\"num\">{N(s.Buildings)}</td><td class=\"num\">{N(s.HeatDemandMWhPerYear, 1)}</td><td class=\"num\">{N(s.MWhPerMPerYear, 2)}</td><td>{E(H.Bands.TryGetValue(s.Band, out var band2) ? band2 : s.Band)}</td></tr>");
        b.Append("</tbody></table>");

        // Network
        b.Append($"<h2>{E(H.ReportNetworkFast)}</h2>");
        if (data.Network is { } n)
        {
            var s = n.Summary;
            b.Append("<table><tbody>");
            Fig(H.Connected, $"{N(s.Connected)} / {N(s.Candidates)}"); Fig(H.TrenchM, N(s.TrenchM)); Fig(H.CostEurPerYear, N(s.ObjectiveEurPerYear));
            Fig(H.AllIndividualEurPerYear, N(s.AllIndividualEurPerYear)); Fig(H.Saving, N(s.SavingEurPerYear)); Fig(H.Gap, N(s.Gap * 100, 2) + " %"); Fig(H.Status, $"{s.Mode}, {s.Status}");
            b.Append($"</tbody></table><table><caption>{E(H.PipesByDn)}</caption><thead><tr><th>{E(H.ColDn)}</th><th class=\"num\">{E(H.ColLengthM)}</th><th class=\"num\">{E(H.ColSegments)}</th></tr></thead><tbody>");
            foreach (var p in s.PipesByDn) b.Append($"<tr><th scope=\"row\">DN{p.Dn}</th><td class=\"num\">{N(p.LengthM)}</td><td class=\"num\">{N(p.Segments)}</td></tr>");
            b.Append("</tbody></table>");
            if (n.Excluded.Count > 0)
            {
                b.Append($"<table><caption>{E(H.NetworkExcludedHeading)}</caption><thead><tr><th>{E(H.ColReason)}</th><th class=\"num\">{E(T.ColBuildings)}</th><th>{E(H.ColExamples)}</th></tr></thead><tbody>");
                foreach (var e in n.Excluded)
                    b.Append($"<tr><th scope=\"row\">{E(H.NetworkExclusions.TryGetValue(e.Reason, out var why) ? why : e.Explanation)}</th><td class=\"num\">{N(e.Buildings)}</td><td>{E(string.Join(", ", e.Ids.Take(5)))}</td></tr>");
                b.Append("</tbody></table>");
            }
        }
        else b.Append($"<p class=\"note\">{E(H.ReportNoNetwork)} {E(data.NetworkProblem)}</p>");

        // Phasing
        var ph = data.Phasing;
        b.Append($"<h2>{E(H.PhasingHeading)}</h2>");
        b.Append($"<p>{E(string.Format(culture, H.PhasingSummary, $"{ph.Strategy} {Plain(ph.Strategy)}", ph.Mode == "all-at-once" ? H.ModeAllAtOnce : H.ModeStepwise, ph.FirstConnectionYear, ph.LastConnectionYear, N(ph.StrategyTotals.InvestmentEur)))}</p>");
        if (ph.RenovationBeforeConnection) b.Append($"<p>{E(H.PhasingRenovationFirst)}</p>");
        b.Append($"<table><caption>{E(H.PhasingCaption)}</caption><thead><tr><th>{E(H.ColYear)}</th><th class=\"num\">{E(H.ColNewConnections)}</th><th class=\"num\">{E(H.ColConnected)}</th><th class=\"num\">{E(H.ColRenovated)}</th><th class=\"num\">{E(H.ColInvestment)}</th>");
        foreach (var a in ph.Actors) b.Append($"<th class=\"num\">{E(Actor(a))}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var y in ph.Years)
        {
            b.Append($"<tr><th scope=\"row\">{y.Year}</th><td class=\"num\">{P(y.NewConnectionShare)}</td><td class=\"num\">{P(y.ConnectedShare)}</td><td class=\"num\">{P(y.RenovatedShare)}</td><td class=\"num\">{N(y.InvestmentEur)}</td>");
            foreach (var a in y.Actors) b.Append($"<td class=\"num\">{N(a.NetEur)}</td>");
            b.Append("</tr>");
        }
        b.Append($"<tr><th scope=\"row\">{E(H.Total)}</th><td></td><td></td><td></td><td class=\"num\">{N(ph.Years.Sum(y => y.InvestmentEur))}</td>");
        foreach (var a in ph.ActorTotals) b.Append($"<td class=\"num\">{N(a.NetEur)}</td>");
        b.Append("</tr></tbody></table>");
        b.Append($"<table><caption>{E(H.ActorTotalsCaption)}</caption><thead><tr><th>{E(H.ColActor)}</th><th class=\"num\">{E(H.ColInvestmentEur)}</th><th class=\"num\">{E(H.ColRunningEur)}</th><th class=\"num\">{E(H.ColContributionEur)}</th><th class=\"num\">{E(H.ColFinancingEur)}</th><th class=\"num\">{E(H.ColNetEur)}</th></tr></thead><tbody>");
        foreach (var a in ph.ActorTotals)
            b.Append($"<tr><th scope=\"row\">{E(Actor(a.Actor))}</th><td class=\"num\">{N(a.InvestmentEur)}</td><td class=\"num\">{N(a.RunningEur)}</td><td class=\"num\">{N(a.ContributionEur)}</td><td class=\"num\">{N(a.FinancingEur)}</td><td class=\"num\">{N(a.NetEur)}</td></tr>");
        b.Append("</tbody></table>");
        foreach (var note in ph.Notes) b.Append($"<p class=\"small\" lang=\"en\">{E(note)}</p>");

        b.Append($"<h2>{E(H.ReportSources)}</h2><p class=\"small\">{E(string.Join(" · ", data.Attributions))}</p>");
        b.Append($"<p class=\"small\">{E(H.PhasingParameters)}: ");
        b.Append(E(string.Join(" · ", ph.Parameters.Select(p => $"{p.Name} = {p.Value.ToString(CultureInfo.InvariantCulture)} {p.Unit} ({p.Source})"))));
        b.Append("</p></body></html>");
        return b.ToString();
    }

    /// <summary>National and end-user cost per dwelling as a horizontal bar chart in SVG (no script, prints as vector).</summary>
    private static string ChartSvg(DistrictHeatResult r, HeatTexts H, CultureInfo culture)
    {
        var rows = r.Strategies;
        var max = rows.SelectMany(s => new[] { s.NationalCostEurPerDwellingPerYear, s.EndUserCostEurPerDwellingPerYear }).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        if (!(max > 0)) max = 1;
        const int left = 40, width = 420, barH = 9, gap = 6;
        var height = rows.Count * (2 * barH + gap) + 34;
        var b = new StringBuilder();
        b.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{left + width + 80}\" height=\"{height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(H.ChartHeading)}\">");
        var y = 4;
        foreach (var s in rows)
        {
            b.Append($"<text x=\"0\" y=\"{y + barH + 3}\" font-size=\"10\">{WebUtility.HtmlEncode(s.Code)}</text>");
            foreach (var (value, colour) in new[] { (s.NationalCostEurPerDwellingPerYear, "#1f4e79"), (s.EndUserCostEurPerDwellingPerYear, "#d95f02") })
            {
                var w = double.IsFinite(value) ? value / max * width : 0;
                b.Append(string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{barH}\" fill=\"{colour}\"/>"));
                b.Append(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{left + w + 4:0.#}\" y=\"{y + barH - 1}\" font-size=\"8\">"));
                b.Append(WebUtility.HtmlEncode(double.IsFinite(value) ? value.ToString("N0", culture) : "–")).Append("</text>");
                y += barH;
            }
            y += gap;
        }
        b.Append($"<rect x=\"{left}\" y=\"{y + 6}\" width=\"10\" height=\"8\" fill=\"#1f4e79\"/><text x=\"{left + 14}\" y=\"{y + 14}\" font-size=\"9\">{WebUtility.HtmlEncode(H.ChartNational)}</text>");
        b.Append($"<rect x=\"{left + 230}\" y=\"{y + 6}\" width=\"10\" height=\"8\" fill=\"#d95f02\"/><text x=\"{left + 244}\" y=\"{y + 14}\" font-size=\"9\">{WebUtility.HtmlEncode(H.ChartEndUser)}</text>");
        b.Append("</svg>");
        return $"<figure style=\"margin:4pt 0 8pt\"><figcaption><strong>{WebUtility.HtmlEncode(H.ChartHeading)}</strong></figcaption>{b}</figure>";
    }
}
