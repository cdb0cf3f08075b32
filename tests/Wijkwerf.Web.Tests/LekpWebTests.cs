using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Heat;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Lekp;

namespace Wijkwerf.Web.Tests;

/// <summary>The test site with Lille on LEKP 2.0 and the sample measures (samples/lille-maatregelen.csv) imported.</summary>
public sealed class LekpSiteFixture : IAsyncLifetime
{
    public TestSite Site { get; } = new();
    public int LilleId { get; private set; }
    public int VoorburgId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await Site.PrepareAsync();
        (LilleId, VoorburgId) = await LekpSeed.SeedAsync(Site);
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

public sealed class LekpWebTests(LekpSiteFixture fixture) : IClassFixture<LekpSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private const string Lille = TestSite.FlemishMunicipality;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> JsonAsync(string url, HttpClient? client = null)
    {
        client ??= site.CreateClient();
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url + ": " + await response.Content.ReadAsStringAsync(Ct));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }

    private static double? Number(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDouble();

    private static Dictionary<string, string?> Measure(string title, string quantity = "12", string target = "bomen", string werf = "groen") => new()
    {
        ["werf"] = werf,
        ["target_key"] = target,
        ["title"] = title,
        ["quantity"] = quantity,
        ["status"] = "planned",
        ["district_code"] = TestSite.FlemishDistrict,
        ["street_name"] = "Kerkstraat",
        ["start_date"] = "2026-11-01",
        ["end_date"] = "2027-02-28",
    };

    [Fact]
    public async Task The_monitor_sums_per_target_equal_the_imported_measures()
    {
        var measures = (await JsonAsync($"/api/municipalities/{Lille}/measures")).EnumerateArray().ToArray();
        measures.Length.ShouldBeGreaterThanOrEqualTo(File.ReadAllLines(LekpSeed.Sample).Length - 1);
        var monitor = await JsonAsync($"/api/municipalities/{Lille}/targets");
        monitor.GetProperty("pactVersion").GetString().ShouldBe("2.0");
        var table = LekpTargetTable.Default.For("2.0");
        foreach (var t in monitor.GetProperty("targets").EnumerateArray())
        {
            var key = t.GetProperty("key").GetString()!;
            var counted = measures.Where(m => m.GetProperty("targetKey").GetString() is { } k && (k == key || table.Any(c => c.Key == k && c.PartOf == key))).ToArray();
            double Sum(params string[] statuses) => counted.Where(m => statuses.Contains(m.GetProperty("status").GetString())).Sum(m => m.GetProperty("quantity").GetDouble());
            t.GetProperty("realised").GetDouble().ShouldBe(Sum("realised"), key);
            t.GetProperty("planned").GetDouble().ShouldBe(Sum("planned", "in_progress"), key);
            if (Number(t, "required") is { } required && key != "co2_eigen_gebouwen" && key != "primaire_energie")
                Number(t, "gap").ShouldBe(Math.Max(0, required - Sum("realised")), key);
        }
        var trees = monitor.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "bomen");
        trees.GetProperty("required").GetDouble().ShouldBe(16_700);
        trees.GetProperty("realised").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Unknown_municipality_is_404_and_one_without_pact_409()
    {
        using var client = site.CreateClient();
        (await client.GetAsync("/api/municipalities/99999/targets", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var noPact = await client.GetAsync($"/api/municipalities/{TestSite.Municipality}/targets", Ct);
        noPact.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await noPact.Content.ReadAsStringAsync(Ct)).ShouldContain("--pact");
    }

    [Fact]
    public async Task Staff_of_Lille_add_a_measure_and_it_counts_in_the_monitor()
    {
        var client = await site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.LilleId);
        var before = (await JsonAsync($"/api/municipalities/{Lille}/targets")).GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("key").GetString() == "hagen_gevelgroen").GetProperty("planned").GetDouble();
        var created = await client.PostAsJsonAsync($"/api/municipalities/{Lille}/measures", Measure("Haag langs de Kerkstraat", "35", "hagen_gevelgroen"), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var row = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement;
        row.GetProperty("unit").GetString().ShouldBe("m");
        var after = (await JsonAsync($"/api/municipalities/{Lille}/targets")).GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("key").GetString() == "hagen_gevelgroen").GetProperty("planned").GetDouble();
        after.ShouldBe(before + 35);

        var id = row.GetProperty("id").GetInt32();
        var edited = Measure("Haag langs de Kerkstraat", "40", "hagen_gevelgroen");
        edited["status"] = "realised";
        (await client.PutAsJsonAsync($"/api/municipalities/{Lille}/measures/{id}", edited, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync($"/api/municipalities/{Lille}/measures/{id}")).GetProperty("quantity").GetDouble().ShouldBe(40);
        (await client.DeleteAsync($"/api/municipalities/{Lille}/measures/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Staff_of_another_municipality_may_not_touch_Lilles_measures()
    {
        var voorburg = await site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.VoorburgId);
        var count = (await JsonAsync($"/api/municipalities/{Lille}/measures")).GetArrayLength();
        (await voorburg.PostAsJsonAsync($"/api/municipalities/{Lille}/measures", Measure("Inbraak"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var someId = (await JsonAsync($"/api/municipalities/{Lille}/measures"))[0].GetProperty("id").GetInt32();
        (await voorburg.DeleteAsync($"/api/municipalities/{Lille}/measures/{someId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Nor through its own municipality's route: a measure id of Lille is no measure of Voorburg.
        (await voorburg.PutAsJsonAsync($"/api/municipalities/{TestSite.Municipality}/measures/{someId}", Measure("Overname"), Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await voorburg.GetAsync($"/municipalities/{Lille}/measures/edit/{someId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await site.CreateClient().PostAsJsonAsync($"/api/municipalities/{Lille}/measures", Measure("Anoniem"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var expert = await site.LoggedInClientAsync(Roles.Expert);
        (await expert.PostAsJsonAsync($"/api/municipalities/{Lille}/measures", Measure("Expert"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await JsonAsync($"/api/municipalities/{Lille}/measures")).GetArrayLength().ShouldBe(count);
    }

    [Fact]
    public async Task A_measure_with_a_unit_that_does_not_fit_its_target_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var client = await site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.LilleId);
        var count = (await JsonAsync($"/api/municipalities/{Lille}/measures")).GetArrayLength();
        var bad = Measure("Bomen in m²");
        bad["unit"] = "m2";
        var response = await client.PostAsJsonAsync($"/api/municipalities/{Lille}/measures", bad, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        problem.GetProperty("field").GetString().ShouldBe("unit");
        (problem.GetProperty("detail").GetString() ?? "").ShouldContain("'m2' does not fit target 'bomen'");
        var late = Measure("Na het pact");
        late["end_date"] = "2031-06-30";
        var lateResponse = await client.PostAsJsonAsync($"/api/municipalities/{Lille}/measures", late, Ct);
        lateResponse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await lateResponse.Content.ReadAsStringAsync(Ct)).ShouldContain("after the end of the pact");
        (await JsonAsync($"/api/municipalities/{Lille}/measures")).GetArrayLength().ShouldBe(count);
    }

    [Fact]
    public async Task The_edit_form_refuses_a_negative_quantity_and_saves_a_good_measure()
    {
        var client = await site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.LilleId);
        var form = await client.GetStringAsync($"/municipalities/{Lille}/measures/edit", Ct);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var fields = Measure("Fruitbomen speelplein", "-3");
        fields["__RequestVerificationToken"] = token;
        var refused = await client.PostAsync($"/municipalities/{Lille}/measures/edit", new FormUrlEncodedContent(fields!), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("role=\"alert\"");
        html.ShouldContain("-3 is negative");
        fields["quantity"] = "3";
        var saved = await client.PostAsync($"/municipalities/{Lille}/measures/edit", new FormUrlEncodedContent(fields!), Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await JsonAsync($"/api/municipalities/{Lille}/measures")).EnumerateArray().Count(m => m.GetProperty("title").GetString() == "Fruitbomen speelplein").ShouldBe(1);
    }

    [Fact]
    public async Task The_council_pdf_and_the_excel_export_hold_the_monitors_figures()
    {
        var monitor = await JsonAsync($"/api/municipalities/{Lille}/targets");
        using var client = site.CreateClient();
        var xlsx = await client.GetByteArrayAsync($"/api/municipalities/{Lille}/report.xlsx?year=2024", Ct);
        var file = Path.GetTempFileName();
        Dictionary<string, XlsxRow> rows;
        try
        {
            await File.WriteAllBytesAsync(file, xlsx, Ct);
            rows = XlsxTable.Read(file, out var header).ToDictionary(r => r.Cells["key"]);
            header.ShouldContain("projected_2030");
        }
        finally { File.Delete(file); }

        var pdf = await client.GetAsync($"/api/municipalities/{Lille}/report.pdf?year=2024&lang=nl", Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync(Ct));
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync(Ct), Ct);
        var lines = text.Split('\n');
        var nl = ReportTexts.Nl;
        foreach (var t in monitor.GetProperty("targets").EnumerateArray())
        {
            var key = t.GetProperty("key").GetString()!;
            string[] columns = ["required", "realised", "planned", "gap", "projected2030"];
            string[] sheet = ["required", "realised", "planned", "gap", "projected_2030"];
            var line = lines.First(l => Regex.IsMatch(l, $@"^\s*{key}\s"));
            var numbers = Regex.Matches(line, @"(?<=\s)(–|\d[\d.]*(,\d+)?)(?=\s|$)").Select(m => m.Value).ToArray();
            for (var i = 0; i < columns.Length; i++)
            {
                var expected = Number(t, columns[i]);
                rows[key].Cells.TryGetValue(sheet[i], out var cell);
                (cell is null ? (double?)null : double.Parse(cell, CultureInfo.InvariantCulture)).ShouldBe(expected, $"{key} {sheet[i]} in the workbook");
                numbers.ShouldContain(nl.Number(expected), $"{key} {columns[i]} in the PDF line '{line}'");
            }
        }
        text.ShouldContain("Inhoudelijke rapportering 2024");
    }

    [Fact]
    public async Task The_year_report_counts_what_was_realised_that_year_per_werf()
    {
        var report = await JsonAsync($"/api/municipalities/{Lille}/year-report?year=2024");
        var measures = (await JsonAsync($"/api/municipalities/{Lille}/measures")).EnumerateArray().ToArray();
        var groen = report.GetProperty("werven").EnumerateArray().Single(w => w.GetProperty("werf").GetString() == "groen");
        var unsealing = groen.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "ontharding");
        var expected = measures.Where(m => m.GetProperty("targetKey").GetString() == "ontharding" && m.GetProperty("status").GetString() == "realised"
                                           && m.GetProperty("endDate").GetString()!.StartsWith("2024", StringComparison.Ordinal))
            .Sum(m => m.GetProperty("quantity").GetDouble());
        expected.ShouldBeGreaterThan(0);
        unsealing.GetProperty("realisedThisYear").GetDouble().ShouldBe(expected);
        groen.GetProperty("realisedThisYear").EnumerateArray().Select(e => e.GetString() ?? "").ShouldContain(t => t.Contains("speelplaats"));
    }

    [Fact]
    public async Task The_district_plan_shows_couplings_co_benefits_and_the_missed_bundling_in_Dorp()
    {
        var plan = await JsonAsync($"/api/districts/{TestSite.FlemishDistrict}/plan");
        plan.GetProperty("outline").GetString().ShouldBe("lekp");
        plan.GetProperty("warmteprogramma").ValueKind.ShouldBe(JsonValueKind.Null);
        var dorp = plan.GetProperty("streets").EnumerateArray().Single(s => s.GetProperty("street").GetString() == "Dorp");
        dorp.GetProperty("entries").GetArrayLength().ShouldBeGreaterThan(3);
        var findings = plan.GetProperty("findings");
        findings.GetProperty("coBenefits").EnumerateArray().ShouldContain(c => c.GetProperty("street").GetString() == "Dorp" && c.GetProperty("year").GetInt32() == 2027);
        findings.GetProperty("conflicts").EnumerateArray().ShouldContain(c => c.GetProperty("kind").GetString() == "missedBundling" && c.GetProperty("street").GetString() == "Dorp");
        findings.GetProperty("couplings").EnumerateArray().ShouldContain(c => c.GetProperty("kind").GetString() == "budget" && c.GetProperty("key").GetString() == "ABB-LEKP-2023");

        var page = await site.CreateClient().GetStringAsync($"/districts/{TestSite.FlemishDistrict}/plan?lang=en", Ct);
        page.ShouldContain("Timeline per street");
        page.ShouldContain("the street is opened in 2025");
        page.ShouldContain("Progress per target");
        page.ShouldContain("3,100 inhabitants");
    }

    [Fact]
    public async Task A_Voorburg_buurt_in_Dutch_mode_gets_a_Warmteprogramma_outline_with_the_heat_analysis_figures()
    {
        var plan = await JsonAsync($"/api/districts/{TestSite.District}/plan");
        plan.GetProperty("outline").GetString().ShouldBe("warmteprogramma");
        var outline = plan.GetProperty("warmteprogramma");
        outline.GetProperty("chapters").GetArrayLength().ShouldBe(6);
        using var scope = site.Services.CreateScope();
        var heat = await new DistrictHeatAnalysis(scope.ServiceProvider.GetRequiredService<WijkwerfDb>()).AnalyseAsync(TestSite.District, ct: Ct);
        outline.GetProperty("demand").GetProperty("totalMWhPerYear").GetDouble().ShouldBe(heat.Demand.TotalMWhPerYear, 1e-6);
        var figures = outline.GetProperty("chapters")[1].GetProperty("figures").EnumerateArray().ToArray();
        figures.ShouldContain(f => f.GetProperty("value").GetString() == heat.Demand.TotalMWhPerYear.ToString("N0", CultureInfo.GetCultureInfo("nl-NL")));
        outline.GetProperty("chapters")[3].GetProperty("figures")[0].GetProperty("value").GetString().ShouldBe(heat.CheapestNational);

        var page = await site.CreateClient().GetStringAsync($"/districts/{TestSite.District}/plan", Ct);
        page.ShouldContain("Opzet wijkuitvoeringsplan (Warmteprogramma)");
        page.ShouldContain("Strategieën en kosten");
    }

    [Fact]
    public async Task Staff_switch_their_municipality_from_Warmteprogramma_to_the_LEKP_outline()
    {
        var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.VoorburgId);
        var other = await site.LoggedInClientAsync(Roles.MunicipalityStaff, fixture.LilleId);
        (await other.PutAsJsonAsync($"/api/municipalities/{TestSite.Municipality}/plan-outline", new { outline = "lekp" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PutAsJsonAsync($"/api/municipalities/{TestSite.Municipality}/plan-outline", new { outline = "nothing" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PutAsJsonAsync($"/api/municipalities/{TestSite.Municipality}/plan-outline", new { outline = "lekp" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync($"/api/districts/{TestSite.OtherDistrict}/plan")).GetProperty("warmteprogramma").ValueKind.ShouldBe(JsonValueKind.Null);
        (await staff.PutAsJsonAsync($"/api/municipalities/{TestSite.Municipality}/plan-outline", new { outline = "warmteprogramma" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("nl", "LEKP-monitor van Lille", "Voortgang per doelstelling")]
    [InlineData("en", "LEKP monitor of Lille", "Progress per target")]
    public async Task The_monitor_and_measures_pages_speak_Dutch_and_English(string lang, string title, string heading)
    {
        using var client = site.CreateClient();
        var monitor = await client.GetStringAsync($"/municipalities/{Lille}/lekp?lang={lang}&year=2024", Ct);
        monitor.ShouldContain(title);
        monitor.ShouldContain(heading);
        monitor.ShouldContain("class=\"bar\"");
        monitor.ShouldContain($"/api/municipalities/{Lille}/report.pdf?year=2024");
        var measures = await client.GetStringAsync($"/municipalities/{Lille}/measures?lang={lang}", Ct);
        measures.ShouldContain("klimaatbos");
        measures.ShouldContain("measures-map");
        measures.ShouldNotContain("/measures/edit", Case.Sensitive, "visitors get no edit links");
    }
}
