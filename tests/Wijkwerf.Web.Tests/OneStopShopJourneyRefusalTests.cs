using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wijkwerf.Data.Accounts;

namespace Wijkwerf.Web.Tests;

/// <summary>A refused stage change reads in the language of the page or the request, with the stages by their labels;
/// the API answer also carries the code and the stages for programs.</summary>
public sealed partial class OneStopShopTests
{
    [Fact]
    public async Task A_refused_stage_change_reads_in_Dutch_on_the_Dutch_household_page_and_in_English_on_the_English_one()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        var id = await NewHouseholdAsync(staff, street[^5].UnitId, "Fam. Verbeek");

        var nl = await PostFormAsync(staff, $"/one-stop-shop/households/{id}?lang=nl", "Stage", new() { ["stage"] = "Works", ["date"] = "2026-04-10" });
        nl.StatusCode.ShouldBe(HttpStatusCode.OK);
        var nlHtml = await nl.Content.ReadAsStringAsync(Ct);
        nlHtml.ShouldContain("data-code=\"SkipsSteps\">Uitvoering slaat verplichte stap(pen) over: Advies / energiescan, Besluit, Aannemer gekozen; mogelijk als volgende fase: Advies / energiescan</p>");
        nlHtml.ShouldNotContain("skips required");

        var en = await PostFormAsync(staff, $"/one-stop-shop/households/{id}?lang=en", "Stage", new() { ["stage"] = "Works", ["date"] = "2026-04-10" });
        (await en.Content.ReadAsStringAsync(Ct)).ShouldContain(
            "data-code=\"SkipsSteps\">Works skips required step(s): Advice / energy scan, Decision, Contractor assigned; allowed next: Advice / energy scan</p>");
    }

    [Fact]
    public async Task The_API_refuses_a_stage_change_with_its_code_and_the_words_in_the_requested_language()
    {
        var street = await site.LongestStreetAsync();
        using var staff = await site.LoggedInClientAsync(Roles.MunicipalityStaff, site.VoorburgId);
        var id = await NewHouseholdAsync(staff, street[^6].UnitId, "Fam. Yilmaz");
        // Opened today (no date given), so advice is recorded today too.
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        (await staff.PostAsJsonAsync($"/api/one-stop-shop/households/{id}/stages", new { stage = "Advice", date = today }, Ct)).EnsureSuccessStatusCode();

        async Task<JsonElement> RefusedAsync(string lang)
        {
            var response = await staff.PostAsJsonAsync($"/api/one-stop-shop/households/{id}/stages?lang={lang}", new { stage = "FirstContact", date = today }, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        }
        var nl = await RefusedAsync("nl");
        nl.GetProperty("code").GetString().ShouldBe("MovesBack");
        nl.GetProperty("current").GetString().ShouldBe("Advice");
        nl.GetProperty("next").GetString().ShouldBe("FirstContact");
        nl.GetProperty("allowed").EnumerateArray().Select(s => s.GetString()).ShouldBe(["Decision"]);
        nl.GetProperty("detail").GetString().ShouldBe("Eerste contact komt niet na Advies / energiescan; de fasegeschiedenis blijft bewaard, een traject gaat niet terug");
        var en = await RefusedAsync("en");
        en.GetProperty("code").GetString().ShouldBe("MovesBack");
        en.GetProperty("detail").GetString().ShouldBe("First contact is not after Advice / energy scan; the stage history is kept, a journey does not move back");
    }
}
