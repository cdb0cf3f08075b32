using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Data.Reports;

namespace Wijkwerf.Web.Tests;

/// <summary>The pool, climate tables, the new pages and the dashboard export, through the API and the pages (the same
/// Voorburg site as <see cref="OneStopShopTests"/>; these tests use addresses 30–49 of the longest street).</summary>
public sealed partial class OneStopShopTests
{
    private async Task<long> DecidedHouseholdAsync(HttpClient client, long unitId)
    {
        var id = await NewHouseholdAsync(client, unitId, "Fam. Bos");
        // The household opens today: its next stages cannot be dated before it.
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        foreach (var stage in new[] { "Advice", "Decision" })
            (await client.PostAsJsonAsync($"/api/one-stop-shop/households/{id}/stages", new { stage, date = today }, Ct)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/one-stop-shop/households/{id}/consents", new { purpose = "ShareWithContractor", given = true, date = today }, Ct)).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page, Ct);
        fields["__RequestVerificationToken"] = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var separator = page.Contains('?') ? '&' : '?';
        return await client.PostAsync($"{page}{separator}handler={handler}", new FormUrlEncodedContent(fields), Ct);
    }

    [Fact]
    public async Task Staff_match_and_assign_a_pool_member_through_the_api_and_Den_Haag_cannot_see_the_pool()
    {
        var street = await site.LongestStreetAsync();
        using var voorburg = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        using var denHaag = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.DenHaagId);
        var added = await voorburg.PostAsJsonAsync("/api/one-stop-shop/pool", new
        {
            name = "Isolatiebedrijf Vliet",
            kind = "Contractor",
            qualifications = new[] { "roof-insulation", "floor-insulation" },
            serviceAreas = new[] { "GM1916" },
            capacityJobs = 1,
        }, Ct);
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        var member = await added.Content.ReadFromJsonAsync<JsonElement>(Ct);
        member.GetProperty("kind").GetString().ShouldBe("Contractor");
        var memberId = member.GetProperty("id").GetInt64();
        var bad = await voorburg.PostAsJsonAsync("/api/one-stop-shop/pool", new { name = "X", kind = "Contractor", qualifications = new[] { "thatching" }, serviceAreas = new[] { "GM1916" }, capacityJobs = 1 }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("qualifications: unknown 'thatching'");

        var household = await DecidedHouseholdAsync(voorburg, street[30].UnitId);
        var match = await voorburg.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/households/{household}/pool-matches?qualifications=roof-insulation", Ct);
        match.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("memberId").GetInt64()).ShouldContain(memberId);
        var assigned = await voorburg.PostAsJsonAsync($"/api/one-stop-shop/households/{household}/pool-jobs", new { memberId, qualifications = new[] { "roof-insulation" }, date = DateTime.UtcNow.ToString("yyyy-MM-dd") }, Ct);
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync(Ct));
        var detail = await voorburg.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/households/{household}", Ct);
        detail.GetProperty("stage").GetString().ShouldBe("ContractorAssigned");
        // The member's one place is taken.
        var other = await DecidedHouseholdAsync(voorburg, street[31].UnitId);
        // Each reason comes with its code and figures, and its text in the request's language.
        var full = await voorburg.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/households/{other}/pool-matches?qualifications=roof-insulation&lang=en", Ct);
        var noPlace = full.GetProperty("excluded").EnumerateArray().Single(x => x.GetProperty("memberId").GetInt64() == memberId).GetProperty("reasons").EnumerateArray().Single();
        noPlace.GetProperty("code").GetString().ShouldBe("NoFreePlace");
        noPlace.GetProperty("activeJobs").GetInt32().ShouldBe(1);
        noPlace.GetProperty("capacityJobs").GetInt32().ShouldBe(1);
        noPlace.GetProperty("text").GetString().ShouldBe("no free capacity (1 of 1 jobs in hand)");
        var dutch = await voorburg.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/households/{other}/pool-matches?qualifications=roof-insulation&lang=nl", Ct);
        dutch.GetProperty("excluded").EnumerateArray().Single(x => x.GetProperty("memberId").GetInt64() == memberId)
            .GetProperty("reasons")[0].GetProperty("text").GetString().ShouldBe("geen plaats vrij (1 van 1 opdrachten lopend)");
        var job = (await voorburg.GetFromJsonAsync<JsonElement>("/api/one-stop-shop/pool/jobs", Ct)).EnumerateArray().Single(j => j.GetProperty("householdId").GetInt64() == household);
        var jobId = job.GetProperty("id").GetInt64();

        (await denHaag.GetStringAsync("/api/one-stop-shop/pool", Ct)).ShouldNotContain("Vliet");
        (await denHaag.GetAsync($"/api/one-stop-shop/pool/{memberId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await denHaag.GetAsync($"/api/one-stop-shop/households/{household}/pool-matches?qualifications=roof-insulation", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await denHaag.PostAsJsonAsync($"/api/one-stop-shop/pool/jobs/{jobId}/finish", new { finishedOn = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), scores = new { quality = 1, timeliness = 1, budget = 1, communication = 1 } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await denHaag.GetAsync($"/one-stop-shop/pool/{memberId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var finished = await voorburg.PostAsJsonAsync($"/api/one-stop-shop/pool/jobs/{jobId}/finish", new { finishedOn = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), scores = new { quality = 5, timeliness = 4, budget = 4, communication = 5 } }, Ct);
        finished.StatusCode.ShouldBe(HttpStatusCode.OK, await finished.Content.ReadAsStringAsync(Ct));
        var rated = await voorburg.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/pool/{memberId}", Ct);
        rated.GetProperty("ratedJobs").GetInt32().ShouldBe(1);
        rated.GetProperty("shrunkRating").GetDouble().ShouldBe((5 * 3.5 + 4.5) / 6, 0.001);
    }

    [Fact]
    public async Task Enums_in_the_one_stop_shop_api_are_names_not_numbers()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        var id = await NewHouseholdAsync(staff, street[32].UnitId, "Fam. Kaya");
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/households/{id}", Ct);
        detail.GetProperty("dwellingType").ValueKind.ShouldBe(JsonValueKind.String);
        Enum.TryParse<Domain.Buildings.DwellingType>(detail.GetProperty("dwellingType").GetString(), out _).ShouldBeTrue();
        detail.GetProperty("stage").GetString().ShouldBe("FirstContact");
        detail.GetProperty("nextStages")[0].GetString().ShouldBe("Advice");
        var suggestions = await staff.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/projects/suggestions?district={VoorburgSite.VoorburgOudNoord}", Ct);
        suggestions[0].GetProperty("type").ValueKind.ShouldBe(JsonValueKind.String);
        var financing = await (await staff.PostAsJsonAsync("/api/one-stop-shop/financing-check",
            new { scheme = "mijn-verbouwlening", tenure = "OwnerOccupied", incomeEurPerYear = 40000, adults = 1, dependants = 0, amountEur = 20000, termYears = 20 }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        financing.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        var capped = await (await staff.PostAsJsonAsync("/api/one-stop-shop/financing-check?lang=en",
            new { scheme = "mijn-verbouwlening", tenure = "OwnerOccupied", incomeEurPerYear = 40000, adults = 1, dependants = 0, amountEur = 90000, termYears = 20 }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        capped.GetProperty("reasons")[0].GetProperty("code").GetString().ShouldBe("AmountCapped");
        capped.GetProperty("reasons")[0].GetProperty("maxAmountEur").GetDecimal().ShouldBe(60000);
        capped.GetProperty("reasons")[0].GetProperty("text").GetString().ShouldBe("amount capped at the maximum of € 60,000");
        var export = await staff.GetStringAsync($"/api/one-stop-shop/households/{id}/export", Ct);
        export.ShouldContain("\"stage\":\"FirstContact\"");
        export.ShouldNotContain("\"dwellingType\":0");
    }

    [Fact]
    public async Task The_dashboard_pdf_and_excel_hold_the_api_figures_with_the_same_suppression()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        var small = await (await staff.PostAsJsonAsync("/api/one-stop-shop/campaigns", new { kind = "Letter", name = "Brief drie adressen", date = "2026-04-02" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        (await staff.PostAsJsonAsync($"/api/one-stop-shop/campaigns/{small.GetProperty("id").GetInt64()}/reached", new { unitIds = street.Skip(40).Take(3).Select(a => a.UnitId) }, Ct)).EnsureSuccessStatusCode();
        // And six more, so that the district total is shown whatever else this site holds.
        var evening = await (await staff.PostAsJsonAsync("/api/one-stop-shop/campaigns", new { kind = "InformationEvening", name = "Infoavond zes adressen", date = "2026-04-03" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        (await staff.PostAsJsonAsync($"/api/one-stop-shop/campaigns/{evening.GetProperty("id").GetInt64()}/reached", new { unitIds = street.Skip(50).Take(6).Select(a => a.UnitId) }, Ct)).EnsureSuccessStatusCode();
        var report = await staff.GetFromJsonAsync<ReachReport>($"/api/one-stop-shop/reach?district={VoorburgSite.VoorburgOudNoord}", Web, Ct);
        var campaigns = await staff.GetFromJsonAsync<JsonElement>("/api/one-stop-shop/campaigns", Ct);

        var xlsx = await staff.GetAsync($"/api/one-stop-shop/dashboard.xlsx?district={VoorburgSite.VoorburgOudNoord}", Ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var path = Path.Combine(Path.GetTempPath(), $"dashboard-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await xlsx.Content.ReadAsByteArrayAsync(Ct), Ct);
        try
        {
            static string Cell(XlsxRow r, string column) => r.Cells.GetValueOrDefault(column) ?? "";
            var funnel = XlsxTable.Read(path, "funnel", out var header);
            header.ShouldBe(["stage", "households"]);
            funnel.Select(r => (Cell(r, "stage"), Cell(r, "households"))).ShouldBe(report!.Funnel.Select(f => (f.Stage.ToString(), f.Households?.ToString() ?? "")));
            var tenure = XlsxTable.Read(path, "tenure", out _);
            tenure.Select(r => Cell(r, "reached")).ShouldBe(report.Segments["tenure"].Select(r => r.Reached?.ToString() ?? ""));
            var sheet = XlsxTable.Read(path, "campaigns", out var campaignHeader);
            campaignHeader.ShouldBe(["name", "kind", "date", "reached", "advice_or_further", "decided"]);
            var letter = sheet.Single(r => Cell(r, "name") == "Brief drie adressen");
            Cell(letter, "reached").ShouldBe(""); // 3 reached: suppressed, as in the API
            campaigns.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Brief drie adressen").GetProperty("reached").ValueKind.ShouldBe(JsonValueKind.Null);
            sheet.Count.ShouldBe(campaigns.GetArrayLength());
            sheet.Where(r => Cell(r, "reached") != "").Select(r => (Cell(r, "name"), Cell(r, "reached")))
                .ShouldBe(campaigns.EnumerateArray().Where(c => c.GetProperty("reached").ValueKind == JsonValueKind.Number)
                    .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("reached").GetInt32().ToString())));
        }
        finally { File.Delete(path); }

        var pdf = await staff.GetAsync($"/api/one-stop-shop/dashboard.pdf?district={VoorburgSite.VoorburgOudNoord}&lang=en", Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync(Ct));
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync(Ct), Ct);
        text.ShouldContain("Funnel per stage");
        text.ShouldContain("Brief drie adressen");
        text.ShouldContain(report!.Addresses.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        text.ShouldContain(report.Reached!.Value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        text.ShouldContain("< 5");
    }

    [Fact]
    public async Task A_climate_table_through_the_api_moves_an_attendee_asking_for_advice_to_advice()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        using var denHaag = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.DenHaagId);
        var created = await staff.PostAsJsonAsync("/api/one-stop-shop/climate-tables", new { date = "2026-05-20", place = "Buurthuis", topic = "Warmtepompen", districtCode = VoorburgSite.VoorburgOudNoord }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        var guests = street.Skip(44).Take(2).ToList();
        var invited = await (await staff.PostAsJsonAsync($"/api/one-stop-shop/climate-tables/{id}/invitations",
            new { addresses = string.Join("\n", guests.Select(a => $"{a.Postcode} {a.HouseNumber}")) + "\n1234 ZZ 1" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        invited.GetProperty("added").GetInt32().ShouldBe(2);
        invited.GetProperty("problems")[0].GetProperty("line").GetInt32().ShouldBe(3);
        var attendance = await staff.PostAsJsonAsync($"/api/one-stop-shop/climate-tables/{id}/attendance",
            new { attendance = new object[] { new { unitId = guests[0].UnitId, attended = true, outcome = "AdviceRequested" }, new { unitId = guests[1].UnitId, attended = false } } }, Ct);
        attendance.StatusCode.ShouldBe(HttpStatusCode.OK, await attendance.Content.ReadAsStringAsync(Ct));
        var detail = await attendance.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var guest = detail.GetProperty("guests").EnumerateArray().Single(g => g.GetProperty("unitId").GetInt64() == guests[0].UnitId);
        guest.GetProperty("outcome").GetString().ShouldBe("AdviceRequested");
        guest.GetProperty("stage").GetString().ShouldBe("Advice");
        (await denHaag.GetAsync($"/api/one-stop-shop/climate-tables/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await denHaag.GetAsync($"/one-stop-shop/climate-tables/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_new_pages_render_in_Dutch_and_English_and_their_forms_work()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        using var denHaag = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.DenHaagId);

        // Pool: add a member through the form; a bad service area is shown, not stored.
        var refused = await PostFormAsync(staff, "/one-stop-shop/pool", "Save", new() { ["name"] = "Dakdekker Noord", ["kind"] = "Contractor", ["qualifications"] = "roof-insulation", ["serviceAreas"] = "Voorburg", ["capacityJobs"] = "2" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("serviceAreas: &#x27;VOORBURG&#x27;");
        var saved = await PostFormAsync(staff, "/one-stop-shop/pool", "Save", new() { ["name"] = "Dakdekker Noord", ["kind"] = "Contractor", ["qualifications"] = "roof-insulation", ["serviceAreas"] = "GM1916", ["capacityJobs"] = "2" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.GetStringAsync("/one-stop-shop/pool?lang=nl", Ct)).ShouldContain("Dakdekker Noord");
        (await staff.GetStringAsync("/one-stop-shop/pool?lang=en", Ct)).ShouldContain("Pool of architects and contractors");

        // Household page: matching lists the member and ranks it with the reason.
        var household = await DecidedHouseholdAsync(staff, street[33].UnitId);
        var page = await staff.GetStringAsync($"/one-stop-shop/households/{household}?qualifications=roof-insulation&lang=en", Ct);
        page.ShouldContain("Dakdekker Noord");
        page.ShouldContain("no rated jobs yet");

        // Projects: suggestions and a project page with its permit file; another municipality gets a 404.
        var projects = await staff.GetStringAsync($"/one-stop-shop/projects?district={VoorburgSite.VoorburgOudNoord}&lang=nl", Ct);
        projects.ShouldContain("Voorgestelde groepen");
        var group = (await staff.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/projects/suggestions?district={VoorburgSite.VoorburgOudNoord}", Ct))[0];
        var units = group.GetProperty("units").EnumerateArray().Select(u => u.GetInt64().ToString()).ToList();
        var form = new FormUrlEncodedContent(units.Select(u => new KeyValuePair<string, string>("unitIds", u)).Append(new("name", "Blok aan de laan")).Append(new("district", VoorburgSite.VoorburgOudNoord))
            .Append(new("__RequestVerificationToken", Regex.Match(projects, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value)));
        var create = await staff.PostAsync("/one-stop-shop/projects?handler=Create", form, Ct);
        create.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var projectPage = create.Headers.Location!.ToString();
        var project = await staff.GetStringAsync(projectPage + "?lang=en", Ct);
        project.ShouldContain("Blok aan de laan");
        project.ShouldContain("Collective permit file (Excel)");
        (await denHaag.GetAsync(projectPage, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Climate tables, vulnerability and financing pages.
        (await staff.GetStringAsync("/one-stop-shop/climate-tables?lang=nl", Ct)).ShouldContain("Nieuwe klimaattafel");
        var vulnerability = await staff.GetStringAsync($"/one-stop-shop/vulnerability?district={VoorburgSite.VoorburgOudNoord}&lang=en", Ct);
        vulnerability.ShouldContain("Platform31 dimensions");
        var scored = await PostFormAsync(staff, $"/one-stop-shop/vulnerability?district={VoorburgSite.VoorburgOudNoord}", "", new() { ["district"] = VoorburgSite.VoorburgOudNoord, ["debt"] = "4" });
        scored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.GetFromJsonAsync<JsonElement>($"/api/one-stop-shop/vulnerability/{VoorburgSite.VoorburgOudNoord}", Ct)).GetProperty("flagged").GetBoolean().ShouldBeTrue();
        (await staff.PutAsJsonAsync($"/api/one-stop-shop/vulnerability/{VoorburgSite.VoorburgOudNoord}", new { }, Ct)).EnsureSuccessStatusCode();
        var financing = await PostFormAsync(staff, "/one-stop-shop/financing?lang=en", "", new()
        {
            ["scheme"] = "mijn-verbouwlening",
            ["tenure"] = "OwnerOccupied",
            ["income"] = "45000",
            ["adults"] = "1",
            ["dependants"] = "0",
            ["amount"] = "30000",
            ["term"] = "20",
            ["energyLabel"] = "F",
            ["purchaseDate"] = "2025-03-01",
        });
        var result = await financing.Content.ReadAsStringAsync(Ct);
        result.ShouldContain("Eligible");
        var expected = Engine.OneStopShop.FinancingCheck.Check(new("mijn-verbouwlening", Domain.OneStopShop.Tenure.OwnerOccupied, 45000, 1, 0, 30000, 20)).MonthlyChargeEur;
        result.ShouldContain(expected.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        result.ShouldContain("reach label D before 01/03/2030");
    }

    private static string Element(string html, string id)
    {
        var found = Regex.Match(html, $"<(table|ul)[^>]*id=\"{id}\"[\\s\\S]*?</\\1>");
        found.Success.ShouldBeTrue($"no #{id} on the page");
        return found.Value;
    }

    [Fact]
    public async Task Why_members_are_ranked_or_left_out_and_the_financing_reasons_read_in_the_page_language()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        (await staff.PostAsJsonAsync("/api/one-stop-shop/pool", new { name = "Glaszetter Oost", kind = "Installer", qualifications = new[] { "glazing" }, serviceAreas = new[] { "GM1916" }, capacityJobs = 3 }, Ct))
            .EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync("/api/one-stop-shop/pool", new { name = "Dakwerken Zuid", kind = "Contractor", qualifications = new[] { "roof-insulation" }, serviceAreas = new[] { "GM1916" }, capacityJobs = 3 }, Ct))
            .EnsureSuccessStatusCode();
        var household = await DecidedHouseholdAsync(staff, street[36].UnitId);
        var page = $"/one-stop-shop/households/{household}?qualifications=roof-insulation";

        var nl = await staff.GetStringAsync(page + "&lang=nl", Ct);
        var excluded = Element(nl, "excluded");
        excluded.ShouldContain("Glaszetter Oost");
        excluded.ShouldContain("mist de kwalificatie Dakisolatie");
        excluded.ShouldNotContain("lacks");
        excluded.ShouldNotContain("lang=\"en\"");
        var matches = Element(nl, "matches");
        matches.ShouldContain("Dakwerken Zuid");
        matches.ShouldContain("nog geen beoordeelde opdrachten");
        matches.ShouldNotContain("lang=\"en\"");

        var en = await staff.GetStringAsync(page + "&lang=en", Ct);
        Element(en, "excluded").ShouldContain("lacks the qualification Roof insulation");
        Element(en, "matches").ShouldContain("no rated jobs yet");

        var form = new Dictionary<string, string>
        {
            ["scheme"] = "mijn-verbouwlening",
            ["tenure"] = "OwnerOccupied",
            ["income"] = "40000",
            ["adults"] = "1",
            ["dependants"] = "0",
            ["amount"] = "90000",
            ["term"] = "30",
        };
        var financingNl = Element(await (await PostFormAsync(staff, "/one-stop-shop/financing?lang=nl", "", new(form))).Content.ReadAsStringAsync(Ct), "fin-reasons");
        financingNl.ShouldContain("bedrag begrensd op het maximum van € 60.000");
        financingNl.ShouldContain("looptijd beperkt tot 25 jaar");
        financingNl.ShouldNotContain("lang=\"en\"");
        var financingEn = Element(await (await PostFormAsync(staff, "/one-stop-shop/financing?lang=en", "", new(form))).Content.ReadAsStringAsync(Ct), "fin-reasons");
        financingEn.ShouldContain("amount capped at the maximum of € 60,000");
        financingEn.ShouldContain("term limited to 25 years");
    }
}
