using System.Globalization;
using System.Net;
using System.Text.Json;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Reports;

namespace Wijkwerf.Web.Tests.Heat;

/// <summary>The PDF and the Excel report read back: they carry the figures of the JSON API.</summary>
public sealed class HeatReportTests(HeatSiteFixture fixture) : IClassFixture<HeatSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Heat = $"/api/districts/{TestSite.District}/heat";
    private const string Phasing = "strategy=S2&mode=stepwise&rolloutYears=4";

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var client = site.CreateClient();
        var text = await client.GetStringAsync(url, Ct);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<byte[]> BytesAsync(string url, string mediaType)
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url + ": " + await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain(TestSite.District);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_workbook_has_buildings_strategies_streets_network_and_phasing_with_the_figures_of_the_API()
    {
        var bytes = await BytesAsync($"{Heat}/report.xlsx?{Phasing}", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var analysis = await JsonAsync(Heat);
        var network = await JsonAsync(Heat + "/network");
        var phasing = await JsonAsync($"{Heat}/phasing?{Phasing}");
        var density = await JsonAsync(Heat + "/density");
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, bytes, Ct);

            var strategies = XlsxTable.Read(path, "strategies", out _);
            strategies.Select(r => r.Cells["code"]).ShouldBe(["S1", "S2", "S3", "S4", "S5"]);
            foreach (var (row, s) in strategies.Zip(analysis.GetProperty("strategies").EnumerateArray()))
            {
                Number(row.Cells["national_cost_eur_per_year"]).ShouldBe(s.GetProperty("nationalCostEurPerYear").GetDouble());
                Number(row.Cells["end_user_cost_eur_per_year"]).ShouldBe(s.GetProperty("endUserCostEurPerYear").GetDouble());
                Number(row.Cells["investment_eur"]).ShouldBe(s.GetProperty("investmentEur").GetDouble());
                Number(row.Cells["tenant_eur_per_year"]).ShouldBe(s.GetProperty("endUserByActor").GetProperty("tenant").GetDouble());
                Number(row.Cells["co2_tonne_per_year"]).ShouldBe(s.GetProperty("co2TonnePerYear").GetDouble());
            }
            strategies.Single(r => r.Cells["cheapest_national"] == "yes").Cells["code"].ShouldBe(analysis.GetProperty("cheapestNational").GetString());

            var buildings = XlsxTable.Read(path, "buildings", out _);
            buildings.Count.ShouldBe(62);
            buildings.Single(r => r.Cells["id"] == HeatSiteFixture.NoFloorArea).Cells["excluded"].ShouldBe("NoFloorArea");
            buildings.Count(r => r.Cells["connected_fast_design"] == "yes").ShouldBe(network.GetProperty("summary").GetProperty("connected").GetInt32());
            buildings.Where(r => !r.Cells.ContainsKey("excluded")).Sum(r => Number(r.Cells["demand_mwh_per_year"]))
                .ShouldBe(analysis.GetProperty("demand").GetProperty("totalMWhPerYear").GetDouble(), 0.5);

            var streets = XlsxTable.Read(path, "streets density", out _);
            streets.Count.ShouldBe(density.GetProperty("features").GetArrayLength());

            var netRows = XlsxTable.Read(path, "network", out _);
            // The notes are one row each (e.g. the solver and the bound used); every other item once.
            netRows.Where(r => r.Cells["item"] == "note").Select(r => r.Cells["value"]).ShouldContain(v => v.StartsWith("bound: "));
            var net = netRows.Where(r => r.Cells["item"] != "note").ToDictionary(r => r.Cells["item"], r => r.Cells.GetValueOrDefault("value"));
            Number(net["connected"]!).ShouldBe(network.GetProperty("summary").GetProperty("connected").GetInt32());
            Number(net["annual cost with network"]!).ShouldBe(network.GetProperty("summary").GetProperty("objectiveEurPerYear").GetDouble());
            Number(net["outside the design: Unreachable"]!).ShouldBeGreaterThan(0);

            var years = XlsxTable.Read(path, "phasing", out var header);
            header.ShouldContain("ownerOccupier net €".ToLowerInvariant());
            var apiYears = phasing.GetProperty("years").EnumerateArray().ToList();
            years.Count.ShouldBe(apiYears.Count + 1); // and the total row
            foreach (var (row, y) in years.Zip(apiYears))
            {
                Number(row.Cells["year"]).ShouldBe(y.GetProperty("year").GetInt32());
                Number(row.Cells["investment_eur"]).ShouldBe(y.GetProperty("investmentEur").GetDouble());
            }
            years[^1].Cells["year"].ShouldBe("total");
            var actors = XlsxTable.Read(path, "actor totals", out var actorHeader);
            actorHeader.ShouldContain("financing_eur");
            foreach (var (row, a) in actors.Zip(phasing.GetProperty("actorTotals").EnumerateArray(), (r, a) => (r, a)))
            {
                row.Cells["actor"].ShouldBe(a.GetProperty("actor").GetString());
                Number(row.Cells["net_eur"]).ShouldBe(a.GetProperty("netEur").GetDouble());
            }
            actors.Count.ShouldBe(phasing.GetProperty("actorTotals").GetArrayLength());

            var summary = XlsxTable.Read(path, out _).ToDictionary(r => r.Cells["item"], r => r.Cells.GetValueOrDefault("value"));
            Number(summary["calibration factor"]!).ShouldBe(Math.Round(analysis.GetProperty("calibration").GetProperty("factor").GetDouble(), 4));
            summary["cheapest national"].ShouldBe(analysis.GetProperty("cheapestNational").GetString());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task The_pdf_report_holds_the_strategy_costs_calibration_network_and_phasing_of_the_API_in_Dutch_and_English()
    {
        var pdf = await BytesAsync($"{Heat}/report.pdf?{Phasing}&lang=nl", "application/pdf");
        pdf.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
        var text = await PdfText.ExtractAsync(pdf, Ct);
        var analysis = await JsonAsync(Heat);
        var phasing = await JsonAsync($"{Heat}/phasing?{Phasing}");
        var network = await JsonAsync(Heat + "/network");
        var nl = CultureInfo.GetCultureInfo("nl-NL");

        text.ShouldContain("Warmterapport Voorburg Oud");
        text.ShouldContain("Strategieën vergeleken");
        foreach (var s in analysis.GetProperty("strategies").EnumerateArray())
        {
            text.ShouldContain(s.GetProperty("nationalCostEurPerYear").GetDouble().ToString("N0", nl));
            text.ShouldContain(s.GetProperty("endUserCostEurPerYear").GetDouble().ToString("N0", nl));
        }
        text.ShouldContain(analysis.GetProperty("calibration").GetProperty("factor").GetDouble().ToString("N3", nl));
        text.ShouldContain(network.GetProperty("summary").GetProperty("trenchM").GetDouble().ToString("N0", nl));
        foreach (var y in phasing.GetProperty("years").EnumerateArray().Take(4))
            text.ShouldContain(y.GetProperty("investmentEur").GetDouble().ToString("N0", nl));
        text.ShouldContain("Fasering");

        var english = await PdfText.ExtractAsync(await BytesAsync($"{Heat}/report.pdf?lang=en", "application/pdf"), Ct);
        english.ShouldContain("Heat report Voorburg Oud");
        english.ShouldContain("Who pays what");
        english.ShouldContain(analysis.GetProperty("strategies")[0].GetProperty("nationalCostEurPerYear").GetDouble().ToString("N0", CultureInfo.GetCultureInfo("en-GB")));
    }
}
